// Golden outputs for the sample postings in seeds/. When the output changes on purpose, regenerate
// them with `npm run golden` and review the diff before committing it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagPosting } from '../src/index.js';

const root = join(__dirname, '..');
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

describe('golden outputs', () => {
  it.each(seeds)('%s', (file) => {
    const text = readFileSync(join(root, 'seeds', file), 'utf8');
    const golden = JSON.parse(readFileSync(join(root, 'tests', 'golden', file.replace(/\.txt$/, '.json')), 'utf8'));
    expect(JSON.parse(JSON.stringify(tagPosting(text)))).toEqual(golden);
  });
});
