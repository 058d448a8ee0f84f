#!/usr/bin/env node
// Where tagPosting's time goes: tags the bench corpus for a few seconds under `node --cpu-prof` in
// new processes, then prints the share of the time spent in each step of the pipeline (a function
// and everything it calls). Usage: npm run build && node scripts/profile-stages.mjs [runs=3] [seconds=8]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [runs = '3', seconds = '8'] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'skilltag-profile-'));
const script = `
  const { corpus } = await import(${JSON.stringify(new URL('../bench/corpus.mjs', import.meta.url).href)});
  const { tagPosting } = await import('skilltag');
  for (let i = 0; i < 5; i++) for (const t of corpus) tagPosting(t);
  const t0 = performance.now();
  while (performance.now() - t0 < ${Number(seconds) * 1000}) for (const t of corpus) tagPosting(t);`;
for (let r = 0; r < Number(runs); r++) {
  const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--input-type=module', '-e', script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// The steps, by the function that does each (see src/pipeline.ts), and what some of them include.
const STEPS = [
  ['cleanup', 'normalize'],
  ['tokenizing', 'tokenize'],
  ['headings, clauses and cue phrases', 'segment'],
  ['  heading lines', 'findHeadings'],
  ['  cue phrases', 'clauseCues'],
  ['  clauses', 'splitClauses'],
  ['skill matching', 'matchSkills'],
  ['  context rules of ambiguous aliases', 'confirmByContext'],
  ['seniority and years', 'extractSeniority'],
  ['degrees', 'extractDegrees'],
  ['salary', 'extractSalary'],
  ['one tag per skill, offsets mapped back', 'groupSkillTags'],
];
const inclusive = new Map();
let total = 0;
for (const file of readdirSync(dir)) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i];
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  }
}
rmSync(dir, { recursive: true, force: true });
total = inclusive.get('readPosting') ?? 0;
if (!total) throw new Error('no time in readPosting: was the package built (npm run build)?');
console.log(`share of tagPosting's time (readPosting), ${runs} runs of ${seconds} s:`);
for (const [what, fn] of STEPS) console.log(`  ${what.padEnd(40)} ${((100 * (inclusive.get(fn) ?? 0)) / total).toFixed(1).padStart(5)}%`);
