import { addDegree, extractDegrees, extractSalary, extractSeniority, mention, type Scope } from './extract/read-scope.js';
import type { CompiledTaxonomy } from './match/compile.js';
import { matchSkills, type SkillMatch } from './match/match-skills.js';
import { tokenize, type Tokens } from './match/tokenize.js';
import { referenceKind } from './refine/references.js';
import { matchConfidence } from './refine/confidence.js';
import { clauseAt, requirementAt } from './refine/requirement.js';
import { groupSkillTags, RANK, type MatchFacts } from './refine/skill-tags.js';
import { segment, type ClauseInfo, type Segmented } from './segment/segment.js';
import { normalize, type CleanText } from './text/normalize.js';
import type { DegreeRequirement, PostingTags, RoleTags, Section, Seniority, SkillTag } from './types.js';

/**
 * The whole reading of a posting, in order:
 *   normalize (clean text + offset map)
 *   → segment (headings, sections, clauses with their cues, title, roles)
 *   → tokenize and match skills (token trie, context rules for ambiguous aliases)
 *   → extract (seniority and years, degrees, salary) for the posting and for each role
 *   → refine (requirement level and confidence per mention, one tag per skill, offsets mapped back).
 */
export function readPosting(compiled: CompiledTaxonomy, input: string): PostingTags {
  const { clean, text, segmented, facts } = readMentions(compiled, input);
  const whole: Scope = { text, input, map: clean.map, segmented, start: 0, end: text.length, title: segmented.title };

  const roles: RoleTags[] = segmented.roles.map((role) => {
    const scope: Scope = { ...whole, start: role.start, end: role.end, title: { text: role.title, start: role.titleStart, end: role.titleEnd } };
    const span = mention(whole, role.start, role.end);
    return {
      title: role.title,
      start: span.start,
      end: span.end,
      skills: groupSkillTags(compiled, input, clean.map, withoutRedundantJobNames(facts.filter((f) => f.match.start >= role.start && f.match.end <= role.end))),
      seniority: extractSeniority(scope),
      degrees: extractDegrees(scope),
    };
  });

  return {
    skills: groupSkillTags(compiled, input, clean.map, withoutRedundantJobNames(facts)),
    seniority: roles.length ? combineSeniority(roles) : extractSeniority(whole),
    degrees: roles.length ? combineDegrees(roles) : extractDegrees(whole),
    salary: extractSalary(whole),
    roles,
    sections: segmented.sections.map((s): Section => {
      const span = mention(whole, s.start, s.end);
      const heading = s.heading ? text.slice(s.heading.start, s.heading.end).trim().replace(/[:：]$/, '').trimEnd() : null;
      return { kind: s.kind, start: span.start, end: span.end, heading };
    }),
  };
}

/**
 * Only the skills of a posting, as `readPosting` finds them (`readPosting(...).skills`), without the
 * extractors of seniority, degrees and salary or the roles' own lists.
 */
export function readSkills(compiled: CompiledTaxonomy, input: string): SkillTag[] {
  const { clean, facts } = readMentions(compiled, input);
  return groupSkillTags(compiled, input, clean.map, withoutRedundantJobNames(facts));
}

/** The cleaned and segmented text, and the skill mentions that count as evidence with what is known of each. */
function readMentions(compiled: CompiledTaxonomy, input: string): { clean: CleanText; text: string; segmented: Segmented; facts: Facts[] } {
  const clean = normalize(input);
  const text = clean.text;
  const tokens = tokenize(text);
  const segmented = segment(text, clean.headingLines, tokens);
  const matches = matchSkills(compiled, text, tokens);
  const facts = matches.map((match) => factsOf(match, segmented, text, tokens)).filter((f) => keep(f, compiled, segmented.sections));
  tokens.release();
  return { clean, text, segmented, facts };
}

/**
 * Which mentions count as evidence at all:
 * - soft skills ("passion", "teamwork") only where the posting asks for them, and domain knowledge
 *   ("financial services", "retail") not in what the company says about itself: company and culture
 *   text uses those words for other things;
 * - a skill that names a team ("the Agile team", "our Data Science group") is not asked for;
 * - nor is one that names colleagues' roles ("work with DevOps Engineers"), unless it names the job
 *   itself: its clause asks for something ("we are looking for a Java Developer"), or it is in the
 *   posting's title or a "Role:" field (see withoutRedundantJobNames for what happens to those).
 */
function keep(f: Facts, compiled: CompiledTaxonomy, sections: Segmented['sections']): boolean {
  const category = compiled.entry(f.match.entry).category;
  const { clause } = f;
  if (category === 'soft-skill' && f.requirement === 'mentioned') return false;
  if (category === 'domain-knowledge' && f.requirement === 'mentioned') {
    const kind = clause ? sections[clause.section]?.kind : undefined;
    if (!clause || clause.boilerplate || kind === 'about' || kind === 'benefits' || kind === 'other') return false;
  }
  if (f.reference === 'group') return false;
  if (f.reference === 'role') return f.jobName;
  return true;
}

/**
 * Drops the mentions that only name the job ("Senior Java Developer", "we are looking for an iOS
 * Developer", "Role: DevOps") when the rest of the text names the same skill at least as strongly:
 * the job's name is not where the posting asks for the skill, and the title stays in `roles`.
 * A job name stays as evidence when nothing else names the skill, or when it is what makes the
 * skill required ("Senior Java Developer" over a company text that only mentions Java).
 */
function withoutRedundantJobNames(facts: readonly Facts[]): readonly Facts[] {
  // The strongest other mention of each skill that names the job (-1 for none): a posting names its
  // job with a skill or two, and most postings' mentions are of other skills.
  let strongest: Map<number, number> | null = null;
  for (const f of facts) if (f.jobName) (strongest ??= new Map()).set(f.match.entry, -1);
  if (strongest === null) return facts;
  for (const f of facts) {
    if (f.jobName) continue;
    const rank = RANK[f.requirement];
    if (rank > (strongest.get(f.match.entry) ?? rank)) strongest.set(f.match.entry, rank);
  }
  return facts.filter((f) => !f.jobName || strongest.get(f.match.entry)! < RANK[f.requirement]);
}

/** What the refine step knows about a match, and the clause it is in. */
interface Facts extends MatchFacts {
  clause: ClauseInfo | undefined;
  /** Whether the mention names a group ("the Agile team") or a role ("DevOps Engineers") rather than a skill. */
  reference: 'group' | 'role' | null;
  /** The mention is part of the job's name: the title, a role's title, a "Role:" field, "a Java Developer". */
  jobName: boolean;
}

function factsOf(match: SkillMatch, segmented: Segmented, text: string, tokens: Tokens): Facts {
  const clause = clauseAt(segmented.clauses, match.start);
  // A skill in the posting's title or a role's ("Senior Java Developer") is what the job is: required.
  const title = segmented.title;
  const inTitle = (title !== null && match.start >= title.start && match.end <= title.end) || inSomeRoleTitle(segmented.roles, match);
  const requirement = inTitle ? 'required' : requirementAt(clause, segmented.sections, match.start);
  const reference = referenceKind(match, tokens);
  // A role that a clause asks for ("we are looking for a Java Developer") is the job, not a colleague.
  const askedForRole = reference === 'role' && (requirement !== 'mentioned' || clause?.requiring === true);
  const jobName = inTitle || askedForRole || inRoleField(text, match.start);
  const section = clause ? segmented.sections[clause.section] : undefined;
  // A mention in a list item of a requirements or preferred section is the strongest evidence.
  const listed = clause?.bullet && (section?.kind === 'requirements' || section?.kind === 'preferred');
  const confidence = Math.min(1, Math.round((matchConfidence(match) + (listed ? 0.05 : 0)) * 100) / 100);
  return { match, requirement, confidence, clause, reference, jobName };
}

/** Whether the match lies in the title of one of the roles (sorted by position): binary search. */
function inSomeRoleTitle(roles: Segmented['roles'], match: SkillMatch): boolean {
  let lo = 0;
  let hi = roles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const role = roles[mid]!;
    if (match.start < role.titleStart) hi = mid - 1;
    else if (match.start >= role.titleEnd) lo = mid + 1;
    else return match.end <= role.titleEnd;
  }
  return false;
}

/** Header fields whose value names the job: "Role: DevOps", "Position:\nData Engineer". */
const ROLE_FIELD = /\n[ \t]*(?:role|position|job title|job role)[ \t]*:[ \t]*(?:\n[ \t]*)?$/i;

/** Whether the mention at `at` is the value of a role header field (looked for in the 40 characters before it). */
function inRoleField(text: string, at: number): boolean {
  // The field's colon comes right before the mention, but for spaces and at most one line break:
  // most mentions have none, and are done without a slice or a pattern.
  let k = at - 1;
  while (k >= 0 && isSpaceOrTab(text.charCodeAt(k))) k--;
  if (k >= 0 && text.charCodeAt(k) === 10) {
    k--;
    while (k >= 0 && isSpaceOrTab(text.charCodeAt(k))) k--;
  }
  if (k < 0 || text.charCodeAt(k) !== 58) return false;
  const from = Math.max(0, at - 40);
  return ROLE_FIELD.test((from === 0 ? '\n' : '') + text.slice(from, at));
}
const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/**
 * The posting-level seniority of a posting with several roles: a level or years only when every role
 * agrees; the evidence of all of them.
 */
function combineSeniority(roles: RoleTags[]): Seniority {
  const first = roles[0]!.seniority;
  const same = <T>(pick: (s: Seniority) => T): T | null => {
    const v = JSON.stringify(pick(first));
    return roles.every((r) => JSON.stringify(pick(r.seniority)) === v) ? pick(first) : null;
  };
  return {
    level: same((s) => s.level),
    years: same((s) => s.years),
    evidence: roles.flatMap((r) => r.seniority.evidence),
    stated: same((s) => s.stated),
    implied: same((s) => s.implied),
  };
}

/** The posting-level degrees of a posting with several roles: every role's, merged by level and requirement. */
function combineDegrees(roles: RoleTags[]): DegreeRequirement[] {
  const out: DegreeRequirement[] = [];
  for (const d of roles.flatMap((r) => r.degrees)) addDegree(out, d);
  return out;
}
