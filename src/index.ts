import { getDefaultCompiled, lazyDefaultTaxonomy } from './taxonomy/default.js';
import type { Taxonomy } from './taxonomy/taxonomy.js';
import { checkText, extractWith, tagWith } from './tagger.js';
import type { PostingTags, SkillTag, TagOptions } from './types.js';

export { createTagger, type Tagger, type TaggerOptions } from './tagger.js';
export { parseTaxonomy, safeParseTaxonomy, extendTaxonomy, type ParseOptions, type SafeParseResult } from './taxonomy/parse.js';
export { TaxonomyError, type TaxonomyIssue } from './taxonomy/errors.js';
export { taxonomyJsonSchema } from './taxonomy/json-schema.js';
export { CATEGORIES, type Category, type ContextRule, type TaxonomyFileInput, type SkillEntryInput, type SkillPatchInput, type AliasInput } from './taxonomy/schema.js';
export type { Taxonomy, SkillEntry, Alias, SkillRefs } from './taxonomy/taxonomy.js';
export type * from './types.js';

/** The curated default taxonomy (loaded on first use). Extend it with `extendTaxonomy`. */
export const defaultTaxonomy: Taxonomy = lazyDefaultTaxonomy;

/**
 * Reads a job posting with the default taxonomy: skills (with requirement level, confidence and
 * evidence), seniority, degrees, salary, roles and sections. Never throws on a string.
 */
export function tagPosting(text: string, options?: TagOptions): PostingTags {
  checkText('tagPosting', text);
  return tagWith(getDefaultCompiled(), text, options);
}

/**
 * The skills of a posting with the default taxonomy: `tagPosting(text).skills`, found without reading
 * seniority, degrees, salary or roles (so faster than `tagPosting`).
 */
export function extractSkills(text: string, options?: TagOptions): SkillTag[] {
  checkText('extractSkills', text);
  return extractWith(getDefaultCompiled(), text, options);
}
