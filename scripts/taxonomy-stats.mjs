#!/usr/bin/env node
// Counts in the default taxonomy: entries, surface forms, entries per category and per file,
// cross-reference coverage, ambiguous aliases with context rules.
// Usage: npm run build && node scripts/taxonomy-stats.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { defaultTaxonomy } from 'skilltag';

const skills = defaultTaxonomy.skills;
const forms = (e) => {
  const name = e.name.toLowerCase();
  return (e.aliases.some((a) => a.text.toLowerCase() === name) ? 0 : 1) + e.aliases.length;
};
const count = (pred) => skills.filter(pred).length;
const pct = (n) => `${n} (${((100 * n) / skills.length).toFixed(1)}%)`;
const byCategory = new Map();
for (const s of skills) byCategory.set(s.category, (byCategory.get(s.category) ?? 0) + 1);

console.log(`entries          ${skills.length}`);
console.log(`surface forms    ${skills.reduce((n, e) => n + forms(e), 0)} (names and aliases)`);
console.log(`context rules    ${skills.reduce((n, e) => n + e.aliases.filter((a) => a.context).length, 0)} ambiguous aliases`);
console.log(`broader links    ${skills.reduce((n, e) => n + e.broader.length, 0)}`);
console.log('cross-references');
console.log(`  ESCO           ${pct(count((s) => s.refs.esco))}`);
console.log(`  O*NET          ${pct(count((s) => s.refs.onet))}`);
console.log(`  Wikidata       ${pct(count((s) => s.refs.wikidata))}`);
console.log(`  any            ${pct(count((s) => s.refs.esco || s.refs.onet || s.refs.wikidata))}`);
console.log('per category');
for (const [c, n] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`  ${c.padEnd(22)} ${n}`);
console.log('per file');
const dir = new URL('../data/', import.meta.url);
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const n = JSON.parse(readFileSync(new URL(f, dir), 'utf8')).skills.length;
  console.log(`  ${f.padEnd(26)} ${n}`);
}
