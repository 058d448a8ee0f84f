// A compiled taxonomy written out as text and read back, so that the default taxonomy's trie can be
// built once, when the package is built, instead of at every start of a process.
import { compileTaxonomy, type CompiledAlias, type CompiledTaxonomy, type TrieNode } from '../match/compile.js';
import { normalizeEntry } from './parse.js';
import type { SkillEntryInput } from './schema.js';
import { makeTaxonomy, type SkillEntry, type Taxonomy } from './taxonomy.js';

/** The default taxonomy as the package embeds it: its entries as JSON text, and its trie. */
export interface PrebuiltTaxonomy {
  /** The entries of the taxonomy files, in order, as minified JSON. */
  readonly entries: string;
  /** The trie compiled from them, as `serializeTrie` writes it. */
  readonly trie: string;
}

/*
 * The trie is one flat JSON array, read front to back: a flat array makes no garbage but itself when
 * it is parsed, where nested arrays would make one per node. The array starts with `span` (see
 * `outCode`), then the root map. A map is its size, then each key and its node in the map's order.
 * A node is a header (twice its number of outs, plus one when it has a map of its own), its outs
 * (each a code, followed by the count and the tokens of a case-sensitive form), then that map.
 */
type TrieData = (string | number)[];

const FORMS: readonly CompiledAlias['form'][] = ['alias', 'inflected', 'joined'];
/** Added to a form's code when the out's case-sensitive tokens follow it. */
const WITH_EXACT = FORMS.length;
/** How many form codes there are: each form, with and without case-sensitive tokens. */
const CODES = 2 * FORMS.length;

/** Entries and trie of a taxonomy made from taxonomy file entries, as the package embeds them. */
export function prebuildTaxonomy(skills: readonly SkillEntryInput[]): PrebuiltTaxonomy {
  const compiled = compileTaxonomy(makeTaxonomy(skills.map(normalizeEntry)));
  return { entries: JSON.stringify(skills), trie: serializeTrie(compiled) };
}

/** The taxonomy of prebuilt entries: JSON text parses much faster than it compiles as code. */
export function taxonomyOf(prebuilt: PrebuiltTaxonomy): Taxonomy {
  return makeTaxonomy((JSON.parse(prebuilt.entries) as SkillEntryInput[]).map(normalizeEntry));
}

/**
 * An out as one number: its entry, the alias it came from (0 for the entry's name, else the alias's
 * index + 1, below `span`), its form and whether its case-sensitive tokens follow.
 */
const outCode = (span: number, entry: number, alias: number, form: number): number => (entry * span + alias) * CODES + form;

/** A compiled taxonomy's trie as text, for `reviveTrie`. */
export function serializeTrie(compiled: CompiledTaxonomy): string {
  const skills = compiled.taxonomy.skills;
  const span = 1 + skills.reduce((most, s) => Math.max(most, s.aliases.length), 0);
  const data: TrieData = [span];
  const writeMap = (map: Map<string, TrieNode>): void => {
    data.push(map.size);
    for (const [key, node] of map) {
      const outs = node.out ?? [];
      data.push(key, 2 * outs.length + (node.next ? 1 : 0));
      for (const a of outs) {
        const form = FORMS.indexOf(a.form) + (a.exact ? WITH_EXACT : 0);
        data.push(outCode(span, a.entry, aliasNumber(skills[a.entry]!, a), form));
        if (a.exact) data.push(a.exact.length, ...a.exact);
      }
      if (node.next) writeMap(node.next);
    }
  };
  writeMap(compiled.root);
  return JSON.stringify(data);
}

/** The number `outCode` gives the alias a compiled form came from: 0 for the entry's name. */
function aliasNumber(entry: SkillEntry, compiled: CompiledAlias): number {
  const index = entry.aliases.findIndex((a) => a.text === compiled.text && a.context === compiled.rule);
  if (index >= 0) return index + 1;
  if (compiled.text === entry.name && compiled.rule === null) return 0;
  throw new Error(`serializeTrie: "${compiled.text}" is neither an alias nor the name of "${entry.id}"`);
}

/**
 * The compiled taxonomy that `serializeTrie` wrote, with `taxonomy` (the one it was compiled from):
 * the same trie, map for map and out for out, that `compileTaxonomy` makes, without tokenizing or
 * inflecting a single alias.
 */
export function reviveTrie(taxonomy: Taxonomy, text: string): CompiledTaxonomy {
  const skills = taxonomy.skills;
  const data = JSON.parse(text) as TrieData;
  const span = data[0] as number;
  let at = 1;
  const readOut = (): CompiledAlias => {
    const code = data[at++] as number;
    const form = code % CODES;
    const alias = Math.floor(code / CODES) % span;
    const entry = Math.floor(code / CODES / span);
    let exact: string[] | null = null;
    if (form >= WITH_EXACT) {
      const n = data[at++] as number;
      exact = data.slice(at, (at += n)) as string[];
    }
    const written = alias === 0 ? null : skills[entry]!.aliases[alias - 1]!;
    return {
      entry,
      text: written ? written.text : skills[entry]!.name,
      exact,
      rule: written ? written.context : null,
      form: FORMS[form % WITH_EXACT]!,
    };
  };
  const readMap = (): Map<string, TrieNode> => {
    const map = new Map<string, TrieNode>();
    for (let size = data[at++] as number; size > 0; size--) {
      const key = data[at++] as string;
      const header = data[at++] as number;
      let out: CompiledAlias[] | undefined;
      for (let n = header >> 1; n > 0; n--) {
        const compiled = readOut();
        if (out) out.push(compiled);
        else out = [compiled];
      }
      map.set(key, { next: header & 1 ? readMap() : undefined, out });
    }
    return map;
  };
  return { root: readMap(), taxonomy };
}
