#!/usr/bin/env node
// Cold starts of builds of the package, interleaved: each round starts a new process per build that
// requires it and tags the first sample posting, so that the machine's load moves the builds alike;
// every other round takes the builds in the other order. Printed per build: the whole process's
// time (Node's own start included), and the time of the package's part alone, measured inside the
// process from before `require` to after the posting is tagged (wall clock and CPU time), which
// Node's start, the larger and noisier part, does not blur. The processes start without
// NODE_EXTRA_CA_CERTS, as the bench's cold starts do: with it, Node reads a file of certificates first.
// Usage: node scripts/cold-ab.cjs ROUNDS A/index.cjs B/index.cjs ... (a build kept in a folder such as
// dist-ref/, made with `npm run build` at another revision); give index.js to time the ES module build
// around `import()` instead.
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const seedDir = join(root, 'seeds');
const seed = JSON.stringify(readFileSync(join(seedDir, readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8'));
const [roundsArg, ...builds] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!(rounds >= 1) || builds.length === 0) {
  console.error('usage: node scripts/cold-ab.cjs ROUNDS BUILD/index.cjs [BUILD/index.cjs ...]');
  process.exit(2);
}
/** An ES module build (index.js) is timed around `import()`, a CommonJS one (index.cjs) around `require`. */
const isEsm = (build) => build.endsWith('.js') || build.endsWith('.mjs');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const times = builds.map(() => ({ process: [], inside: [], cpu: [] }));
for (let r = 0; r < rounds; r++) {
  const order = builds.map((_, i) => (r % 2 === 0 ? i : builds.length - 1 - i));
  for (const i of order) {
    const esm = isEsm(builds[i]);
    const load = esm ? `(await import(${JSON.stringify(pathToFileURL(resolve(builds[i])).href)}))` : `require(${JSON.stringify(resolve(builds[i]))})`;
    const script = [
      'const c0 = process.cpuUsage(); const t0 = performance.now();',
      `${load}.tagPosting(${seed});`,
      'const t = performance.now() - t0; const c = process.cpuUsage(c0);',
      'process.stdout.write(JSON.stringify([t, (c.user + c.system) / 1000]));',
    ].join(' ');
    const t0 = performance.now();
    const out = spawnSync(process.execPath, [...(esm ? ['--input-type=module'] : []), '-e', script], { cwd: root, encoding: 'utf8', env });
    if (out.status !== 0) throw new Error(`${builds[i]}: ${out.stderr}`);
    times[i].process.push(performance.now() - t0);
    const [inside, cpu] = JSON.parse(out.stdout);
    times[i].inside.push(inside);
    times[i].cpu.push(cpu);
  }
}
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const mean = (a) => a.reduce((s, x) => s + x, 0) / a.length;
const both = (a) => `median ${median(a).toFixed(1)} ms, mean ${mean(a).toFixed(1)} ms`;
builds.forEach((build, i) => {
  const t = times[i];
  console.log(`${build} (${rounds} new processes): whole process ${both(t.process)}; ${isEsm(build) ? 'import' : 'require'} + first posting ${both(t.inside)}, CPU ${both(t.cpu)}`);
});
