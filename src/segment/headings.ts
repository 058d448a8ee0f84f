import { jsonLiteral } from '../json-literal.js';
import { HASH_SEED, hashEnd, hashStep, KeyFilter } from '../match/key-filter.js';
import { freshCopy } from '../text/fresh-copy.js';
import type { SectionKind } from '../types.js';
import { prebuiltHeadingTable } from './heading-table.js';

/**
 * Section headings as postings write them, by kind. Compared after `headingKey`: lowercase, curly
 * quotes straightened, markers and a trailing colon removed, spaces collapsed.
 */
const HEADINGS: Record<Exclude<SectionKind, 'other'> | 'eeo', string[]> = {
  requirements: [
    'requirements', 'job requirements', 'the requirements', 'requirements and qualifications', 'qualifications',
    'minimum qualifications', 'basic qualifications', 'required qualifications', 'required skills',
    'required skills and qualifications', 'required skills and experience', 'required experience', 'required',
    'must have', 'must haves', 'must-have', 'must-haves', 'what you will need', "what you'll need", 'what you need',
    'what we need to see', 'what we need', "what we're looking for", 'what we are looking for', 'what you bring',
    "what you'll bring", 'what you will bring', 'who you are', 'about you', 'you have', 'you are', 'your profile',
    'profile', 'your skills', 'skills', 'skills and experience', 'skills and qualifications', 'experience',
    'experience and skills', 'key skills', 'technical skills', 'soft skills', 'key requirements', 'essential skills',
    'essential', 'essential requirements', 'education', 'education and experience', 'competencies', 'we expect',
    'we are looking for', "we're looking for", 'ideal candidate', 'the ideal candidate', 'candidate profile',
    'your background', 'what it takes', 'is this you', 'is this you?', 'what makes you a great fit',
    'what you should have', 'desired profile', 'knowledge and skills', 'minimum requirements', 'prerequisites',
    '职位要求', '任职要求', '岗位要求', '任职资格', '职位资格', '要求', '技能要求', '应聘要求',
  ],
  preferred: [
    'preferred qualifications', 'preferred skills', 'preferred experience', 'preferred', 'nice to have',
    'nice to haves', 'nice-to-have', 'nice-to-haves', 'good to have', 'bonus', 'bonus points', 'bonus skills',
    'pluses', 'plus', 'extra credit', 'ways to stand out from the crowd', 'ways to stand out', 'stand out from the crowd',
    'desired qualifications', 'desired skills', 'desirable', 'desirable skills', 'additional qualifications',
    'additional skills', "it's a plus if", 'it would be great if', "it's a bonus if", 'even better if',
    'bonus if you have', 'what would make you stand out', 'what sets you apart', 'preferred requirements',
    'optional', '加分项', '优先', '优先条件', '加分',
  ],
  responsibilities: [
    "what you'll be doing", 'what you will be doing', "what you'll do", 'what you will do', 'what you do',
    'responsibilities', 'key responsibilities', 'main responsibilities', 'your responsibilities', 'job responsibilities',
    'the role', 'your role', 'about the role', 'role', 'the job', 'about the job', 'duties', 'job duties',
    'tasks', 'your tasks', 'your mission', 'the mission', 'in this role', 'in this role you will', 'day to day',
    'a day in the life', 'what the job involves', 'job description', 'description', 'role description',
    'position summary', 'the position', 'the opportunity', 'overview', 'summary', 'your impact', 'impact',
    '工作职责', '岗位职责', '职位描述', '工作内容', '职责', '职位职责', '岗位描述',
  ],
  about: [
    'about us', 'about the company', 'about the team', 'the team', 'our team', 'who we are', 'company overview',
    'company description', 'our company', 'our mission', 'our culture', 'our story', 'why join us',
    'why us', 'why work with us', 'why work here', 'life at', 'the company', 'company', 'about', '关于我们',
    '公司介绍', '公司简介', '团队介绍',
  ],
  benefits: [
    'benefits', 'perks', 'perks and benefits', 'benefits and perks', 'what we offer', 'we offer',
    "what's in it for you", 'what you get', 'what you will get', 'compensation', 'compensation and benefits',
    'salary', 'pay', 'salary and benefits', 'our offer', 'the offer', 'rewards', 'what we provide', '福利', '福利待遇',
  ],
  eeo: [
    'equal opportunity', 'equal opportunity employer', 'equal employment opportunity', 'eeo', 'eeo statement',
    'diversity', 'diversity and inclusion', 'diversity, equity and inclusion', 'accommodations', 'how to apply',
    'application process', 'location', 'additional information', 'other information',
  ],
};

const TRAILING_MARKERS = new Set([...'*#_·•:： \t\n\r']);
/** The ASCII characters of TRAILING_MARKERS, by code (see `surelyUnknown`). */
const TRAILING_ASCII = new Uint8Array(128);
for (const ch of TRAILING_MARKERS) if (ch.charCodeAt(0) < 128) TRAILING_ASCII[ch.charCodeAt(0)] = 1;

/** Where the text ends without the markers and spaces at its end ("Requirements:**" → "Requirements"). */
function endWithoutMarkers(text: string): number {
  let end = text.length;
  while (end > 0 && TRAILING_MARKERS.has(text[end - 1]!)) end--;
  return end;
}

/** The last text headingKey was asked about, and its key. */
let lastText = '';
let lastKey = '';

/** The headings by their keys (`headingKey`), and a filter of the keys (`KeyFilter.encode`). */
export interface HeadingTable {
  keys: readonly (readonly [key: string, kind: SectionKind])[];
  filter: string;
}

/** The table of HEADINGS, as the package build writes it into src/segment/heading-table.ts. */
export function makeHeadingTable(): HeadingTable {
  const table = new Map<string, SectionKind>();
  for (const [kind, phrases] of Object.entries(HEADINGS)) {
    // Keyed from fresh copies of the phrases: headingKey reads the lines of postings.
    for (const p of phrases) table.set(headingKey(freshCopy(p)), kind === 'eeo' ? 'other' : (kind as SectionKind));
  }
  return { keys: [...table], filter: new KeyFilter(table.keys(), table.size).encode() };
}

/** The module that takes the place of src/segment/heading-table.ts in the package: the table as JSON text. */
export function headingTableModule(): string {
  return `export function prebuiltHeadingTable() { return ${jsonLiteral(JSON.stringify(makeHeadingTable()))}; }\n`;
}

// Made with the package; in the sources (tests, type checks), made here.
const prebuilt = prebuiltHeadingTable();
const HEADING_TABLE = prebuilt === undefined ? makeHeadingTable() : (JSON.parse(prebuilt) as HeadingTable);
const TABLE = new Map<string, SectionKind>(HEADING_TABLE.keys);
/** The table's keys, to turn away most lines without making their key (see `surelyUnknown`). */
const TABLE_KEYS = KeyFilter.decode(HEADING_TABLE.filter);
/**
 * The first words of the table's keys (each key up to its first space), to turn away most lines after
 * their first word (see `surelyUnknown`): a posting's lines start with few of them.
 */
const FIRST_WORDS = new KeyFilter(new Set([...TABLE.keys()].map((key) => key.split(' ', 1)[0]!)), TABLE.size);
/** The length of the longest key in the table: a longer key is in none. */
const LONGEST_KEY = Math.max(...[...TABLE.keys()].map((key) => key.length));

/** Whitespace as `\s` in a regular expression defines it. */
export function isWhitespace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A bullet: clean text's "·", or "•" in text that was not cleaned. */
export function isBullet(c: number): boolean {
  return c === 0xb7 || c === 0x2022;
}

/**
 * A short word of ASCII letters, digits and marks, lowercased, as one number: seven bits a character,
 * exact up to seven characters (for lookups in a set of such codes without cutting the word out).
 */
export function smallCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = end - 1; i >= start; i--) code = code * 128 + (text.charCodeAt(i) | 32);
  return code;
}

/** Markers and numbering before a heading: `* # _ · • . ) -`, digits and whitespace. */
export function isLeadingMarker(c: number): boolean {
  return c === 42 || c === 35 || c === 95 || isBullet(c) || c === 46 || c === 41 || c === 45 || (c >= 48 && c <= 57) || isWhitespace(c);
}

/**
 * The form headings are compared in: lowercase, curly quotes and backticks as `'`, markers and
 * numbering removed at the start and markers, colons and spaces at the end, inner whitespace runs as
 * one space. One pass over the text (it runs on most short lines of every posting).
 */
export function headingKey(text: string): string {
  // A line is often asked about twice in a row (knownHeadingAt, then guessHeading).
  if (text === lastText) return lastKey;
  lastText = text;
  lastKey = keyOf(text);
  return lastKey;
}
function keyOf(text: string): string {
  const lower = text.toLowerCase();
  const end = endWithoutMarkers(lower);
  let i = 0;
  while (i < end && isLeadingMarker(lower.charCodeAt(i))) i++;
  // Most lines have single spaces between words and no quote to straighten: the key is a slice.
  let plain = true;
  for (let k = i; k < end && plain; k++) {
    const c = lower.charCodeAt(k);
    if (c === 32) plain = lower.charCodeAt(k + 1) !== 32;
    else plain = c > 32 && c !== 96 && c !== 0x2018 && c !== 0x2019 && !(c >= 0x7f && isWhitespace(c));
  }
  if (plain) return lower.slice(i, end);
  let out = '';
  let runStart = i;
  let pendingSpace = false;
  for (; i < end; i++) {
    const c = lower.charCodeAt(i);
    const space = isWhitespace(c);
    const quote = c === 0x2019 || c === 0x2018 || c === 96;
    if (!space && !quote) {
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      continue;
    }
    out += lower.slice(runStart, i);
    runStart = i + 1;
    if (space) pendingSpace = out.length > 0;
    else {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += "'";
    }
  }
  return out + lower.slice(runStart, end);
}

/**
 * True when `knownHeadingAt` is sure to find nothing for text [from, to), told without making its key:
 * for ASCII characters, the hash of the key `keyOf` would make is worked out in one pass and looked
 * up in a filter of the table's keys, or, longer than the table's longest, turned away as soon as it
 * is. A key that starts with "about", "why", "life" or "working" (the words of the headings
 * `headingOfKey` knows by how they start, "About NVIDIA"), and any text with other characters before
 * that, go the long way.
 */
function surelyUnknown(codes: Uint16Array, from: number, to: number): boolean {
  let end = to;
  while (end > from) {
    const c = codes[end - 1]!;
    if (c >= 128 || TRAILING_ASCII[c] !== 1) break;
    end--;
  }
  let i = from;
  while (i < end && isLeadingMarker(codes[i]!)) i++;
  if (i === end) return false;
  const first = codes[i]! | 32;
  if ((first === 97 || first === 119 || first === 108) && startsWithPrefixWord(codes, i, end)) return false;
  let h = HASH_SEED;
  let space = false;
  /** The length of the key so far (a run of whitespace counts once a character follows it). */
  let length = 0;
  /** The words ended so far. */
  let words = 0;
  for (let k = i; k < end; k++) {
    const c = codes[k]!;
    // Other characters, and vertical tabs and form feeds (whitespace, but not trimmed at the end), go the long way.
    if (c >= 128 || c === 11 || c === 12) return false;
    // A run of whitespace is one space in the key; a backtick is a straight quote.
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (!space) {
        // The first word ends here: a key of the table starts with it, or none does (unless it ends
        // in a marker, which the key drops when only markers and spaces follow: "Requirements: ·").
        if (words++ === 0 && TRAILING_ASCII[codes[k - 1]!] !== 1 && !FIRST_WORDS.mayHave(hashEnd(h))) return true;
        h = hashStep(h, 32);
      }
      space = true;
      continue;
    }
    // The key has this character, and what came before it, unless it is a marker that may end it ("#·").
    length += space ? 2 : 1;
    if (length > LONGEST_KEY && TRAILING_ASCII[c] !== 1) return true;
    space = false;
    h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c === 96 ? 39 : c);
  }
  return !TABLE_KEYS.mayHave(hashEnd(h));
}

/** The first words of the headings `headingOfKey` knows by how they start. */
const PREFIX_WORDS = ['about', 'why', 'life', 'working'];

/** Whether the text whose code units are `codes` starts at `at` (before `end`) with one of PREFIX_WORDS (a loop: no closure a line). */
function startsWithPrefixWord(codes: Uint16Array, at: number, end: number): boolean {
  for (let k = 0; k < PREFIX_WORDS.length; k++) if (startsWithLetters(codes, at, end, PREFIX_WORDS[k]!)) return true;
  return false;
}

/** Whether the text whose code units are `codes` starts at `at` (before `end`) with the lowercase ASCII letters of `word`, in either case. */
function startsWithLetters(codes: Uint16Array, at: number, end: number, word: string): boolean {
  if (end - at < word.length) return false;
  for (let k = 0; k < word.length; k++) if ((codes[at + k]! | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The kind of the heading the table knows in text [start, end), whose code units `codes` holds
 * (`charCodes`), or undefined; "About NVIDIA" and "关于NVIDIA" count as about. The text is cut only
 * when the filter of the table's keys may know it (most lines of a posting are turned away without
 * a copy).
 */
export function knownHeadingAt(text: string, codes: Uint16Array, start: number, end: number): SectionKind | undefined {
  return surelyUnknown(codes, start, end) ? undefined : headingOfKey(headingKey(text.slice(start, end)));
}

/** The kind of heading a `headingKey` names, or undefined (what `knownHeadingAt` reads a text by). */
export function headingOfKey(key: string): SectionKind | undefined {
  if (!key || key.length > 60) return undefined;
  const exact = TABLE.get(key);
  if (exact) return exact;
  // The prefixes are compared before the patterns run: most keys start with none of them.
  const about =
    key.startsWith('关于') ||
    (key.startsWith('about ') && /^about [\p{L}\p{N}&.' -]{1,40}$/u.test(key)) ||
    (key.startsWith('why ') && /^why [\p{L}\p{N}&.' -]{1,30}\??$/u.test(key)) ||
    key.startsWith('life at ') ||
    key.startsWith('working at ');
  return about ? 'about' : undefined;
}

/** Whether `key` (whose spaces are single) has more than `most` spaces, that is more than `most` + 1 words. */
function moreSpacesThan(key: string, most: number): boolean {
  let spaces = 0;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) if (++spaces > most) return true;
  return false;
}

/**
 * Words that name a section by themselves, by kind: all `guessHeading` reads a heading written
 * inside running text by, in the order it tries them.
 */
const STRONG_WORDS: readonly [SectionKind, RegExp][] = [
  ['preferred', /prefer|nice to have|bonus|加分|优先/],
  ['requirements', /qualification|requirement|must[- ]haves?|要求|资格/],
  ['responsibilities', /responsibilit|duties|职责/],
  ['benefits', /benefit|perks|福利/],
];

/** Any of the words of `STRONG_WORDS`, to find where a heading they name starts in a phrase. */
export const STRONG_HEADING_WORD = new RegExp(STRONG_WORDS.map(([, words]) => words.source).join('|'));
/**
 * The words of `STRONG_WORDS` as a text may write them before its `headingKey` is made: in any case
 * (as Unicode folds it, a superset of what lowercasing makes), with any whitespace between them.
 * A phrase without them is no strong heading, told without making its key (most phrases before a
 * colon inside a line are none: "Location", "experience with").
 */
export const STRONG_WORD_AS_WRITTEN = /prefer|nice\s+to\s+have|bonus|加分|优先|qualification|requirement|must[-\s]+have|要求|资格|responsibilit|duties|职责|benefit|perks|福利/iu;

/** Words that say what kind of section a heading-like line names, by kind, in the order `guessHeading` tries them. */
const GUESS_WORDS: readonly [SectionKind, RegExp][] = [
  ['preferred', /prefer|nice|bonus|plus\b|desir|stand out|ideal(ly)?\b|great if|extra|加分|优先/],
  ['requirements', /qualif|requirement|must|need|looking for|you have|you bring|skills|experience|profile|要求|资格/],
  ['responsibilities', /responsib|you('ll| will) (do|be)|duties|tasks|role|mission|职责|工作内容|描述/],
  ['benefits', /benefit|perk|offer|compensation|salary|福利/],
  ['other', /equal|eeo|diversity|accommodation/],
  ['about', /^about|who we are|company|culture|team|关于|公司/],
];

/** Any of the words of `GUESS_WORDS`. */
export const ANY_GUESS_WORD = new RegExp(GUESS_WORDS.map(([, words]) => `(?:${words.source})`).join('|'));

/**
 * The kind of a line that looks like a heading but is not in the table, from the words in it:
 * "Your Qualifications" → requirements, "Perks & Benefits" → benefits. Undefined when nothing fits.
 */
export function guessHeading(text: string, strong = false): SectionKind | undefined {
  if (strong && !STRONG_WORD_AS_WRITTEN.test(text)) return undefined;
  const key = headingKey(text);
  if (!key || moreSpacesThan(key, 7)) return undefined;
  // Most lines tried here name no section: one pattern of all the words turns them away.
  if (strong) {
    if (!STRONG_HEADING_WORD.test(key)) return undefined;
    for (const [kind, words] of STRONG_WORDS) if (words.test(key)) return kind;
    return undefined;
  }
  if (!ANY_GUESS_WORD.test(key)) return undefined;
  for (const [kind, words] of GUESS_WORDS) if (words.test(key)) return kind;
  return undefined;
}
