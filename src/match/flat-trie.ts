import { pairHash, trieKeyHash } from './key-filter.js';
import type { Tokens } from './tokenize.js';

/** The node number of the root, the parent of the first keys. */
const ROOT = 0;
/** In `FlatTrie.info`: the node ends a phrase (an alias of the matcher's trie), whose value is `FlatTrie.value`. */
export const HAS_OUT = 1;
/** In `FlatTrie.info`: keys follow the node's. */
export const HAS_NEXT = 2;
/** In a slot's info: the keys that follow the node's are in the table (see `FlatTrie.next`). */
const EXPANDED = 4;

/**
 * Eight numbers a slot: the node's parent's number, its key's hash, where its key's word is in the
 * table's characters and how long it is, its `info`, its own number (0 in an empty slot: the root's
 * number, which no slot holds), and for a node whose value is one of the `single` kind (see
 * `FlatTrie.single`) that value's index among them and its number, else -1 (-2 while not yet known).
 */
const STRIDE = 8;
const PARENT = 0;
const HASH = 1;
const AT = 2;
const LENGTH = 3;
const INFO = 4;
const NUMBER = 5;
const SINGLE = 6;
const SINGLE_DATA = 7;
/** In a slot's SINGLE: the node ends no phrase, or its value is not a single one. */
const NO_SINGLE = -1;
/** In a slot's SINGLE: not yet known (the node's value is read when first asked for). */
const SINGLE_UNKNOWN = -2;

/** A node of a trie of token keys, as `FlatTrie` reads it. */
interface MapNode<N> {
  next: ReadonlyMap<string, N> | undefined;
}

/**
 * A trie of token keys (`CompiledTaxonomy.root`, a `PhraseSet`'s: a map a node) in one table: a
 * node is found by its parent's number and its key's hash, and its key is compared with the text
 * where the token is (`Tokens.isIn`). The trie's maps, their keys and their nodes are objects all
 * over the heap, a few of them read for each token looked up: in the table a lookup reads one slot
 * and the key's characters, and the table and the characters stay close together.
 *
 * The table starts with the first keys, and the keys under a node are added the first time a lookup
 * goes past it (`next`), so that it costs about what the lookups that need it do, never a walk of
 * the whole trie. Open addressing, at most two thirds full, doubled as nodes are added (a table
 * kept under half full, which the default taxonomy's grew to 1 MB, read slower: more of it missed
 * the processor's caches); `first` and `next` answer with a slot, which holds until the next call
 * of `next`.
 */
export class FlatTrie<N extends MapNode<N>, V, S = never> {
  #table: Int32Array;
  #mask: number;
  /** Nodes in the table. */
  #count = 0;
  /** The key words, one after the other, as UTF-16 code units. */
  #chars: Uint16Array = new Uint16Array(1024);
  #length = 0;
  /** The trie's nodes by number, for their values and their maps (a prebuilt trie reads them on first use). */
  readonly #nodes: (N | undefined)[] = [undefined];
  /** The value of each node by number, once asked for. */
  readonly #values: (V | undefined)[] = [undefined];
  /** The single values (see `single`), in the order they were first asked for. */
  readonly #singles: S[] = [];

  /**
   * `ends`: whether a node ends a phrase (without reading its value, which a prebuilt trie reads on
   * first use); `valueOf`: the value of a node that does.
   */
  constructor(
    root: ReadonlyMap<string, N>,
    private readonly ends: (node: N) => boolean,
    private readonly valueOf: (node: N) => V,
    private readonly singleOf: (value: V) => { single: S; data: number } | null = () => null,
  ) {
    let size = 16;
    while (size < root.size * 2) size *= 2;
    this.#table = new Int32Array(size * STRIDE);
    this.#mask = size - 1;
    this.#addAll(ROOT, root);
  }

  /**
   * The slot of the first key that is token `i`, or -1. `hash` is the key's: `Tokens.hash` of the
   * token, or (after the first key, see `next`) `markHash` of it for a key with the whitespace mark
   * (see `tokenKey`). A word's hashes with and without the mark differ, so the key with that hash and
   * the token's word is the one looked for.
   */
  first(tokens: Tokens, i: number, hash: number): number {
    return this.#child(ROOT, tokens, i, hash);
  }

  /** The slot of token `i`'s key under the node numbered `parent`, whose keys are in the table, or -1. */
  #child(parent: number, tokens: Tokens, i: number, hash: number): number {
    const table = this.#table;
    const mask = this.#mask;
    for (let k = pairHash(parent, hash) & mask; ; k = (k + 1) & mask) {
      const at = k * STRIDE;
      if (table[at + NUMBER] === 0) return -1;
      if (table[at + PARENT] === parent && table[at + HASH] === hash && tokens.isIn(i, this.#chars, table[at + AT]!, table[at + LENGTH]!)) return k;
    }
  }

  /** `HAS_OUT` and `HAS_NEXT` of the node in a slot. */
  info(slot: number): number {
    return this.#table[slot * STRIDE + INFO]!;
  }

  /**
   * The slot of token `j`'s key under the node in `slot` (one with `HAS_NEXT`), or -1; `hash` as for
   * `first`. The keys under the node are added to the table the first time: slots move then.
   */
  next(slot: number, tokens: Tokens, j: number, hash: number): number {
    const at = slot * STRIDE;
    const number = this.#table[at + NUMBER]!;
    if ((this.#table[at + INFO]! & EXPANDED) === 0) {
      this.#table[at + INFO]! |= EXPANDED;
      this.#addAll(number, this.#nodes[number]!.next!);
    }
    return this.#child(number, tokens, j, hash);
  }

  /** The value of the node in a slot with `HAS_OUT`. */
  value(slot: number): V {
    const number = this.#table[slot * STRIDE + NUMBER]!;
    return (this.#values[number] ??= this.valueOf(this.#nodes[number]!));
  }

  /**
   * For the node in a slot with `HAS_OUT` whose value `singleOf` reads as one of a simpler kind (the
   * matcher's: one alias, of any case), the index of that single (`singleAt`), else -1; its number
   * is then `singleData`. Read from the slot itself, without the value: a posting's lookups find most
   * of the values they reach out of the processor's caches, each a few places in memory one after
   * the other, where the slot is read anyway.
   */
  single(slot: number): number {
    const at = slot * STRIDE;
    const single = this.#table[at + SINGLE]!;
    if (single !== SINGLE_UNKNOWN) return single;
    const found = this.singleOf(this.value(slot));
    if (found === null) {
      this.#table[at + SINGLE] = NO_SINGLE;
      return NO_SINGLE;
    }
    this.#table[at + SINGLE] = this.#singles.length;
    this.#table[at + SINGLE_DATA] = found.data;
    this.#singles.push(found.single);
    return this.#singles.length - 1;
  }

  /** The number `singleOf` gave with the single value of the node in a slot (see `single`). */
  singleData(slot: number): number {
    return this.#table[slot * STRIDE + SINGLE_DATA]!;
  }

  /** A single value by its index (see `single`). */
  singleAt(index: number): S {
    return this.#singles[index]!;
  }

  #addAll(parent: number, map: ReadonlyMap<string, N>): void {
    while ((this.#count + map.size) * 3 > (this.#mask + 1) * 2) this.#grow();
    for (const [key, node] of map) this.#add(parent, key, node);
  }

  #add(parent: number, key: string, node: N): void {
    const number = this.#nodes.length;
    this.#nodes.push(node);
    this.#values.push(undefined);
    const from = key.length > 1 && key.charCodeAt(0) === 32 ? 1 : 0;
    const length = key.length - from;
    const at = this.#length;
    this.#chars = appendChars(this.#chars, at, key, from);
    this.#length += length;
    const hash = trieKeyHash(key);
    const info = (this.ends(node) ? HAS_OUT : 0) | (node.next ? HAS_NEXT : 0);
    this.#place(this.#table, this.#mask, parent, hash, at, length, info, number, info & HAS_OUT ? SINGLE_UNKNOWN : NO_SINGLE, 0);
    this.#count++;
  }

  #place(
    table: Int32Array,
    mask: number,
    parent: number,
    hash: number,
    at: number,
    length: number,
    info: number,
    number: number,
    single: number,
    singleData: number,
  ): void {
    let k = pairHash(parent, hash) & mask;
    while (table[k * STRIDE + NUMBER] !== 0) k = (k + 1) & mask;
    const s = k * STRIDE;
    table[s + PARENT] = parent;
    table[s + HASH] = hash;
    table[s + AT] = at;
    table[s + LENGTH] = length;
    table[s + INFO] = info;
    table[s + NUMBER] = number;
    table[s + SINGLE] = single;
    table[s + SINGLE_DATA] = singleData;
  }

  /** Twice the slots, each node placed again. */
  #grow(): void {
    const old = this.#table;
    const size = (this.#mask + 1) * 2;
    const table = new Int32Array(size * STRIDE);
    for (let s = 0; s < old.length; s += STRIDE) {
      if (old[s + NUMBER] !== 0) {
        this.#place(table, size - 1, old[s + PARENT]!, old[s + HASH]!, old[s + AT]!, old[s + LENGTH]!, old[s + INFO]!, old[s + NUMBER]!, old[s + SINGLE]!, old[s + SINGLE_DATA]!);
      }
    }
    this.#table = table;
    this.#mask = size - 1;
  }
}

/**
 * `chars`, or a copy twice as long or more when it has no room, with the code units of `text` from
 * `from` on written at `length` (words kept one after the other, compared in place with `Tokens.isIn`).
 */
export function appendChars(chars: Uint16Array, length: number, text: string, from = 0): Uint16Array {
  const end = length + text.length - from;
  if (end > chars.length) {
    let size = chars.length * 2;
    while (size < end) size *= 2;
    const grown = new Uint16Array(size);
    grown.set(chars.subarray(0, length));
    chars = grown;
  }
  for (let c = from; c < text.length; c++) chars[length + c - from] = text.charCodeAt(c);
  return chars;
}
