#!/usr/bin/env node
// Scores the built package against expert skill annotations (SkillSpan, Zhang et al., NAACL 2022):
//   precision        share of emitted skill mentions that overlap an expert span (knowledge or skill)
//   knowledge recall share of expert "knowledge" spans that some emitted mention overlaps
// Also prints precision per requirement level (required, preferred, mentioned) and per place in the
// posting: its first line (usually the job title) or the kind of section the mention is in.
// Usage: npm run build && node scripts/score-skillspan.mjs [file.jsonl] [--domain=tech|house|all] [--verbose]
import { readFileSync } from 'node:fs';
import { tagPosting } from 'skilltag';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/data/skillspan-train.jsonl', import.meta.url).pathname;
const domain = (args.find((a) => a.startsWith('--domain='))?.slice(9)) ?? 'tech';
const verbose = args.includes('--verbose');

const postings = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((p) => domain === 'all' || p.domain === domain);
let emitted = 0;
let overlapping = 0;
let knowledge = 0;
let covered = 0;
const byLevel = { required: [0, 0], preferred: [0, 0], mentioned: [0, 0] };
const byPlace = {};
const falsePositives = new Map();
const missed = new Map();
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

for (const p of postings) {
  const tags = tagPosting(p.text);
  const mentions = tags.skills.flatMap((s) => s.mentions.map((m) => ({ ...m, id: s.id })));
  const firstLineEnd = p.text.trimStart().length === p.text.length && p.text.includes('\n') ? p.text.indexOf('\n') : -1;
  for (const m of mentions) {
    emitted++;
    const hit = p.spans.some((s) => overlaps(m, s));
    byLevel[m.requirement][0]++;
    if (hit) byLevel[m.requirement][1]++;
    const place = m.end <= firstLineEnd ? 'first line' : (tags.sections.find((s) => m.start >= s.start && m.start < s.end)?.kind ?? 'no section');
    byPlace[place] ??= [0, 0];
    byPlace[place][0]++;
    if (hit) byPlace[place][1]++;
    if (hit) overlapping++;
    else falsePositives.set(`${m.id}: ${m.text}`, (falsePositives.get(`${m.id}: ${m.text}`) ?? 0) + 1);
  }
  for (const s of p.spans.filter((x) => x.type === 'knowledge')) {
    knowledge++;
    if (mentions.some((m) => overlaps(m, s))) covered++;
    else missed.set(s.text.toLowerCase(), (missed.get(s.text.toLowerCase()) ?? 0) + 1);
  }
}

const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v}× ${k}`).join('\n');
if (verbose) {
  console.log(`mentions overlapping no expert span:\n${top(falsePositives, 60)}\n`);
  console.log(`knowledge spans no mention covers:\n${top(missed, 80)}\n`);
}
const f = (x) => x.toFixed(3);
console.log(
  `skillspan ${domain}: ${postings.length} postings, ${emitted} mentions, precision ${f(overlapping / emitted)}, ` +
    `knowledge recall ${f(covered / knowledge)} (${covered}/${knowledge} spans)`,
);
console.log(
  '  precision by requirement level: ' +
    Object.entries(byLevel).map(([level, [n, hit]]) => `${level} ${f(hit / n)} (${hit}/${n})`).join(', '),
);
console.log(
  '  precision by place: ' +
    Object.entries(byPlace).sort((a, b) => b[1][0] - a[1][0]).map(([place, [n, hit]]) => `${place} ${f(hit / n)} (${hit}/${n})`).join(', '),
);
