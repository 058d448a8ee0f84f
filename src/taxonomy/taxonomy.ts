import type { CompiledTaxonomy } from '../match/compile.js';
import type { Category, ContextRule } from './schema.js';

/** An alias after parsing: every option spelled out. */
export interface Alias {
  readonly text: string;
  readonly caseSensitive: boolean;
  readonly inflect: boolean;
  readonly context: ContextRule | null;
  readonly sharedWith: readonly string[];
}

export interface SkillRefs {
  readonly esco?: string | undefined;
  readonly onet?: string | undefined;
  readonly onetExample?: string | undefined;
  readonly wikidata?: string | undefined;
}

/** A taxonomy entry after parsing. The name is matched too, unless an alias with the same text overrides it. */
export interface SkillEntry {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  readonly aliases: readonly Alias[];
  readonly broader: readonly string[];
  readonly refs: SkillRefs;
  readonly description?: string;
}

const BRAND = Symbol.for('skilltag.taxonomy');

/** A validated taxonomy. Make one with `parseTaxonomy` or `extendTaxonomy`; use `defaultTaxonomy` as a base. */
export interface Taxonomy {
  readonly skills: readonly SkillEntry[];
  /** The entry with this id, if any. */
  get(id: string): SkillEntry | undefined;
  readonly [BRAND]: true;
}

class TaxonomyImpl implements Taxonomy {
  readonly skills: readonly SkillEntry[];
  readonly #byId: Map<string, SkillEntry>;
  declare readonly [BRAND]: true;

  constructor(skills: readonly SkillEntry[]) {
    this.skills = Object.freeze(skills.slice());
    this.#byId = new Map(skills.map((s) => [s.id, s]));
    Object.defineProperty(this, BRAND, { value: true });
  }

  get(id: string): SkillEntry | undefined {
    return this.#byId.get(id);
  }

  toJSON(): { skills: readonly SkillEntry[] } {
    return { skills: this.skills };
  }
}

/** A taxonomy made on first use: the default taxonomy costs nothing until it is needed. */
export class LazyTaxonomy implements Taxonomy {
  declare readonly [BRAND]: true;
  #load: () => Taxonomy;
  /** The taxonomy compiled, when it comes compiled (the default taxonomy, prebuilt with the package). */
  readonly compiled: (() => CompiledTaxonomy) | undefined;
  constructor(load: () => Taxonomy, compiled?: () => CompiledTaxonomy) {
    this.#load = load;
    this.compiled = compiled;
    Object.defineProperty(this, BRAND, { value: true });
  }
  get skills(): readonly SkillEntry[] {
    return this.#load().skills;
  }
  get(id: string): SkillEntry | undefined {
    return this.#load().get(id);
  }
  /** The taxonomy itself, loaded. */
  resolve(): Taxonomy {
    return this.#load();
  }
  toJSON(): { skills: readonly SkillEntry[] } {
    return { skills: this.skills };
  }
}

/** Wraps entries that have already been validated together. */
export function makeTaxonomy(skills: readonly SkillEntry[]): Taxonomy {
  return new TaxonomyImpl(skills);
}

export function isTaxonomy(value: unknown): value is Taxonomy {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * Whether two texts may be one in other letter case, by their lengths: lowercasing keeps a text's
 * length, but for U+0130 (İ), which becomes two characters, so the shorter text must hold one.
 */
const mayBeOneLowercased = (a: string, b: string): boolean => a.length === b.length || (a.length < b.length ? a : b).includes('\u0130');

/** The entry's name as an alias, unless an alias with the same text (any case) overrides it. */
export function nameAlias(entry: SkillEntry): Alias | null {
  const name = entry.name;
  let nameLower: string | undefined;
  for (const a of entry.aliases) {
    if (mayBeOneLowercased(a.text, name) && a.text.toLowerCase() === (nameLower ??= name.toLowerCase())) return null;
  }
  return { text: name, caseSensitive: false, inflect: true, context: null, sharedWith: [] };
}

/** Every surface form of an entry: its name (unless an alias overrides it) and its aliases. */
export function surfaceForms(entry: SkillEntry): { alias: Alias; index: number | 'name' }[] {
  const out: { alias: Alias; index: number | 'name' }[] = [];
  forEachSurfaceForm(entry, (alias, index) => out.push({ alias, index }));
  return out;
}

/** Visits the surface forms of an entry in the order `surfaceForms` lists them, without the list. */
export function forEachSurfaceForm(entry: SkillEntry, visit: (alias: Alias, index: number | 'name') => void): void {
  const name = nameAlias(entry);
  if (name) visit(name, 'name');
  const aliases = entry.aliases;
  for (let index = 0; index < aliases.length; index++) visit(aliases[index]!, index);
}
