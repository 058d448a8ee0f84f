import { nodeBuffer, type NodeBufferClass } from '../text/node-buffer.js';

/**
 * A compact, approximate set of strings: two bits per hash, so that a token that is not a key of a
 * large map (most tokens are not the first word of any alias or cue phrase) is turned away with an
 * array read or two instead of a map lookup. `mayHave` is never false for a key; with sixteen bits per key, it is
 * true for about one other string in seventy.
 */

/** FNV-1a over UTF-16 code units, then mixed so that its low bits can index a bit array. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
export function hashEnd(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** The hash of a string, as the tokenizer stores it for each token (`Tokens.hash`). */
export function keyHash(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return hashEnd(h);
}

/** Whether an Int32Array's words are stored little-endian here, as `KeyFilter.encode` writes them. */
const LITTLE_ENDIAN = new Uint8Array(new Int32Array([1]).buffer)[0] === 1;

/** 32-bit words as base64 text, four bytes a word, little-endian, for `decodeBits`. */
export function encodeBits(words: Int32Array): string {
  let bytes = '';
  for (const w of words) bytes += String.fromCharCode(w & 255, (w >>> 8) & 255, (w >>> 16) & 255, w >>> 24);
  return btoa(bytes);
}

/**
 * The bits `KeyFilter.encode` wrote as base64 (four bytes a word, little-endian), read with Node's
 * Buffer when `buffer` is given (by default, in Node; null reads without it) and the machine is
 * little-endian, several times faster than `atob` and a loop, which read it otherwise.
 */
export function decodeBits(text: string, buffer: NodeBufferClass | null | undefined = nodeBuffer): Int32Array {
  if (buffer && LITTLE_ENDIAN) {
    const bytes = buffer.from(text, 'base64');
    const bits = new Int32Array(bytes.length >>> 2);
    new Uint8Array(bits.buffer).set(bytes.subarray(0, bits.length * 4));
    return bits;
  }
  const bytes = atob(text);
  const bits = new Int32Array(bytes.length >>> 2);
  for (let i = 0; i < bits.length; i++) {
    const at = i * 4;
    bits[i] = bytes.charCodeAt(at) | (bytes.charCodeAt(at + 1) << 8) | (bytes.charCodeAt(at + 2) << 16) | (bytes.charCodeAt(at + 3) << 24);
  }
  return bits;
}

/** Mixed into the hash of a trie key that carries the whitespace mark (`tokenKey`: " js" in "Node. JS"). */
const MARK = 0x5bd1e995;

/** The hash of a word's key with the whitespace mark, from the word's hash. */
export const markHash = (h: number): number => h ^ MARK;

/** The hash of a trie key as `tokenKey` makes it: a key with the whitespace mark hashes as its word, marked. */
export function trieKeyHash(key: string): number {
  return key.length > 1 && key.charCodeAt(0) === 32 ? markHash(keyHash(key.slice(1))) : keyHash(key);
}

/** The hash of a pair of keys, from theirs. */
export function pairHash(first: number, second: number): number {
  return hashEnd(Math.imul(first, 0x9e3779b1) ^ second);
}

export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(keys: Iterable<string>, count: number, bits?: Int32Array) {
    if (bits) {
      this.bits = bits;
    } else {
      // Sixteen bits per key, a power of two between 2^12 and 2^24 bits.
      let size = 1 << 12;
      while (size < count * 16 && size < 1 << 24) size *= 2;
      this.bits = new Int32Array(size >>> 5);
    }
    this.mask = this.bits.length * 32 - 1;
    for (const key of keys) this.add(keyHash(key));
  }

  /** A filter of hashes rather than keys (for pairs of keys, see `pairHash`). */
  static ofHashes(hashes: readonly number[]): KeyFilter {
    const filter = new KeyFilter([], hashes.length);
    for (const h of hashes) filter.add(h);
    return filter;
  }

  /** The filter `encode` wrote. */
  static decode(text: string): KeyFilter {
    return new KeyFilter([], 0, decodeBits(text));
  }

  /** The filter as base64 text (its bits, four bytes a word, little-endian). */
  encode(): string {
    return encodeBits(this.bits);
  }

  /** Whether `count` hashes fit at sixteen bits each (or the filter is as large as it gets). */
  hasRoomFor(count: number): boolean {
    return count * 16 <= this.mask + 1 || this.mask + 1 >= 1 << 24;
  }

  /** Sets two bits per hash: its low bits, and its high bits turned low (a Bloom filter with two functions). */
  add(hash: number): void {
    const a = hash & this.mask;
    const b = ((hash >>> 16) | (hash << 16)) & this.mask;
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  /**
   * Writes to `out` (at least `count` long) the indices below `count` whose hash in `hashes` the filter
   * may have, in order, and returns how many it wrote. The filter's answers are added up rather than
   * branched on: about three tokens in ten start some alias, in no pattern a branch predictor could learn.
   */
  select(hashes: Int32Array, count: number, out: Int32Array): number {
    const bits = this.bits;
    const mask = this.mask;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const h = hashes[i]!;
      const a = h & mask;
      const b = ((h >>> 16) | (h << 16)) & mask;
      out[n] = i;
      n += (bits[a >>> 5]! >>> (a & 31)) & (bits[b >>> 5]! >>> (b & 31)) & 1;
    }
    return n;
  }

  /** False when no key has this hash; true when one may. */
  mayHave(hash: number): boolean {
    const a = hash & this.mask;
    if ((this.bits[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = ((hash >>> 16) | (hash << 16)) & this.mask;
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/**
 * A `KeyFilter` of hashes that more are added to over time: made again, twice the size, from the
 * hashes it keeps, whenever it would have fewer than sixteen bits a hash.
 */
export class GrowingFilter {
  #filter = KeyFilter.ofHashes([]);
  readonly #hashes: number[] = [];

  add(hash: number): void {
    this.#hashes.push(hash);
    if (this.#filter.hasRoomFor(this.#hashes.length)) this.#filter.add(hash);
    else this.#filter = KeyFilter.ofHashes(this.#hashes);
  }

  /** False when no hash added is this one; true when one may be. */
  mayHave(hash: number): boolean {
    return this.#filter.mayHave(hash);
  }
}

/**
 * What may start a phrase of a trie of token keys: the first keys that are a whole phrase, and the
 * first two keys of longer phrases. A token that is neither (most tokens: "in", "a", "team" start
 * phrases, but seldom with the token after them) is passed over without a map lookup.
 */
export interface PhraseStarts {
  /**
   * Every first key. Most tokens start no phrase at all ("the", "with", "our"): they are turned away
   * by one lookup here, before the hash of their pair with the next token is worked out.
   */
  firsts: KeyFilter;
  /** First keys that end a phrase. */
  singles: KeyFilter;
  /** `pairHash` of the first key's hash and the second key's `trieKeyHash`. */
  pairs: KeyFilter;
}

/** The first keys of a trie of maps that end a phrase, and its pairs of first and second keys. */
export function startKeys<N extends { next: ReadonlyMap<string, N> | undefined }>(
  root: ReadonlyMap<string, N>,
  ends: (node: N) => boolean,
): { singles: string[]; pairs: [string, string][] } {
  const singles: string[] = [];
  const pairs: [string, string][] = [];
  for (const [key, node] of root) {
    if (ends(node)) singles.push(key);
    if (node.next) for (const second of node.next.keys()) pairs.push([key, second]);
  }
  return { singles, pairs };
}

/** `PhraseStarts` from the first keys that end a phrase and the pairs of first and second keys. */
export function phraseStarts(singles: readonly string[], pairs: readonly (readonly [string, string])[]): PhraseStarts {
  const firsts = new Set(singles);
  for (const [first] of pairs) firsts.add(first);
  return {
    firsts: new KeyFilter(firsts, firsts.size),
    singles: new KeyFilter(singles, singles.length),
    pairs: KeyFilter.ofHashes(pairs.map(([a, b]) => pairHash(keyHash(a), trieKeyHash(b)))),
  };
}

/** `PhraseStarts` as text, for `decodePhraseStarts`. */
export const encodePhraseStarts = (starts: PhraseStarts): string => `${starts.firsts.encode()} ${starts.singles.encode()} ${starts.pairs.encode()}`;

export function decodePhraseStarts(text: string): PhraseStarts {
  const [firsts, singles, pairs] = text.split(' ');
  return { firsts: KeyFilter.decode(firsts!), singles: KeyFilter.decode(singles!), pairs: KeyFilter.decode(pairs!) };
}

/**
 * A buffer lent from one text to the next (token arrays, lists of token indices): each text would
 * otherwise allocate one, outside the heap, for the collector to free. At most `maxBytes` is kept.
 */
export class Reused {
  #kept: ArrayBuffer | null = null;

  constructor(private readonly maxBytes: number) {}

  /** A buffer of at least `bytes`, the kept one when it is long enough and not lent: `give` it back when done. */
  take(bytes: number): ArrayBuffer {
    const kept = this.#kept;
    if (kept !== null && kept.byteLength >= bytes) {
      this.#kept = null;
      return kept;
    }
    return new ArrayBuffer(bytes);
  }

  /** Keeps a buffer for the next text, unless it is too large or a larger one is kept. */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength <= this.maxBytes && (this.#kept === null || this.#kept.byteLength < buffer.byteLength)) this.#kept = buffer;
  }
}
