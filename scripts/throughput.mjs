#!/usr/bin/env node
// tagPosting throughput over the bench corpus, in MB per second of CPU time (user + system), which
// a busy machine disturbs less than wall time. Give another build's entry to compare two builds:
//   node scripts/throughput.mjs [path/to/dist/index.js] [seconds=6]
import { pathToFileURL } from 'node:url';
import { corpus, corpusBytes } from '../bench/corpus.mjs';

const [entry, seconds = '6'] = process.argv.slice(2);
const { tagPosting } = await import(entry ? pathToFileURL(entry).href : 'skilltag');
for (let i = 0; i < 5; i++) for (const t of corpus) tagPosting(t);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let passes = 0;
while (performance.now() - t0 < Number(seconds) * 1000) {
  for (const t of corpus) tagPosting(t);
  passes++;
}
const cpu = process.cpuUsage(cpu0);
const mbps = (passes * corpusBytes) / 1e6 / ((cpu.user + cpu.system) / 1e6);
console.log(`${entry ?? 'skilltag'}: ${mbps.toFixed(2)} MB/s of CPU time (${passes} passes over ${corpus.length} postings)`);
