#!/usr/bin/env node
// Build time of taggers with 100,000 extra entries (the bench's synthetic ones) in builds of the
// package, compared in alternating new processes: each process builds the tagger once to warm up,
// then `builds` more times, timed. Printed per build of the package: the median and mean of them, and
// the heap the last tagger holds (V8's heap after a collection, with and without it); then the time
// extendTaxonomy takes to validate the bench's other 100,000 entries, timed as many times.
// Usage: node scripts/build-ab.mjs ROUNDS A/index.js B/index.js [builds per process=3]
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [roundsArg, a, b, perArg = '3'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const per = Number(perArg);
if (!(rounds >= 1) || !a || !b || !(per >= 1)) {
  console.error('usage: node scripts/build-ab.mjs ROUNDS A/index.js B/index.js [builds per process=3]');
  process.exit(2);
}
const builds = [a, b];
const script = (entry) => `
  const m = await import(${JSON.stringify(pathToFileURL(resolve(entry)).href)});
  const skills = Array.from({ length: 100000 }, (_, i) => ({ id: 'synthetic-skill-' + i, name: 'Synthetic Skill ' + i, category: 'developer-tool', aliases: ['synth' + i, 'sk ' + i + ' tool'] }));
  const taxonomy = m.extendTaxonomy(m.defaultTaxonomy, { skills });
  m.createTagger({ taxonomy });
  const times = [];
  for (let r = 0; r < ${per}; r++) { const t0 = performance.now(); m.createTagger({ taxonomy }); times.push(performance.now() - t0); }
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const kept = m.createTagger({ taxonomy });
  globalThis.gc();
  const held = process.memoryUsage().heapUsed - before;
  // The bench's other 100,000 entries, validated and added to the default taxonomy.
  const other = Array.from({ length: 100000 }, (_, i) => ({ id: 's-' + i, name: 'Skill ' + i, category: 'developer-tool', aliases: ['s' + i + 'x'] }));
  m.extendTaxonomy(m.defaultTaxonomy, { skills: other });
  const extend = [];
  for (let r = 0; r < ${per}; r++) { const t0 = performance.now(); m.extendTaxonomy(m.defaultTaxonomy, { skills: other }); extend.push(performance.now() - t0); }
  process.stdout.write(JSON.stringify({ times, held, extend, kept: typeof kept.tag }));`;
const times = builds.map(() => []);
const held = builds.map(() => []);
const extend = builds.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const out = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script(builds[i])], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`${builds[i]}: ${out.stderr}`);
    const result = JSON.parse(out.stdout);
    times[i].push(...result.times);
    held[i].push(result.held);
    extend[i].push(...result.extend);
  }
}
const median = (x) => x.slice().sort((p, q) => p - q)[x.length >> 1];
const mean = (x) => x.reduce((s, v) => s + v, 0) / x.length;
builds.forEach((build, i) => {
  console.log(
    `${build}: ${times[i].length} builds with 100,000 extra entries, median ${median(times[i]).toFixed(0)} ms, mean ${mean(times[i]).toFixed(0)} ms; ` +
      `the tagger holds ${(median(held[i]) / 1e6).toFixed(1)} MB of heap (median of ${held[i].length} processes); ` +
      `extendTaxonomy validating 100,000 entries, median ${median(extend[i]).toFixed(0)} ms, mean ${mean(extend[i]).toFixed(0)} ms`,
  );
});
