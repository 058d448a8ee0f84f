/**
 * A compact, approximate set of strings: a bit per hash, so that a token that is not a key of a large
 * map (most tokens are not the first word of any alias or cue phrase) is turned away with one array
 * read instead of a map lookup. `mayHave` is never false for a key; it is true for about one other
 * string in sixteen.
 */

/** The hash of a string, as the tokenizer stores it for each token (`Tokens.hash`). */
export function keyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
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
