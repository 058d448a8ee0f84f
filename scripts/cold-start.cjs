#!/usr/bin/env node
// What a cold start spends, phase by phase, in new processes: loading the package (require), the
// default taxonomy's first use (tagging an empty posting), the first sample posting, and the same
// posting again once the code has run. Usage: npm run build && node scripts/cold-start.cjs [runs=5]
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const seedDir = join(root, 'seeds');
const seed = readFileSync(join(seedDir, readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
const script = `
  const seed = ${JSON.stringify(seed)};
  const t0 = performance.now();
  const { tagPosting } = require('skilltag');
  const t1 = performance.now();
  tagPosting('');
  const t2 = performance.now();
  tagPosting(seed);
  const t3 = performance.now();
  tagPosting(seed);
  const t4 = performance.now();
  process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, t3 - t2, t4 - t3]));`;
const runs = Number(process.argv[2] ?? 5);
const sums = [0, 0, 0, 0];
for (let r = 0; r < runs; r++) {
  const out = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  JSON.parse(out.stdout).forEach((ms, i) => (sums[i] += ms));
}
const [load, taxonomy, first, again] = sums.map((ms) => (ms / runs).toFixed(1));
console.log(`mean of ${runs} new processes: require ${load} ms, default taxonomy ${taxonomy} ms, first posting ${first} ms, the same posting again ${again} ms`);
