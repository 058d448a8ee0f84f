// Rewrites tests/golden/*.json from the built package. Review the diff before committing.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tagPosting } from 'skilltag';

const root = new URL('..', import.meta.url);
mkdirSync(new URL('tests/golden/', root), { recursive: true });
for (const file of readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(new URL(`seeds/${file}`, root), 'utf8');
  writeFileSync(new URL(`tests/golden/${file.replace(/\.txt$/, '.json')}`, root), JSON.stringify(tagPosting(text), null, 2) + '\n');
  console.log(`tests/golden/${file.replace(/\.txt$/, '.json')}`);
}
