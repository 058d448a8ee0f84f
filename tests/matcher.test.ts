// The skill matcher on short strings, with a small taxonomy written for these cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTagger } from '../src/tagger.js';
import { parseTaxonomy } from '../src/taxonomy/parse.js';

const taxonomy = parseTaxonomy(JSON.parse(readFileSync(new URL('./fixtures/small-taxonomy.json', import.meta.url), 'utf8')));
const tagger = createTagger({ taxonomy });
const ids = (text: string) => tagger.extractSkills(text).map((s) => s.id);
const found = (text: string) => tagger.extractSkills(text).flatMap((s) => s.mentions.map((m) => `${s.id}:${m.text}`));

describe('matcher', () => {
  it.each([
    ['C++ only', ['cpp']],
    ['C/C++', ['c', 'cpp']],
    ['C, C++ and C#', ['c', 'cpp', 'csharp']],
    ['AWS/Azure/GCP', ['aws', 'azure', 'gcp']],
    ['AWS, Azure or Google Cloud', ['aws', 'azure', 'gcp']],
    ['Node.js and .NET', ['node-js', 'dotnet']],
    ['NodeJS, VueJS', ['node-js', 'vue-js']],
    ['Vue.js', ['vue-js']],
    ['ASP.NET MVC', ['asp-net']],
    ['CI/CD pipelines', ['ci-cd']],
    ['TensorFlow or PyTorch', ['tensorflow', 'pytorch']],
    ['Tensorflow, pyTorch', ['tensorflow', 'pytorch']],
    ['neural networks', ['neural-networks']],
    ['a neural network', ['neural-networks']],
    ['vector database', ['vector-databases']],
    ['a microservice', ['microservices']],
    ['finetuning, fine tuning and fine-tuning', ['fine-tuning']],
    ['frontend and front end', ['front-end']],
    ['GPUs', ['gpu']],
    ['CUDA kernels on GPUs', ['cuda', 'gpu']],
    ['cuda', []],
    ['K8s', ['kubernetes']],
    ['Go, Rust and C++', ['go', 'rust', 'cpp']],
    ['Golang microservices', ['go', 'microservices']],
    ['systems programming in Rust', ['rust']],
    ['R and Python', ['r', 'python']],
    ['Python, R, SQL', ['python', 'r', 'sql']],
    ['Python (R is a plus)', ['python', 'r']],
    ['Python, Spark and SQL', ['python', 'apache-spark', 'sql']],
    ['Spark on Hadoop clusters', ['apache-spark']],
    ['Make, CMake and C++', ['make', 'cpp']],
    ['embedded C programming', ['c']],
    ['Python3', []],
  ])('%j → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('keeps offsets into the string given', () => {
    const text = 'Experience with C/C++ and CUDA.';
    expect(found(text)).toEqual(['c:C', 'cpp:C++', 'cuda:CUDA']);
    for (const skill of tagger.extractSkills(text)) {
      for (const m of skill.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('reports one tag per skill with every mention, in order of first mention', () => {
    const skills = tagger.extractSkills('Python, then CUDA, then Python again.');
    expect(skills.map((s) => [s.id, s.mentions.length])).toEqual([
      ['python', 2],
      ['cuda', 1],
    ]);
  });

  it('does not match across a line break', () => {
    expect(ids('Google\nCloud')).toEqual([]);
  });

  it('does not read a word inside a longer word', () => {
    expect(ids('CUDAfy, Pythonic, Gopher, Rusty')).toEqual([]);
  });

  it('keeps, of the aliases one spelling reaches, those whose case matches, in either order', () => {
    // Two entries share the spelling "Dash": one only in capitals, one in any case.
    const caps = { id: 'dash-caps', name: 'Dash (capitals)', category: 'developer-tool', aliases: [{ text: 'DASH', caseSensitive: true, sharedWith: ['dash-any'] }] };
    const any = { id: 'dash-any', name: 'Dash (any case)', category: 'developer-tool', aliases: [{ text: 'dash', sharedWith: ['dash-caps'] }] };
    const capsFirst = createTagger({ taxonomy: parseTaxonomy({ skills: [caps, any] }) });
    const anyFirst = createTagger({ taxonomy: parseTaxonomy({ skills: [any, caps] }) });
    for (const t of [capsFirst, anyFirst]) {
      expect(t.extractSkills('We use Dash daily.').map((s) => s.id)).toEqual(['dash-any']);
      expect(t.extractSkills('We use DASH daily.').map((s) => s.id).sort()).toEqual(['dash-any', 'dash-caps']);
    }
  });

  it("reads an ambiguous alias's context words by their text, not only by their hash", () => {
    // "yaczfa" and "glbppa" have the same hash (tests/token-lookup.test.ts): only the rule's word confirms.
    const rule = { id: 'quill', name: 'Quill framework', category: 'developer-tool', aliases: [{ text: 'Quill', context: { near: ['yaczfa'], notFollowedBy: ['yaczfa'], inSkillList: false } }] };
    const t = createTagger({ taxonomy: parseTaxonomy({ skills: [rule] }) });
    const found = (text: string) => t.extractSkills(text).map((s) => s.id);
    expect([found('We build with yaczfa and Quill.'), found('We build with glbppa and Quill.')]).toEqual([['quill'], []]);
    // A rejecting word after the alias: only the rule's word rejects it.
    expect([found('With yaczfa: Quill yaczfa.'), found('With yaczfa: Quill glbppa.')]).toEqual([[], ['quill']]);
  });

  it("reads a cue phrase near an ambiguous alias only where it lies outside the alias, and a rejecting phrase before it only where it ends at the alias", () => {
    const rule = {
      id: 'quill',
      name: 'Quill framework',
      category: 'developer-tool',
      aliases: [{ text: 'Quill', context: { near: ['learn quill', 'quill editor', 'rich text'], notPrecededBy: ['no way'], inSkillList: false } }],
    };
    const t = createTagger({ taxonomy: parseTaxonomy({ skills: [rule] }) });
    const found = (text: string) => t.extractSkills(text).map((s) => s.id);
    // "learn quill" and "quill editor" take the alias's own word: no cue outside it.
    expect([found('We learn Quill daily.'), found('Quill editor work.'), found('Rich text in Quill.'), found('Quill for rich text.')]).toEqual([[], [], ['quill'], ['quill']]);
    // "no way" right before the alias rejects it; further before, or cut by another word, it does not.
    expect([found('Rich text: no way Quill.'), found('Rich text: no way, Quill.'), found('No way rich text Quill.')]).toEqual([[], ['quill'], ['quill']]);
  });

  it('lists broader skills without tagging them', () => {
    const [cuda, ...rest] = tagger.extractSkills('CUDA');
    expect(cuda?.broader).toEqual(['gpu']);
    expect(rest).toEqual([]);
  });
});
