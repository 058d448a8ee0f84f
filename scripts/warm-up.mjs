#!/usr/bin/env node
// How tagPosting's speed settles in a new process: warms up as the benchmarks do before their own
// warm-up (one pass over the bench corpus each for tagPosting and extractSkills), then runs the
// benchmarks' iteration (the floor, tagPosting, extractSkills) in a loop and prints tagPosting's ratio
// to the floor for each window of it, first to last. V8 goes on optimising for the first second or
// two; the benchmarks warm up for WARM_UP_MS (bench/tag.bench.ts) before they measure.
//   npm run build && node scripts/warm-up.mjs [seconds=30] [window=2] [path/to/dist/index.js]
import { pathToFileURL } from 'node:url';
import { corpus, floorOf } from '../bench/corpus.mjs';

const [seconds = '30', window = '2', entry] = process.argv.slice(2);
const { tagPosting, extractSkills } = await import(entry ? pathToFileURL(entry).href : 'skilltag');
const floor = () => {
  let n = 0;
  for (const t of corpus) n += floorOf(t);
  return n;
};
tagPosting('warm up');
for (const t of corpus) tagPosting(t);
for (const t of corpus) extractSkills(t);
const start = performance.now();
const step = Number(window) * 1000;
let next = start + step;
let floorMs = 0;
let tagMs = 0;
const ratios = [];
while (performance.now() < start + Number(seconds) * 1000) {
  let t0 = performance.now();
  floor();
  floorMs += performance.now() - t0;
  t0 = performance.now();
  for (const t of corpus) tagPosting(t);
  tagMs += performance.now() - t0;
  for (const t of corpus) extractSkills(t);
  if (performance.now() >= next) {
    ratios.push(`${((next - start) / 1000).toFixed(0)} s: ${(floorMs / tagMs).toFixed(4)}`);
    floorMs = tagMs = 0;
    next += step;
  }
}
console.log(`tagPosting / floor, by window of ${window} s since the warm-up pass:\n  ${ratios.join('\n  ')}`);
