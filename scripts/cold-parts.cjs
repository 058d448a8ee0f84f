#!/usr/bin/env node
// Two parts of a cold start, in new processes (after `npm run build`):
// - the package's module code: a copy of the built CommonJS chunk, timed before each of its
//   top-level statements, is required; printed are the time of all its statements and the
//   statements that took longest (their first line), means over the processes;
// - the first posting's regular expressions: `RegExp.prototype.exec` (which `test`, `match` and
//   `replace` call once it is replaced) is wrapped, the package required and the first sample
//   posting tagged; printed are how many patterns ran, the time of their first runs (which compile
//   them) and that of all later runs, and the patterns whose first runs took longest.
// Usage: node scripts/cold-parts.cjs [processes=10] [build folder=dist]
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..');
const dist = process.argv[3] ? resolve(process.argv[3]) : join(root, 'dist');
const runs = Number(process.argv[2] ?? 10);
const chunks = readdirSync(dist).filter((f) => /^chunk-.*\.cjs$/.test(f));
if (chunks.length !== 1) throw new Error(`expected one CommonJS chunk in dist/, found ${chunks.length}: run npm run build`);
const source = readFileSync(join(dist, chunks[0]), 'utf8').split('\n');

// The copy stays in dist/, so that what it requires resolves as the chunk's own requires do.
const copy = join(dist, '.cold-parts.cjs');
const lines = ['globalThis.__marks = [];'];
source.forEach((line, i) => {
  // esbuild starts each top-level statement at the start of a line.
  if (i > 3 && /^(?:var|let|const|for) /.test(line)) lines.push(`__marks.push([${i + 1}, performance.now()]);`);
  lines.push(line);
});
lines.push('__marks.push([0, performance.now()]);');
writeFileSync(copy, lines.join('\n'));
const byLine = new Map();
let body = 0;
try {
  for (let r = 0; r < runs; r++) {
    const out = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(copy)}); process.stdout.write(JSON.stringify(__marks));`], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    const marks = JSON.parse(out.stdout);
    body += marks[marks.length - 1][1] - marks[0][1];
    for (let i = 0; i + 1 < marks.length; i++) byLine.set(marks[i][0], (byLine.get(marks[i][0]) ?? 0) + marks[i + 1][1] - marks[i][1]);
  }
} finally {
  rmSync(copy, { force: true });
}
console.log(`the package's module code: ${(body / runs).toFixed(1)} ms (mean of ${runs} new processes); its longest statements:`);
for (const [line, ms] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
  console.log(`  ${(ms / runs).toFixed(2).padStart(6)} ms  ${source[line - 1].slice(0, 100)}`);
}

const seedDir = join(root, 'seeds');
const seed = JSON.stringify(readFileSync(join(seedDir, readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8'));
const script = `
  const exec = RegExp.prototype.exec;
  const seen = new Map();
  let first = 0, later = 0;
  RegExp.prototype.exec = function (s) {
    const key = this.source + '/' + this.flags;
    const t = performance.now();
    const result = exec.call(this, s);
    if (seen.has(key)) later += performance.now() - t;
    else { const ms = performance.now() - t; seen.set(key, ms); first += ms; }
    return result;
  };
  const { tagPosting } = require(${JSON.stringify(join(dist, 'index.cjs'))});
  seen.clear(); first = 0; later = 0;
  tagPosting(${seed});
  process.stdout.write(JSON.stringify([seen.size, first, later, [...seen]]));`;
let patterns = 0;
let first = 0;
let later = 0;
/** The first run of each pattern, summed over the processes. */
const firstRuns = new Map();
for (let r = 0; r < runs; r++) {
  const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  const [n, f, l, each] = JSON.parse(out.stdout);
  patterns = n;
  first += f;
  later += l;
  for (const [key, ms] of each) firstRuns.set(key, (firstRuns.get(key) ?? 0) + ms);
}
console.log(`the first posting's regular expressions: ${patterns} patterns, first runs ${(first / runs).toFixed(1)} ms, later runs ${(later / runs).toFixed(1)} ms (means of ${runs} new processes); the slowest first runs:`);
for (const [key, ms] of [...firstRuns].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
  console.log(`  ${(ms / runs).toFixed(2).padStart(6)} ms  /${key.length > 90 ? `${key.slice(0, 90)}...` : key}`);
}
