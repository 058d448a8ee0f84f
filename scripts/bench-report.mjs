#!/usr/bin/env node
// Prints the benchmark results of bench/results.json and bench/interleaved.json as MB/s and ratios,
// measures the heap of a tagger in a fresh process, and checks each figure against its target.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { corpusBytes, subsetBytes, corpus, subset } from '../bench/corpus.mjs';

const results = JSON.parse(readFileSync(new URL('../bench/results.json', import.meta.url), 'utf8'));
const byName = new Map();
for (const file of results.files) for (const group of file.groups) for (const b of group.benchmarks) byName.set(b.name, b);
const get = (name) => {
  const b = byName.get(name);
  if (!b) throw new Error(`no benchmark named "${name}" in bench/results.json`);
  return b;
};
const ms = (name) => get(name).mean;

// Throughput from the interleaved comparisons (bench/tag.bench.ts): each contender's summed time.
const interleaved = JSON.parse(readFileSync(new URL('../bench/interleaved.json', import.meta.url), 'utf8'));
const mbps = (comparison, who) => {
  const sum = interleaved[comparison]?.[who];
  if (!sum) throw new Error(`no "${who}" in "${comparison}" in bench/interleaved.json`);
  const bytes = comparison.endsWith('[subset]') ? subsetBytes : corpusBytes;
  return (bytes / 1e6) * sum.runs / (sum.ms / 1000);
};

const floor = mbps('tagPosting and the floor [corpus]', 'floor');
const tag = mbps('tagPosting and the floor [corpus]', 'tagPosting');
const skillsOnly = mbps('tagPosting and the floor [corpus]', 'extractSkills');
const floorSub = mbps('tagPosting and regex per alias [subset]', 'floor');
const tagSub = mbps('tagPosting and regex per alias [subset]', 'tagPosting');
const regex = mbps('tagPosting and regex per alias [subset]', 'regex');
const floorSize = mbps('taxonomy size [corpus]', 'floor');
const size = Object.fromEntries(
  [['default taxonomy', 'default'], ['default + 1k entries', '1k'], ['default + 10k entries', '10k'], ['default + 100k entries', '100k']].map(([k, who]) => [k, mbps('taxonomy size [corpus]', who)]),
);

// The heap a tagger holds once it has tagged the corpus (the default taxonomy's entries are read as
// postings name them) and read its whole taxonomy: a fresh process, garbage collected before and after.
// Typed arrays (the prebuilt trie's numbers, the matcher's tables, buffers kept for the next posting)
// are outside V8's heap, and counted with it.
const heapScript = `
  const texts = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
  const before = (globalThis.gc(), used());
  const { createTagger, defaultTaxonomy } = require('skilltag');
  const tagger = createTagger({ taxonomy: defaultTaxonomy });
  for (const t of texts) tagger.tag(t);
  void tagger.taxonomy.skills.length;
  globalThis.gc();
  const after = used();
  process.stdout.write(String((after - before) / 1048576));
  globalThis.keep = tagger;`;
const heap = Number(
  spawnSync(process.execPath, ['--expose-gc', '-e', heapScript], { cwd: new URL('..', import.meta.url), encoding: 'utf8', input: JSON.stringify(corpus) }).stdout,
);

const rows = [];
const check = (what, value, target, ok) => rows.push([what, value, target, ok ? 'met' : 'NOT met']);
const f1 = (x) => x.toFixed(1);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`);
console.log(`corpus: ${corpus.length} postings, ${f1(corpusBytes / 1e6)} MB; subset: ${subset.length} postings, ${(subsetBytes / 1e3).toFixed(0)} KB\n`);
console.log('throughput                                  MB/s   × floor');
console.log(`  floor (toLowerCase + /\\w+/g)          ${f1(floor).padStart(8)}      1.00`);
console.log(`  tagPosting                             ${f1(tag).padStart(8)}  ${(tag / floor).toFixed(2).padStart(8)}`);
console.log(`  extractSkills (skills only)            ${f1(skillsOnly).padStart(8)}  ${(skillsOnly / floor).toFixed(2).padStart(8)}`);
console.log(`  regex per alias (subset)               ${regex.toFixed(3).padStart(8)}  ${(regex / floorSub).toFixed(4).padStart(8)}`);
console.log(`  tagPosting (subset)                    ${f1(tagSub).padStart(8)}  ${(tagSub / floorSub).toFixed(2).padStart(8)}`);
console.log(`  floor, beside the taggers below       ${f1(floorSize).padStart(8)}      1.00`);
for (const [k, v] of Object.entries(size)) console.log(`  tagger, ${k.padEnd(30)} ${f1(v).padStart(8)}  ${(v / floorSize).toFixed(2).padStart(8)}`);
console.log('\nbuild and start');
console.log(`  createTagger, default taxonomy          ${ms('createTagger, default taxonomy (prebuilt)').toFixed(3)} ms prebuilt, ${f1(ms('createTagger, default taxonomy compiled anew'))} ms compiled anew`);
console.log(`  createTagger, default + 100k entries    ${f1(ms('createTagger, default + 100k entries'))} ms`);
console.log(`  extendTaxonomy validating 100k entries  ${f1(ms('extendTaxonomy validating 100k entries'))} ms`);
const cold = ms('new process: node -e "require(skilltag).tagPosting(seed)"');
const bare = ms('new process: node -e "" (the same with nothing to do)');
const asIs = ms('new process: node -e "", environment as it is');
console.log(`  cold start (new process, tag one)       ${f1(cold)} ms (node alone: ${f1(bare)} ms, the package's part: ${f1(cold - bare)} ms)`);
if (process.env.NODE_EXTRA_CA_CERTS) {
  console.log(`    timed without NODE_EXTRA_CA_CERTS, which is set here: Node alone takes ${f1(asIs)} ms with it, ${f1(asIs - bare)} ms more`);
}
console.log(`  heap of the default tagger              ${f1(heap)} MB (typed arrays included)\n`);

check('tagPosting / floor', (tag / floor).toFixed(2), '>= 0.25', tag / floor >= 0.25);
check('tagPosting / regex per alias', `${f1(tagSub / regex)}×`, '>= 50×', tagSub / regex >= 50);
check('slowdown with 100k extra entries', `${(size['default taxonomy'] / size['default + 100k entries']).toFixed(2)}×`, '<= 1.3×', size['default taxonomy'] / size['default + 100k entries'] <= 1.3);
check('build with 100k extra entries', `${f1(ms('createTagger, default + 100k entries'))} ms`, '<= 1000 ms', ms('createTagger, default + 100k entries') <= 1000);
check('cold start', `${f1(cold)} ms`, '<= 150 ms', cold <= 150);
check('heap of the default tagger', `${f1(heap)} MB`, '<= 30 MB', heap <= 30);
console.log('targets');
for (const [what, value, target, ok] of rows) console.log(`  ${what.padEnd(36)} ${String(value).padStart(10)}  ${target.padEnd(10)} ${ok}`);
