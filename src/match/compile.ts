import type { ContextRule } from '../taxonomy/schema.js';
import { surfaceForms, type Alias, type Taxonomy } from '../taxonomy/taxonomy.js';
import { phraseTokens } from './tokenize.js';

/** A context rule with its phrases cut into lowercase tokens. */
export interface CompiledContext {
  near: string[][];
  window: number;
  inSkillList: boolean;
  notFollowedBy: string[][];
  notPrecededBy: string[][];
}

/** One way an entry can be written, as the matcher uses it. */
export interface CompiledAlias {
  /** Index of the entry in `taxonomy.skills`. */
  entry: number;
  /** The alias as written in the taxonomy (for a generated form, the alias it came from). */
  text: string;
  /** For a case-sensitive alias, its tokens as they must appear. */
  exact: string[] | null;
  context: CompiledContext | null;
  /** How the form was made: as written, a plural/singular of it, or a hyphenated alias written as one word. */
  form: 'alias' | 'inflected' | 'joined';
}

export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  out: CompiledAlias[] | undefined;
}

export interface CompiledTaxonomy {
  root: Map<string, TrieNode>;
  taxonomy: Taxonomy;
}

const phraseWords = (p: string): string[] => phraseTokens(p).keys.map((k) => k.trimStart());

function compileContext(rule: ContextRule | null): CompiledContext | null {
  if (!rule) return null;
  return {
    near: (rule.near ?? []).map(phraseWords).filter((p) => p.length > 0),
    window: rule.window ?? 8,
    inSkillList: rule.inSkillList ?? true,
    notFollowedBy: (rule.notFollowedBy ?? []).map(phraseWords).filter((p) => p.length > 0),
    notPrecededBy: (rule.notPrecededBy ?? []).map(phraseWords).filter((p) => p.length > 0),
  };
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

/**
 * Compiles a taxonomy into a token trie: every alias, and the forms generated from it (plural or
 * singular of the last word; a hyphenated alias written as one word), keyed by lowercase tokens. A
 * generated form never shadows an alias that is written out, and a generated form two entries would
 * share is dropped.
 */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const root = new Map<string, TrieNode>();
  const nodeFor = (keys: readonly string[]): TrieNode => {
    let map = root;
    let node: TrieNode | undefined;
    for (let i = 0; i < keys.length; i++) {
      if (node) map = node.next ??= new Map();
      const key = keys[i]!;
      let next = map.get(key);
      if (!next) {
        next = { next: undefined, out: undefined };
        map.set(key, next);
      }
      node = next;
    }
    return node!;
  };

  const generated: { keys: string[]; compiled: CompiledAlias }[] = [];
  taxonomy.skills.forEach((entry, index) => {
    for (const { alias } of surfaceForms(entry)) {
      const t = phraseTokens(alias.text);
      if (t.keys.length === 0) continue;
      const context = compileContext(alias.context);
      const exact = alias.caseSensitive ? t.exact : null;
      const node = nodeFor(t.keys);
      (node.out ??= []).push({ entry: index, text: alias.text, exact, context, form: 'alias' });

      // Plural and singular of the last word: only the last key changes.
      if (alias.inflect && t.lastIsWord) {
        const last = t.exact[t.exact.length - 1]!;
        if (t.keys.length > 1 || last.length >= 3) {
          for (const w of inflections(last)) {
            const keys = [...t.keys.slice(0, -1), w.toLowerCase()];
            const e = exact ? [...exact.slice(0, -1), w] : null;
            generated.push({ keys, compiled: { entry: index, text: alias.text, exact: e, context, form: 'inflected' } });
          }
        }
      }
      // A hyphenated alias written as one word: "front-end" → "frontend".
      if (alias.text.includes('-') && /[A-Za-z0-9]-[A-Za-z0-9]/.test(alias.text)) {
        const joined = phraseTokens(alias.text.replace(/([A-Za-z0-9])-(?=[A-Za-z0-9])/g, '$1'));
        generated.push({ keys: joined.keys, compiled: { entry: index, text: alias.text, exact: exact ? joined.exact : null, context, form: 'joined' } });
      }
    }
  });

  const claims = new Map<TrieNode, CompiledAlias | null>(); // null: claimed by two entries
  for (const g of generated) {
    const node = nodeFor(g.keys);
    if (node.out?.some((o) => o.form === 'alias')) continue;
    const seen = claims.get(node);
    if (seen === undefined) claims.set(node, g.compiled);
    else if (seen !== null && seen.entry !== g.compiled.entry) claims.set(node, null);
  }
  for (const [node, compiled] of claims) {
    if (!compiled) continue;
    node.out = [compiled];
  }
  return { root, taxonomy };
}

