import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { contentOf, DEFAULT_TAXONOMY_FILES } from './src/taxonomy/default-files.js';
import { prebuildTaxonomy } from './src/taxonomy/prebuilt.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// The default taxonomy, prebuilt here (its entries as minified JSON text, its trie serialized, the
// filters of what may start an alias) in place of src/taxonomy/default-data.ts, which would make the
// same data at run time: a process that tags with the default taxonomy then neither compiles the
// files as code nor builds their trie.
let defaultDataModule: string | undefined;
const prebuiltDefault: Plugin = {
  name: 'prebuilt-default-taxonomy',
  setup(build) {
    const path = fileURLToPath(new URL('src/taxonomy/default-data.ts', import.meta.url));
    build.onLoad({ filter: /[\\/]default-data\.ts$/ }, (args) => {
      if (args.path !== path) return undefined;
      defaultDataModule ??= prebuiltModule();
      return { contents: defaultDataModule, loader: 'js' };
    });
  },
};

/** The module that takes the place of src/taxonomy/default-data.ts in the package. */
function prebuiltModule(): string {
  const prebuilt = prebuildTaxonomy(Object.values(DEFAULT_TAXONOMY_FILES).flatMap((f) => contentOf(f).skills));
  const data = `{ entries: ${literal(prebuilt.entries)}, starts: ${literal(prebuilt.starts)}, trie: ${literal(prebuilt.trie)}, phraseStarts: ${JSON.stringify(prebuilt.phraseStarts)} }`;
  return `const data = ${data};\nexport function defaultTaxonomyData() { return data; }\n`;
}

/**
 * JSON text as a string literal, every ' in it written \u0027 (the same JSON). esbuild prints a
 * string in the quotes that need the fewest escapes: with no ' left, single quotes, which V8 reads
 * markedly faster than the template literal it would otherwise choose.
 */
function literal(json: string): string {
  return JSON.stringify(json.replaceAll("'", '\\u0027'));
}

// The Node builds load zod on first use (src/taxonomy/zod.node.ts), and the `entities` package's
// full table of references on a posting's first reference it needs it for (src/text/html-entities.node.ts);
// the browser build imports both with the package (src/taxonomy/zod.ts, src/text/html-entities.ts).
const lazyPackages: Plugin = {
  name: 'lazy-packages',
  setup(build) {
    const replacements: [module: string, replacement: string][] = [
      ['zod', 'src/taxonomy/zod.node.ts'],
      ['html-entities', 'src/text/html-entities.node.ts'],
    ];
    for (const [module, replacement] of replacements) {
      const path = fileURLToPath(new URL(replacement, import.meta.url));
      build.onResolve({ filter: new RegExp(`^\\./${module}\\.js$`) }, () => ({ path }));
    }
  },
};

/** What the Node builds share: declarations for the two entries, source maps, Node 20, lazy packages. */
const forNode = {
  dts: { entry: { index: 'src/index.ts', discover: 'src/discover/index.ts' } },
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
  treeshake: true,
  esbuildPlugins: [prebuiltDefault, lazyPackages],
} satisfies Options;

export default defineConfig([
  {
    // ESM: the library, its discovery entry, the CLI and its worker, sharing chunks.
    ...forNode,
    entry: { index: 'src/index.ts', discover: 'src/discover/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    clean: true,
  },
  {
    // CommonJS for require(): the library and its discovery entry.
    ...forNode,
    entry: { index: 'src/index.ts', discover: 'src/discover/index.ts' },
    format: ['cjs'],
    // import.meta.url (src/taxonomy/zod.node.ts) from the module's file name.
    shims: true,
  },
  {
    // ESM for browsers and other bundlers' targets: zod imported with the package.
    entry: { index: 'src/index.ts', discover: 'src/discover/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    esbuildPlugins: [prebuiltDefault],
  },
]);
