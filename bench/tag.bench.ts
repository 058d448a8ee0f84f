// Throughput of tagPosting next to a floor measured in the same run, a regex-per-alias baseline, the
// cost of taxonomy size, tagger build time and cold start. `npm run bench` runs this and prints MB/s
// and ratios (scripts/bench-report.mjs); names say which corpus a benchmark runs over.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { createTagger, defaultTaxonomy, extendTaxonomy, tagPosting, type Taxonomy } from '../dist/index.js';
// @ts-expect-error plain JavaScript module shared with the report script
import { corpus, seeds, subset } from './corpus.mjs';

const all = corpus as string[];
const few = subset as string[];
const floor = (texts: string[]) => {
  let n = 0;
  for (const t of texts) n += t.toLowerCase().match(/\w+/g)?.length ?? 0;
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

describe('throughput [corpus]', () => {
  bench('floor: toLowerCase + /\\w+/g [corpus]', () => void floor(all), { time: 2000 });
  bench('tagPosting [corpus]', () => void all.forEach((t) => tagPosting(t)), { time: 4000 });
});

describe('baseline [subset]', () => {
  bench('floor: toLowerCase + /\\w+/g [subset]', () => void floor(few), { time: 1000 });
  bench('tagPosting [subset]', () => void few.forEach((t) => tagPosting(t)), { time: 2000 });
  bench('regex per alias [subset]', () => void regexBaseline(few), { iterations: 3, time: 0 });
});

describe('taxonomy size [corpus]', () => {
  for (const [name, tagger] of Object.entries(taggers)) {
    bench(`tagger, ${name === 'default' ? 'default taxonomy' : `default + ${name} entries`} [corpus]`, () => void all.forEach((t) => tagger.tag(t)), { time: 3000 });
  }
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
  bench('new process: node -e "require(skilltag).tagPosting(seed)"', () => void spawnSync(process.execPath, ['-e', script], { cwd }), { iterations: 10, time: 0 });
  bench('new process: node -e "" (the same with nothing to do)', () => void spawnSync(process.execPath, ['-e', ''], { cwd }), { iterations: 10, time: 0 });
});
