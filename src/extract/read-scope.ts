import type { ClauseInfo, Segmented } from '../segment/segment.js';
import type { SectionSpan } from '../segment/sections.js';
import type { TextMap as OffsetMap } from '../text/offsets.js';
import type { DegreeRequirement, Mention, Salary, Seniority } from '../types.js';
import { mentionOf } from '../refine/skill-tags.js';
import { findDegrees } from './degrees.js';
import { findSalaries } from './salary.js';
import { findLevelField, findStatedLevels, findTitlePhrases, impliedByTitle, levelFromYears, type LevelFinding } from './seniority.js';
import { findYears, type YearsFinding } from './years.js';

/** Everything the extractors need to read part of a posting (all of it, or one role). */
export interface Scope {
  text: string;
  input: string;
  map: OffsetMap;
  segmented: Segmented;
  /** Clean-text range the scope covers. */
  start: number;
  end: number;
  /** The title the scope is read under (the posting's or the role's). */
  title: { text: string; start: number; end: number } | null;
}

export function mention(scope: Scope, start: number, end: number): Mention {
  return mentionOf(scope.input, scope.map, start, end);
}

function clausesIn(scope: Scope): readonly ClauseInfo[] {
  const all = scope.segmented.clauses;
  // The whole text (a posting with one role) has every clause.
  if (scope.start === 0 && scope.end === scope.text.length) return all;
  return all.filter((c) => c.start >= scope.start && c.end <= scope.end);
}

/**
 * A clause's text in windows of at most WINDOW characters (overlapping by OVERLAP), so extractors that
 * look at a clause as a whole stay linear on a "sentence" of megabytes with no full stop in it.
 */
const WINDOW = 1500;
const OVERLAP = 200;
function windows(text: string, c: ClauseInfo): { body: string; offset: number }[] {
  if (c.end - c.start <= WINDOW) return [{ body: text.slice(c.start, c.end), offset: c.start }];
  const out: { body: string; offset: number }[] = [];
  for (let at = c.start; at < c.end; at += WINDOW - OVERLAP) {
    out.push({ body: text.slice(at, Math.min(c.end, at + WINDOW)), offset: at });
    if (at + WINDOW >= c.end) break;
  }
  return out;
}

const sectionOf = (scope: Scope, c: ClauseInfo): SectionSpan | undefined => scope.segmented.sections[c.section];

/**
 * The offsets of ascending `values` in [from, to), less `from` (indices into the text cut at
 * `from`), found by binary search: each window of a long clause takes its own.
 */
function within(values: readonly number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < values.length && values[k]! < to; k++) out.push(values[k]! - from);
  return out;
}

/**
 * Seniority: the level stated in the title (or a title named in the text, "looking for a Senior ...",
 * or an "Experience level: Senior" field) wins; without one, a level the title implies (architect:
 * senior); without that, the level the years imply. Years: the largest minimum among requirements
 * that are not subordinate ("including 2 years of Go") or preferred, requirements sections first.
 */
export function extractSeniority(scope: Scope): Seniority {
  const { text } = scope;
  const stated: LevelFinding[] = [];
  let impliedTitle = null;
  if (scope.title) {
    stated.push(...findStatedLevels(scope.title.text, scope.title.start));
    impliedTitle = impliedByTitle(scope.title.text);
  }
  // Titles and level fields are stated near the top.
  const bodyEnd = Math.min(scope.end, scope.start + 1500);
  const body = text.slice(scope.start, bodyEnd);
  // The cue phrases found where a level field or a title named in running text may start.
  const near = (starts: readonly number[]): number[] => within(starts, scope.start, bodyEnd);
  const field = stated.length ? null : findLevelField(body, near(scope.segmented.starts.levelField));
  if (field) {
    const at = scope.start + field.index + field[0].length - field[1]!.length;
    stated.push(...findStatedLevels(field[1]!.replace(/^mid-?level$/i, 'mid-level'), at));
    if (/student/i.test(field[1]!)) stated.push({ level: 'intern', start: at, end: at + field[1]!.length });
  }
  if (!stated.length) {
    for (const phrase of findTitlePhrases(body, scope.start, near(scope.segmented.starts.title))) {
      stated.push(...findStatedLevels(phrase.title, phrase.start));
      impliedTitle ??= impliedByTitle(phrase.title);
      if (stated.length) break;
    }
  }

  const candidates: { f: YearsFinding; rank: number }[] = [];
  for (const c of clausesIn(scope)) {
    if (!c.years || c.boilerplate || c.negated) continue;
    const kind = sectionOf(scope, c)?.kind ?? 'other';
    if (kind === 'about' || kind === 'benefits') continue;
    for (const w of windows(text, c)) for (const f of findYears(w.body, w.offset, c.numberWords)) {
      const preferred = kind === 'preferred' || (c.preferredFrom >= 0 && f.start >= c.preferredFrom);
      const rank = (f.subordinate ? 4 : 0) + (preferred ? 2 : 0) + (kind === 'requirements' ? 0 : 1);
      candidates.push({ f, rank });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || b.f.years.min - a.f.years.min || a.f.start - b.f.start);
  const best = candidates.find((c) => c.rank < 2) ?? null;
  const years = best ? best.f.years : null;

  const statedLevel = stated[0]?.level ?? null;
  const implied = years ? levelFromYears(years) : impliedTitle;
  const evidence = [...stated.slice(0, 1).map((s) => mention(scope, s.start, s.end))];
  if (best) evidence.push(mention(scope, best.f.start, best.f.end));
  return { level: statedLevel ?? implied, years, evidence, stated: statedLevel, implied };
}

const ORDER = ['associate', 'bachelor', 'master', 'doctorate'];

/** Adds a degree requirement to a list, merged with one of the same level and requirement if there is one. */
export function addDegree(out: DegreeRequirement[], d: DegreeRequirement): void {
  const same = out.find((o) => o.level === d.level && o.requirement === d.requirement);
  if (!same) {
    out.push({ ...d, fields: [...d.fields], evidence: [...d.evidence] });
    return;
  }
  for (const f of d.fields) if (!same.fields.includes(f)) same.fields.push(f);
  same.equivalentExperience ||= d.equivalentExperience;
  same.evidence.push(...d.evidence);
}

/** Degree requirements, strongest evidence per level and requirement; fields merged. */
export function extractDegrees(scope: Scope): DegreeRequirement[] {
  const out: DegreeRequirement[] = [];
  for (const c of clausesIn(scope)) {
    if (!c.degree || c.negated) continue;
    const kind = sectionOf(scope, c)?.kind ?? 'other';
    if (kind === 'about' || kind === 'benefits' || (c.boilerplate && c.boilerplate !== 'about')) continue;
    for (const w of windows(scope.text, c)) {
      // Where the cue phrases found a degree's name in this part of the text.
      const names = within(scope.segmented.starts.degree, w.offset, w.offset + w.body.length);
      for (const d of findDegrees(w.body, w.offset, kind === 'preferred', names)) {
        const requirement = d.preferred ? 'preferred' : 'required';
        addDegree(out, { level: d.level, fields: d.fields, requirement, equivalentExperience: d.equivalentExperience, evidence: [mention(scope, d.start, d.end)] });
      }
    }
  }
  // A preferred degree at or below a required one adds nothing ("BS required, MS preferred" keeps both;
  // with no degree required, every preferred one stays).
  const minRequired = Math.min(...out.filter((d) => d.requirement === 'required').map((d) => ORDER.indexOf(d.level)));
  return out
    .filter((d) => d.requirement === 'required' || minRequired === Infinity || ORDER.indexOf(d.level) > minRequired)
    .sort((a, b) => (a.requirement === b.requirement ? ORDER.indexOf(a.level) - ORDER.indexOf(b.level) : a.requirement === 'required' ? -1 : 1));
}

/** The first salary figure with a currency in the scope. */
export function extractSalary(scope: Scope): Salary | null {
  for (const c of clausesIn(scope)) {
    if (!c.money) continue;
    const section = sectionOf(scope, c);
    const heading = section?.heading ? scope.text.slice(section.heading.start, section.heading.end) : '';
    const found = windows(scope.text, c)
      .map((w) => findSalaries(w.body, w.offset, heading)[0])
      .find((f) => f !== undefined);
    if (found) {
      const { start, end, ...rest } = found;
      return { ...rest, evidence: [mention(scope, start, end)] };
    }
  }
  return null;
}
