import type { Tokens } from '../match/tokenize.js';
import { clauseCues, type ClauseCues, type PatternStarts } from '../refine/cues.js';
import type { SectionKind } from '../types.js';
import { splitClauses, type Clause } from './clauses.js';
import { isWhitespace } from './headings.js';
import { buildSections, findHeadings, type HeadingMark, type SectionSpan } from './sections.js';

/** A clause with what the segmenter knows about it. */
export type ClauseInfo = ClauseCues;

/** A role of a posting that advertises several, in clean-text offsets. */
export interface RoleSpan {
  title: string;
  titleStart: number;
  titleEnd: number;
  start: number;
  end: number;
}

export interface Segmented {
  sections: SectionSpan[];
  clauses: ClauseInfo[];
  roles: RoleSpan[];
  /** The posting's title when it has one: its first line when that reads like a title, or a heading line. */
  title: { text: string; start: number; end: number } | null;
  /** Where the extractors' patterns may match from ("looking for", "Experience level", "BSc"). */
  starts: PatternStarts;
}

const JOB_WORDS =
  /\b(?:engineer|developer|scientist|architect|analyst|designer|manager|lead|intern|internship|specialist|consultant|administrator|programmer|researcher|director|technician|tester|officer|expert|sre|devops|vp|head of|chief|cto)s?\b|工程师|架构师|经理|专家|研究员|实习|总监/i;

/** Title lines (headings that name no section) followed by their own responsibilities or requirements. */
function findRoles(text: string, marks: readonly HeadingMark[]): RoleSpan[] {
  const titles = marks.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === null);
  const roles: RoleSpan[] = [];
  titles.forEach(({ m, i }, t) => {
    const nextTitle = titles[t + 1]?.i ?? marks.length;
    let hasOwn = false;
    let end = nextTitle < marks.length ? marks[nextTitle]!.start : text.length;
    for (let k = i + 1; k < nextTitle; k++) {
      const kind = marks[k]!.kind;
      if (kind === 'requirements' || kind === 'responsibilities' || kind === 'preferred') hasOwn = true;
      else if (hasOwn && (kind === 'about' || kind === 'benefits' || kind === 'other')) {
        end = marks[k]!.start;
        break;
      }
    }
    if (hasOwn) roles.push({ title: text.slice(m.start, m.end), titleStart: m.start, titleEnd: m.end, start: m.start, end });
  });
  return roles.length >= 2 ? roles : [];
}

function findTitle(text: string, marks: readonly HeadingMark[]): Segmented['title'] {
  // The first line with text, when it is short, has no sentence punctuation and names a job.
  let s = 0;
  while (s < text.length && isWhitespace(text.charCodeAt(s))) s++;
  let eol = text.indexOf('\n', s);
  if (eol < 0) eol = Math.min(text.length, s + 200);
  const line = text.slice(s, eol).trimEnd();
  if (line && line.length <= 120 && !/[.!?]$/.test(line) && JOB_WORDS.test(line)) {
    return { text: line, start: s, end: s + line.length };
  }
  const mark = marks.find((m) => m.kind === null && JOB_WORDS.test(text.slice(m.start, m.end)));
  return mark && mark.start < 400 ? { text: text.slice(mark.start, mark.end), start: mark.start, end: mark.end } : null;
}

/**
 * Segments clean text: headings and the sections they open, clauses with their cues and
 * boilerplate, the posting's title, and the roles of a posting that advertises several.
 */
export function segment(text: string, headingLines: readonly number[], tokens: Tokens): Segmented {
  const marks = findHeadings(text, headingLines);
  const roles = findRoles(text, marks);
  const roleTitles = new Set(roles.map((r) => r.titleStart));
  const clauses = splitClauses(text, tokens);
  // Clauses must not straddle an inline heading: cut them at heading ends.
  const cut: Clause[] = [];
  let h = 0;
  const sortedMarks = [...marks].sort((a, b) => a.start - b.start);
  for (const clause of clauses) {
    let start = clause.start;
    while (h < sortedMarks.length && sortedMarks[h]!.contentStart <= start) h++;
    let k = h;
    while (k < sortedMarks.length && sortedMarks[k]!.start < clause.end) {
      const mark = sortedMarks[k]!;
      if (mark.start > start) cut.push({ start, end: mark.start, bullet: start === clause.start && clause.bullet });
      start = Math.max(start, mark.contentStart);
      while (start < clause.end && isWhitespace(text.charCodeAt(start))) start++;
      k++;
    }
    // A clause no heading cuts (most) is kept as it is.
    if (start === clause.start) cut.push(clause);
    else if (clause.end > start) cut.push({ start, end: clause.end, bullet: false });
  }
  const { cues, starts } = clauseCues(text, tokens, cut);
  const sections = buildSections(text, sortedMarks, cut, cues, roleTitles);
  const infos = cues as ClauseInfo[];
  let s = 0;
  for (const info of infos) {
    while (s + 1 < sections.length && sections[s + 1]!.start <= info.start) s++;
    info.section = s;
  }
  return { sections, clauses: infos, roles, title: findTitle(text, sortedMarks), starts };
}

export type { SectionKind };
