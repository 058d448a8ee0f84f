#!/usr/bin/env node
// Compares the tagging speed of two builds of the package in one process, interleaved: each round tags
// the bench corpus with build A and with build B, A first in one round and B first in the next (the
// second of a pair runs measurably faster here), and each one's time is summed, so that the machine's
// load moves both alike. Prints both in MB/s, B's speed relative to A's, and the middle of the
// per-round ratios.
// Usage: node scripts/ab-builds.mjs <A/index.js> <B/index.js> [seconds=20] [extra=0]
// With `extra`, both tag with the default taxonomy extended by that many synthetic entries, made as
// the benchmarks make them (bench/tag.bench.ts).
// (A build copied elsewhere must stay inside this folder, e.g. dist-a/, so that its dependencies resolve.)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus, corpusBytes } from '../bench/corpus.mjs';

const [a, b, seconds = '20', extra = '0'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/ab-builds.mjs <A/index.js> <B/index.js> [seconds=20] [extra=0]');
  process.exit(2);
}
const skills = Array.from({ length: Number(extra) }, (_, i) => ({
  id: `synthetic-skill-${i}`,
  name: `Synthetic Skill ${i}`,
  category: 'developer-tool',
  aliases: [`synth${i}`, `sk ${i} tool`],
}));
const load = async (file) => {
  const m = await import(pathToFileURL(resolve(file)).href);
  if (skills.length === 0) return m.tagPosting;
  const tagger = m.createTagger({ taxonomy: m.extendTaxonomy(m.defaultTaxonomy, { skills }) });
  return (text) => tagger.tag(text);
};
const [tagA, tagB] = [await load(a), await load(b)];
for (let i = 0; i < 3; i++) for (const t of corpus) tagA(t), tagB(t);
let ta = 0;
let tb = 0;
let rounds = 0;
const end = performance.now() + Number(seconds) * 1000;
const ratios = [];
const time = (tag) => {
  const t0 = performance.now();
  for (const t of corpus) tag(t);
  return performance.now() - t0;
};
while (performance.now() < end) {
  let a = 0;
  let b = 0;
  if (rounds % 2 === 0) {
    a = time(tagA);
    b = time(tagB);
  } else {
    b = time(tagB);
    a = time(tagA);
  }
  ta += a;
  tb += b;
  ratios.push(a / b);
  rounds++;
}
const mbps = (ms) => ((rounds * corpusBytes) / 1e6 / (ms / 1000)).toFixed(2);
const median = ratios.sort((x, y) => x - y)[ratios.length >> 1] ?? NaN;
console.log(`A ${mbps(ta)} MB/s, B ${mbps(tb)} MB/s, B/A ${(ta / tb).toFixed(3)}, median of rounds ${median.toFixed(3)} (${rounds} rounds)`);
