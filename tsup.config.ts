import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// The taxonomy files are embedded as text and parsed on first use (see src/taxonomy/default.ts).
const loader = { '.json': 'text' } as const;

// The Node builds load zod on first use (src/taxonomy/zod.node.ts); the browser build imports it
// with the package (src/taxonomy/zod.ts).
const lazyZod: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-zod',
  setup(build) {
    const path = fileURLToPath(new URL('src/taxonomy/zod.node.ts', import.meta.url));
    build.onResolve({ filter: /^\.\/zod\.js$/ }, () => ({ path }));
  },
};

export default defineConfig([
  {
    // ESM: the library, its discovery entry, the CLI and its worker, sharing chunks.
    entry: { index: 'src/index.ts', discover: 'src/discover/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', discover: 'src/discover/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    loader,
    esbuildPlugins: [lazyZod],
  },
  {
    // CommonJS for require(): the library and its discovery entry.
    entry: { index: 'src/index.ts', discover: 'src/discover/index.ts' },
    format: ['cjs'],
    // import.meta.url (src/taxonomy/zod.node.ts) from the module's file name.
    shims: true,
    dts: { entry: { index: 'src/index.ts', discover: 'src/discover/index.ts' } },
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    loader,
    esbuildPlugins: [lazyZod],
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
    loader,
  },
]);
