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
 * (each a code, followed by the count and the tokens of a case-sensitive form) and, when it has a
 * map, the map's length in the array followed by the map, so that reading it can wait.
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
      if (node.next) {
        const length = data.push(0) - 1;
        writeMap(node.next);
        data[length] = data.length - length - 1;
      }
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
 * inflecting a single alias. Only the root map is read at once; a node's own map is read when the
 * matcher first asks for it, as a posting reaches few of them.
 */
export function reviveTrie(taxonomy: Taxonomy, text: string): CompiledTaxonomy {
  return { root: new TrieReader(taxonomy, JSON.parse(text) as TrieData).readMap(1), taxonomy };
}

/** Reads maps out of a serialized trie, each when it is wanted. */
class TrieReader {
  readonly #skills: readonly SkillEntry[];
  readonly #data: TrieData;
  readonly #span: number;

  constructor(taxonomy: Taxonomy, data: TrieData) {
    this.#skills = taxonomy.skills;
    this.#data = data;
    this.#span = data[0] as number;
  }

  /** The map that starts at `at`, its nodes' own maps left to be read on first use. */
  readMap(at: number): Map<string, TrieNode> {
    const data = this.#data;
    const map = new Map<string, TrieNode>();
    for (let size = data[at++] as number; size > 0; size--) {
      const key = data[at++] as string;
      const header = data[at++] as number;
      let out: CompiledAlias[] | undefined;
      for (let n = header >> 1; n > 0; n--) {
        const code = data[at++] as number;
        let exact: string[] | null = null;
        if (code % CODES >= WITH_EXACT) {
          const count = data[at++] as number;
          exact = data.slice(at, (at += count)) as string[];
        }
        const compiled = this.#out(code, exact);
        if (out) out.push(compiled);
        else out = [compiled];
      }
      let next = -1;
      if (header & 1) {
        const length = data[at++] as number;
        next = at;
        at += length;
      }
      map.set(key, new PrebuiltNode(out, next < 0 ? null : this, next));
    }
    return map;
  }

  /** The out an `outCode` stands for. */
  #out(code: number, exact: string[] | null): CompiledAlias {
    const form = code % CODES;
    const rest = (code - form) / CODES;
    const alias = rest % this.#span;
    const skill = this.#skills[(rest - alias) / this.#span]!;
    const written = alias === 0 ? null : skill.aliases[alias - 1]!;
    return {
      entry: (rest - alias) / this.#span,
      text: written ? written.text : skill.name,
      exact,
      rule: written ? written.context : null,
      form: FORMS[form % WITH_EXACT]!,
    };
  }
}

/** A node of a prebuilt trie: its own map is read when it is first asked for. */
class PrebuiltNode implements TrieNode {
  out: CompiledAlias[] | undefined;
  #reader: TrieReader | null;
  #at: number;
  #next: Map<string, TrieNode> | undefined = undefined;

  constructor(out: CompiledAlias[] | undefined, reader: TrieReader | null, at: number) {
    this.out = out;
    this.#reader = reader;
    this.#at = at;
  }

  get next(): Map<string, TrieNode> | undefined {
    if (this.#reader) {
      this.#next = this.#reader.readMap(this.#at);
      this.#reader = null;
    }
    return this.#next;
  }
}
