import { trieKeyHash } from './key-filter.js';
import type { Tokens } from './tokenize.js';

/**
 * The keys of a map of token keys (lowercased tokens; after the first token of a skill's alias, with
 * a leading space when they carry the whitespace mark, see `tokenKey`), looked up by a token's hash
 * (`Tokens.hash`) and compared with the text where the token is: a token is neither cut out of the
 * text nor hashed again to be looked up. Open addressing, at most half full.
 */
export class TokenKeys<V> {
  readonly #hashes: Int32Array;
  /** The key's word (without the whitespace mark) in each slot; '' in an empty one (a token is never empty). */
  readonly #words: string[];
  readonly #values: (V | undefined)[];
  readonly #mask: number;

  constructor(map: ReadonlyMap<string, V>) {
    let size = 4;
    while (size < map.size * 2) size *= 2;
    this.#mask = size - 1;
    this.#hashes = new Int32Array(size);
    this.#words = new Array<string>(size).fill('');
    this.#values = new Array<V | undefined>(size).fill(undefined);
    for (const [key, value] of map) {
      const h = trieKeyHash(key);
      let k = h & this.#mask;
      while (this.#words[k] !== '') k = (k + 1) & this.#mask;
      this.#hashes[k] = h;
      this.#words[k] = key.length > 1 && key.charCodeAt(0) === 32 ? key.slice(1) : key;
      this.#values[k] = value;
    }
  }

  /**
   * The value of token `i`'s key, whose hash is `hash`: `Tokens.hash` of the token, or `markHash` of
   * it for the key with the whitespace mark. A word's hashes with and without the mark differ, so the
   * key with that hash and the token's word is the one looked for.
   */
  get(tokens: Tokens, i: number, hash: number): V | undefined {
    const mask = this.#mask;
    const words = this.#words;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      const word = words[k]!;
      if (word === '') return undefined;
      if (this.#hashes[k] === hash && tokens.is(i, word)) return this.#values[k];
    }
  }
}
