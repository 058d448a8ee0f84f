import type { CompiledAlias, TrieNode } from './compile.js';
import { pairHash, trieKeyHash } from './key-filter.js';
import type { Tokens } from './tokenize.js';

/** The parent of the first keys in `FlatTrie.child`. */
export const ROOT = -1;
/** In `FlatTrie.info`: the node ends aliases (`FlatTrie.outs`). */
export const HAS_OUT = 1 << 16;
/** In `FlatTrie.info`: keys follow the node's. */
export const HAS_NEXT = 1 << 17;
/** In `FlatTrie.info`: the length of the node's key word. */
const LENGTH = 0xffff;
/** Four numbers a node: its parent, its key's hash, where its key's word is in `chars`, and its `info`. */
const STRIDE = 4;

/**
 * A token trie (`CompiledTaxonomy.root`, a map a node) in one table: a node is found by its parent
 * and its key's hash, and its key is compared with the text where the token is (`Tokens.isAt`). The
 * trie's maps, their keys and their nodes are objects all over the heap, a few of them read for each
 * token looked up: in the table a lookup reads one slot and the key's word, and the table and the
 * words stay close together. Open addressing, at most half full; a node is the index of its slot.
 */
export class FlatTrie {
  readonly #table: Int32Array;
  readonly #mask: number;
  /** The key words, each once, one after the other. */
  readonly #chars: string;
  /** The trie's node in each slot, for its outs: a prebuilt trie's are read when first asked for. */
  readonly #nodes: (TrieNode | undefined)[];
  /** The outs of each node, once asked for. */
  readonly #outs: (readonly CompiledAlias[] | undefined)[];

  private constructor(table: Int32Array, chars: string, nodes: (TrieNode | undefined)[]) {
    this.#table = table;
    this.#mask = table.length / STRIDE - 1;
    this.#chars = chars;
    this.#nodes = nodes;
    this.#outs = new Array<readonly CompiledAlias[] | undefined>(nodes.length).fill(undefined);
  }

  /** The trie under `root` in a table, or null when one of its keys is too long for one (64K characters). */
  static of(root: ReadonlyMap<string, TrieNode>): FlatTrie | null {
    let count = 0;
    const maps: ReadonlyMap<string, TrieNode>[] = [root];
    while (maps.length > 0) {
      const map = maps.pop()!;
      count += map.size;
      for (const node of map.values()) if (node.next) maps.push(node.next);
    }
    let size = 4;
    while (size < count * 2) size *= 2;
    const table = new Int32Array(size * STRIDE);
    const mask = size - 1;
    const nodes = new Array<TrieNode | undefined>(size).fill(undefined);
    // Each word once: most first keys' words come again under other keys ("engineer", "data").
    const words = new Map<string, number>();
    const parts: string[] = [];
    let length = 0;
    // Breadth first: a node's slot is known before its children's hashes are worked out.
    const queue: [number, ReadonlyMap<string, TrieNode>][] = [[ROOT, root]];
    for (let q = 0; q < queue.length; q++) {
      const [parent, map] = queue[q]!;
      for (const [key, node] of map) {
        const word = key.length > 1 && key.charCodeAt(0) === 32 ? key.slice(1) : key;
        if (word.length === 0 || word.length > LENGTH) return null;
        let at = words.get(word);
        if (at === undefined) {
          at = length;
          parts.push(word);
          length += word.length;
          words.set(word, at);
        }
        const hash = trieKeyHash(key);
        let k = pairHash(parent, hash) & mask;
        while (table[k * STRIDE + 3] !== 0) k = (k + 1) & mask;
        const next = node.next;
        table[k * STRIDE] = parent;
        table[k * STRIDE + 1] = hash;
        table[k * STRIDE + 2] = at;
        table[k * STRIDE + 3] = word.length | ((node.hasOut ?? node.out !== undefined) ? HAS_OUT : 0) | (next ? HAS_NEXT : 0);
        nodes[k] = node;
        if (next) queue.push([k, next]);
      }
    }
    return new FlatTrie(table, parts.join(''), nodes);
  }

  /**
   * The node of token `i`'s key under `parent` (`ROOT` for a first key), or -1. `hash` is the key's:
   * `Tokens.hash` of the token, or `markHash` of it for a key with the whitespace mark (see `tokenKey`).
   * A word's hashes with and without the mark differ, so the key with that hash and the token's word
   * is the one looked for.
   */
  child(parent: number, tokens: Tokens, i: number, hash: number): number {
    const table = this.#table;
    const mask = this.#mask;
    for (let k = pairHash(parent, hash) & mask; ; k = (k + 1) & mask) {
      const at = k * STRIDE;
      const info = table[at + 3]!;
      if (info === 0) return -1;
      if (table[at] === parent && table[at + 1] === hash && tokens.isAt(i, this.#chars, table[at + 2]!, info & LENGTH)) return k;
    }
  }

  /** `HAS_OUT` and `HAS_NEXT` of a node, with the length of its key. */
  info(node: number): number {
    return this.#table[node * STRIDE + 3]!;
  }

  /** The aliases that end at a node with `HAS_OUT`. */
  outs(node: number): readonly CompiledAlias[] {
    return (this.#outs[node] ??= this.#nodes[node]!.out!);
  }
}
