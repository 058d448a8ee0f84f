#!/usr/bin/env node
// What each step of the pipeline takes inside it, timed around each call rather than sampled by a
// profiler: the sources are bundled with esbuild with a timer around the steps' functions (each
// step's time includes the steps it calls), the bench corpus is tagged in turns with the floor of
// the benchmarks, and each step's milliseconds a pass over the corpus are printed with its share of
// the pipeline's time. The timers take about 1% of the time.
// With `--twice=<step>`, that step is called a second time right after the first, with the same
// arguments (its second result is the one the pipeline goes on with): the second call's time says
// what the step costs with its code and the posting's data fresh in the processor's caches.
// With `--warm=<step>`, that step is first called with the arguments of its call on the posting
// before, then on its own (the two timed apart): its code is then fresh, but not what its own
// posting reaches (only for the steps whose arguments hold no tokens, whose arrays the next posting
// reuses; a step called more than once a posting, for its roles, is given the call before's).
// Usage: node scripts/stage-times.mjs [seconds=15] [--twice=<step> | --warm=<step>]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpus, floorOf } from '../bench/corpus.mjs';
import { bundleSources } from './bundle-sources.mjs';

/** The steps timed, by the source file (under src/) and the exported function of each, in pipeline order. */
const STEPS = [
  ['pipeline.ts', 'readPosting'],
  ['text/normalize.ts', 'normalize'],
  ['match/tokenize.ts', 'tokenize'],
  ['segment/segment.ts', 'segment'],
  ['segment/sections.ts', 'findHeadings'],
  ['segment/clauses.ts', 'splitClauses'],
  ['refine/cues.ts', 'clauseCues'],
  ['match/match-skills.ts', 'matchSkills'],
  ['match/context.ts', 'confirmByContext'],
  ['refine/skill-tags.ts', 'groupSkillTags'],
  ['extract/read-scope.ts', 'extractSeniority'],
  ['extract/read-scope.ts', 'extractDegrees'],
  ['extract/read-scope.ts', 'extractSalary'],
];
/** Steps that call another step are printed above it; these are printed indented under their caller. */
const PARTS = new Set(['findHeadings', 'splitClauses', 'clauseCues', 'confirmByContext']);

const args = process.argv.slice(2);
const twice = args.find((a) => a.startsWith('--twice='))?.slice('--twice='.length) ?? null;
const warm = args.find((a) => a.startsWith('--warm='))?.slice('--warm='.length) ?? null;
/** The steps `--warm` may call with the posting before's arguments: none of them is given tokens. */
const WARMABLE = ['normalize', 'tokenize', 'findHeadings', 'extractSeniority', 'extractDegrees', 'extractSalary'];
const seconds = Number(args.find((a) => !a.startsWith('--')) ?? 15);
if (
  !(seconds > 0) ||
  (twice !== null && warm !== null) ||
  (twice !== null && !STEPS.some(([, name]) => name === twice)) ||
  (warm !== null && !WARMABLE.includes(warm))
) {
  console.error(
    `usage: node scripts/stage-times.mjs [seconds=15] [--twice=<step> | --warm=<step>], the step for --twice one of: ${STEPS.map(([, n]) => n).join(', ')}; for --warm one of: ${WARMABLE.join(', ')}`,
  );
  process.exit(2);
}

const src = fileURLToPath(new URL('../src/', import.meta.url));
const byFile = new Map();
for (const [file, name] of STEPS) byFile.set(src + file, [...(byFile.get(src + file) ?? []), name]);

/** Puts a timer around each of the file's steps: `export function f(` becomes a wrapper of the original, renamed. */
const timers = {
  name: 'stage-timers',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (at) => {
      const names = byFile.get(at.path);
      if (!names) return undefined;
      let code = readFileSync(at.path, 'utf8');
      for (const name of names) {
        const head = `export function ${name}(`;
        if (code.split(head).length !== 2) throw new Error(`src/${at.path.slice(src.length)}: expected one "${head}", the step to time`);
        const call = name === twice ? '__stageTwice' : name === warm ? '__stageWarm' : '__stageTime';
        code = code.replace(head, `export function ${name}(...args: any[]): any { return (globalThis as any).${call}('${name}', ${name}__timed, args); }\nfunction ${name}__timed(`);
      }
      return { contents: code, loader: 'ts' };
    });
  },
};

const bundle = await bundleSources(src + 'index.ts', 'stage-times', [timers]);

/** Milliseconds spent in each step, its calls, and (for `--twice` and `--warm`) its second calls apart. */
const spent = new Map();
const add = (name, ms) => spent.set(name, (spent.get(name) ?? 0) + ms);
globalThis.__stageTime = (name, f, a) => {
  const t0 = performance.now();
  try {
    return f(...a);
  } finally {
    add(name, performance.now() - t0);
  }
};
/** The labels of a step's second calls: the same arguments again (`--twice`), after the posting before's (`--warm`). */
const AGAIN = ', called again';
const AFTER_BEFORE = ", after the posting before's";
/**
 * Calls a step on `first` (timed as the step), hands that result to `done`, then calls it on `a`
 * (timed under the step's name and `label`) and returns the second result.
 */
const twoCalls = (name, f, first, done, a, label) => {
  let t0 = performance.now();
  if (first !== null) done(f(...first));
  add(name, performance.now() - t0);
  t0 = performance.now();
  try {
    return f(...a);
  } finally {
    add(name + label, performance.now() - t0);
  }
};
globalThis.__stageTwice = (name, f, a) => twoCalls(name, f, a, () => {}, a, AGAIN);
/** The arguments of the last call of the `--warm` step (of the posting before, when it is called once a posting). */
let before = null;
globalThis.__stageWarm = (name, f, a) => {
  const first = before;
  before = a;
  // The tokens of a warming call give their arrays back, as the pipeline's do, for the next to reuse.
  return twoCalls(name, f, first, (result) => result?.release?.(), a, AFTER_BEFORE);
};

const { tagPosting } = await import(bundle);
for (let i = 0; i < 10; i++) for (const t of corpus) tagPosting(t);
spent.clear();
let floorMs = 0;
let passes = 0;
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  let t0 = performance.now();
  for (const t of corpus) floorOf(t);
  floorMs += performance.now() - t0;
  t0 = performance.now();
  for (const t of corpus) tagPosting(t);
  add('tagPosting', performance.now() - t0);
  passes++;
}

const whole = spent.get('tagPosting') / passes;
const floor = floorMs / passes;
const row = (label, ms) => console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(7)} ms ${((100 * ms) / whole).toFixed(1).padStart(5)}%`);
console.log(`${'floor: toLowerCase + /\\w+/g'.padEnd(44)} ${floor.toFixed(2).padStart(7)} ms`);
row('tagPosting', whole);
for (const [, name] of STEPS) {
  for (const key of [name, name + AGAIN, name + AFTER_BEFORE]) {
    if (spent.has(key)) row(`${PARTS.has(name) ? '    ' : '  '}${key}`, spent.get(key) / passes);
  }
}
console.log(`${passes} passes over ${corpus.length} postings, milliseconds a pass; tagPosting at ${(floor / whole).toFixed(3)}x the floor`);
if (twice) console.log(`(${twice} runs twice a call here, so tagPosting's time and share include its second calls)`);
if (warm) console.log(`(${warm} runs first on the posting before's arguments here, so tagPosting's time and share include those calls)`);
