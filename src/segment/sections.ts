import type { SectionKind } from '../types.js';
import type { ClauseCues } from '../refine/cues.js';
import type { Clause } from './clauses.js';
import { charCodes } from '../text/char-codes.js';
import { guessHeading, headingKey, isBullet, isLeadingMarker, isWhitespace, knownHeadingAt, smallCode, STRONG_HEADING_WORD } from './headings.js';

/** A section in clean-text offsets. */
export interface SectionSpan {
  kind: SectionKind;
  start: number;
  end: number;
  /** The heading's own span, or null for text before the first heading or a section implied by boilerplate. */
  heading: { start: number; end: number } | null;
  /** A line that names a role ("Senior Data Engineer") rather than a kind of section. */
  roleTitle: boolean;
}

/** A heading found in the text. `kind` null: a title-like line that names no known section. */
export interface HeadingMark {
  start: number;
  end: number;
  /** Where the section's content starts (after the heading and its colon). */
  contentStart: number;
  kind: SectionKind | null;
  /** No heading of its own: the section open before a one-line field ("Salary: £50k") goes on after it. */
  resumes?: boolean;
}

/** Headings that, followed by a value on their line, are a field of the posting's header. */
const FIELD_LABELS = new Set(['salary', 'pay', 'compensation', 'location', 'salary range', 'base salary', 'remuneration']);

const MAX_HEADING_LINE = 80;
const LETTER_START = /^\p{L}/u;
const MAX_INLINE_HEADING = 60;

/**
 * A known heading, a dash and its content on one line ("Requirements - Python, SQL"), the dash at
 * `dashed` in the line that starts at `s` and ends at `e`: marks the heading and says whether it did.
 * A list item is no heading ("• Experience - 3 years of Go", "1. Skills - SQL").
 */
function dashedHeading(text: string, codes: Uint16Array, line: string, dashed: number, lineStart: number, s: number, e: number, marks: HeadingMark[]): boolean {
  if (dashed > MAX_INLINE_HEADING || !LETTER_START.test(line) || hasBullet(codes, lineStart, s)) return false;
  const kind = knownHeadingAt(text, codes, s, s + dashed);
  if (!kind) return false;
  let content = s + dashed + 3;
  while (content < e && isWhitespace(codes[content]!)) content++;
  marks.push({ start: s, end: s + dashed, contentStart: content, kind });
  return true;
}

/**
 * Where the next " - " starts at or after `from`, or the text's length: found by its dash, which is
 * rarer than the space a search for " - " would stop at again and again.
 */
function spacedDash(text: string, from: number): number {
  for (let dash = text.indexOf('-', from + 1); dash >= 0; dash = text.indexOf('-', dash + 1)) {
    if (text.charCodeAt(dash - 1) === 32 && text.charCodeAt(dash + 1) === 32) return dash - 1;
  }
  return text.length;
}

/** Whether a bullet stands before the text of a line, in [lineStart, s). */
function hasBullet(codes: Uint16Array, lineStart: number, s: number): boolean {
  for (let i = lineStart; i < s; i++) if (isBullet(codes[i]!)) return true;
  return false;
}

/** Where text [start, end) starts without the whitespace and bullets before it. */
function trimmedStart(codes: Uint16Array, start: number, end: number): number {
  while (start < end && (isWhitespace(codes[start]!) || isBullet(codes[start]!))) start++;
  return start;
}

/** Where text [start, end) ends without the whitespace after it. */
function trimmedEnd(codes: Uint16Array, start: number, end: number): number {
  while (end > start && isWhitespace(codes[end - 1]!)) end--;
  return end;
}

function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhitespace(text.charCodeAt(i))) return true;
  return false;
}

/** The number of words in text [start, end), read in its code units (`charCodes`). */
function wordCount(codes: Uint16Array, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = codes[i]!;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * What `findHeadings` reads a short line [start, end) by, in one pass over it: its number of words
 * (`wordCount`), and whether it is in Title Case (`isTitleCase`), as `lastLineTitleCase` then says:
 * 1 or 0, or -1 when the line has a character other than printable ASCII and the space, and
 * `isTitleCase` must tell. `codes` are the text's code units (`charCodes`).
 */
export function readShortLine(text: string, codes: Uint16Array, start: number, end: number): number {
  let words = 0;
  let titleWords = 0;
  let title = 1;
  let i = start;
  while (i < end) {
    const c = codes[i]!;
    if (c === 32) {
      i++;
      continue;
    }
    let j = i + 1;
    let d = 0;
    while (j < end && (d = codes[j]!) > 32 && d < 127) j++;
    if (c < 32 || c >= 127 || (j < end && d !== 32)) {
      // Another character: the words are counted, the Title Case is left to `isTitleCase`.
      lineTitleCase = -1;
      return wordCount(codes, start, end);
    }
    words++;
    if (title === 1) {
      const small = j - i <= 4 && SMALL_CODES.has(smallCode(text, i, j));
      // Only small words ("and", "of", "&") may start in lowercase; the others start with a capital or a digit.
      if (c >= 97 && c <= 122) {
        if (!small) title = 0;
      } else if (!small) {
        if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) title = 0;
        else titleWords++;
      }
    }
    i = j;
  }
  lineTitleCase = title === 1 && titleWords > 0 ? 1 : 0;
  return words;
}
/** Whether the last line `readShortLine` read is in Title Case: 1, 0, or -1 for "ask `isTitleCase`". */
let lineTitleCase = -1;
export const lastLineTitleCase = (): number => lineTitleCase;

/**
 * Whether text [start, end) has a colon (":" or "：") followed, after spaces and tabs, by a character
 * that is not whitespace, "*", "_" or another colon: "Requirements: Python" has, "Requirements:" and
 * "Skills: **" have not. `codes` are the text's code units (`charCodes`).
 */
export function colonThenText(codes: Uint16Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = codes[k]!;
    if (c !== 58 && c !== 0xff1a) continue;
    let t = k + 1;
    while (t < end && (codes[t] === 32 || codes[t] === 9)) t++;
    if (t >= end) return false;
    const d = codes[t]!;
    if (!isWhitespace(d) && d !== 42 && d !== 95 && d !== 58 && d !== 0xff1a) return true;
  }
  return false;
}
const CAPITAL_OR_DIGIT = /[\p{Lu}\d]/uy;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'to', 'for', 'in', 'on', 'with', 'at', 'by', '&', '/', '-']);
/** SMALL_WORDS by `smallCode` (none is longer than four characters). */
const SMALL_CODES = new Set([...SMALL_WORDS].map((w) => smallCode(w, 0, w.length)));
/** Every word but the small ones ("and", "of", "&") starts with a capital or a digit, and there is one. */
export function isTitleCase(line: string): boolean {
  let words = 0;
  for (let i = 0; i < line.length; ) {
    while (i < line.length && isWhitespace(line.charCodeAt(i))) i++;
    if (i >= line.length) break;
    let j = i + 1;
    while (j < line.length && !isWhitespace(line.charCodeAt(j))) j++;
    const c = line.charCodeAt(i);
    // An ASCII lowercase letter decides without the word: only small words may start with one.
    if (c >= 97 && c <= 122) {
      if (j - i > 4 || !SMALL_WORDS.has(line.slice(i, j).toLowerCase())) return false;
    } else if (j - i > 4 || !SMALL_WORDS.has(line.slice(i, j).toLowerCase())) {
      // Not a small word (none is longer than four letters): it must start with a capital or a digit.
      if (c < 128) {
        if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
      } else {
        CAPITAL_OR_DIGIT.lastIndex = i;
        if (!CAPITAL_OR_DIGIT.test(line)) return false;
      }
      words++;
    }
    i = j;
  }
  return words > 0;
}

/** `.`, `!` or `?`. */
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63;

/**
 * Finds headings: whole lines that name a section ("Requirements", "What you'll be doing:",
 * "职位要求"), lines marked up as headings or ending in a colon whose words say the kind, inline
 * headings before a colon ("... at scale. What we need to see: 5+ years ..."), and title-like lines
 * marked up as headings that name no section (candidates for role titles).
 */
export function findHeadings(text: string, headingLines: readonly number[]): HeadingMark[] {
  const marks: HeadingMark[] = [];
  const hinted = new Set(headingLines);
  // The text's code units, read faster than its characters: those the tokenizer has just read, in
  // the pipeline. Nothing called below asks `charCodes` for another text's.
  const codes = charCodes(text);
  let lineStart = 0;
  const n = text.length;
  let nextColon = -1; // cached: the first ':' at or after the current line
  let nextWideColon = -1; // cached: the first '：' at or after the current line
  let nextDash = -1; // cached: the first ' - ' at or after the current line
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const s = trimmedStart(codes, lineStart, lineEnd);
    const e = trimmedEnd(codes, s, lineEnd);
    if (e > s) {
      if (nextColon < s) {
        nextColon = text.indexOf(':', s);
        if (nextColon < 0) nextColon = n;
      }
      if (nextDash < s) nextDash = spacedDash(text, s);
      const short = e - s <= MAX_HEADING_LINE;
      // Only a line with a dash, or a short line that may be a heading, is cut from the text.
      let line = nextDash < e ? text.slice(s, e) : '';
      let handled = false;
      const words = short ? readShortLine(text, codes, s, e) : Infinity;
      if (nextDash < e && dashedHeading(text, codes, line, nextDash - s, lineStart, s, e, marks)) {
        handled = true;
      } else if (words <= 10) {
        const isHinted = hinted.size > 0 && (hinted.has(lineStart) || hinted.has(s));
        const last = codes[e - 1]!;
        const known = knownHeadingAt(text, codes, s, e);
        // A line on its own in Title Case or capitals ("Essential Skills & Experience") reads as a
        // heading too: one short enough, without an end of sentence, a comma or a semicolon at its end.
        const titleShaped = words <= 6 && !isSentenceEnd(last) && last !== 44 && last !== 59;
        // A line with text after a colon ("Requirements: Python, Go", "<b>Skills:</b> SQL") is not a
        // heading as a whole: the heading before its colon is found inline, and what follows is its content.
        if (nextWideColon < s) {
          nextWideColon = text.indexOf('：', s);
          if (nextWideColon < 0) nextWideColon = n;
        }
        const colonText = (nextColon < e || nextWideColon < e) && colonThenText(codes, s, e);
        const guess =
          !colonText &&
          (isHinted || last === 58 || (titleShaped && (lineTitleCase === -1 ? isTitleCase((line ||= text.slice(s, e))) : lineTitleCase === 1)));
        const kind = known ?? (guess ? guessHeading((line ||= text.slice(s, e))) : undefined);
        if (kind) {
          marks.push({ start: s, end: e, contentStart: e, kind });
          handled = true;
        } else if (isHinted && !colonText && !isSentenceEnd(last)) {
          marks.push({ start: s, end: e, contentStart: e, kind: null });
          handled = true;
        }
      }
      if (!handled && nextColon < e) findInlineHeadings(text, codes, s, e, marks);
    }
    lineStart = lineEnd + 1;
  }
  return marks;
}

/**
 * Headings written inside a line, before a colon: "... at scale. What you'll be doing: A big part ...".
 * A field with its value on the line ("Salary: £50k", "Location: Berlin", also amid a run of header
 * fields: "Job type: Full-time Compensation: €50k - 90k Role: Backend Developer") is not a section
 * heading: its value ends at the next heading on the line or at the line's end, and what follows
 * belongs to the section open before it.
 */
function findInlineHeadings(text: string, codes: Uint16Array, lineStart: number, lineEnd: number, marks: HeadingMark[]): void {
  /** The kind of the section open before a run of fields on this line, while a field's value runs. */
  let resume: SectionKind | null = null;
  let colon = text.indexOf(':', lineStart);
  while (colon >= 0 && colon < lineEnd) {
    // The phrase before the colon, back to the start of its sentence.
    let k = colon - 1;
    while (k >= lineStart && colon - k <= MAX_INLINE_HEADING) {
      const c = codes[k]!;
      // . ! ? : ; ) and bullets
      if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 41 || isBullet(c)) break;
      k--;
    }
    if (colon - k > MAX_INLINE_HEADING) {
      // A long run-on phrase: only a capitalised heading at its end ("... SNMP Key Responsibilities:").
      let space = colon - MAX_INLINE_HEADING;
      while (space < colon && codes[space] !== 32) space++;
      const from = space + 1;
      const tail = from < colon ? capitalisedHeadingAtEnd(text, codes, from, colon) : undefined;
      if (tail) {
        marks.push({ start: tail.start, end: colon + 1, contentStart: colon + 1, kind: tail.kind });
        resume = null;
      }
    } else {
      let s = trimmedStart(codes, k + 1, colon);
      // Numbering, or the end of a field's value ("Likes: 0 Job description:"), is not part of the heading.
      while (s < colon && isLeadingMarker(codes[s]!)) s++;
      const phrase = text.slice(s, colon);
      const known = knownHeadingAt(text, codes, s, colon);
      const kind = known ?? guessHeading(phrase, true);
      if (kind && wordCount(codes, s, colon) <= 8) {
        const before = marks[marks.length - 1];
        // A heading guessed from its words starts at them: "We pay £50k Requirements:" is "Requirements".
        marks.push({ start: known ? s : s + guessedHeadingStart(phrase), end: colon + 1, contentStart: colon + 1, kind });
        if (FIELD_LABELS.has(headingKey(phrase)) && hasText(text, colon + 1, lineEnd)) resume ??= before?.kind ?? 'other';
        else resume = null;
      } else {
        const tail = capitalisedHeadingAtEnd(text, codes, s, colon);
        if (tail) {
          marks.push({ start: tail.start, end: colon + 1, contentStart: colon + 1, kind: tail.kind });
          resume = null;
        } else if (resume !== null) {
          // The next field of the run ("... €50k - 90k Job type: Full-time") ends the value.
          const label = fieldLabelStart(text, codes, s, colon);
          if (label > s) {
            marks.push({ start: label, end: label, contentStart: label, kind: resume, resumes: true });
            resume = null;
          }
        }
      }
    }
    colon = text.indexOf(':', colon + 1);
  }
  if (resume !== null) marks.push({ start: lineEnd, end: lineEnd, contentStart: lineEnd, kind: resume, resumes: true });
}

/**
 * Where a heading guessed from its words starts in the phrase before its colon: at the capitalised
 * word that names the section, with the capitalised words before it ("Great team Key Requirements" →
 * "Key Requirements"; "5+ years Must haves" → "Must haves"). 0 (the whole phrase) when that word is
 * not found or not capitalised.
 */
function guessedHeadingStart(phrase: string): number {
  const lower = phrase.toLowerCase();
  const m = lower.length === phrase.length ? STRONG_HEADING_WORD.exec(lower) : null;
  if (!m) return 0;
  let start = phrase.lastIndexOf(' ', m.index) + 1;
  // A heading in sentence case ("Your key responsibilities") is the whole phrase; a capitalised word
  // after other words ("... £50k Requirements") starts a heading run on from the text before it.
  CAPITAL.lastIndex = start;
  if (!CAPITAL.test(phrase)) return 0;
  while (start > 1 && phrase.charCodeAt(start - 1) === 32) {
    const before = phrase.lastIndexOf(' ', start - 2) + 1;
    CAPITAL.lastIndex = before;
    if (before === start - 1 || !CAPITAL.test(phrase)) break;
    start = before;
  }
  return start;
}

/**
 * Where the label of a header field ending at `colon` starts, as in a run of fields on one line:
 * "Job type", "Experience level", "Role" (a capitalised word and at most two lowercase ones after it,
 * letters and hyphens only, 30 characters at most), or -1 when the text before the colon is no label;
 * `codes` are the text's code units (`charCodes`).
 */
function fieldLabelStart(text: string, codes: Uint16Array, from: number, colon: number): number {
  let start = colon;
  for (let words = 0; words < 3; words++) {
    let k = start;
    while (k > from && isLabelChar(codes[k - 1]!)) k--;
    if (k === start || colon - k > 30) return -1;
    if (capitalAt(text, codes, k)) return k;
    if (k <= from || codes[k - 1] !== 32) return -1;
    start = k - 1;
  }
  return -1;
}

/** A letter (ASCII or Latin-1) or a hyphen, as field labels are written. */
const isLabelChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * A known heading in capitals at the end of the phrase text [from, to) (`codes` its code units) that
 * runs on from the sentence before it, as in text whose line breaks were lost: "... Linux
 * FreeRadius SNMP Key Responsibilities: Working with ...", and where it starts. The heading's words
 * must start with capitals, so "... as part of your responsibilities:" is not one.
 */
export function capitalisedHeadingAtEnd(text: string, codes: Uint16Array, from: number, to: number): { start: number; kind: SectionKind } | undefined {
  // The last five words at most, back from the end, never the first word of the phrase.
  let end = to;
  for (let n = 1; n <= 5 && end > from; n++) {
    let space = end - 1;
    while (space >= from && codes[space] !== 32) space--;
    if (space < from) return undefined;
    const start = space + 1;
    if (start === end || !capitalAt(text, codes, start)) return undefined;
    const kind = n >= 2 ? knownHeadingAt(text, codes, start, to) : undefined;
    if (kind) return { start, kind };
    end = start - 1;
  }
  return undefined;
}

/** A capital letter or `&` where `lastIndex` is. */
const CAPITAL = /[\p{Lu}&]/uy;

/** Whether a capital letter or `&` is at `at` (CAPITAL, its pattern run only for a character above ASCII). */
function capitalAt(text: string, codes: Uint16Array, at: number): boolean {
  const c = codes[at]!;
  if (c < 128) return (c >= 65 && c <= 90) || c === 38;
  CAPITAL.lastIndex = at;
  return CAPITAL.test(text);
}

/**
 * Turns headings into sections that cover the text from each heading to the next. A section of
 * requirements, preferred skills or responsibilities that runs into pay, equal-opportunity or
 * company boilerplate (outside a list item) ends there: the rest becomes a section of that kind.
 */
export function buildSections(
  text: string,
  marks: readonly HeadingMark[],
  clauses: readonly Clause[],
  cues: readonly ClauseCues[],
  roleTitles: ReadonlySet<number>,
): SectionSpan[] {
  const sections: SectionSpan[] = [];
  const n = text.length;
  const first = marks[0];
  if (!first || first.start > 0) {
    const end = first ? first.start : n;
    if (text.slice(0, end).trim()) sections.push({ kind: 'other', start: 0, end, heading: null, roleTitle: false });
  }
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.start : n;
    if (m.resumes) {
      if (hasText(text, m.start, end)) sections.push({ kind: m.kind ?? 'other', start: m.start, end, heading: null, roleTitle: false });
      return;
    }
    sections.push({ kind: m.kind ?? 'other', start: m.start, end, heading: { start: m.start, end: m.end }, roleTitle: roleTitles.has(m.start) });
  });

  // Boilerplate that ends a section of the job's own content.
  const out: SectionSpan[] = [];
  let c = 0;
  for (const section of sections) {
    if (section.kind !== 'requirements' && section.kind !== 'preferred' && section.kind !== 'responsibilities') {
      out.push(section);
      continue;
    }
    while (c < clauses.length && clauses[c]!.start < section.start) c++;
    let split = -1;
    let kind: SectionKind = 'other';
    for (let k = c; k < clauses.length && clauses[k]!.start < section.end; k++) {
      const clause = clauses[k]!;
      if (clause.bullet || (section.heading && clause.start < section.heading.end)) continue;
      const b = cues[k]!.boilerplate;
      if (b) {
        split = clause.start;
        kind = b === 'eeo' ? 'other' : b;
        break;
      }
    }
    if (split > section.start) {
      out.push({ ...section, end: split });
      out.push({ kind, start: split, end: section.end, heading: null, roleTitle: false });
    } else out.push(section);
  }
  return out;
}
