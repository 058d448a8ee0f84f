import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { contentOf, DEFAULT_TAXONOMY_FILES } from './src/taxonomy/default-files.js';
import { jsonLiteral } from './src/json-literal.js';
import { prebuildTaxonomy, prebuiltText, type PrebuiltTaxonomy } from './src/taxonomy/prebuilt.js';
import { cueSetModule } from './src/refine/cues.js';
import { headingTableModule } from './src/segment/headings.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// Data made here in place of the modules that would make it at run time:
// - the default taxonomy (src/taxonomy/default-data.ts): its entries as minified JSON text, its trie
//   serialized, the filters of what may start an alias; a process that tags with the default
//   taxonomy then neither compiles the files as code nor builds their trie. The browser build holds
//   them in a string literal; the Node builds read them from dist/default-taxonomy.txt, or, in an
//   application's bundle, from dist/default-taxonomy.cjs (src/lazy-require.cjs);
// - the cue phrases' set (src/refine/cue-set.ts): loading the package then neither runs the
//   tokenizer over a thousand phrases nor builds their maps;
// - the table of section headings by their keys, and its filter (src/segment/heading-table.ts).
type Target = 'node' | 'browser';
const made = new Map<string, string>();
const once = (key: string, make: () => string): string => {
  if (!made.has(key)) made.set(key, make());
  return made.get(key)!;
};
// Each made once for all the builds; the default taxonomy's module once for each target.
const PREBUILT_MODULES: [module: string, contents: (target: Target) => string][] = [
  ['src/taxonomy/default-data.ts', (target) => once(`default data ${target}`, () => defaultDataModule(target))],
  ['src/refine/cue-set.ts', () => once('cue set', cueSetModule)],
  ['src/segment/heading-table.ts', () => once('heading table', headingTableModule)],
];
const prebuiltData = (target: Target): Plugin => ({
  name: 'prebuilt-data',
  setup(build) {
    for (const [module, contents] of PREBUILT_MODULES) {
      const path = fileURLToPath(new URL(module, import.meta.url));
      const name = module.slice(module.lastIndexOf('/') + 1).replace('.', '\\.');
      build.onLoad({ filter: new RegExp(`[\\\\/]${name}$`) }, (args) => {
        if (args.path !== path) return undefined;
        return { contents: contents(target), loader: 'js', resolveDir: dirname(path) };
      });
    }
  },
});

let prebuilt: PrebuiltTaxonomy | undefined;
const defaultPrebuilt = (): PrebuiltTaxonomy =>
  (prebuilt ??= prebuildTaxonomy(Object.values(DEFAULT_TAXONOMY_FILES).flatMap((f) => contentOf(f).skills)));

/** The default taxonomy's data as text (`prebuiltText`), its first line naming the data. */
function defaultTaxonomyText(): string {
  return once('default taxonomy text', () => {
    const prebuilt = defaultPrebuilt();
    const hash = createHash('sha256').update(prebuiltText(prebuilt, '')).digest('hex').slice(0, 16);
    const text = prebuiltText(prebuilt, `skilltag default taxonomy ${hash}`);
    if (/[^\0-\x7f]/.test(text)) throw new Error("the default taxonomy's data is not all ASCII");
    return text;
  });
}

/** The module that takes the place of src/taxonomy/default-data.ts in the package. */
function defaultDataModule(target: Target): string {
  if (target === 'browser') {
    const prebuilt = defaultPrebuilt();
    const data = `{ entries: ${jsonLiteral(prebuilt.entries)}, starts: ${jsonLiteral(prebuilt.starts)}, trie: ${jsonLiteral(prebuilt.trie)}, phraseStarts: ${JSON.stringify(prebuilt.phraseStarts)} }`;
    return `const data = ${data};\nexport function defaultTaxonomyData() { return data; }\n`;
  }
  const text = defaultTaxonomyText();
  const key = text.slice(0, text.indexOf('\n'));
  return [
    "import { defaultTaxonomyText } from '../lazy-require.cjs';",
    "import { readPrebuiltText } from './prebuilt.js';",
    `const KEY = ${JSON.stringify(key)};`,
    'let data;',
    'export function defaultTaxonomyData() { return (data ??= readPrebuiltText(defaultTaxonomyText(KEY), KEY)); }',
    '',
  ].join('\n');
}

// The Node builds load zod on first use (src/taxonomy/zod.node.ts), and the `entities` package's
// full table of references on a posting's first reference it needs it for (src/text/html-entities.node.ts);
// the browser build imports both with the package (src/taxonomy/zod.ts, src/text/html-entities.ts).
// What loads them, src/lazy-require.cjs, is copied into dist as it is, next to the chunks that import
// it: its `require` calls stay plain calls, which bundlers of an application see and follow.
const LAZY_REQUIRE = 'lazy-require.cjs';
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
    build.onResolve({ filter: new RegExp(`^\\.\\./${LAZY_REQUIRE.replace('.', '\\.')}$`) }, () => ({ path: `./${LAZY_REQUIRE}`, external: true }));
    build.onEnd(() => {
      const outdir = build.initialOptions.outdir ?? 'dist';
      mkdirSync(outdir, { recursive: true });
      copyFileSync(fileURLToPath(new URL(`src/${LAZY_REQUIRE}`, import.meta.url)), join(outdir, LAZY_REQUIRE));
      const text = defaultTaxonomyText();
      writeFileSync(join(outdir, 'default-taxonomy.txt'), text, 'latin1');
      const comment = "// The default taxonomy's data, for applications' bundles (lazy-require.cjs).";
      // In single quotes: the text has few, and a literal with fewer escapes is read faster.
      const literal = `'${text.replace(/[\\']/g, '\\$&').replaceAll('\n', '\\n')}'`;
      writeFileSync(join(outdir, 'default-taxonomy.cjs'), `'use strict';\n${comment}\nmodule.exports = ${literal};\n`);
    });
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
  esbuildPlugins: [prebuiltData('node'), lazyPackages],
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
    esbuildPlugins: [prebuiltData('browser')],
  },
]);
