#!/usr/bin/env node
// What tagging allocates: tags the bench corpus under the inspector's sampling heap profiler, with
// the objects collected since counted, and prints the megabytes allocated per pass over the corpus
// and the functions that allocate most (code V8 inlines counts in its caller).
//   npm run build && node scripts/allocation.mjs [path/to/dist/index.js] [passes=20]
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { corpus, corpusBytes } from '../bench/corpus.mjs';

const [entry, passes = '20'] = process.argv.slice(2);
const { tagPosting } = await import(entry ? pathToFileURL(entry).href : 'skilltag');
// Warmed up for 3 s, as the benchmarks are: V8 optimises the pipeline for a second or two, and code
// not yet optimised allocates what optimised code does not (iterator results, for one).
for (const end = performance.now() + 3000; performance.now() < end; ) for (const t of corpus) tagPosting(t);
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let i = 0; i < Number(passes); i++) for (const t of corpus) tagPosting(t);
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

const byFunction = new Map();
const visit = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : '(built-in)'}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) visit(child);
};
visit(profile.head);
const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
const perPass = total / Number(passes);
console.log(`${entry ?? 'skilltag'}: ${(perPass / 1e6).toFixed(2)} MB allocated per pass over ${corpus.length} postings (${(perPass / corpusBytes).toFixed(1)} bytes per byte of text)`);
for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${(bytes / Number(passes) / 1e3).toFixed(0).padStart(6)} KB  ${key}`);
}
