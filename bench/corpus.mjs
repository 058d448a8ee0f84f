// The texts the benchmarks run over: the sample postings in seeds/ and the SkillSpan development
// postings in ../shared/data (when that folder is there).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedDir = `${root}seeds/`;
const skillspan = `${root}../shared/data/skillspan-train.jsonl`;

export const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(seedDir + f, 'utf8'));
export const postings = existsSync(skillspan)
  ? readFileSync(skillspan, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text)
  : [];
/** Everything: seeds and SkillSpan postings. */
export const corpus = [...seeds, ...postings];
/** A small part, for baselines too slow to run over everything. */
export const subset = [...seeds, ...postings.slice(0, 10)];

/** The UTF-8 bytes of a list of texts. */
export const bytes = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
export const corpusBytes = bytes(corpus);
export const subsetBytes = bytes(subset);

/**
 * The floor every speed is compared with: a text lowercased and cut into `\w+` words (the number of
 * words, so that the work cannot be skipped).
 */
export const floorOf = (text) => text.toLowerCase().match(/\w+/g)?.length ?? 0;
