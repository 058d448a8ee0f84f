import { contentOf, DEFAULT_TAXONOMY_FILES } from './default-files.js';
import { prebuildTaxonomy, type PrebuiltTaxonomy } from './prebuilt.js';

let prebuilt: PrebuiltTaxonomy | undefined;

/**
 * The default taxonomy, prebuilt from the files in data/. This module is what tests and type checks
 * see; the package build replaces it with the same data made at build time (tsup.config.ts), so the
 * published package neither embeds the files as they are written nor compiles their trie at run time.
 */
export function defaultTaxonomyData(): PrebuiltTaxonomy {
  return (prebuilt ??= prebuildTaxonomy(Object.values(DEFAULT_TAXONOMY_FILES).flatMap((f) => contentOf(f).skills)));
}
