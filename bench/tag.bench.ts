// Throughput of tagPosting next to a floor measured in the same run, a regex-per-alias baseline, the
// cost of taxonomy size, tagger build time and cold start. `npm run bench` runs this and prints MB/s
// and ratios (scripts/bench-report.mjs); names say which corpus a benchmark runs over.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { createTagger, defaultTaxonomy, extendTaxonomy, extractSkills, tagPosting, type Taxonomy } from '../dist/index.js';
// @ts-expect-error plain JavaScript module shared with the report script
import { corpus, floorOf, seeds, subset } from './corpus.mjs';

const all = corpus as string[];
const few = subset as string[];
const floor = (texts: string[]) => {
  let n = 0;
  for (const t of texts) n += floorOf(t);
  return n;
};

function synthetic(count: number): Taxonomy {
  const skills = Array.from({ length: count }, (_, i) => ({
    id: `synthetic-skill-${i}`,
    name: `Synthetic Skill ${i}`,
    category: 'developer-tool',
    aliases: [`synth${i}`, `sk ${i} tool`],
  }));
  return extendTaxonomy(defaultTaxonomy, { skills });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The naive way: one regular expression per alias, each run over the whole text. */
const perAlias = defaultTaxonomy.skills.flatMap((s) =>
  [s.name, ...s.aliases.map((a) => a.text)].map((text) => new RegExp(`(?<![\\w])${escape(text)}(?![\\w])`, 'gi')),
);
const regexBaseline = (texts: string[]) => {
  let n = 0;
  for (const t of texts) for (const re of perAlias) n += t.match(re)?.length ?? 0;
  return n;
};

const big = { '1k': synthetic(1_000), '10k': synthetic(10_000), '100k': synthetic(100_000) };
const taggers = {
  default: createTagger({ taxonomy: extendTaxonomy(defaultTaxonomy, { skills: [] }) }),
  '1k': createTagger({ taxonomy: big['1k'] }),
  '10k': createTagger({ taxonomy: big['10k'] }),
  '100k': createTagger({ taxonomy: big['100k'] }),
};
// Each tagger over the corpus once before any is measured, so that none pays for the JIT's warm-up.
tagPosting('warm up');
for (const tagger of Object.values(taggers)) all.forEach((t) => tagger.tag(t));
all.forEach((t) => tagPosting(t));
all.forEach((t) => extractSkills(t));

/**
 * What is compared is measured interleaved: each iteration runs every contender in turn (`times` runs
 * each), and each one's time is added up, so that the machine's load, which swings by tens of percent
 * over seconds here, moves the contenders alike and leaves their ratio. The sums go to
 * bench/interleaved.json, where the report reads them.
 */
const INTERLEAVED = fileURLToPath(new URL('interleaved.json', import.meta.url));
const interleaved: Record<string, Record<string, { ms: number; runs: number }>> = {};
rmSync(INTERLEAVED, { force: true }); // no figure of an earlier run is left for the report
/**
 * How long each comparison runs before it is measured. V8 goes on optimising the pipeline's
 * functions for a second or two after the warm-up above (`node --trace-opt` shows them compiled until
 * about 1.5 s into a loop of tagging), and the first two seconds of tagging are the slowest of a
 * process (`node scripts/warm-up.mjs`, bench/NOTES.md): what is measured here is the speed of a
 * process that tags many postings, whose first seconds the cold start measures apart.
 */
const WARM_UP_MS = 3000;
function compare(name: string, contenders: Record<string, { run: () => void; times?: number }>, time: number): void {
  let spent: Record<string, { ms: number; runs: number }> = {};
  const iteration = () => {
    for (const [who, { run, times = 1 }] of Object.entries(contenders)) {
      const t0 = performance.now();
      for (let k = 0; k < times; k++) run();
      const sum = (spent[who] ??= { ms: 0, runs: 0 });
      sum.ms += performance.now() - t0;
      sum.runs += times;
    }
  };
  bench(name, iteration, {
    time,
    warmupTime: WARM_UP_MS,
    setup: (_task, mode) => {
      if (mode === 'run') spent = {};
    },
    teardown: (_task, mode) => {
      if (mode !== 'run') return;
      interleaved[name] = spent;
      writeFileSync(INTERLEAVED, `${JSON.stringify(interleaved, null, 2)}\n`);
    },
  });
}

describe('throughput', () => {
  compare(
    'tagPosting and the floor [corpus]',
    {
      floor: { run: () => void floor(all) },
      tagPosting: { run: () => void all.forEach((t) => tagPosting(t)) },
      extractSkills: { run: () => void all.forEach((t) => extractSkills(t)) },
    },
    8000,
  );
  // A pass of the regex baseline takes as long as ~70 of tagPosting: the others run 10 times a turn.
  compare(
    'tagPosting and regex per alias [subset]',
    {
      floor: { run: () => void floor(few), times: 10 },
      regex: { run: () => void regexBaseline(few) },
      tagPosting: { run: () => void few.forEach((t) => tagPosting(t)), times: 10 },
    },
    4000,
  );
  // The floor too, so that each tagger's ratio to it is of the same run (the load differs from one comparison to the next).
  compare(
    'taxonomy size [corpus]',
    {
      floor: { run: () => void floor(all) },
      ...Object.fromEntries(Object.entries(taggers).map(([name, tagger]) => [name, { run: () => void all.forEach((t) => tagger.tag(t)) }])),
    },
    12000,
  );
});

describe('build', () => {
  // The default taxonomy comes compiled with the package; a copy of it is compiled anew.
  const copy = extendTaxonomy(defaultTaxonomy, { skills: [] });
  bench('createTagger, default taxonomy (prebuilt)', () => void createTagger({ taxonomy: defaultTaxonomy }), { time: 1000 });
  bench('createTagger, default taxonomy compiled anew', () => void createTagger({ taxonomy: copy }), { time: 2000 });
  bench('createTagger, default + 100k entries', () => void createTagger({ taxonomy: big['100k'] }), { iterations: 5, time: 0 });
  const skills = Array.from({ length: 100_000 }, (_, i) => ({ id: `s-${i}`, name: `Skill ${i}`, category: 'developer-tool', aliases: [`s${i}x`] }));
  bench('extendTaxonomy validating 100k entries', () => void extendTaxonomy(defaultTaxonomy, { skills }), { iterations: 5, time: 0 });
});

describe('cold start', () => {
  const seed = JSON.stringify((seeds as string[])[0]);
  const script = `const { tagPosting } = require('skilltag'); tagPosting(${seed});`;
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  // NODE_EXTRA_CA_CERTS makes Node read and parse a file of certificates before it runs any code,
  // at every start: 50-90 ms more here, for a 220 KB bundle. The cold starts
  // are timed without it, as most processes start; the last bench measures what it costs here.
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  bench('new process: node -e "require(skilltag).tagPosting(seed)"', () => void spawnSync(process.execPath, ['-e', script], { cwd, env }), { iterations: 10, time: 0 });
  bench('new process: node -e "" (the same with nothing to do)', () => void spawnSync(process.execPath, ['-e', ''], { cwd, env }), { iterations: 10, time: 0 });
  bench('new process: node -e "", environment as it is', () => void spawnSync(process.execPath, ['-e', ''], { cwd }), { iterations: 10, time: 0 });
});
