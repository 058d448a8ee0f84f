import { compileTaxonomy, type CompiledTaxonomy } from './match/compile.js';
import { describeValue, safeParseTaxonomy } from './taxonomy/parse.js';
import { LazyTaxonomy, type Taxonomy } from './taxonomy/taxonomy.js';
import { readPosting, readSkills } from './pipeline.js';
import type { PostingTags, SkillTag, TagOptions } from './types.js';

/** A taxonomy compiled once, to tag many postings. */
export interface Tagger {
  /** Reads a posting: skills, seniority, degrees, salary, roles and sections. */
  tag(text: string, options?: TagOptions): PostingTags;
  /** Only the skills: `tag(text).skills`, found without reading seniority, degrees, salary or roles. */
  extractSkills(text: string, options?: TagOptions): SkillTag[];
  readonly taxonomy: Taxonomy;
}

export interface TaggerOptions {
  /** A taxonomy from `parseTaxonomy`/`extendTaxonomy`/`defaultTaxonomy`, or a taxonomy file's content. */
  taxonomy: Taxonomy | unknown;
}

export function checkText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: expected the posting as a string, received ${describeValue(text)}`);
  }
}

function filterSkills(skills: SkillTag[], options: TagOptions | undefined): SkillTag[] {
  if (!options) return skills;
  const min = options.minConfidence ?? 0;
  const exclude = new Set(options.excludeCategories ?? []);
  if (min <= 0 && exclude.size === 0) return skills;
  return skills.filter((s) => s.confidence >= min && !exclude.has(s.category));
}

export function tagWith(compiled: CompiledTaxonomy, text: string, options?: TagOptions): PostingTags {
  const result = readPosting(compiled, text);
  if (!options) return result;
  return {
    ...result,
    skills: filterSkills(result.skills, options),
    roles: result.roles.map((r) => ({ ...r, skills: filterSkills(r.skills, options) })),
  };
}

/** The skills alone (`tagWith(...).skills`), without reading what only the rest of the result needs. */
export function extractWith(compiled: CompiledTaxonomy, text: string, options?: TagOptions): SkillTag[] {
  return filterSkills(readSkills(compiled, text), options);
}

/**
 * Compiles a taxonomy into a tagger. Throws a `TaxonomyError` for an invalid taxonomy and a
 * `TypeError` when called without one. `defaultTaxonomy` comes compiled with the package: its
 * taggers share that trie instead of compiling it again.
 */
export function createTagger(options: TaggerOptions): Tagger {
  if (typeof options !== 'object' || options === null || !('taxonomy' in options)) {
    throw new TypeError(`createTagger: expected { taxonomy }, received ${describeValue(options)}`);
  }
  const { taxonomy } = options;
  let compiled: CompiledTaxonomy;
  if (taxonomy instanceof LazyTaxonomy && taxonomy.compiled) compiled = taxonomy.compiled();
  else {
    const parsed = safeParseTaxonomy(taxonomy instanceof LazyTaxonomy ? taxonomy.resolve() : taxonomy);
    if (!parsed.success) throw parsed.error;
    compiled = compileTaxonomy(parsed.data);
  }
  return {
    taxonomy: compiled.taxonomy,
    tag(text: string, opts?: TagOptions): PostingTags {
      checkText('tag', text);
      return tagWith(compiled, text, opts);
    },
    extractSkills(text: string, opts?: TagOptions): SkillTag[] {
      checkText('extractSkills', text);
      return extractWith(compiled, text, opts);
    },
  };
}
