import { appendChars } from './flat-trie.js';
import { pairHash } from './key-filter.js';
import type { Tokens } from './tokenize.js';

/** Four numbers a slot: the group's map number and word hash, its first phrase and its number of phrases (0: an empty slot). */
const STRIDE = 4;

/**
 * The phrases of the context rules (cue words, rejecting words), in groups under a map number (one of
 * a rule's three, see `CompiledContext`) and the hash of one of their words, all in a few typed arrays
 * shared by every rule: a posting's ambiguous matches read their rules' phrases one after the other,
 * and the phrases of a map of its own, each a list of lists of strings, would be a few places in
 * memory each, out of the processor's caches in most postings. A phrase is compared with the tokens
 * in place (`Tokens.isIn`), its words' characters kept one after the other.
 */
export class ContextPhrases {
  #slots = new Int32Array(STRIDE * 64);
  #mask = 63;
  #groups = 0;
  /** Each phrase's first word (an index into the word arrays) and its number of words. */
  #phraseWord: Int32Array<ArrayBuffer> = new Int32Array(64);
  #phraseLength: Int32Array<ArrayBuffer> = new Int32Array(64);
  #phrases = 0;
  /** Each word's first character in `#chars` and its length. */
  #wordAt: Int32Array<ArrayBuffer> = new Int32Array(256);
  #wordLength: Int32Array<ArrayBuffer> = new Int32Array(256);
  #words = 0;
  #chars: Uint16Array = new Uint16Array(1024);
  #length = 0;

  /**
   * Adds a group of phrases (each its lowercase words, none empty) under a map number and a word's
   * hash. A map number and hash are given once: a map's phrases come grouped by their hash.
   */
  add(map: number, hash: number, phrases: readonly (readonly string[])[]): void {
    if ((this.#groups + 1) * 2 > this.#mask + 1) this.#grow();
    let k = pairHash(map, hash) & this.#mask;
    while (this.#slots[k * STRIDE + 3] !== 0) k = (k + 1) & this.#mask;
    const at = k * STRIDE;
    this.#slots[at] = map;
    this.#slots[at + 1] = hash;
    this.#slots[at + 2] = this.#phrases;
    this.#slots[at + 3] = phrases.length;
    this.#groups++;
    for (const phrase of phrases) this.#addPhrase(phrase);
  }

  /** The slot of the group under a map number and a word's hash, or -1 for none. */
  group(map: number, hash: number): number {
    const slots = this.#slots;
    for (let k = pairHash(map, hash) & this.#mask; ; k = (k + 1) & this.#mask) {
      const at = k * STRIDE;
      if (slots[at + 3] === 0) return -1;
      if (slots[at] === map && slots[at + 1] === hash) return k;
    }
  }

  /** Whether a phrase of the group in a slot starts at token `at` and ends at token `n` or before it. */
  startsAt(tokens: Tokens, n: number, at: number, slot: number): boolean {
    const first = this.#slots[slot * STRIDE + 2]!;
    const end = first + this.#slots[slot * STRIDE + 3]!;
    for (let p = first; p < end; p++) if (this.#isAt(tokens, n, at, p)) return true;
    return false;
  }

  /** Whether a phrase of the group in a slot ends right before token `end`. */
  endsAt(tokens: Tokens, end: number, slot: number): boolean {
    const first = this.#slots[slot * STRIDE + 2]!;
    const last = first + this.#slots[slot * STRIDE + 3]!;
    for (let p = first; p < last; p++) if (this.#isAt(tokens, end, end - this.#phraseLength[p]!, p)) return true;
    return false;
  }

  /** Whether the phrase's words are tokens [at, at + its length), all before token `n`. */
  #isAt(tokens: Tokens, n: number, at: number, phrase: number): boolean {
    const length = this.#phraseLength[phrase]!;
    if (at < 0 || at + length > n) return false;
    const first = this.#phraseWord[phrase]!;
    for (let k = 0; k < length; k++) {
      const w = first + k;
      if (!tokens.isIn(at + k, this.#chars, this.#wordAt[w]!, this.#wordLength[w]!)) return false;
    }
    return true;
  }

  #addPhrase(words: readonly string[]): void {
    if (this.#phrases === this.#phraseWord.length) {
      this.#phraseWord = grown(this.#phraseWord);
      this.#phraseLength = grown(this.#phraseLength);
    }
    this.#phraseWord[this.#phrases] = this.#words;
    this.#phraseLength[this.#phrases] = words.length;
    this.#phrases++;
    for (const word of words) {
      if (this.#words === this.#wordAt.length) {
        this.#wordAt = grown(this.#wordAt);
        this.#wordLength = grown(this.#wordLength);
      }
      this.#wordAt[this.#words] = this.#length;
      this.#wordLength[this.#words] = word.length;
      this.#words++;
      this.#chars = appendChars(this.#chars, this.#length, word);
      this.#length += word.length;
    }
  }

  /** Twice the slots, each group placed again. */
  #grow(): void {
    const old = this.#slots;
    const mask = this.#mask * 2 + 1;
    const slots = new Int32Array(STRIDE * (mask + 1));
    for (let s = 0; s < old.length; s += STRIDE) {
      if (old[s + 3] === 0) continue;
      let k = pairHash(old[s]!, old[s + 1]!) & mask;
      while (slots[k * STRIDE + 3] !== 0) k = (k + 1) & mask;
      slots.set(old.subarray(s, s + STRIDE), k * STRIDE);
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

/** An array of twice the length with the same numbers first. */
function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
}
