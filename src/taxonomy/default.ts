import type { CompiledTaxonomy } from '../match/compile.js';
import { defaultTaxonomyData } from './default-data.js';
import { reviveTrie, taxonomyOf } from './prebuilt.js';
import type { Taxonomy } from './taxonomy.js';

export { contentOf, DEFAULT_TAXONOMY_FILES } from './default-files.js';

let taxonomy: Taxonomy | undefined;
let compiled: CompiledTaxonomy | undefined;

/**
 * The curated default taxonomy, made on first use. Its files are validated by the test suite
 * (tests/taxonomy.test.ts parses them with `parseTaxonomy` and checks this gives the same result),
 * so loading them skips validation: tagging with the default taxonomy starts faster.
 */
export function getDefaultTaxonomy(): Taxonomy {
  return (taxonomy ??= taxonomyOf(defaultTaxonomyData()));
}

/** The default taxonomy compiled, read from its prebuilt trie on first use. */
export function getDefaultCompiled(): CompiledTaxonomy {
  return (compiled ??= reviveTrie(getDefaultTaxonomy(), defaultTaxonomyData().trie));
}
