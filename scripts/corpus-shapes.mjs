#!/usr/bin/env node
// Tagging speed over the bench corpus cut in other shapes, the same text throughout: the postings as
// they are, four postings joined into one (a blank line between them), each posting cut in two at the
// line break nearest its middle, and the postings with their curly quotes, dashes and bullets written
// in ASCII (most then one byte per character in V8). What a posting costs whatever its length shows
// in the first three (a quarter of the postings, or twice as many, for the same text); whether text
// two bytes wide costs more, in the last. The shapes are run in alternation for the given seconds and
// their times summed, so that the machine's load moves them alike; each is printed in MB/s and
// relative to the postings as they are.
// Usage: npm run build && node scripts/corpus-shapes.mjs [seconds=30] [path/to/dist/index.js]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bytes, corpus } from '../bench/corpus.mjs';

const seconds = Number(process.argv[2] ?? 30);
const { tagPosting } = await import(process.argv[3] ? pathToFileURL(resolve(process.argv[3])).href : 'skilltag');

const joined = [];
for (let i = 0; i < corpus.length; i += 4) joined.push(corpus.slice(i, i + 4).join('\n\n'));
const halved = corpus.flatMap((t) => {
  const cut = t.indexOf('\n', t.length >> 1);
  return cut > 0 ? [t.slice(0, cut), t.slice(cut + 1)] : [t];
});
const ASCII = { '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2022': '*', '\u00b7': '*', '\u2026': '.' };
const ascii = corpus.map((t) => t.replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u2022\u00b7\u2026]/g, (c) => ASCII[c]));
const wide = (texts) => texts.filter((t) => /[^\0-\xff]/.test(t)).length;

const shapes = {
  'as they are': corpus,
  'joined by four': joined,
  'each cut in two': halved,
  'quotes, dashes, bullets in ASCII': ascii,
};
const run = (texts) => {
  const t0 = performance.now();
  for (const t of texts) tagPosting(t);
  return performance.now() - t0;
};
for (let k = 0; k < 10; k++) for (const texts of Object.values(shapes)) run(texts);
const spent = Object.fromEntries(Object.keys(shapes).map((k) => [k, 0]));
let rounds = 0;
for (const end = performance.now() + seconds * 1000; performance.now() < end; rounds++) {
  for (const [name, texts] of Object.entries(shapes)) spent[name] += run(texts);
}
const base = bytes(corpus) / spent['as they are'];
for (const [name, texts] of Object.entries(shapes)) {
  const speed = bytes(texts) / spent[name];
  const label = `${name} (${texts.length} texts, ${wide(texts)} with a character above U+00FF)`;
  console.log(`${label.padEnd(64)} ${((speed * rounds) / 1e3).toFixed(1).padStart(6)} MB/s ${(speed / base).toFixed(3)}x`);
}
console.log(`${rounds} rounds`);
