/**
 * The tokenizer shared by the taxonomy compiler and the matcher, so that an alias and the text it is
 * found in are cut the same way.
 *
 * - A word is a run of letters, digits and combining marks (`CUDA`, `cuDNN`, `3D`, `résumé`).
 * - Each Han, Kana, Hangul or other wide character is a word of its own: CJK text has no spaces.
 * - A hyphen or underscore between two word characters separates them like a space
 *   (`fine-tuning` = `fine tuning`), so aliases need not list both spellings.
 * - Every other visible character (`+ # . / & , ( )`...) is a one-character punctuation token, so
 *   `C++`, `C#`, `.NET`, `Node.js` and `CI/CD` are token sequences and `C++` is never read as `C`.
 * - Whitespace separates tokens; whether it did is kept, because `Node.js` is not `Node. JS`.
 *
 * On the way it notes where the characters that may end a clause are (`Tokens.clauseMarks`), so
 * that the clause splitter need not search the text for them again.
 *
 * Linear in the input, one pass, no regular expressions on ASCII.
 */

import { charCodes } from '../text/char-codes.js';
import { freshCopy } from '../text/fresh-copy.js';
import { HASH_SEED, hashEnd, hashStep, keyHash, markHash, pairHash, Reused, type PhraseStarts } from './key-filter.js';

export const enum TokenKind {
  Word = 0,
  Punct = 1,
}

/** The bits of `Tokens.flags`. */
export const enum TokenFlag {
  /** The token is punctuation (`TokenKind.Punct`), not a word. */
  Punct = 1,
  /** Whitespace (or a line break) separates the token from the one before it. */
  Spaced = 2,
  /** A line break lies between the token and the one before it. */
  Newline = 4,
}

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** What each token is and what separates it from the one before it (`TokenFlag`), one byte a token. */
  readonly flags: Uint8Array;
  /**
   * The text of token `i`, lowercased, cut from the text each time it is asked for: most tokens never
   * are, and an array of those cut, the length of the tokens, cost more than cutting a few twice.
   */
  lower(i: number): string;
  /** Whether token `i`, lowercased, is `word` (`lower(i) === word`, compared in the text without cutting the token out). */
  is(i: number, word: string): boolean;
  /**
   * Whether token `i`, lowercased, is the `length` UTF-16 code units of `codes` from `at` (compared in
   * the text, without cutting the token out of it).
   */
  isIn(i: number, codes: Uint16Array, at: number, length: number): boolean;
  /** `keyHash` of each lowercased token, for `KeyFilter`s in front of map lookups. */
  readonly hash: Int32Array;
  /**
   * Where the characters that may end a clause are (`CLAUSE_MARKS`: line breaks, bullets, ! ? ; . and
   * their CJK forms), in order: the first `clauseMarkCount` entries.
   */
  readonly clauseMarks: Int32Array;
  readonly clauseMarkCount: number;
  /** Lends the arrays to the next `tokenize`: call it when done with the tokens (optional). */
  release(): void;
}

// Character classes for ASCII.
const C_OTHER = 0;
const C_WORD = 1;
const C_SPACE = 2;
const C_NEWLINE = 3;
const C_JOIN = 4; // - and _ : a separator between word characters, punctuation otherwise
const C_PUNCT = 5;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = C_WORD;
  else if (c === 10 || c === 13) ASCII[c] = C_NEWLINE;
  else if (c === 32 || c === 9 || c === 11 || c === 12) ASCII[c] = C_SPACE;
  else if (c === 45 || c === 95) ASCII[c] = C_JOIN;
  else if (c > 32 && c < 127) ASCII[c] = C_PUNCT;
  else ASCII[c] = C_SPACE; // other control characters
}

/** The hash of each ASCII character as a token of its own (`keyHash` of it). */
const ASCII_HASH = new Int32Array(128);
for (let c = 0; c < 128; c++) ASCII_HASH[c] = hashEnd(hashStep(HASH_SEED, c));

/** 1 for the ASCII word characters, by UTF-16 code unit (0 for every other, and for the 0 after a text's codes). */
const ASCII_WORD = new Uint8Array(65536);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = ASCII[c] === C_WORD ? 1 : 0;

/**
 * Character classes for U+0080-U+00FF, as the Unicode patterns below find them (a test checks each):
 * letters and the digits ² ³ ¹ ¼ ½ ¾ are word characters, U+0085 a line break, the no-break space a
 * space, the rest (controls, signs, the bullet "·") punctuation. Clean text is mostly ASCII and
 * Latin-1: its characters are classed without a pattern (whose first use also compiles it).
 */
const LATIN1 = new Uint8Array(128).fill(C_PUNCT);
LATIN1[0x85 - 128] = C_NEWLINE;
LATIN1[0xa0 - 128] = C_SPACE;
for (const [from, to] of [[0xaa, 0xaa], [0xb2, 0xb3], [0xb5, 0xb5], [0xb9, 0xba], [0xbc, 0xbe], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0xff]] as const) {
  LATIN1.fill(C_WORD, from - 128, to - 127);
}

/** The characters that may end a clause: "\n", the bullets "·" and "•", "!", "?", ";", "." and "。！？；". */
export const CLAUSE_MARKS = '\n\u00b7\u2022!?;.\u3002\uff01\uff1f\uff1b';
/** The clause marks among punctuation: U+0000-U+00FF by code, and the others. */
const PUNCT_MARK = new Uint8Array(256);
const WIDE_PUNCT_MARKS = new Set<number>();
for (const ch of CLAUSE_MARKS) {
  const c = ch.charCodeAt(0);
  if (c >= 256) WIDE_PUNCT_MARKS.add(c);
  else if (c !== 10) PUNCT_MARK[c] = 1;
}
const isPunctMark = (c: number): boolean => (c < 256 ? PUNCT_MARK[c] === 1 : WIDE_PUNCT_MARKS.has(c));

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

/** True for characters that form a word of their own (CJK ideographs, kana, hangul, fullwidth forms). */
export function isWideChar(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // CJK radicals, kana, ideographs
    (c >= 0xac00 && c <= 0xd7af) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xff66 && c <= 0xff9f) // halfwidth kana
  );
}

function classify(text: string, i: number, c: number): number {
  if (c < 128) return ASCII[c]!;
  if (c < 256) return LATIN1[c - 128]!;
  if (c === 0x2028 || c === 0x2029) return C_NEWLINE;
  if (c >= 0xd800 && c <= 0xdfff) return C_OTHER; // surrogates: astral symbols, emoji, lone halves
  if (c >= 0x3000 && c <= 0x303f) return c === 0x3000 ? C_SPACE : C_PUNCT; // CJK spaces and punctuation
  if (isWideChar(c)) return C_OTHER;
  if (c === 0x2010 || c === 0x2011) return C_JOIN; // Unicode hyphens
  const ch = text[i]!;
  if (LETTER_OR_DIGIT.test(ch)) return C_WORD;
  if (SPACE.test(ch) || c === 0xfeff || c === 0x200b) return C_SPACE;
  return C_PUNCT;
}

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return classify(text, i, text.charCodeAt(i)) === C_WORD;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const out = new TokenList(text, Math.max(16, Math.min(n + 1, 1024)));
  /** What separated the next token from the one before it: SPACED, NEWLINE, both or neither. */
  let gap = 0;
  /** Whether a character above U+00FF was read (see `TokenList.lowercase`). */
  let wide = false;

  const codes = charCodes(text);
  // Words write the token arrays here, without `push` (the other tokens go through it): the arrays
  // are read again once `push` has grown them, which a word then finds them too short to tell.
  let starts = out.start;
  let ends = out.end;
  let hashes = out.hash;
  let flags = out.flags;
  let i = 0;
  while (i < n) {
    const c = codes[i]!;
    if (c > 0xff) wide = true;
    const cls = classify(text, i, c);
    if (cls === C_WORD) {
      // Words separated by one space, the commonest gap, are read in this loop without going back to
      // the dispatch on each character's class.
      let s = i;
      let j = i + 1;
      for (;;) {
        // The hash of the lowercased word, while it is ASCII: `| 32` lowercases a letter and keeps a digit.
        let h = -1;
        const first = codes[s]!;
        if (first < 128) {
          h = hashStep(HASH_SEED, first | 32);
          let d = 0;
          // `codes` ends in a 0, which is no word character.
          while (ASCII_WORD[(d = codes[j]!)] === 1) {
            h = hashStep(h, d | 32);
            j++;
          }
          if (j < n && d >= 128 && classify(text, j, d) === C_WORD) h = -1;
        }
        if (h === -1) {
          // A word with a character above ASCII: no hash worked out here.
          while (j < n) {
            const d = codes[j]!;
            if (classify(text, j, d) !== C_WORD) break;
            if (d > 0xff) wide = true;
            j++;
          }
        }
        const k = out.count;
        if (h === -1 || k >= flags.length) {
          // An ASCII word's hash is that of its lowercase, however the text is lowercased.
          out.push(s, j, TokenKind.Word, h === -1 ? -1 : hashEnd(h), gap);
          starts = out.start;
          ends = out.end;
          hashes = out.hash;
          flags = out.flags;
        } else {
          starts[k] = s;
          ends[k] = j;
          flags[k] = gap << 1;
          hashes[k] = hashEnd(h);
          out.count = k + 1;
        }
        if (codes[j] !== 32 || ASCII_WORD[codes[j + 1]!] !== 1) break;
        gap = SPACED;
        s = j + 1;
        j = s + 1;
      }
      gap = 0;
      i = j;
    } else if (cls === C_SPACE) {
      gap |= SPACED;
      i++;
    } else if (cls === C_NEWLINE) {
      gap = SPACED | NEWLINE;
      if (c === 10) out.clauseMark(i);
      i++;
    } else if (cls === C_JOIN) {
      // A hyphen between word characters separates words like a space; elsewhere it is punctuation.
      if (isWordAt(text, i - 1) && isWordAt(text, i + 1)) {
        gap |= SPACED;
      } else {
        out.push(i, i + 1, TokenKind.Punct, c < 128 ? ASCII_HASH[c]! : -1, gap);
        gap = 0;
      }
      i++;
    } else if (cls === C_PUNCT) {
      if (isPunctMark(c)) out.clauseMark(i);
      out.push(i, i + 1, TokenKind.Punct, c < 128 ? ASCII_HASH[c]! : -1, gap);
      gap = 0;
      i++;
    } else {
      // Wide characters are words of one character; astral characters are one token of two units.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = codes[i + 1]!;
        if (d >= 0xdc00 && d <= 0xdfff) {
          out.push(i, i + 2, TokenKind.Punct, -1, gap);
          gap = 0;
          i += 2;
          continue;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        // A lone surrogate: a separator, never part of a match.
        gap |= SPACED;
        i++;
        continue;
      }
      out.push(i, i + 1, TokenKind.Word, -1, gap);
      gap = 0;
      i++;
    }
  }
  out.lowercase(wide);
  return out;
}

/** Each character of U+0000-U+00FF lowercased, as `toLowerCase` lowercases it (each is one character of that range). */
const LOWER_LATIN1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) LOWER_LATIN1[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);

/** The buffer of a token list no longer read (`release`), for the next text's tokens (at most 1 MB kept). */
const spares = new Reused(1 << 20);
/** The same for the list of clause marks. */
const spareMarks = new Reused(1 << 18);

/** The bits of `tokenize`'s gap: what separated a token from the one before it (`TokenFlag` shifted right by one). */
const SPACED = 1;
const NEWLINE = 2;

/** The tokens of a text, as `tokenize` adds them: its arrays share one buffer, grown by doubling. */
class TokenList implements Tokens {
  count = 0;
  /**
   * The whole text lowercased, when it has a character above U+00FF and lowercasing kept its length
   * (almost always), else null; `latin1` says whether it has none. A text of ASCII and Latin-1 is
   * lowercased character by character (`LOWER_LATIN1`), each token when asked for: most never are.
   */
  #lowered: string | null = null;
  #latin1 = true;
  /** The tokens added before `lowercase` whose hash it works out from their lowercase (not ASCII words). */
  readonly #unhashed: number[] = [];
  start!: Int32Array;
  end!: Int32Array;
  hash!: Int32Array;
  flags!: Uint8Array;
  clauseMarks: Int32Array;
  clauseMarkCount = 0;
  #cap = 0;

  constructor(
    private readonly text: string,
    cap: number,
  ) {
    const buffer = spares.take(cap * 13);
    this.#allocate(Math.floor(buffer.byteLength / 13), buffer);
    const markBuffer = spareMarks.take(Math.max(64, cap >> 2) * 4);
    this.clauseMarks = new Int32Array(markBuffer, 0, markBuffer.byteLength >> 2);
  }

  /** Gives the list's buffers to the next text's tokens: the list must not be read after. */
  release(): void {
    spares.give(this.start.buffer as ArrayBuffer);
    spareMarks.give(this.clauseMarks.buffer as ArrayBuffer);
  }

  /** Adds the offset of a clause mark. */
  clauseMark(at: number): void {
    const k = this.clauseMarkCount;
    if (k === this.clauseMarks.length) {
      const grown = new Int32Array(Math.min(this.text.length, k * 2));
      grown.set(this.clauseMarks);
      this.clauseMarks = grown;
    }
    this.clauseMarks[k] = at;
    this.clauseMarkCount = k + 1;
  }

  #allocate(cap: number, buffer = new ArrayBuffer(cap * 13)): void {
    const start = new Int32Array(buffer, 0, cap);
    const end = new Int32Array(buffer, cap * 4, cap);
    const hash = new Int32Array(buffer, cap * 8, cap);
    const flags = new Uint8Array(buffer, cap * 12, cap);
    if (this.#cap > 0) {
      start.set(this.start);
      end.set(this.end);
      hash.set(this.hash);
      flags.set(this.flags);
    }
    this.#cap = cap;
    this.start = start;
    this.end = end;
    this.hash = hash;
    this.flags = flags;
  }

  /** Adds a token; `h` is its hash when the caller worked it out (an ASCII token), else -1. */
  push(s: number, e: number, k: TokenKind, h: number, gap: number): void {
    const i = this.count;
    if (i === this.#cap) this.#allocate(Math.min(this.text.length + 1, this.#cap * 2));
    this.start[i] = s;
    this.end[i] = e;
    this.flags[i] = k | (gap << 1);
    this.hash[i] = h;
    if (h === -1) this.#unhashed.push(i);
    this.count = i + 1;
  }

  /**
   * Says how the text is lowercased, once every token is in: `wide`, whether it has a character above
   * U+00FF. Lowercasing such a text may depend on the characters around one ("Σ" at the end of a
   * word) or change its length ("İ"): it is lowercased whole, as it always was. Then the tokens that
   * are not ASCII words get their hash.
   */
  lowercase(wide: boolean): void {
    if (wide) {
      const lowered = this.text.toLowerCase();
      this.#latin1 = false;
      this.#lowered = lowered.length === this.text.length ? lowered : null;
    }
    for (const i of this.#unhashed) this.hash[i] = keyHash(this.#cut(this.start[i]!, this.end[i]!));
  }

  #cut(s: number, e: number): string {
    return this.#lowered !== null ? this.#lowered.slice(s, e) : this.text.slice(s, e).toLowerCase();
  }

  lower(i: number): string {
    return this.#cut(this.start[i]!, this.end[i]!);
  }

  is(i: number, word: string): boolean {
    const start = this.start[i]!;
    if (this.#latin1) {
      if (this.end[i]! - start !== word.length) return false;
      const text = this.text;
      for (let k = 0; k < word.length; k++) if (LOWER_LATIN1[text.charCodeAt(start + k)] !== word.charCodeAt(k)) return false;
      return true;
    }
    const lowered = this.#lowered;
    if (lowered === null) return this.lower(i) === word;
    return this.end[i]! - start === word.length && lowered.startsWith(word, start);
  }

  isIn(i: number, codes: Uint16Array, at: number, length: number): boolean {
    const start = this.start[i]!;
    const lowered = this.#lowered;
    if (lowered !== null || this.#latin1) {
      if (this.end[i]! - start !== length) return false;
      if (lowered !== null) {
        for (let k = 0; k < length; k++) if (lowered.charCodeAt(start + k) !== codes[at + k]) return false;
      } else {
        const text = this.text;
        for (let k = 0; k < length; k++) if (LOWER_LATIN1[text.charCodeAt(start + k)] !== codes[at + k]) return false;
      }
      return true;
    }
    // A text whose lowercase changes length ("İ" is two characters lowercased): the token is cut.
    const cut = this.lower(i);
    if (cut.length !== length) return false;
    for (let k = 0; k < length; k++) if (cut.charCodeAt(k) !== codes[at + k]) return false;
    return true;
  }
}

/**
 * The key a token is looked up by in the trie. Whether whitespace separated two tokens matters only
 * next to punctuation (`Node.js` vs `Node. JS`), so only there is it part of the key.
 */
export function tokenKey(tokens: Tokens, i: number, first: boolean): string {
  const word = tokens.lower(i);
  return !first && markedKey(tokens, i) ? ' ' + word : word;
}

/**
 * Whether a phrase of `starts` may start at token `i`. `marked`: the trie's keys after the first
 * carry the whitespace mark (`tokenKey`), as the matcher's do; the cue phrases' keys are plain words.
 */
export function mayStart(starts: PhraseStarts, tokens: Tokens, i: number, marked: boolean): boolean {
  const h = tokens.hash[i]!;
  if (!starts.firsts.mayHave(h)) return false;
  if (starts.singles.mayHave(h)) return true;
  const j = i + 1;
  if (j >= tokens.count || (tokens.flags[j]! & TokenFlag.Newline) !== 0) return false;
  const next = marked && markedKey(tokens, j) ? markHash(tokens.hash[j]!) : tokens.hash[j]!;
  return starts.pairs.mayHave(pairHash(h, next));
}

/** Whether token `i`'s key, after the first token of a phrase, carries the whitespace mark (see `tokenKey`). */
export function markedKey(tokens: Tokens, i: number): boolean {
  const flags = tokens.flags;
  return (flags[i]! & TokenFlag.Spaced) !== 0 && ((flags[i]! | (i > 0 ? flags[i - 1]! : 0)) & TokenFlag.Punct) !== 0;
}

/**
 * Words, each with a value, looked up by a token's hash (`Tokens.hash`) and then compared in place
 * (`Tokens.is`): a token is never cut from the text to be looked up.
 */
export class WordTable<V> {
  readonly #byHash = new Map<number, { word: string; value: V }[]>();

  constructor(entries: Iterable<readonly [word: string, value: V]>) {
    for (const [word, value] of entries) {
      const hash = keyHash(word);
      const list = this.#byHash.get(hash);
      if (list) list.push({ word, value });
      else this.#byHash.set(hash, [{ word, value }]);
    }
  }

  /** The value of the word token `i` is (lowercased), or undefined. */
  of(tokens: Tokens, i: number): V | undefined {
    const list = this.#byHash.get(tokens.hash[i]!);
    if (list) for (const { word, value } of list) if (tokens.is(i, word)) return value;
    return undefined;
  }
}

/** Whether the last phrase `simpleWords` split has a capital letter. */
let simpleHasCapital = false;

/**
 * The words of a phrase of ASCII letters and digits separated by single spaces (most aliases), or
 * null for any other phrase; `simpleHasCapital` then says whether it has a capital. One pass over
 * the phrase: a pattern's test and `split` cost several times as much over a taxonomy of 100,000
 * entries.
 */
function simpleWords(text: string): string[] | null {
  const n = text.length;
  if (n === 0) return null;
  const words: string[] = [];
  let start = 0;
  let capital = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // A space starts the phrase, follows another or ends it: not a plain phrase.
      if (i === start || i === n - 1) return null;
      words.push(text.slice(start, i));
      start = i + 1;
    } else if (c >= 65 && c <= 90) capital = true;
    else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return null;
  }
  words.push(start === 0 ? text : text.slice(start));
  simpleHasCapital = capital;
  return words;
}

/**
 * The keys of a plain phrase (ASCII letters and digits between single spaces), its words lowercased,
 * as `phraseTokens` gives them; null for any other phrase.
 */
export function plainKeys(text: string): string[] | null {
  const words = simpleWords(text);
  return words === null ? null : keysOfSimple(words);
}

/** The keys of the words `simpleWords` just split: words without a capital are their own keys (no copy). */
const keysOfSimple = (words: string[]): string[] => (simpleHasCapital ? words.map((word) => word.toLowerCase()) : words);

/** Tokenizes a short phrase (an alias, a cue phrase) from a `freshCopy` of it, to keep the tokenizer fast on postings. */
export function tokenizePhrase(phrase: string): Tokens {
  // A character on its own is a shared string: with a space after it, it is a new one (same tokens).
  return tokenize(phrase.length > 1 ? freshCopy(phrase) : phrase + ' ');
}

/**
 * The trie keys of a short phrase such as an alias, and its tokens as written. A phrase of plain
 * ASCII words separated by single spaces (most aliases) is split without running the tokenizer.
 */
export function phraseTokens(text: string): PhraseTokens {
  const words = simpleWords(text);
  if (words === null) return tokenizedPhrase(text);
  const lastStart = text.length - words[words.length - 1]!.length;
  return { keys: keysOfSimple(words), exact: words, lastIsWord: true, lastStart };
}

/** What `phraseTokens` says of a phrase. */
export interface PhraseTokens {
  keys: string[];
  exact: string[];
  lastIsWord: boolean;
  lastStart: number;
}

/** `phraseTokens` of any phrase, read by the tokenizer (what the split of a plain phrase stands for). */
export function tokenizedPhrase(text: string): PhraseTokens {
  const t = tokenizePhrase(text);
  const keys: string[] = [];
  const exact: string[] = [];
  for (let i = 0; i < t.count; i++) {
    keys.push(tokenKey(t, i, i === 0));
    exact.push(text.slice(t.start[i], t.end[i]));
  }
  const last = t.count - 1;
  return { keys, exact, lastIsWord: last >= 0 && (t.flags[last]! & TokenFlag.Punct) === 0, lastStart: last >= 0 ? t.start[last]! : 0 };
}
