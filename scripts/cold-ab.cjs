#!/usr/bin/env node
// Cold starts of builds of the package, interleaved: each round starts a new process per build that
// requires it and tags the first sample posting, so that the machine's load moves the builds alike.
// Usage: node scripts/cold-ab.cjs ROUNDS A/index.cjs B/index.cjs ... (a build kept in a folder such as
// dist-ref/, made with `npm run build` at another revision).
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..');
const seedDir = join(root, 'seeds');
const seed = JSON.stringify(readFileSync(join(seedDir, readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8'));
const [roundsArg, ...builds] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!(rounds >= 1) || builds.length === 0) {
  console.error('usage: node scripts/cold-ab.cjs ROUNDS BUILD/index.cjs [BUILD/index.cjs ...]');
  process.exit(2);
}
const times = builds.map(() => []);
for (let r = 0; r < rounds; r++) {
  builds.forEach((build, i) => {
    const t0 = performance.now();
    const out = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(resolve(build))}).tagPosting(${seed});`], { cwd: root });
    if (out.status !== 0) throw new Error(`${build}: ${out.stderr}`);
    times[i].push(performance.now() - t0);
  });
}
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
builds.forEach((build, i) => {
  const mean = times[i].reduce((a, x) => a + x, 0) / rounds;
  console.log(`${build}: mean ${mean.toFixed(1)} ms, median ${median(times[i]).toFixed(1)} ms (${rounds} new processes)`);
});
