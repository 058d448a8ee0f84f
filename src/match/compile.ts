import type { ContextRule } from '../taxonomy/schema.js';
import { nameAlias, type Alias, type SkillEntry, type Taxonomy } from '../taxonomy/taxonomy.js';
import { ContextPhrases } from './context-phrases.js';
import { GrowingFilter, keyHash, pairHash, startKeys, type PhraseStarts } from './key-filter.js';
import { phraseTokens } from './tokenize.js';

/**
 * A context rule with its phrases cut into lowercase tokens, kept in its `ContextRules`' shared
 * `phrases`: its near phrases under the map number `near` and the hash of their first word (the hash
 * the tokenizer works out for each token, `Tokens.hash`), so a window is scanned once whatever the
 * number of phrases and no token is cut from the text to be looked up; its rejecting phrases after an
 * alias under `followers` and their first word's hash, those before it under `preceders` and their
 * last's. Words of one hash share a group: a phrase is compared whole.
 */
export interface CompiledContext {
  /**
   * The numbers of the rule's three groups of phrases. Every group's `pairHash(number, word hash)`
   * is in `ContextRules.words`, so that a token that starts or ends none of the rule's phrases (most
   * tokens near an alias) is passed over by its hash before the phrases are read.
   */
  near: number;
  followers: number;
  preceders: number;
  /** Whether the rule has near phrases. */
  hasNear: boolean;
  window: number;
  inSkillList: boolean;
}

/** One way an entry can be written, as the matcher uses it. */
export interface CompiledAlias {
  /** Index of the entry in `taxonomy.skills`. */
  entry: number;
  /** The alias as written in the taxonomy (for a generated form, the alias it came from). */
  text: string;
  /** For a case-sensitive alias, its tokens as they must appear. */
  exact: string[] | null;
  /** The alias's context rule as written (null for an unambiguous alias); see `ContextRules`. */
  rule: ContextRule | null;
  /** How the form was made: as written, a plural/singular of it, or a hyphenated alias written as one word. */
  form: 'alias' | 'inflected' | 'joined';
}

export interface TrieNode {
  /**
   * The nodes of the keys that follow this one: a `Map`, or for one or two of them (most nodes under
   * the first level have one) a `TwoKeys`, a fraction of a map's size and cheaper to make.
   */
  next: ReadonlyMap<string, TrieNode> | undefined;
  /**
   * The aliases that end at the node (`outsOf` reads them as a list): one on its own, as most nodes
   * have, for a trie of a large taxonomy holds hundreds of thousands of them, and a list of one for
   * each would take a quarter more memory (and longer to build).
   */
  out: CompiledAlias | CompiledAlias[] | undefined;
  /** Whether `out` is set, known without reading it (a prebuilt trie's node, whose outs are read on first use). */
  readonly hasOut?: boolean;
}

/** The aliases that end at a node, as a list (undefined for none). */
export function outsOf(node: TrieNode): readonly CompiledAlias[] | undefined {
  const out = node.out;
  return out === undefined || Array.isArray(out) ? out : [out];
}

export interface CompiledTaxonomy {
  root: Map<string, TrieNode>;
  taxonomy: Taxonomy;
  /** `taxonomy.skills[index]`, or an equal entry read on its own (the prebuilt default taxonomy). */
  entry(index: number): SkillEntry;
  /**
   * What may start an alias, when it is known without reading the trie's nodes (the prebuilt default
   * taxonomy); else the matcher works it out from the trie's maps (`firstKeys`).
   */
  phraseStarts?(): PhraseStarts;
}

export interface FirstKeys {
  singles: string[];
  pairs: [string, string][];
}

/** The first keys of a trie that end an alias, and its pairs of first and second keys (see `PhraseStarts`). */
export const firstKeys = (root: ReadonlyMap<string, TrieNode>): FirstKeys => startKeys(root, (node) => node.out !== undefined);

const phraseWords = (p: string): string[] => phraseTokens(p).keys.map((k) => k.trimStart());

/** Phrases grouped by the `keyHash` of one of their words. */
function byWord(phrases: readonly string[][], pick: (p: string[]) => string): Map<number, string[][]> {
  const out = new Map<number, string[][]>();
  for (const p of phrases) {
    const hash = keyHash(pick(p));
    const list = out.get(hash);
    if (list) list.push(p);
    else out.set(hash, [p]);
  }
  return out;
}

/** A context rule cut into tokens, its phrases added to `phrases` and `words` under the numbers from `first` on. */
function compileContext(rule: ContextRule, first: number, words: GrowingFilter, phrases: ContextPhrases): CompiledContext {
  const near = (rule.near ?? []).map(phraseWords).filter((p) => p.length > 0);
  const notFollowedBy = (rule.notFollowedBy ?? []).map(phraseWords).filter((p) => p.length > 0);
  const notPrecededBy = (rule.notPrecededBy ?? []).map(phraseWords).filter((p) => p.length > 0);
  const maps = [byWord(near, (p) => p[0]!), byWord(notFollowedBy, (p) => p[0]!), byWord(notPrecededBy, (p) => p[p.length - 1]!)];
  for (let k = 0; k < 3; k++) {
    for (const [hash, group] of maps[k]!) {
      words.add(pairHash(first + k, hash));
      phrases.add(first + k, hash, group);
    }
  }
  return {
    near: first,
    followers: first + 1,
    preceders: first + 2,
    hasNear: near.length > 0,
    window: rule.window ?? 8,
    inSkillList: rule.inSkillList ?? true,
  };
}

/**
 * The context rules of a taxonomy's ambiguous aliases, each cut into tokens on first use: a taxonomy
 * has thousands of rule phrases, and most postings need a few of them, so compiling them all would
 * only slow the tagger's build (and every cold start).
 */
export class ContextRules {
  /**
   * The keys of the maps of every rule compiled (see `CompiledContext`), in one filter: a filter a
   * rule would be read from a different place in memory for each ambiguous alias a posting names,
   * and seldom be in the processor's caches; this one is read for all of them.
   */
  readonly words = new GrowingFilter();
  /** The phrases of every rule compiled, under their groups' numbers (see `CompiledContext`). */
  readonly phrases = new ContextPhrases();
  readonly #compiled = new Map<ContextRule, CompiledContext>();

  /** The context rule of an ambiguous alias. */
  of(alias: CompiledAlias): CompiledContext {
    const rule = alias.rule!;
    let compiled = this.#compiled.get(rule);
    if (!compiled) {
      compiled = compileContext(rule, 3 * this.#compiled.size, this.words, this.phrases);
      this.#compiled.set(rule, compiled);
    }
    return compiled;
  }
}

const isAlpha = (s: string): boolean => /^[a-z]+$/i.test(s);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Plural and singular forms of a word, as simple English inflection makes them. */
export function inflections(word: string): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 3 || !isAlpha(word)) return [];
  const out: string[] = [];
  const last = lower[lower.length - 1]!;
  const before = lower[lower.length - 2]!;
  // Plural.
  if (last === 'y' && !VOWELS.has(before)) out.push(word.slice(0, -1) + 'ies');
  else if (/(s|x|z|ch|sh)$/.test(lower)) out.push(word + 'es');
  else out.push(word + 's');
  // Singular, for words that end in a plain plural -s.
  if (last === 's' && lower.length >= 4 && !/(ss|us|is|os|as|ys)$/.test(lower)) {
    if (lower.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
    else {
      out.push(word.slice(0, -1));
      if (/(ses|xes|zes|ches|shes)$/.test(lower)) out.push(word.slice(0, -2));
    }
  }
  return out;
}

/** The node for `key` in `map`, made where missing. */
function childIn(map: Map<string, TrieNode>, key: string): TrieNode {
  let node = map.get(key);
  if (!node) {
    node = { next: undefined, out: undefined };
    map.set(key, node);
  }
  return node;
}

/**
 * The map of a node's children while it has one or two (a compiled trie of a large taxonomy has
 * hundreds of thousands of nodes, nearly all with one child or none: "sk 5" → "tool", "tools"). It
 * reads as a `ReadonlyMap`, in the order the keys were added, as a `Map` of them would.
 */
export class TwoKeys<V> implements ReadonlyMap<string, V> {
  key1: string | undefined = undefined;
  value1: V | undefined = undefined;
  constructor(
    readonly key0: string,
    readonly value0: V,
  ) {}
  get size(): number {
    return this.key1 === undefined ? 1 : 2;
  }
  get(key: string): V | undefined {
    return key === this.key0 ? this.value0 : key === this.key1 ? this.value1 : undefined;
  }
  has(key: string): boolean {
    return key === this.key0 || key === this.key1;
  }
  #pairs(): [string, V][] {
    return this.key1 === undefined ? [[this.key0, this.value0]] : [[this.key0, this.value0], [this.key1, this.value1!]];
  }
  entries(): MapIterator<[string, V]> {
    return this.#pairs()[Symbol.iterator]();
  }
  keys(): MapIterator<string> {
    return this.#pairs().map(([k]) => k)[Symbol.iterator]();
  }
  values(): MapIterator<V> {
    return this.#pairs().map(([, v]) => v)[Symbol.iterator]();
  }
  forEach(visit: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.#pairs()) visit(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** The child of `node` for `key`, made where missing: the node's children are a `TwoKeys` until a third. */
function childOf(node: TrieNode, key: string): TrieNode {
  const next = node.next;
  if (next === undefined) {
    const child: TrieNode = { next: undefined, out: undefined };
    node.next = new TwoKeys(key, child);
    return child;
  }
  if (next instanceof TwoKeys) {
    if (key === next.key0) return next.value0;
    if (key === next.key1) return next.value1!;
    const child: TrieNode = { next: undefined, out: undefined };
    if (next.key1 === undefined) {
      next.key1 = key;
      next.value1 = child;
    } else {
      node.next = new Map([
        [next.key0, next.value0],
        [next.key1, next.value1!],
        [key, child],
      ]);
    }
    return child;
  }
  return childIn(next as Map<string, TrieNode>, key);
}

/** The node for a sequence of keys, made (with the nodes before it) where missing. */
function nodeOf(root: Map<string, TrieNode>, keys: readonly string[], length: number): TrieNode {
  let node = childIn(root, keys[0]!);
  for (let i = 1; i < length; i++) node = childOf(node, keys[i]!);
  return node;
}

/** Marks a node two entries' generated forms reach while they are added. */
const CONTESTED: CompiledAlias[] = [];

/**
 * The forms made from aliases (plural, singular, joined), added once every written alias is in: the
 * node each one's last key goes under, that key, and the form compiled. Three lists rather than an
 * object per form: a large taxonomy makes a hundred thousand of them, which the collector would
 * copy while the trie is built.
 */
class Generated {
  /** The node each form's last key goes under, or null for the root (an alias of one word). */
  readonly parents: (TrieNode | null)[] = [];
  readonly keys: string[] = [];
  readonly compiled: CompiledAlias[] = [];
  push(parent: TrieNode | null, key: string, compiled: CompiledAlias): void {
    this.parents.push(parent);
    this.keys.push(key);
    this.compiled.push(compiled);
  }
}

/**
 * Puts one alias of entry `index` into the trie and queues the forms generated from it: plural or
 * singular of the last word, and a hyphenated alias written as one word ("front-end" → "frontend").
 */
function addAlias(root: Map<string, TrieNode>, generated: Generated, index: number, alias: Alias): void {
  const t = phraseTokens(alias.text);
  if (t.keys.length === 0) return;
  const rule = alias.context;
  const exact = alias.caseSensitive ? t.exact : null;
  const length = t.keys.length;
  const parent = length > 1 ? nodeOf(root, t.keys, length - 1) : null;
  const node = parent ? childOf(parent, t.keys[length - 1]!) : childIn(root, t.keys[0]!);
  const compiled: CompiledAlias = { entry: index, text: alias.text, exact, rule, form: 'alias' };
  const out = node.out;
  if (out === undefined) node.out = compiled;
  else if (Array.isArray(out)) out.push(compiled);
  // A literal of two: pushing to an empty array would reserve room for many, per node.
  else node.out = [out, compiled];

  // Plural and singular of the last word: only the last key changes.
  if (alias.inflect && t.lastIsWord) {
    const last = t.exact[t.exact.length - 1]!;
    if (t.keys.length > 1 || last.length >= 3) {
      for (const w of inflections(last)) {
        let e: string[] | null = null;
        if (exact) {
          e = exact.slice();
          e[e.length - 1] = w;
        }
        generated.push(parent, w.toLowerCase(), { entry: index, text: alias.text, exact: e, rule, form: 'inflected' });
      }
    }
  }
  if (alias.text.includes('-') && /[A-Za-z0-9]-[A-Za-z0-9]/.test(alias.text)) {
    const joined = phraseTokens(alias.text.replace(/([A-Za-z0-9])-(?=[A-Za-z0-9])/g, '$1'));
    const key = joined.keys[joined.keys.length - 1]!;
    const joinedParent = joined.keys.length > 1 ? nodeOf(root, joined.keys, joined.keys.length - 1) : null;
    generated.push(joinedParent, key, { entry: index, text: alias.text, exact: exact ? joined.exact : null, rule, form: 'joined' });
  }
}

/**
 * Compiles a taxonomy into a token trie: every alias, and the forms generated from it (plural or
 * singular of the last word; a hyphenated alias written as one word), keyed by lowercase tokens. A
 * generated form never shadows an alias that is written out, and a generated form two entries would
 * share is dropped.
 */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const root = new Map<string, TrieNode>();
  const generated = new Generated();
  const skills = taxonomy.skills;
  for (let index = 0; index < skills.length; index++) {
    const entry = skills[index]!;
    const name = nameAlias(entry);
    if (name) addAlias(root, generated, index, name);
    for (const alias of entry.aliases) addAlias(root, generated, index, alias);
  }

  // A generated form goes where no written alias is (their `out` has form 'alias'); a node two
  // entries' generated forms reach gets none.
  const contested: TrieNode[] = [];
  for (let k = 0; k < generated.keys.length; k++) {
    const parent = generated.parents[k] ?? null;
    const compiled = generated.compiled[k]!;
    const node = parent ? childOf(parent, generated.keys[k]!) : childIn(root, generated.keys[k]!);
    const out = node.out;
    if (out === CONTESTED) continue;
    const first = Array.isArray(out) ? out[0]! : out;
    if (!first) node.out = compiled;
    else if (first.form !== 'alias' && first.entry !== compiled.entry) {
      node.out = CONTESTED;
      contested.push(node);
    }
  }
  for (const node of contested) node.out = undefined;
  return { root, taxonomy, entry: (index) => skills[index]! };
}
