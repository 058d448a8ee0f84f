// A compiled taxonomy written out as text and read back, so that the default taxonomy's trie can be
// built once, when the package is built, instead of at every start of a process.
import { compileTaxonomy, firstKeys, outsOf, type CompiledAlias, type CompiledTaxonomy, type TrieNode } from '../match/compile.js';
import { decodeBits, decodePhraseStarts, encodeBits, encodePhraseStarts, phraseStarts } from '../match/key-filter.js';
import { normalizeEntry } from './parse.js';
import type { SkillEntryInput } from './schema.js';
import { makeTaxonomy, type SkillEntry, type Taxonomy } from './taxonomy.js';

/** The default taxonomy as the package embeds it: its entries as JSON text, and its trie. */
export interface PrebuiltTaxonomy {
  /** The entries of the taxonomy files, in order, as minified JSON in ASCII (every ' written \u0027). */
  readonly entries: string;
  /** Where each entry starts in `entries`, as a JSON array, so that one entry can be read alone. */
  readonly starts: string;
  /** The trie compiled from them, as `serializeTrie` writes it, in ASCII. */
  readonly trie: string;
  /** What may start an alias of the trie (`PhraseStarts`), as `encodePhraseStarts` writes it. */
  readonly phraseStarts: string;
}

/*
 * The trie is one flat array of numbers, read front to back: a flat array makes no garbage but itself
 * when it is read, where nested arrays would make one per node. The array starts with `span` (see
 * `outCode`), then the root map. A map is its size, then each key and its node in the map's order.
 * A node is a header (twice its number of outs, plus one when it has a map of its own), its outs
 * (each a code, followed by the count and the tokens of a case-sensitive form) and, when it has a
 * map, the map's length in the array followed by the map, so that reading it can wait. A key or a
 * token is the number `~i` (below zero) for the i-th of the trie's strings, each written once.
 *
 * As text, the numbers are base64 (four bytes each, little-endian), then a space and the strings as a
 * JSON array: Node decodes base64 natively, so the trie of the default taxonomy reads in a fifth of
 * the time `JSON.parse` takes over the same array written as JSON.
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
  // ' as \u0027 (the same JSON): the text then fits in a single-quoted literal unchanged, so the
  // offsets in `starts` hold in the embedded text too.
  const parts = skills.map((s) => asciiJson(JSON.stringify(s)).replaceAll("'", '\\u0027'));
  const starts: number[] = [];
  let at = 1;
  for (const part of parts) {
    starts.push(at);
    at += part.length + 1;
  }
  const first = firstKeys(compiled.root);
  return {
    entries: `[${parts.join(',')}]`,
    starts: JSON.stringify(starts),
    trie: asciiJson(serializeTrie(compiled)),
    phraseStarts: encodePhraseStarts(phraseStarts(first.singles, first.pairs)),
  };
}

/**
 * JSON text with every character beyond ASCII escaped (`\u9ad8`), the same JSON: such characters can
 * only stand in its strings. A module or file of ASCII text is read one byte per character.
 */
function asciiJson(json: string): string {
  return json.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A prebuilt taxonomy as one text, its first line `key` (a name for the build that made it) and the
 * four parts on the next four: none of them holds a line break, for all are JSON or base64 text.
 */
export function prebuiltText(prebuilt: PrebuiltTaxonomy, key: string): string {
  const parts = [key, prebuilt.entries, prebuilt.starts, prebuilt.trie, prebuilt.phraseStarts];
  if (parts.some((part) => part.includes('\n'))) throw new Error('prebuiltText: a part holds a line break');
  return parts.join('\n');
}

/** The prebuilt taxonomy in `prebuiltText`'s text, which must start with the line `key`. */
export function readPrebuiltText(text: string, key: string): PrebuiltTaxonomy {
  const [first, entries, starts, trie, phraseStarts, ...rest] = text.split('\n');
  if (first !== key || phraseStarts === undefined || rest.length > 0) {
    throw new Error(`the default taxonomy's data is not the one this build of skilltag was made with (expected ${key}, found ${first?.slice(0, 40)}): reinstall the package`);
  }
  return { entries: entries!, starts: starts!, trie: trie!, phraseStarts };
}

/** The taxonomy of prebuilt entries: JSON text parses much faster than it compiles as code. */
export function taxonomyOf(prebuilt: PrebuiltTaxonomy): Taxonomy {
  return makeTaxonomy((JSON.parse(prebuilt.entries) as SkillEntryInput[]).map(normalizeEntry));
}

/**
 * The entries of prebuilt JSON text by index, each read when first asked for: tagging a posting
 * needs the few entries it names, so a process that tags with the default taxonomy does not wait
 * for all of them to be read (`taxonomyOf` reads them all, for the `Taxonomy` itself).
 */
export function entryReader(prebuilt: PrebuiltTaxonomy): (index: number) => SkillEntry {
  const { entries } = prebuilt;
  const starts = JSON.parse(prebuilt.starts) as number[];
  const read: (SkillEntry | undefined)[] = new Array<SkillEntry | undefined>(starts.length);
  return (index) => {
    let entry = read[index];
    if (!entry) {
      const end = index + 1 < starts.length ? starts[index + 1]! - 1 : entries.length - 1;
      entry = read[index] = normalizeEntry(JSON.parse(entries.slice(starts[index], end)) as SkillEntryInput);
    }
    return entry;
  };
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
  const writeMap = (map: ReadonlyMap<string, TrieNode>): void => {
    data.push(map.size);
    for (const [key, node] of map) {
      const outs = outsOf(node) ?? [];
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
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const words = new Int32Array(data.length);
  data.forEach((item, i) => {
    if (typeof item === 'string') {
      let n = numbers.get(item);
      if (n === undefined) numbers.set(item, (n = strings.push(item) - 1));
      words[i] = ~n;
    } else if (Number.isInteger(item) && item >= 0 && item <= 0x7fffffff) words[i] = item;
    else throw new Error(`serializeTrie: ${item} does not fit in 31 bits (the taxonomy is too large to serialize)`);
  });
  return `${encodeBits(words)} ${JSON.stringify(strings)}`;
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
export function reviveTrie(
  taxonomy: Taxonomy,
  text: string,
  entry: (index: number) => SkillEntry = (i) => taxonomy.skills[i]!,
  starts?: string,
): CompiledTaxonomy {
  const space = text.indexOf(' ');
  const root = new TrieReader(entry, decodeBits(text.slice(0, space)), JSON.parse(text.slice(space + 1)) as string[]).readMap(1);
  return starts === undefined ? { root, taxonomy, entry } : { root, taxonomy, entry, phraseStarts: () => decodePhraseStarts(starts) };
}

/** Reads maps out of a serialized trie, each when it is wanted. */
class TrieReader {
  readonly #entry: (index: number) => SkillEntry;
  readonly #data: Int32Array;
  readonly #strings: readonly string[];
  readonly #span: number;

  constructor(entry: (index: number) => SkillEntry, data: Int32Array, strings: readonly string[]) {
    this.#entry = entry;
    this.#data = data;
    this.#strings = strings;
    this.#span = data[0]!;
  }

  /** The map that starts at `at`, its nodes' own maps left to be read on first use. */
  readMap(at: number): Map<string, TrieNode> {
    const data = this.#data;
    const map = new Map<string, TrieNode>();
    for (let size = data[at++]!; size > 0; size--) {
      const key = this.#strings[~data[at++]!]!;
      const header = data[at++]!;
      // The outs are passed over here and read when the matcher first reaches the node.
      const outs = header >> 1;
      const outAt = at;
      at = this.#skipOuts(at, outs);
      let next = -1;
      if (header & 1) {
        const length = data[at++]!;
        next = at;
        at += length;
      }
      map.set(key, new PrebuiltNode(this, outs > 0 ? outAt : -1, outs, next));
    }
    return map;
  }

  /** Where the `count` outs that start at `at` end. */
  #skipOuts(at: number, count: number): number {
    const data = this.#data;
    for (let n = count; n > 0; n--) {
      const code = data[at++]!;
      if (code % CODES >= WITH_EXACT) at += 1 + data[at]!;
    }
    return at;
  }

  /** The `count` outs that start at `at`. */
  readOuts(at: number, count: number): CompiledAlias[] {
    const data = this.#data;
    const out: CompiledAlias[] = [];
    for (let n = count; n > 0; n--) {
      const code = data[at++]!;
      let exact: string[] | null = null;
      if (code % CODES >= WITH_EXACT) {
        const length = data[at++]!;
        exact = Array.from(data.subarray(at, (at += length)), (n) => this.#strings[~n]!);
      }
      out.push(this.#out(code, exact));
    }
    return out;
  }

  /** The out an `outCode` stands for. */
  #out(code: number, exact: string[] | null): CompiledAlias {
    const form = code % CODES;
    const rest = (code - form) / CODES;
    const alias = rest % this.#span;
    const skill = this.#entry((rest - alias) / this.#span);
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

/** A node of a prebuilt trie: its outs and its own map are read when they are first asked for. */
class PrebuiltNode implements TrieNode {
  readonly #reader: TrieReader;
  #outAt: number;
  readonly #outCount: number;
  #out: CompiledAlias[] | undefined = undefined;
  #nextAt: number;
  #next: Map<string, TrieNode> | undefined = undefined;

  /** `outAt` and `nextAt` are -1 for a node without outs or without a map of its own. */
  constructor(reader: TrieReader, outAt: number, outCount: number, nextAt: number) {
    this.#reader = reader;
    this.#outAt = outAt;
    this.#outCount = outCount;
    this.#nextAt = nextAt;
  }

  get hasOut(): boolean {
    return this.#outAt >= 0 || this.#out !== undefined;
  }

  get out(): CompiledAlias[] | undefined {
    if (this.#outAt >= 0) {
      this.#out = this.#reader.readOuts(this.#outAt, this.#outCount);
      this.#outAt = -1;
    }
    return this.#out;
  }

  get next(): Map<string, TrieNode> | undefined {
    if (this.#nextAt >= 0) {
      this.#next = this.#reader.readMap(this.#nextAt);
      this.#nextAt = -1;
    }
    return this.#next;
  }
}
