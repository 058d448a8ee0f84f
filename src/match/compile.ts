import { aliasKey } from '../taxonomy/check.js';
import type { ContextRule } from '../taxonomy/schema.js';
import { surfaceForms, type Alias, type Taxonomy } from '../taxonomy/taxonomy.js';
import { tokenize, tokenKey, TokenKind } from './tokenize.js';

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
  /** Number of distinct surface forms in the trie, generated ones included. */
  forms: number;
}

function phraseTokens(p: string): string[] {
  const t = tokenize(p);
  return t.lower.slice(0, t.count);
}

function compileContext(rule: ContextRule | null): CompiledContext | null {
  if (!rule) return null;
  return {
    near: (rule.near ?? []).map(phraseTokens).filter((p) => p.length > 0),
    window: rule.window ?? 8,
    inSkillList: rule.inSkillList ?? true,
    notFollowedBy: (rule.notFollowedBy ?? []).map(phraseTokens).filter((p) => p.length > 0),
    notPrecededBy: (rule.notPrecededBy ?? []).map(phraseTokens).filter((p) => p.length > 0),
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

interface Form {
  tokens: string[]; // trie keys
  exact: string[] | null;
  compiled: CompiledAlias;
}

function formOf(text: string, alias: Alias, entry: number, context: CompiledContext | null, kind: CompiledAlias['form'], source: string): Form | null {
  const t = tokenize(text);
  if (t.count === 0) return null;
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(tokenKey(t, i, i === 0));
  const exact = alias.caseSensitive ? Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i])) : null;
  return { tokens: keys, exact, compiled: { entry, text: source, exact, context, form: kind } };
}

/** Generated forms of an alias: plural/singular of its last word, and a hyphenated alias as one word. */
function variantsOf(alias: Alias): { text: string; form: CompiledAlias['form'] }[] {
  const out: { text: string; form: CompiledAlias['form'] }[] = [];
  const t = tokenize(alias.text);
  if (t.count === 0) return out;
  if (alias.inflect && t.kind[t.count - 1] === TokenKind.Word) {
    const lastStart = t.start[t.count - 1]!;
    const lastWord = alias.text.slice(lastStart, t.end[t.count - 1]);
    // Only aliases of several words, or single words of 4+ letters, are inflected by default.
    if (t.count > 1 || lastWord.length >= 3) {
      for (const w of inflections(lastWord)) out.push({ text: alias.text.slice(0, lastStart) + w, form: 'inflected' });
    }
  }
  if (/[A-Za-z0-9][-‐‑][A-Za-z0-9]/.test(alias.text)) {
    out.push({ text: alias.text.replace(/([A-Za-z0-9])[-‐‑](?=[A-Za-z0-9])/g, '$1'), form: 'joined' });
  }
  return out;
}

/**
 * Compiles a taxonomy into a token trie: every alias, and the forms generated from it, keyed by its
 * lowercase tokens. A generated form never shadows an alias that is written out, and a generated form
 * two entries would share is dropped.
 */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const root = new Map<string, TrieNode>();
  const explicitKeys = new Set<string>();
  const generated = new Map<string, Form[]>();
  let forms = 0;

  const insert = (form: Form): void => {
    let map = root;
    let node: TrieNode | undefined;
    for (const key of form.tokens) {
      node = map.get(key);
      if (!node) {
        node = { next: undefined, out: undefined };
        map.set(key, node);
      }
      map = node.next ??= new Map();
    }
    if (!node!.out) forms++;
    (node!.out ??= []).push(form.compiled);
  };
  // Drop empty child maps made by the loop above for leaves.
  const prune = (map: Map<string, TrieNode>): void => {
    for (const node of map.values()) {
      if (node.next && node.next.size === 0) node.next = undefined;
      else if (node.next) prune(node.next);
    }
  };

  taxonomy.skills.forEach((entry, index) => {
    for (const { alias } of surfaceForms(entry)) {
      const context = compileContext(alias.context);
      const form = formOf(alias.text, alias, index, context, 'alias', alias.text);
      if (!form) continue;
      explicitKeys.add(form.tokens.join('\u0001'));
      insert(form);
      for (const v of variantsOf(alias)) {
        const vf = formOf(v.text, alias, index, context, v.form, alias.text);
        if (!vf) continue;
        const key = vf.tokens.join('\u0001');
        const list = generated.get(key);
        if (list) list.push(vf);
        else generated.set(key, [vf]);
      }
    }
  });
  for (const [key, list] of generated) {
    if (explicitKeys.has(key)) continue;
    const entries = new Set(list.map((f) => f.compiled.entry));
    if (entries.size > 1) continue;
    insert(list[0]!);
  }
  prune(root);
  return { root, taxonomy, forms };
}

export { aliasKey };
