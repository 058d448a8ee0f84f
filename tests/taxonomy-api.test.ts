import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createTagger,
  defaultTaxonomy,
  extendTaxonomy,
  parseTaxonomy,
  safeParseTaxonomy,
  taxonomyJsonSchema,
  TaxonomyError,
  tagPosting,
  extractSkills,
} from '../src/index.js';
import { formatIssue } from '../src/taxonomy/errors.js';

const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TaxonomyError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected a TaxonomyError');
};

const entry = (id: string, name: string, extra: object = {}) => ({ id, name, category: 'programming-language', ...extra });

describe('parseTaxonomy', () => {
  it('accepts a valid file and normalizes aliases', () => {
    const t = parseTaxonomy({ skills: [entry('python', 'Python', { aliases: ['py3', { text: 'Py', caseSensitive: true }] })] });
    expect(t.skills[0]!.aliases.map((a) => [a.text, a.caseSensitive])).toEqual([
      ['py3', false],
      ['Py', true],
    ]);
    expect(t.get('python')?.name).toBe('Python');
  });

  it('reports every problem at once, each with its path', () => {
    const issues = problems(() =>
      parseTaxonomy({
        skills: [
          entry('python', 'Python'),
          { id: 'Bad Id', name: 'X', category: 'programming-language' },
          { id: 'y', name: 'Y', category: 'nonsense' },
          entry('z', 'Z', { aliases: ['ok', 42] }),
          entry('w', 'W', { alias: ['typo'] }),
        ],
      }),
    );
    expect(issues).toHaveLength(4);
    expect(issues[0]).toMatch(/^skills\[1\]\.id: must be kebab-case.*received "Bad Id"/);
    expect(issues[1]).toMatch(/^skills\[2\]\.category: .*received "nonsense".*one of: programming-language/);
    expect(issues[2]).toMatch(/^skills\[3\]\.aliases\[1\]: an alias must be a string or an object/);
    expect(issues[3]).toMatch(/^skills\[4\]: Unrecognized key: "alias".*did you mean "aliases"/);
  });

  it('names both entries of an alias collision', () => {
    const issues = problems(() => parseTaxonomy({ skills: [entry('go', 'Go', { aliases: ['Golang'] }), entry('golang', 'Golang')] }));
    expect(issues).toEqual([
      expect.stringMatching(/^skills\[1\]\.name: alias "Golang" of "golang" \(Golang\) collides with "Golang" of "go" \(Go\) at skills\[0\]\.aliases\[0\]/),
    ]);
  });

  it('allows a collision both sides declare', () => {
    const t = parseTaxonomy({
      skills: [
        entry('a', 'Alpha', { aliases: [{ text: 'Triton', sharedWith: ['b'], context: { near: ['inference'] } }] }),
        entry('b', 'Beta', { aliases: [{ text: 'Triton', sharedWith: ['a'], context: { near: ['kernels'] } }] }),
      ],
    });
    expect(t.skills).toHaveLength(2);
  });

  it('reports duplicate ids, unknown broader ids and cycles', () => {
    const issues = problems(() =>
      parseTaxonomy({
        skills: [
          entry('a', 'A', { broader: ['b'] }),
          entry('b', 'B', { broader: ['a'] }),
          entry('a', 'A again'),
          entry('c', 'C', { broader: ['nope'] }),
        ],
      }),
    );
    expect(issues).toEqual([
      expect.stringMatching(/^skills\[2\]\.id: id "a" is already used by "a" \(A\) at skills\[0\]/),
      expect.stringMatching(/^skills\[3\]\.broader\[0\]: broader skill "nope" does not exist/),
      expect.stringMatching(/broader links form a cycle: a → b → a/),
    ]);
  });

  it('reports an entry written twice once, at its id, and not again for each of its aliases', () => {
    const twice = entry('a', 'A', { aliases: ['Alpha', 'AA'] });
    expect(problems(() => parseTaxonomy({ skills: [twice, entry('b', 'B'), twice] }))).toEqual([
      expect.stringMatching(/^skills\[2\]\.id: id "a" is already used by "a" \(A\) at skills\[0\]/),
    ]);
  });

  it('never lets keys pollute objects', () => {
    const hostile = JSON.parse('{"skills":[{"id":"constructor","name":"__proto__","category":"programming-language","aliases":["prototype","toString"]}],"__proto__":{"polluted":true}}');
    const result = safeParseTaxonomy(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.success).toBe(false);
    const t = parseTaxonomy({ skills: [{ id: 'constructor', name: '__proto__', category: 'programming-language', aliases: ['prototype', 'toString'] }] });
    const tagger = createTagger({ taxonomy: t });
    expect(tagger.extractSkills('constructor prototype toString __proto__ hasOwnProperty').map((s) => s.id)).toEqual(['constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('safeParseTaxonomy returns the error instead of throwing', () => {
    const r = safeParseTaxonomy({ skills: 'no' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path).toEqual(['skills']);
  });
});

describe('extendTaxonomy', () => {
  const base = parseTaxonomy({ skills: [entry('cuda', 'CUDA'), entry('python', 'Python')] });

  it('adds skills, changes entries explicitly and removes them', () => {
    const t = extendTaxonomy(base, {
      skills: [entry('triton-lang', 'Triton Language')],
      extend: [{ id: 'cuda', aliases: ['CUDA-X', 'CUDA C++'] }],
      remove: ['python'],
    });
    expect(t.skills.map((s) => s.id)).toEqual(['cuda', 'triton-lang']);
    expect(t.get('cuda')!.aliases.map((a) => a.text)).toEqual(['CUDA-X', 'CUDA C++']);
    expect(base.get('python')).toBeDefined();
  });

  it('refuses a new entry with an existing id, pointing to extend', () => {
    expect(problems(() => extendTaxonomy(base, { skills: [entry('cuda', 'My CUDA')] }))).toEqual([
      expect.stringMatching(/^skills\[0\]\.id: id "cuda" is already used by "cuda" \(CUDA\) in the taxonomy being extended \(.*use "extend"/),
    ]);
  });

  it('names both entries when a new alias collides with an existing one', () => {
    expect(problems(() => extendTaxonomy(base, { skills: [entry('nv', 'NV', { aliases: ['cuda'] })] }))).toEqual([
      expect.stringMatching(/^skills\[0\]\.aliases\[0\]: alias "cuda" of "nv" \(NV\) collides with "CUDA" of "cuda" \(CUDA\) in the taxonomy being extended/),
    ]);
    expect(problems(() => extendTaxonomy(base, { extend: [{ id: 'python', aliases: ['CUDA'] }] }))).toEqual([
      expect.stringMatching(/^extend\[0\]\.aliases\[0\]: alias "CUDA" of "python" \(Python\) collides with "CUDA" of "cuda"/),
    ]);
  });

  it('reports unknown ids in extend and remove', () => {
    expect(problems(() => extendTaxonomy(base, { extend: [{ id: 'nope', aliases: ['x'] }], remove: ['gone'] }))).toEqual([
      'remove[0]: there is no entry "gone" to remove',
      expect.stringMatching(/^extend\[0\]\.id: there is no entry "nope" to extend/),
    ]);
  });

  it('works on the default taxonomy with the example file from the README', () => {
    const file = JSON.parse(readFileSync(new URL('../examples/my-skills.json', import.meta.url), 'utf8'));
    const tagger = createTagger({ taxonomy: extendTaxonomy(defaultTaxonomy, file, { source: 'examples/my-skills.json' }) });
    const skills = tagger.extractSkills('Requirements: AcmeFlow, CUDA kernels and quantum annealing on a D-Wave annealer.');
    expect(skills.map((s) => [s.id, s.mentions.map((m) => m.text)])).toEqual([
      ['acme-flow', ['AcmeFlow']],
      ['cuda', ['CUDA kernels']],
      ['quantum-annealing', ['quantum annealing', 'annealer']],
    ]);
  });

  it('a file with "base": "none" replaces the base', () => {
    const t = extendTaxonomy(base, { base: 'none', skills: [entry('zig', 'Zig')] });
    expect(t.skills.map((s) => s.id)).toEqual(['zig']);
  });
});

describe('createTagger with the default taxonomy', () => {
  it('shares the prebuilt trie and tags as a tagger compiled from the same entries does', () => {
    const shared = createTagger({ taxonomy: defaultTaxonomy });
    expect(shared.taxonomy).toBe(defaultTaxonomy);
    // Extending by nothing makes a taxonomy equal to the default that is compiled anew.
    const compiled = createTagger({ taxonomy: extendTaxonomy(defaultTaxonomy, { skills: [] }) });
    const seeds = readdirSync(new URL('../seeds/', import.meta.url)).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThan(0);
    for (const f of seeds) {
      const text = readFileSync(new URL(`../seeds/${f}`, import.meta.url), 'utf8');
      const tags = shared.tag(text);
      expect(tags.skills.length).toBeGreaterThan(0);
      expect(tags).toEqual(compiled.tag(text));
      expect(tags).toEqual(tagPosting(text));
    }
  });
});

describe('taxonomyJsonSchema', () => {
  it('describes the file format', () => {
    const schema = taxonomyJsonSchema() as { properties: Record<string, unknown>; $schema: string };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'base', 'skills', 'extend', 'remove']);
  });
});

describe('a large user taxonomy', () => {
  it('of 100,000 entries validates and extends the default taxonomy', () => {
    const skills = Array.from({ length: 100_000 }, (_, i) => ({
      id: `synthetic-skill-${i}`,
      name: `Synthetic Skill ${i}`,
      category: 'developer-tool',
      aliases: [`synth${i}`, `sk ${i} tool`],
    }));
    const t = extendTaxonomy(defaultTaxonomy, { skills });
    expect(t.skills.length).toBe(defaultTaxonomy.skills.length + 100_000);
    expect(createTagger({ taxonomy: t }).extractSkills('We use synth4242 and CUDA.').map((s) => s.id)).toEqual(['synthetic-skill-4242', 'cuda']);
  });
});

describe('wrong argument types', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [{ text: 'x' }, 'an object'],
    [['x'], 'an array'],
  ])('tagPosting(%j) throws a TypeError naming what it received', (value, received) => {
    expect(() => tagPosting(value as unknown as string)).toThrow(TypeError);
    expect(() => tagPosting(value as unknown as string)).toThrow(`received ${received}`);
    expect(() => extractSkills(value as unknown as string)).toThrow(TypeError);
  });

  it('createTagger without a taxonomy throws a TypeError', () => {
    expect(() => createTagger(undefined as never)).toThrow(/expected \{ taxonomy \}, received undefined/);
  });
});
