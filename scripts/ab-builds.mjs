#!/usr/bin/env node
// Compares the tagging speed of two builds of the package in one process, interleaved: each round tags
// the bench corpus with build A, then with build B, and each one's time is summed, so that the
// machine's load moves both alike. Prints both in MB/s and B's speed relative to A's.
// Usage: node scripts/ab-builds.mjs <A/index.js> <B/index.js> [seconds=20]
// (A build copied elsewhere must stay inside this folder, e.g. dist-a/, so that its dependencies resolve.)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus, corpusBytes } from '../bench/corpus.mjs';

const [a, b, seconds = '20'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/ab-builds.mjs <A/index.js> <B/index.js> [seconds=20]');
  process.exit(2);
}
const load = async (file) => (await import(pathToFileURL(resolve(file)).href)).tagPosting;
const [tagA, tagB] = [await load(a), await load(b)];
for (let i = 0; i < 3; i++) for (const t of corpus) tagA(t), tagB(t);
let ta = 0;
let tb = 0;
let rounds = 0;
const end = performance.now() + Number(seconds) * 1000;
while (performance.now() < end) {
  let t0 = performance.now();
  for (const t of corpus) tagA(t);
  ta += performance.now() - t0;
  t0 = performance.now();
  for (const t of corpus) tagB(t);
  tb += performance.now() - t0;
  rounds++;
}
const mbps = (ms) => ((rounds * corpusBytes) / 1e6 / (ms / 1000)).toFixed(2);
console.log(`A ${mbps(ta)} MB/s, B ${mbps(tb)} MB/s, B/A ${(ta / tb).toFixed(3)} (${rounds} rounds)`);
