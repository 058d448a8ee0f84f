import { defineConfig } from 'tsup';

// The taxonomy files are embedded as text and parsed on first use (see src/taxonomy/default.ts).
const loader = { '.json': 'text' } as const;

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
  },
  {
    // CommonJS for require(): the library and its discovery entry.
    entry: { index: 'src/index.ts', discover: 'src/discover/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', discover: 'src/discover/index.ts' } },
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    loader,
  },
]);
