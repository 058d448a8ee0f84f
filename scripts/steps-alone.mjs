#!/usr/bin/env node
// What each step of the pipeline costs on its own, over the bench corpus (see steps-alone.ts, which
// this bundles from the sources with esbuild into node_modules/.cache and runs).
// Usage: node scripts/steps-alone.mjs [seconds=20]
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpus, floorOf } from '../bench/corpus.mjs';

const outfile = fileURLToPath(new URL('../node_modules/.cache/skilltag/steps-alone.mjs', import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL('steps-alone.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  // Loaded from node_modules, as the package loads them.
  external: ['zod', 'zod/*', 'entities', 'entities/*'],
  logLevel: 'error',
});
const { stepsAlone } = await import(pathToFileURL(outfile).href);
stepsAlone(corpus, Number(process.argv[2] ?? 20), floorOf);
