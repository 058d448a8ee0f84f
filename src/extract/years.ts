import { isWhitespace } from '../segment/headings.js';
import type { YearsOfExperience } from '../types.js';

/** Years of experience a clause asks for, with the clean-text span of the evidence. */
export interface YearsFinding {
  years: YearsOfExperience;
  start: number;
  end: number;
  /** A requirement subordinate to another ("including 2 years of Go", "(3 in a lead role)"). */
  subordinate: boolean;
  /** The span names a skill or field after it ("3+ years of Deep Learning experience"), not experience in general. */
  specific: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  a: 1, an: 1,
};
/**
 * Numbers written as words that the patterns read (cut into tokens, they are `findYears`' `numberWords`):
 * with the compounds ("twenty-five"), every number from one to thirty-nine.
 */
export const NUMBER_WORD_LIST = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
];
/** The same numbers as a pattern: a compound ("twenty-five") or a teen ("sixteen") whole, not the word it starts with. */
const NUMBER_WORD_PATTERN = [
  '(?:twenty|thirty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?',
  '(?:thir|four|fif|six|seven|eigh|nine)teen',
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve',
].join('|');
// The lookahead before the list of words names the words' first letters: it changes no match, but
// V8 compiles a pattern with it markedly faster, which is part of every cold start.
const NUM = String.raw`(?=[\dotfsen])(\d{1,2}(?:\.\d)?|${NUMBER_WORD_PATTERN})`;
/** A number in digits only: V8 tries a list of words at each letter one of them starts with, a digit only at digits. */
const DIGITS = String.raw`(\d{1,2}(?:\.\d)?)`;
const UNIT = String.raw`(?:years?|yrs?|年)`;

/**
 * A digit right before a unit, as each of DIGIT_PATTERNS has its (last) number ("5 years", "2.5 yrs",
 * "5 + years", "10-plus years", "5 or more years", "3年"): a clause without one has no years in
 * digits, and is done with this one scan instead of one a pattern.
 */
const DIGIT_BEFORE_UNIT = /\d(?:\s*\+|-plus|\s+plus|\s+or more)?\s*(?:years?|yrs?|年)/i;

type Kind = 'range' | 'plus' | 'min' | 'exact' | 'max';

/** The patterns of years with numbers as `num` reads them; each is anchored on a number and a unit, with bounded gaps: linear in the clause. */
function patterns(num: string): { re: RegExp; kind: Kind }[] {
  return [
    { re: new RegExp(String.raw`\b${num}\s*(?:-|to|–|—|~|-to-)\s*${num}\s*(?:\+\s*)?${UNIT}`, 'gi'), kind: 'range' },
    { re: new RegExp(String.raw`\b(?:at least|minimum of|min\.?|a minimum of|no less than|over|more than|in excess of)\s+${num}\s*(?:\+\s*)?${UNIT}`, 'gi'), kind: 'min' },
    { re: new RegExp(String.raw`\b${num}(?:\s*\+|-plus\b|\s+plus\b)\s*${UNIT}`, 'gi'), kind: 'plus' },
    { re: new RegExp(String.raw`\b${num}\s+or more\s+${UNIT}`, 'gi'), kind: 'plus' },
    { re: new RegExp(String.raw`\b${num}\s*${UNIT}\s*(?:\(\s*)?(?:or more|or longer|plus|minimum|min\b|at least|or above|or greater)`, 'gi'), kind: 'min' },
    { re: new RegExp(String.raw`\b(?:up to|less than|under)\s+${num}\s*${UNIT}`, 'gi'), kind: 'max' },
    { re: new RegExp(String.raw`(?:^|[^\d.])${num}\s*${UNIT}`, 'gi'), kind: 'exact' },
    { re: /(\d{1,2})\s*(?:年以上|年及以上)/g, kind: 'plus' },
  ];
}
/** The patterns, numbers in digits or words. */
export const PATTERNS = patterns(NUM);
/** The patterns, numbers in digits only: for a clause none of whose words is a number word (several times faster). */
export const DIGIT_PATTERNS = patterns(DIGITS);

/** Words after the years that make them years of experience ("5+ years of Python development experience"). */
const EXPERIENCE_WORDS = new Set([
  'experience', 'exp', 'experiences', 'background', 'working', 'developing', 'building', 'designing', 'programming',
  'coding', 'leading', 'managing', 'engineering', 'development',
]);
const IN_WHAT = new Set(['industry', 'field', 'role', 'software', 'a']);
const WORDS = /[\p{L}\p{N}+#]+/gu;

/** Whether the text after a number of years says they are years of experience, within its first words. */
function mentionsExperience(after: string): boolean {
  if (/工作经验|经验|相关/.test(after.slice(0, 12))) return true;
  const words = (after.toLowerCase().match(WORDS) ?? []).slice(0, 10);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (EXPERIENCE_WORDS.has(w)) return true;
    if (w === 'track' && words[i + 1] === 'record') return true;
    if (w === 'in' && i <= 1 && (IN_WHAT.has(words[i + 1]!) || (words[i + 1] === 'the' && IN_WHAT.has(words[i + 2]!)))) return true;
  }
  return false;
}
/** Years that are not experience: durations of degrees, contracts, company history, ages. */
const NOT_EXPERIENCE_AFTER =
  /^\s*(?:-|\s)?(?:year\s+)?(?=[dcupfwoaitrj])(?:degree|college|university|program|programme|course|contract|fixed[- ]term|warranty|old\b|of age|anniversary|in business|of history|of growth|of innovation|of service|commitment|term|plan|roadmap|journey)/i;
const WEAK_EXPERIENCE_AFTER = /^[\s'’s]*(?:of|in|with|as|using|doing|building|developing|writing|leading|managing)\b/i;
const NOT_EXPERIENCE_BEFORE = /(?:for (?:over|more than|the past|the last|nearly|almost)?\s*|since\s*|founded\s*|established\s*|within\s*|next\s*|first\s*|past\s*|last\s*|a\s+|an\s+|every\s*|per\s*|after\s*)$/i;
const SUBORDINATE_BEFORE = /(?:including|incl\.?|of which|with at least|out of which|\(|of those|among them|at least\s+\d+\s+of (?:which|those))\s*$/i;

const numberOf = (s: string): number => {
  const lower = s.toLowerCase();
  const dash = lower.indexOf('-');
  if (dash > 0) return NUMBER_WORDS[lower.slice(0, dash)]! + NUMBER_WORDS[lower.slice(dash + 1)]!;
  return NUMBER_WORDS[lower] ?? Number(s);
};

/**
 * Finds "5+ years", "10-plus years", "1-3 years' experience", "three-to-five years", "twenty-five
 * years", "at least 2 years", "minimum of 1 year", "5 years or more", "2–4 yrs", "3年以上" in a clause, keeping only years of experience. Numbers
 * written as words are read only when `numberWords` says that one of the clause's words is one
 * (`NUMBER_WORD_LIST`, as the cue phrases find them); the patterns for digits alone run much faster.
 * The patterns read the parts of the clause around its units (`unitWindows`); with `whole`, the whole
 * clause, which the parts stand for (the tests compare the two).
 */
export function findYears(clause: string, offset: number, numberWords = true, whole = false): YearsFinding[] {
  // Every pattern needs a unit, and in digits a number right before it: most clauses have none and
  // are done with one scan.
  if (!numberWords && !DIGIT_BEFORE_UNIT.test(clause)) return [];
  const around = unitWindows(clause);
  if (around.length === 0) return [];
  const out: YearsFinding[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  // The patterns read the parts of the clause around its units only, or all of it.
  const parts = whole ? [0, clause.length] : around;
  for (const { re, kind } of numberWords ? PATTERNS : DIGIT_PATTERNS) {
    for (let w = 0; w < parts.length; w += 2) {
      const from = parts[w]!;
      const body = from === 0 && parts[w + 1] === clause.length ? clause : clause.slice(from, parts[w + 1]);
      re.lastIndex = 0;
      for (let m = re.exec(body); m; m = re.exec(body)) {
        let start = from + m.index;
        const end = start + m[0].length;
        if (kind === 'exact' && m[0].length && !/[\d\p{L}]/u.test(m[0][0]!)) start++;
        if (overlaps(start, end)) continue;
        const after = clause.slice(end, end + 120);
        const before = clause.slice(Math.max(0, start - 40), start);
        if (NOT_EXPERIENCE_AFTER.test(after)) continue;
        if ((kind === 'exact' || kind === 'min') && NOT_EXPERIENCE_BEFORE.test(before)) continue;
        // "5+ years of Python" is a requirement; a bare "3 years" needs the word experience (or a verb of it).
        const experience =
          mentionsExperience(after) ||
          /experience(?: ?(?:of|:))?$/i.test(before.trimEnd()) ||
          /年/.test(m[0]) ||
          (kind !== 'exact' && kind !== 'max' && WEAK_EXPERIENCE_AFTER.test(after));
        if (!experience) continue;
        const a = numberOf(m[1]!);
        const b = m[2] !== undefined ? numberOf(m[2]) : null;
        if (!(a >= 0 && a <= 40) || (b !== null && !(b >= a && b <= 50))) continue;
        let years: YearsOfExperience;
        if (kind === 'range') years = { min: a, max: b };
        else if (kind === 'exact') years = { min: a, max: null };
        else if (kind === 'max') years = { min: 0, max: a };
        else years = { min: a, max: null };
        taken.push([start, end]);
        const specific = !/^[\s'’s]*(?:of\s+)?(?:(?:relevant|related|professional|industry|work|working|hands-on|practical|proven|full-time|post-?graduate|combined|commercial|previous|prior|direct|solid|technical)\s+)*(?:experience|exp\b)/i.test(after);
        out.push({ years, start: offset + start, end: offset + end, subordinate: SUBORDINATE_BEFORE.test(before), specific });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** A unit's first letters, or 年: every match of a pattern has one (`UNIT`). */
const UNIT_START = /y(?:ea)?r|年/gi;
/**
 * At most this many characters other than whitespace in a pattern's match, and the one before it
 * that `\b` or `(?:^|[^\d.])` reads, come before the letters `UNIT_START` matches ("in excess of
 * twenty-seven + years": 1 + 10 + 12 + 1; "twenty-one -to- thirty-nine + years": 1 + 29), and after
 * them with the one `\b` reads ("s (or greater": 11; "s plus" and the character after it: 6), with
 * room to spare.
 */
const BEFORE_UNIT = 32;
const AFTER_UNIT = 14;

/**
 * The parts of a clause a pattern's match may lie in, as [start, end) pairs in order and apart from
 * one another: around each unit, as far as a match can reach (whitespace counting for nothing, as a
 * pattern may have any amount of it), parts that overlap or touch made one. Every match lies within
 * one part, away from its ends, so a pattern finds the same in the parts, one after the other, as in
 * the whole clause.
 */
function unitWindows(clause: string): number[] {
  const parts: number[] = [];
  const n = clause.length;
  UNIT_START.lastIndex = 0;
  for (let m = UNIT_START.exec(clause); m; m = UNIT_START.exec(clause)) {
    let start = m.index;
    for (let seen = 0; start > 0 && seen < BEFORE_UNIT; start--) if (!isWhitespace(clause.charCodeAt(start - 1))) seen++;
    let end = m.index + m[0].length;
    for (let seen = 0; end < n && seen < AFTER_UNIT; end++) if (!isWhitespace(clause.charCodeAt(end))) seen++;
    const last = parts.length - 1;
    if (last > 0 && start <= parts[last]!) parts[last] = Math.max(parts[last]!, end);
    else parts.push(start, end);
  }
  return parts;
}
