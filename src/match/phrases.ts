import { FlatTrie, HAS_NEXT, HAS_OUT } from './flat-trie.js';
import { KeyFilter, keyHash, pairHash, Reused } from './key-filter.js';
import { plainKeys, TokenFlag, tokenizePhrase, type Tokens } from './tokenize.js';

/**
 * A set of short phrases, each with a kind, found in a token stream with one map lookup per token:
 * the cue phrases of the refine step ("is a plus", "no prior experience", "experience with") are
 * matched this way instead of with one large regular expression each, which would re-scan the text
 * once per expression. Every phrase that starts at a token is reported, not only the longest.
 */
export interface PhraseRule<K extends string> {
  kind: K;
  /** The next token must be one of these (or the end of the line) for the phrase to count. */
  before?: ReadonlySet<string>;
}

interface Node<K extends string> {
  next: Map<string, Node<K>> | undefined;
  rules: PhraseRule<K>[] | undefined;
}

/** A phrase's tokens, lowercased, as `tokenize` cuts them (most phrases are split without it, `plainKeys`). */
export function wordsOf(phrase: string): string[] {
  return plainKeys(phrase) ?? allLower(tokenizePhrase(phrase));
}

function allLower(tokens: Tokens): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.count; i++) words.push(tokens.lower(i));
  return words;
}

/**
 * What may start a phrase of the set, by the hashes of the words there (`Tokens.hash`): a word that is
 * a phrase by itself, two words that are one, or the first three words of a longer one. Most tokens,
 * and most pairs of common words that start some phrase ("is a", "will be"), are passed over
 * without a map lookup.
 */
interface Starts {
  /** Every first word: most tokens are none, and are turned away by one lookup. */
  firsts: KeyFilter;
  singles: KeyFilter;
  /** `pairHash` of the first two words of every phrase of two words or more. */
  pairs: KeyFilter;
  /** Those of phrases of exactly two words. */
  pairEnds: KeyFilter;
  /** `pairHash(pairHash(first, second), third)` of every phrase of three words or more. */
  triples: KeyFilter;
}

function startsOf<K extends string>(root: ReadonlyMap<string, Node<K>>): Starts {
  const singles: string[] = [];
  const pairs: number[] = [];
  const pairEnds: number[] = [];
  const triples: number[] = [];
  for (const [first, node] of root) {
    if (node.rules) singles.push(first);
    const h1 = keyHash(first);
    for (const [second, child] of node.next ?? []) {
      const h12 = pairHash(h1, keyHash(second));
      pairs.push(h12);
      if (child.rules) pairEnds.push(h12);
      for (const third of child.next?.keys() ?? []) triples.push(pairHash(h12, keyHash(third)));
    }
  }
  return {
    firsts: new KeyFilter(root.keys(), root.size),
    singles: new KeyFilter(singles, singles.length),
    pairs: KeyFilter.ofHashes(pairs),
    pairEnds: KeyFilter.ofHashes(pairEnds),
    triples: KeyFilter.ofHashes(triples),
  };
}

/** Whether a phrase of `starts` may start at token `i` (phrases never run across a line break). */
function mayStart(starts: Starts, tokens: Tokens, i: number): boolean {
  const { hash, flags, count } = tokens;
  const h = hash[i]!;
  if (!starts.firsts.mayHave(h)) return false;
  if (starts.singles.mayHave(h)) return true;
  if (i + 1 >= count || (flags[i + 1]! & TokenFlag.Newline) !== 0) return false;
  const h12 = pairHash(h, hash[i + 1]!);
  if (!starts.pairs.mayHave(h12)) return false;
  if (starts.pairEnds.mayHave(h12)) return true;
  return i + 2 < count && (flags[i + 2]! & TokenFlag.Newline) === 0 && starts.triples.mayHave(pairHash(h12, hash[i + 2]!));
}

/** The lists of tokens that may start a phrase, four bytes a token (at most 4 MB kept). */
const indices = new Reused(1 << 22);

/**
 * A node as `PhraseSet.serialize` writes it: its rules (each its kind and the name of its `before`
 * set, if it has one), or 0, and its keys and their nodes one after the other, or 0.
 */
type NodeData = [rules: ([kind: string] | [kind: string, before: string])[] | 0, next: (string | NodeData)[] | 0];

/** A node read back from `PhraseSet.serialize`'s text: its rules and its map are read when first asked for. */
class RevivedNode<K extends string> implements Node<K> {
  #data: NodeData | null;
  readonly #before: Readonly<Record<string, ReadonlySet<string>>>;
  #next: Map<string, Node<K>> | undefined = undefined;
  #rules: PhraseRule<K>[] | undefined = undefined;

  constructor(data: NodeData, before: Readonly<Record<string, ReadonlySet<string>>>) {
    this.#data = data;
    this.#before = before;
  }

  get next(): Map<string, Node<K>> | undefined {
    if (this.#data !== null) this.#read();
    return this.#next;
  }

  set next(next: Map<string, Node<K>> | undefined) {
    if (this.#data !== null) this.#read();
    this.#next = next;
  }

  get rules(): PhraseRule<K>[] | undefined {
    if (this.#data !== null) this.#read();
    return this.#rules;
  }

  set rules(rules: PhraseRule<K>[] | undefined) {
    if (this.#data !== null) this.#read();
    this.#rules = rules;
  }

  #read(): void {
    const [rules, next] = this.#data!;
    this.#data = null;
    if (rules !== 0) {
      this.#rules = rules.map(([kind, before]) => (before === undefined ? { kind: kind as K } : { kind: kind as K, before: this.#before[before]! }));
    }
    if (next !== 0) this.#next = revivedMap<K>(next, this.#before);
  }
}

function revivedMap<K extends string>(keys: (string | NodeData)[], before: Readonly<Record<string, ReadonlySet<string>>>): Map<string, Node<K>> {
  const map = new Map<string, Node<K>>();
  for (let k = 0; k < keys.length; k += 2) map.set(keys[k] as string, new RevivedNode<K>(keys[k + 1] as NodeData, before));
  return map;
}

export class PhraseSet<K extends string> {
  private readonly root: Map<string, Node<K>>;

  /** An empty set, or the set `serialize` wrote (see `revive`). */
  constructor(root: Map<string, Node<K>> = new Map(), starts: Starts | null = null) {
    this.root = root;
    this.starts = starts;
  }

  /**
   * The set as JSON text, for `revive`: its phrases (in the order they were added) and the filters
   * of what may start one. `nameOf` names each set of words a rule's phrase must be followed by.
   */
  serialize(nameOf: (before: ReadonlySet<string>) => string): string {
    const node = (n: Node<K>): NodeData => [
      n.rules ? n.rules.map((r): [string] | [string, string] => (r.before ? [r.kind, nameOf(r.before)] : [r.kind])) : 0,
      n.next ? keys(n.next) : 0,
    ];
    const keys = (map: ReadonlyMap<string, Node<K>>): (string | NodeData)[] => [...map].flatMap(([key, n]) => [key, node(n)]);
    const starts = (this.starts ??= startsOf(this.root));
    const filters = [starts.firsts, starts.singles, starts.pairs, starts.pairEnds, starts.triples].map((f) => f.encode());
    return JSON.stringify({ phrases: keys(this.root), starts: filters.join(' ') });
  }

  /**
   * The set `serialize` wrote, `before` naming the sets of words its rules' phrases must be followed
   * by: its first words are read at once, the rest of a phrase when a text first has its start.
   */
  static revive<K extends string>(text: string, before: Readonly<Record<string, ReadonlySet<string>>>): PhraseSet<K> {
    const { phrases, starts } = JSON.parse(text) as { phrases: (string | NodeData)[]; starts: string };
    const [firsts, singles, pairs, pairEnds, triples] = starts.split(' ').map((f) => KeyFilter.decode(f));
    return new PhraseSet<K>(revivedMap<K>(phrases, before), { firsts: firsts!, singles: singles!, pairs: pairs!, pairEnds: pairEnds!, triples: triples! });
  }
  /** What may start a phrase, made again after phrases are added. */
  private starts: Starts | null;
  /**
   * The phrases in one table (`FlatTrie`), made once as many first tokens have been looked up as
   * there are first words (a process that tags a few postings never makes it), and again after
   * phrases are added; the tokens looked up in the maps until then.
   */
  #table: FlatTrie<Node<K>, PhraseRule<K>[], K> | null = null;
  #lookups = 0;

  /** Adds phrases of a kind. Phrases are cut into tokens the way posting text is. */
  add(kind: K, phrases: readonly string[], before?: ReadonlySet<string>): this {
    this.starts = null;
    this.#table = null;
    this.#lookups = 0;
    for (const phrase of phrases) {
      const keys = wordsOf(phrase);
      let map = this.root;
      let node: Node<K> | undefined;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        node = map.get(key);
        if (!node) {
          node = { next: undefined, rules: undefined };
          map.set(key, node);
        }
        if (i < keys.length - 1) map = node.next ??= new Map();
      }
      if (node) (node.rules ??= []).push(before ? { kind, before } : { kind });
    }
    return this;
  }

  /** Calls `visit` for every phrase in the tokens, with its first and last (exclusive) token index. */
  find(tokens: Tokens, visit: (kind: K, from: number, to: number) => void): void {
    const { count, flags, hash } = tokens;
    const starts = (this.starts ??= startsOf(this.root));
    const table = this.#table;
    const buffer = indices.take(count * 4);
    const picked = new Int32Array(buffer, 0, count);
    const firsts = starts.firsts.select(hash, count, picked);
    /** Visits the phrases of `rules`, which end before token `j`, from token `i`. */
    const phrases = (rules: readonly PhraseRule<K>[], i: number, j: number): void => {
      for (const rule of rules) {
        if (rule.before && j < count && (flags[j]! & TokenFlag.Newline) === 0 && !rule.before.has(tokens.lower(j))) continue;
        visit(rule.kind, i, j);
      }
    };
    let lookups = 0;
    for (let q = 0; q < firsts; q++) {
      const i = picked[q]!;
      if (!mayStart(starts, tokens, i)) continue;
      let j = i;
      if (table !== null) {
        for (let slot = table.first(tokens, i, hash[i]!); slot >= 0; ) {
          j++;
          const info = table.info(slot);
          if (info & HAS_OUT) {
            // A phrase of one rule that needs no word after it (most) is visited with its kind as the
            // table's single, without reading the node's rules.
            const single = table.single(slot);
            if (single >= 0) visit(table.singleAt(single), i, j);
            else phrases(table.value(slot), i, j);
          }
          if (!(info & HAS_NEXT) || j >= count || (flags[j]! & TokenFlag.Newline) !== 0) break;
          slot = table.next(slot, tokens, j, hash[j]!);
        }
        continue;
      }
      lookups++;
      let node = this.root.get(tokens.lower(i));
      while (node) {
        j++;
        if (node.rules) phrases(node.rules, i, j);
        if (!node.next || j >= count || (flags[j]! & TokenFlag.Newline) !== 0) break;
        node = node.next.get(tokens.lower(j));
      }
    }
    indices.give(buffer);
    if (table === null && (this.#lookups += lookups) >= this.root.size) {
      this.#table = new FlatTrie(
        this.root,
        (node) => node.rules !== undefined,
        (node) => node.rules!,
        (rules) => (rules.length === 1 && rules[0]!.before === undefined ? { single: rules[0]!.kind, data: 0 } : null),
      );
    }
  }
}
