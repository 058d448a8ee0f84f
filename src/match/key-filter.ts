/**
 * A compact, approximate set of strings: a bit per hash, so that a token that is not a key of a large
 * map (most tokens are not the first word of any alias or cue phrase) is turned away with one array
 * read instead of a map lookup. `mayHave` is never false for a key; it is true for about one other
 * string in sixteen.
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

export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(keys: Iterable<string>, count: number) {
    // Sixteen bits per key, a power of two between 2^12 and 2^24 bits.
    let size = 1 << 12;
    while (size < count * 16 && size < 1 << 24) size *= 2;
    this.bits = new Int32Array(size >>> 5);
    this.mask = size - 1;
    for (const key of keys) this.add(keyHash(key));
  }

  private add(hash: number): void {
    const bit = hash & this.mask;
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** False when no key has this hash; true when one may. */
  mayHave(hash: number): boolean {
    const bit = hash & this.mask;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

const filters = new WeakMap<ReadonlyMap<string, unknown>, KeyFilter>();

/** The filter of a map's keys, made on first use. The map must not change afterwards. */
export function filterOf(map: ReadonlyMap<string, unknown>): KeyFilter {
  let filter = filters.get(map);
  if (!filter) {
    filter = new KeyFilter(map.keys(), map.size);
    filters.set(map, filter);
  }
  return filter;
}
