#!/usr/bin/env node
// Tagging speed when the postings are taken in turn (as the benchmark and real inputs do) against
// tagging each posting several times over, next to the same for the floor (toLowerCase + /\w+/g): how
// much of the time goes to fetching what a posting's text reaches (the taxonomy's maps, the code of
// the passes) rather than to reading the text. The four are run in alternation for the given seconds
// and their times summed, so that the machine's load moves them alike.
// Usage: npm run build && node scripts/repeat-vs-cycle.mjs [seconds=20] [times=4]
import { corpus, corpusBytes, floorOf as floor } from '../bench/corpus.mjs';
import { tagPosting } from 'skilltag';

const seconds = Number(process.argv[2] ?? 20);
const TIMES = Number(process.argv[3] ?? 4);
const runs = {
  'tagPosting, in turn': () => { for (let r = 0; r < TIMES; r++) for (const t of corpus) tagPosting(t); },
  'tagPosting, each repeated': () => { for (const t of corpus) for (let r = 0; r < TIMES; r++) tagPosting(t); },
  'floor, in turn': () => { for (let r = 0; r < TIMES; r++) for (const t of corpus) floor(t); },
  'floor, each repeated': () => { for (const t of corpus) for (let r = 0; r < TIMES; r++) floor(t); },
};
for (const run of Object.values(runs)) run();
const spent = Object.fromEntries(Object.keys(runs).map((k) => [k, 0]));
let rounds = 0;
for (const end = performance.now() + seconds * 1000; performance.now() < end; rounds++) {
  for (const [name, run] of Object.entries(runs)) {
    const t0 = performance.now();
    run();
    spent[name] += performance.now() - t0;
  }
}
const mbps = (ms) => ((corpusBytes * TIMES * rounds) / 1e3 / ms).toFixed(1);
for (const [name, ms] of Object.entries(spent)) console.log(`${name.padEnd(26)} ${mbps(ms).padStart(6)} MB/s`);
const ratio = (a, b) => (spent[a] / spent[b]).toFixed(2);
console.log(`repeated / in turn: tagPosting ${ratio('tagPosting, in turn', 'tagPosting, each repeated')}x, floor ${ratio('floor, in turn', 'floor, each repeated')}x (${rounds} rounds)`);
