import { ContextRules, firstKeys, outsOf, type CompiledAlias, type CompiledTaxonomy, type TrieNode } from './compile.js';
import { confirmByContext } from './context.js';
import { FlatTrie, HAS_NEXT, HAS_OUT } from './flat-trie.js';
import { markHash, phraseStarts, Reused, type PhraseStarts } from './key-filter.js';
import { markedKey, mayStart, TokenFlag, tokenKey, type Tokens } from './tokenize.js';

/** A skill found in the clean text. Offsets are clean-text offsets; tokens are token indices. */
export interface SkillMatch {
  entry: number;
  alias: CompiledAlias;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** How an ambiguous alias was confirmed: 'near' a cue word, or 'list' (next to another skill). */
  confirmedBy: 'near' | 'list' | null;
}

function caseMatches(alias: CompiledAlias, text: string, tokens: Tokens, from: number): boolean {
  const exact = alias.exact;
  if (!exact) return true;
  for (let k = 0; k < exact.length; k++) {
    const t = from + k;
    const start = tokens.start[t]!;
    // Compared in the text, without cutting the token out of it.
    if (tokens.end[t]! - start !== exact[k]!.length || !text.startsWith(exact[k]!, start)) return false;
  }
  return true;
}

/**
 * The aliases of `out` whose case matches the text at token `from`, in order: `out` itself when all
 * do (most nodes have one alias, and most aliases ignore case), else a copy of those that do, or null.
 */
function matching(out: readonly CompiledAlias[], text: string, tokens: Tokens, from: number): readonly CompiledAlias[] | null {
  let k = 0;
  while (k < out.length && caseMatches(out[k]!, text, tokens, from)) k++;
  if (k === out.length) return out;
  const some = out.slice(0, k);
  for (k++; k < out.length; k++) if (caseMatches(out[k]!, text, tokens, from)) some.push(out[k]!);
  return some.length > 0 ? some : null;
}

/** A match of `alias`, a form of entry `entry`, over tokens [from, to). */
const matchOf = (alias: CompiledAlias, entry: number, tokens: Tokens, from: number, to: number): SkillMatch => ({
  entry,
  alias,
  tokenStart: from,
  tokenEnd: to,
  start: tokens.start[from]!,
  end: tokens.end[to - 1]!,
  confirmedBy: null,
});

/** The lists of tokens that may start an alias, four bytes a token (at most 4 MB kept). */
const indices = new Reused(1 << 22);

/** What the matcher keeps of a compiled taxonomy: its first keys, its table, its compiled context rules. */
interface Roots {
  /** What may start an alias. */
  starts: PhraseStarts;
  /**
   * The trie in one table (`FlatTrie`), where a token is looked up by its hash without being cut from
   * the text and in fewer places in memory than the trie's maps: made once the matcher has looked up
   * as many first tokens as the trie has first keys (making it costs about as much: it starts with
   * them alone), so that a process that tags a few postings does not pay for it. Null until then.
   */
  flat: FlatTrie<TrieNode, readonly CompiledAlias[], CompiledAlias> | null;
  /** First tokens looked up in the trie's maps so far. */
  lookups: number;
  /** The context rules of the trie's ambiguous aliases. */
  rules: ContextRules;
}

const rootsByTrie = new WeakMap<ReadonlyMap<string, TrieNode>, Roots>();

/** The `Roots` of a compiled taxonomy, worked out on first use. */
function rootsOf(compiled: CompiledTaxonomy): Roots {
  let roots = rootsByTrie.get(compiled.root);
  if (!roots) {
    let starts: PhraseStarts;
    if (compiled.phraseStarts) starts = compiled.phraseStarts();
    else {
      const { singles, pairs } = firstKeys(compiled.root);
      starts = phraseStarts(singles, pairs);
    }
    roots = { starts, flat: null, lookups: 0, rules: new ContextRules() };
    rootsByTrie.set(compiled.root, roots);
  }
  return roots;
}

/**
 * A trie of aliases in one table (`Roots.flat`), each node's value its aliases; a node with one alias
 * that matches in any case (most) has it as its single value (`FlatTrie.single`), with its entry and
 * whether it has a context rule as the single's number (`entry * 2 + 1` with one, `entry * 2` without).
 */
export const aliasTable = (root: ReadonlyMap<string, TrieNode>): FlatTrie<TrieNode, readonly CompiledAlias[], CompiledAlias> =>
  new FlatTrie(
    root,
    (node) => node.hasOut ?? node.out !== undefined,
    (node) => outsOf(node)!,
    (outs) => (outs.length === 1 && outs[0]!.exact === null ? { single: outs[0]!, data: outs[0]!.entry * 2 + (outs[0]!.rule ? 1 : 0) } : null),
  );

/** Whether the matcher has made the flat table of a compiled taxonomy's trie (see `Roots.flat`). */
export const hasFlatTrie = (compiled: CompiledTaxonomy): boolean => rootsOf(compiled).flat !== null;

/**
 * Finds skills: at each token, the longest alias in the trie that starts there (so `C++` wins over
 * `C`, `Apache Spark` over `Spark`), never across a line break. Ambiguous aliases are kept only when
 * their context rule confirms them. Linear in the number of tokens times the longest alias.
 */
export function matchSkills(compiled: CompiledTaxonomy, text: string, tokens: Tokens): SkillMatch[] {
  const { root } = compiled;
  const roots = rootsOf(compiled);
  const { starts, flat } = roots;
  const found: SkillMatch[] = [];
  const ambiguous: SkillMatch[] = [];
  const n = tokens.count;
  // The tokens that may start an alias, by their hash; `resume` is the first token after the last match.
  const buffer = indices.take(n * 4);
  const picked = new Int32Array(buffer, 0, n);
  const count = starts.firsts.select(tokens.hash, n, picked);
  let resume = 0;
  let lookups = 0;
  for (let q = 0; q < count; q++) {
    const i = picked[q]!;
    if (i < resume) continue;
    if (!mayStart(starts, tokens, i, true)) continue;
    let bestEnd = -1;
    let best: readonly CompiledAlias[] | null = null;
    if (flat !== null) {
      // The longest alias's single (see `aliasTable`) and its number, when it is one.
      let single = -1;
      let singleData = 0;
      let slot = flat.first(tokens, i, tokens.hash[i]!);
      for (let j = i; slot >= 0; ) {
        const info = flat.info(slot);
        if (info & HAS_OUT) {
          const one = flat.single(slot);
          if (one >= 0) {
            bestEnd = j + 1;
            best = null;
            single = one;
            singleData = flat.singleData(slot);
          } else {
            const ok = matching(flat.value(slot), text, tokens, i);
            if (ok) {
              bestEnd = j + 1;
              best = ok;
              single = -1;
            }
          }
        }
        j++;
        if (j >= n || !(info & HAS_NEXT) || (tokens.flags[j]! & TokenFlag.Newline) !== 0) break;
        slot = flat.next(slot, tokens, j, markedKey(tokens, j) ? markHash(tokens.hash[j]!) : tokens.hash[j]!);
      }
      if (single >= 0) {
        // Made from the slot's number: the alias is not read here.
        (singleData & 1 ? ambiguous : found).push(matchOf(flat.singleAt(single), singleData >> 1, tokens, i, bestEnd));
        resume = bestEnd;
        continue;
      }
    } else {
      lookups++;
      let node: TrieNode | undefined = root.get(tokens.lower(i));
      for (let j = i; node; ) {
        if (node.out) {
          const ok = matching(outsOf(node)!, text, tokens, i);
          if (ok) {
            bestEnd = j + 1;
            best = ok;
          }
        }
        j++;
        if (j >= n || !node.next || (tokens.flags[j]! & TokenFlag.Newline) !== 0) break;
        node = node.next.get(tokenKey(tokens, j, false));
      }
    }
    if (!best) continue;
    for (const alias of best) (alias.rule ? ambiguous : found).push(matchOf(alias, alias.entry, tokens, i, bestEnd));
    resume = bestEnd;
  }
  indices.give(buffer);
  if (flat === null && (roots.lookups += lookups) >= root.size) roots.flat = aliasTable(root);
  if (ambiguous.length === 0) return found;
  // Soft skills are no evidence for a technical reading: "Unity and teamwork" is not the game engine.
  const evidence = found.filter((m) => compiled.entry(m.entry).category !== 'soft-skill');
  const confirmed = confirmByContext(ambiguous, evidence, tokens, roots.rules);
  return inPlaceOrder(found, confirmed.sort(byPlace));
}

const byPlace = (a: SkillMatch, b: SkillMatch): number => a.start - b.start || a.entry - b.entry;

/**
 * `found` and `confirmed` (both in text order, `confirmed` sorted by `byPlace`) as one list sorted
 * by `byPlace`, as a stable sort of the two one after the other makes it: merged, or sorted so when
 * `found` has two skills at one place out of order.
 */
export function inPlaceOrder(found: readonly SkillMatch[], confirmed: readonly SkillMatch[]): SkillMatch[] {
  const out: SkillMatch[] = [];
  let k = 0;
  for (const m of found) {
    while (k < confirmed.length && byPlace(confirmed[k]!, m) < 0) out.push(confirmed[k++]!);
    if (out.length > 0 && byPlace(out[out.length - 1]!, m) > 0) return [...found, ...confirmed].sort(byPlace);
    out.push(m);
  }
  while (k < confirmed.length) out.push(confirmed[k++]!);
  return out;
}
