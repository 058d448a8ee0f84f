#!/usr/bin/env node
// What each step of the pipeline costs on its own, over the bench corpus (see steps-alone.ts, which
// this bundles from the sources with esbuild into node_modules/.cache and runs).
// Usage: node scripts/steps-alone.mjs [seconds=20]
import { fileURLToPath } from 'node:url';
import { corpus, floorOf } from '../bench/corpus.mjs';
import { bundleSources } from './bundle-sources.mjs';

const { stepsAlone } = await import(await bundleSources(fileURLToPath(new URL('steps-alone.ts', import.meta.url)), 'steps-alone'));
stepsAlone(corpus, Number(process.argv[2] ?? 20), floorOf);
