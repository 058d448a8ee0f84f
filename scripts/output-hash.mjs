#!/usr/bin/env node
// A hash of tagPosting's output over variants of the bench corpus (as written, upper and lower case,
// sentences as bullets, emoji and mathematical letters in the text, wrapped in HTML, CJK units, digits
// after emoji): two builds that print the same hash tag these 1,160 texts alike.
// Usage: node scripts/output-hash.mjs [build/index.js, default: the package as built]
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus } from '../bench/corpus.mjs';

const entry = process.argv[2];
const { tagPosting } = await import(entry ? pathToFileURL(resolve(entry)).href : 'skilltag');
const variants = [];
for (const t of corpus) {
  variants.push(
    t,
    t.toUpperCase(),
    t.toLowerCase(),
    t.replace(/\. /g, '.\n• '),
    t.replace(/ /g, (s, i) => (i % 97 === 0 ? ' 😀' : i % 89 === 0 ? ' 𝐀' : s)),
    `<p>${t.replace(/\. /g, '.</p><p>').replace(/&/g, '&amp;')}</p>`,
    t.replace(/years/g, '年').replace(/degree/g, '学位'),
    t.replace(/(\d)/g, '🎉$1'),
  );
}
const hash = createHash('sha256');
for (const v of variants) hash.update(JSON.stringify(tagPosting(v)));
console.log(`${variants.length} variants ${hash.digest('hex').slice(0, 16)}`);
