/**
 * Splits clean text into clauses: sentences, list items and `;`-separated parts, the units that
 * requirement cues ("is a plus", "preferred") and negations apply to. Linear, one pass.
 */
import { CLAUSE_MARKS } from '../match/tokenize.js';
import { isBullet, smallCode } from './headings.js';

export interface Clause {
  start: number;
  end: number;
  /** The clause begins a list item (•, 1., a), ...). */
  bullet: boolean;
}

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'incl', 'approx', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'dr', 'mr', 'ms', 'mrs', 'st',
  'no', 'nr', 'dept', 'univ', 'ph.d', 'b.s', 'm.s', 'b.a', 'm.a', 'b.sc', 'm.sc', 'b.eng', 'm.eng', 'u.s', 'u.k', 'e.u',
  'fig', 'min', 'max', 'yrs', 'mos', 'esp', 'resp', 'cf', 'al', 'eg', 'ie', 'a.m', 'p.m',
]);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** The characters that may end a clause (`CLAUSE_MARKS`: line breaks, bullets, ! ? ; . and their CJK forms). */
export const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** A list item's number or letter and what follows it ("1. ", "a) "), where `lastIndex` is. */
const LIST_MARK = /(?:\d{1,2}|[a-z])[.)]\s/y;

/**
 * Whether LIST_MARK matches at `s`, the pattern run only where its first two characters may be its
 * own (a digit or a lowercase letter, then a digit, "." or ")"): most clauses start otherwise.
 */
export function listMarkAt(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  const d = text.charCodeAt(s + 1);
  if (!(d === 46 || d === 41 || (d >= 48 && d <= 57))) return false;
  LIST_MARK.lastIndex = s;
  return LIST_MARK.test(text);
}

/** Whether the '.' at `i` ends a sentence. */
function sentenceDot(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!(Number.isNaN(next) || isSpace(next) || next === 10)) return false;
  // The word before the dot, with inner dots ("Ph.D", "e.g").
  let k = i - 1;
  while (k >= 0 && i - k <= 8) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) k--;
    else break;
  }
  return !(i - k - 1 <= LONGEST_ABBREVIATION && ABBREVIATION_CODES.has(smallCode(text, k + 1, i)));
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
/** ABBREVIATIONS by `smallCode` (none is longer than seven characters, and "." is its own lowercase). */
const ABBREVIATION_CODES = new Set([...ABBREVIATIONS].map((a) => smallCode(a, 0, a.length)));

/** Whether the clause so far, from `start` to the '.' at `i`, is a list item's number or letter ("1.", "12.", "a."). */
function listNumber(text: string, start: number, i: number): boolean {
  let s = start;
  while (s < i && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 10)) s++;
  const length = i - s;
  if (length === 1) {
    const c = text.charCodeAt(s);
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
  }
  return length === 2 && isDigit(text.charCodeAt(s)) && isDigit(text.charCodeAt(s + 1));
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The clauses of a text. `found`, when given, says where the text's clause marks are, in order
 * (`Tokens.clauseMarks`, found as it was tokenized): the text is then not searched for them.
 */
export function splitClauses(text: string, found?: { readonly clauseMarks: Int32Array; readonly clauseMarkCount: number }): Clause[] {
  const out: Clause[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 10)) s++;
    let e = end;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 10)) e--;
    if (e > s) {
      const bullet = isBullet(text.charCodeAt(s)) || listMarkAt(text, s);
      out.push({ start: s, end: e, bullet });
    }
  };
  // Most characters end nothing: the regular expression skips to the next one that may (`test`, with
  // no match array to make, leaves `lastIndex` just after it), unless the marks were found already.
  CLAUSE_MARK.lastIndex = 0;
  for (let m = 0; found ? m < found.clauseMarkCount : CLAUSE_MARK.test(text); m++) {
    const i = found ? found.clauseMarks[m]! : CLAUSE_MARK.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
    } else if (isBullet(c)) {
      // A bullet starts a new item (at the start of a line, what it ends is only spaces: no clause).
      if (i > start) {
        push(i);
        start = i;
      }
    } else if (c !== 46 || (sentenceDot(text, i) && !listNumber(text, start, i))) {
      // ! ? ; 。！？； and a period that ends a sentence.
      push(i + 1);
      start = i + 1;
    }
  }
  push(n);
  return out;
}

/** The clause containing offset `at`, in clauses sorted and disjoint, or undefined. */
export function clauseAt<T extends { start: number; end: number }>(clauses: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid]!;
    if (at < c.start) hi = mid - 1;
    else if (at >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}
