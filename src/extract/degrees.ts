import type { DegreeLevel } from '../types.js';
import { isWhitespace } from '../segment/headings.js';
import { findFields } from './fields.js';
import { matchesAt } from './matches-at.js';

/** A degree requirement found in one clause, in clean-text offsets. */
export interface DegreeFinding {
  level: DegreeLevel;
  fields: string[];
  preferred: boolean;
  equivalentExperience: boolean;
  start: number;
  end: number;
}

const ORDER: DegreeLevel[] = ['associate', 'bachelor', 'master', 'doctorate'];

// Degree names. Short capital abbreviations (BS, MS, BA, MA, AS) need degree context, checked below.
const DEGREE =
  /\b(?:(associate'?s? degree|associate of (?:arts|applied science|science)|a\.a\.s?\.)|(bachelor'?s?|bachelors|baccalaureate|undergraduate degree|university degree|college degree|4[- ]year degree|four[- ]year degree|b\.?\s?sc\.?|b\.s\.?|b\.a\.?|b\.?eng\.?|b\.?tech\.?|b\.e\.|bs|ba|bsc|beng|btech)|(master'?s(?= degree| in | of |\b)|masters|master of (?:science|arts|engineering|business)|master degree|graduate degree|post-?graduate degree|m\.?\s?sc\.?|m\.s\.?|m\.a\.?|m\.?eng\.?|m\.?tech\.?|mba|ms|msc|meng|mtech|ma)|(ph\.?\s?d\.?|doctorate|doctoral(?: degree)?|d\.?phil\.?))(?![\w])|(本科|学士|大专)|(硕士|研究生)|(博士)/gi;
/** DEGREE read at one index only (`findDegrees` with the indices where names may start). */
export const DEGREE_AT = new RegExp(DEGREE.source, 'iy');
/** "degree" on its own means a bachelor's: "a degree in Computer Science", "degree or equivalent". */
const BARE_DEGREE = /\b(?:(?:a|an|relevant|related|technical|university|college|academic|formal|engineering|science|stem)\s+)?(?:degree\b(?=\s*(?:in|from|or|and|,|\/|\(|required|preferred|is|$))|degrees\b(?=\s*(?:in|from)\b))/gi;
/** BARE_DEGREE read at one index only. */
export const BARE_DEGREE_AT = new RegExp(BARE_DEGREE.source, 'iy');
/** Words before "degree" that make it not a degree requirement; tested on the trimmed text before it. */
const NOT_BARE_DEGREE_BEFORE = /(?:high|certain|some|great|large|advanced|any|bachelor'?s?|master'?s?|associate'?s?|doctoral|graduate|4-year|four-year|year|\d|several|multiple|two|three)$/i;
const SHORT_ABBREVIATION = /^(?:bs|ba|ms|ma|as|aa|be)$/i;
/**
 * Words after a degree's name that make it a programme, a post or people, not a degree held: "PhD
 * student", "PhD scholarship". The lookahead names the words' first letters: it changes no match, but
 * V8 compiles the pattern in half the time (part of every cold start).
 */
const NOT_HELD_AFTER =
  /^\s*(?:degree\s+)?(?=[spfrctl])(?:students?|studentships?|scholarships?|projects?|positions?|programmes?|programs?|fellows?|fellowships?|stipends?|regulations|courses?|school|thesis|theses|studies|study|supervisors?|supervision|researchers?|level courses)\b/i;
const MS_PRODUCT = /^\s*(?:office|excel|word|access|teams|sql|project|visio|outlook|dynamics|azure|windows|powerpoint|exchange|sharepoint|dos)\b/i;
const EQUIVALENT = /\bor (?:an? )?(?:equivalent|comparable|related|relevant)(?: practical| professional| work| industry| combination of education and)? (?:experience|work experience|combination)|\bequivalent (?:[\w-]+ ){0,3}?experience\b|\bequivalent (?:education|combination|qualification)|or equivalent\b(?! degree)|\bin lieu of (?:a )?degree\b|or (?:\d+\+? )?years? of (?:relevant |related |equivalent )?experience\b/i;
const PREFERRED_CUE = /\b(?:preferred|preferably|desirable|desired|a plus|is a plus|an advantage|advantageous|ideally|nice to have|bonus|optional|welcome)\b|优先|加分/i;
const FIELD_SCOPE_END = /\b(?:with|experience|skills|knowledge|plus|who|where|while|(?:and\/or|and|or) \d+|\d+\+? years?)\b|[;]/i;

function levelOf(m: RegExpExecArray): DegreeLevel {
  if (m[1] || m[5] && /大专/.test(m[5])) return 'associate';
  if (m[2] || m[5]) return 'bachelor';
  if (m[3] || m[6]) return 'master';
  return 'doctorate';
}

/** Only spaces, a comma, "and", "or", "/" or "&" between two degree names: "bachelor and master", "BSc/MSc". */
const COORDINATION = /^\s*(?:,\s*)?(?:(?:and|or|&|\/)\s*)?$/i;
const COORDINATED_WORD = /^\s*(?:,\s*)?(?:and|or|&|\/)\s*(?:master|bachelor|doctoral|graduate|undergraduate)['’]?s?\b/i;

/**
 * Removes degree names that name a programme, a post or people ("PhD students", "bachelor and master
 * programmes"): the word after the last of a coordinated run of names decides for all of them.
 */
function dropProgrammes(clause: string, mentions: { start: number; end: number }[]): void {
  let runStart = 0;
  for (let i = 0; i < mentions.length; i++) {
    const next = mentions[i + 1];
    if (next && COORDINATION.test(clause.slice(mentions[i]!.end, next.start))) continue;
    // Past one more coordinated word the degree pattern does not take alone: "bachelor and master programmes".
    const after = clause.slice(mentions[i]!.end, mentions[i]!.end + 60).replace(COORDINATED_WORD, '');
    if (NOT_HELD_AFTER.test(after)) {
      mentions.splice(runStart, i + 1 - runStart);
      i = runStart - 1;
    }
    runStart = i + 1;
  }
}

/** The matches of a global pattern in `text`, as a scan finds them; given `starts`, read there with `sticky` only (`matchesAt`). */
function matchesOf(scan: RegExp, sticky: RegExp, text: string, starts: readonly number[] | undefined): RegExpExecArray[] {
  if (starts) return matchesAt(sticky, text, starts);
  const out: RegExpExecArray[] = [];
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) out.push(m);
  return out;
}

/** A character of `\w`. */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Where a bare "degree" may start a match of BARE_DEGREE, from the indices where degree names may
 * start: at "degree" itself, or at the word before it ("a degree", "relevant degree"), which starts
 * where `\b` puts it, after the last character that is not an ASCII word character.
 */
function bareDegreeStarts(text: string, names: readonly number[]): number[] {
  const out: number[] = [];
  for (const at of names) {
    if ((text.charCodeAt(at) | 32) !== 100 || text.slice(at, at + 6).toLowerCase() !== 'degree') continue;
    let k = at;
    while (k > 0 && isWhitespace(text.charCodeAt(k - 1))) k--;
    if (k < at) {
      let w = k;
      while (w > 0 && isWordChar(text.charCodeAt(w - 1))) w--;
      if (w < k && w > (out[out.length - 1] ?? -1)) out.push(w);
    }
    if (at > (out[out.length - 1] ?? -1)) out.push(at);
  }
  return out;
}

/**
 * Degree requirements in a clause: "BS, MS, or Ph.D. degree in Engineering, Mathematics, ... (or
 * equivalent experience)" is one requirement at its lowest level (bachelor) with its fields; "MS or
 * PhD desirable" is a preferred one. Parts of the clause separated by commas with a cue of their own
 * ("BS in X, MS or PhD desirable") are judged apart. `names`, when given, are the indices in the
 * clause where a degree's name may start (the cue phrases' degree words, ascending): names are read
 * there only, not by scanning the clause.
 */
export function findDegrees(clause: string, offset: number, inPreferredScope: boolean, names?: readonly number[]): DegreeFinding[] {
  const mentions: { level: DegreeLevel; start: number; end: number }[] = [];
  for (const m of matchesOf(DEGREE, DEGREE_AT, clause, names)) {
    const word = m[0];
    const after = clause.slice(m.index + word.length, m.index + word.length + 40);
    if (SHORT_ABBREVIATION.test(word)) {
      if (word !== word.toUpperCase() && word.toLowerCase() !== 'phd') continue;
      if (/^(?:ms|ma)$/i.test(word) && MS_PRODUCT.test(after)) continue;
      // A bare BS/MS/BA/MA counts with degree context next to it: "BS in", "BS/MS", "MS or PhD", "BS degree".
      const context = /^\s*(?:\/|,|or\b|and\b|in\b|degree|\(|from\b|\+|required|preferred|desirable|is (?:a )?(?:plus|required|preferred)|a plus)/i.test(after) || /(?:\/|,|or|and)\s*$/i.test(clause.slice(Math.max(0, m.index - 6), m.index));
      if (!context) continue;
    }
    mentions.push({ level: levelOf(m), start: m.index, end: m.index + word.length });
  }
  dropProgrammes(clause, mentions);
  for (const m of matchesOf(BARE_DEGREE, BARE_DEGREE_AT, clause, names && bareDegreeStarts(clause, names))) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (NOT_BARE_DEGREE_BEFORE.test(clause.slice(Math.max(0, start - 20), start).trimEnd())) continue;
    if (mentions.some((x) => x.start <= end + 12 && x.end >= start - 25)) continue; // part of "BS degree", "Bachelor's degree"
    mentions.push({ level: 'bachelor', start, end });
  }
  if (!mentions.length) return [];
  mentions.sort((a, b) => a.start - b.start);

  // Split at commas/semicolons where a part carries its own preference cue.
  const parts: { start: number; end: number; preferred: boolean }[] = [];
  let from = 0;
  const cut = /[,;](?=\s*(?:[A-Z]|ph|ms|ma|bs|ba|master|bachelor|doctor|硕士|博士))/g;
  for (let m = cut.exec(clause); m; m = cut.exec(clause)) {
    parts.push({ start: from, end: m.index, preferred: false });
    from = m.index + 1;
  }
  parts.push({ start: from, end: clause.length, preferred: false });
  for (const p of parts) p.preferred = inPreferredScope || PREFERRED_CUE.test(clause.slice(p.start, p.end));
  // A cue for the whole clause ("Bachelor's degree in CS preferred") applies to every part.
  const allPreferred = parts.length === 1 ? parts[0]!.preferred : inPreferredScope;

  const equivalentExperience = EQUIVALENT.test(clause);
  const required: typeof mentions = [];
  const preferred: typeof mentions = [];
  for (const m of mentions) {
    const part = parts.find((p) => m.start >= p.start && m.start < p.end);
    if (allPreferred || part?.preferred) preferred.push(m);
    else required.push(m);
  }
  const firstDegree = mentions[0]!.start;
  let scope = clause.slice(firstDegree);
  const stop = FIELD_SCOPE_END.exec(scope);
  if (stop && stop.index > 0) scope = scope.slice(0, stop.index);
  const fields = findFields(scope, offset + firstDegree).map((f) => f.name);

  const out: DegreeFinding[] = [];
  const lowest = (list: typeof mentions): DegreeLevel =>
    ORDER[Math.min(...list.map((x) => ORDER.indexOf(x.level)))]!;
  const span = (list: typeof mentions): { start: number; end: number } => ({
    start: offset + Math.min(...list.map((x) => x.start)),
    end: offset + Math.max(...list.map((x) => x.end)),
  });
  if (required.length) {
    out.push({ level: lowest(required), fields, preferred: false, equivalentExperience, ...span(required) });
  }
  if (preferred.length) {
    const level = lowest(preferred);
    if (!required.length || ORDER.indexOf(level) > ORDER.indexOf(lowest(required))) {
      out.push({ level, fields, preferred: true, equivalentExperience: required.length ? false : equivalentExperience, ...span(preferred) });
    }
  }
  return out;
}
