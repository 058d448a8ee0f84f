#!/usr/bin/env node
// A hash of tagPosting's output over variants of the bench corpus (as written, upper and lower case,
// sentences as bullets, emoji and mathematical letters in the text, wrapped in HTML, CJK units, digits
// after emoji): two builds that print the same hash tag these 1,160 texts alike. A second hash is of
// the output of a tagger whose taxonomy is compiled when it is made (the default one extended with
// 1,000 synthetic entries), where the first is of the default taxonomy's prebuilt trie.
// Usage: node scripts/output-hash.mjs [build/index.js, default: the package as built]
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus } from '../bench/corpus.mjs';

const entry = process.argv[2];
const { tagPosting, createTagger, defaultTaxonomy, extendTaxonomy } = await import(entry ? pathToFileURL(resolve(entry)).href : 'skilltag');
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
const skills = Array.from({ length: 1000 }, (_, i) => ({ id: `synthetic-skill-${i}`, name: `Synthetic Skill ${i}`, category: 'developer-tool', aliases: [`synth${i}`, `sk ${i} tool`] }));
const compiled = createTagger({ taxonomy: extendTaxonomy(defaultTaxonomy, { skills }) });
const hashOf = (tag) => {
  const hash = createHash('sha256');
  for (const v of variants) hash.update(JSON.stringify(tag(v)));
  return hash.digest('hex').slice(0, 16);
};
console.log(`${variants.length} variants ${hashOf(tagPosting)}, compiled anew with 1,000 more entries ${hashOf((v) => compiled.tag(v))}`);
