import type { CompiledTaxonomy } from '../match/compile.js';
import { defaultTaxonomyData } from './default-data.js';
import { entryReader, reviveTrie, taxonomyOf } from './prebuilt.js';
import { LazyTaxonomy, type Taxonomy } from './taxonomy.js';

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

/**
 * The default taxonomy compiled, read from its prebuilt trie on first use. Its entries are read one
 * by one as postings name them; the whole taxonomy only when it is asked for.
 */
export function getDefaultCompiled(): CompiledTaxonomy {
  if (!compiled) {
    const data = defaultTaxonomyData();
    compiled = reviveTrie(lazyDefaultTaxonomy, data.trie, entryReader(data), data.phraseStarts);
  }
  return compiled;
}

/** The default taxonomy, read on first use and compiled with the package (`defaultTaxonomy`). */
export const lazyDefaultTaxonomy: Taxonomy = /* #__PURE__ */ new LazyTaxonomy(getDefaultTaxonomy, getDefaultCompiled);
