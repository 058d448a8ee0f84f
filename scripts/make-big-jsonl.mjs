#!/usr/bin/env node
// Writes a large JSON Lines input for measuring `skilltag --jsonl`: the sample postings and the
// SkillSpan development postings, repeated in order, each line {"id", "text"}.
// Usage: node scripts/make-big-jsonl.mjs [count=100000] [out=big.jsonl]
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';

const [count = '100000', out = 'big.jsonl'] = process.argv.slice(2);
const root = new URL('..', import.meta.url);
const seeds = readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(`seeds/${f}`, root), 'utf8'));
const dev = readFileSync(new URL('../shared/data/skillspan-train.jsonl', root), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text);
const texts = [...seeds, ...dev];
const fd = openSync(out, 'w');
let lines = [];
for (let i = 0; i < Number(count); i++) {
  lines.push(JSON.stringify({ id: `p${i}`, text: texts[i % texts.length] }));
  if (lines.length === 1000) {
    writeSync(fd, lines.join('\n') + '\n');
    lines = [];
  }
}
if (lines.length) writeSync(fd, lines.join('\n') + '\n');
closeSync(fd);
