/**
 * Splits clean text into clauses: sentences, list items and `;`-separated parts, the units that
 * requirement cues ("is a plus", "preferred") and negations apply to. Linear, one pass.
 */
export interface Clause {
  start: number;
  end: number;
  /** The clause begins a list item (•, 1., a), ...). */
  bullet: boolean;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'incl', 'approx', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'dr', 'mr', 'ms', 'mrs', 'st',
  'no', 'nr', 'dept', 'univ', 'ph.d', 'b.s', 'm.s', 'b.a', 'm.a', 'b.sc', 'm.sc', 'b.eng', 'm.eng', 'u.s', 'u.k', 'e.u',
  'fig', 'min', 'max', 'yrs', 'mos', 'esp', 'resp', 'cf', 'al', 'eg', 'ie', 'a.m', 'p.m',
]);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** ASCII characters that neither end a clause nor are spaces: 1. */
const PLAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) PLAIN[c] = c === 10 || c === 33 || c === 63 || c === 59 || c === 46 || isSpace(c) ? 0 : 1;

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
  const word = text.slice(k + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  return true;
}

export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  const n = text.length;
  let start = 0;
  let lineStart = true;
  const push = (end: number): void => {
    let s = start;
    while (s < end && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 10)) s++;
    let e = end;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 10)) e--;
    if (e > s) {
      const c = text.charCodeAt(s);
      const bullet = c === 0x2022 || /^(?:\d{1,2}|[a-z])[.)]\s/.test(text.slice(s, s + 4));
      out.push({ start: s, end: e, bullet });
    }
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Most characters end nothing: one table lookup for them.
    if (c < 128 && PLAIN[c] === 1) {
      lineStart = false;
      continue;
    }
    if (c === 10) {
      push(i);
      start = i + 1;
      lineStart = true;
      continue;
    }
    if (c === 0x2022 && i > start && !lineStart) {
      // A bullet in the middle of a line starts a new item.
      push(i);
      start = i;
      continue;
    }
    if (!isSpace(c)) lineStart = false;
    if (c === 33 || c === 63 || c === 59 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) {
      // ! ? ; 。！？；
      push(i + 1);
      start = i + 1;
    } else if (c === 46 && sentenceDot(text, i)) {
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
