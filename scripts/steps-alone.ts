// What each step of the pipeline costs on its own: every step runs over the whole bench corpus, given
// what the steps before it made for each posting, and the turns of all of them (the whole pipeline
// and the floor of the benchmarks too) are interleaved, so that the machine's load moves them alike.
// Prints milliseconds a pass over the corpus. Bundled from the sources and run by
// scripts/steps-alone.mjs: `node scripts/steps-alone.mjs [seconds=20]`.
import { extractDegrees, extractSalary, extractSeniority, type Scope } from '../src/extract/read-scope.js';
import { matchSkills } from '../src/match/match-skills.js';
import { tokenize } from '../src/match/tokenize.js';
import { readPosting } from '../src/pipeline.js';
import { clauseCues } from '../src/refine/cues.js';
import { splitClauses } from '../src/segment/clauses.js';
import { findHeadings } from '../src/segment/sections.js';
import { segment } from '../src/segment/segment.js';
import { getDefaultCompiled } from '../src/taxonomy/default.js';
import { normalize } from '../src/text/normalize.js';

export function stepsAlone(inputs: readonly string[], seconds: number, floorOf: (text: string) => number): void {
  const compiled = getDefaultCompiled();
  const cleans = inputs.map((t) => normalize(t));
  const tokens = cleans.map((c) => tokenize(c.text));
  const clauses = cleans.map((c, k) => splitClauses(c.text, tokens[k]!));
  const scopes: Scope[] = cleans.map((c, k) => {
    const segmented = segment(c.text, c.headingLines, tokens[k]!);
    return { text: c.text, input: inputs[k]!, map: c.map, segmented, start: 0, end: c.text.length, title: segmented.title };
  });

  const FLOOR = 'floor: toLowerCase + /\\w+/g';
  const WHOLE = 'the whole pipeline (tagPosting)';
  /** What is timed, by name, and whether it is a step the pipeline's time is compared with the sum of (an indented name is part of the step above it). */
  const steps: [name: string, run: () => void, added: boolean][] = [
    [FLOOR, () => inputs.forEach((t) => floorOf(t)), false],
    [WHOLE, () => inputs.forEach((t) => readPosting(compiled, t)), false],
    ['cleanup', () => inputs.forEach((t) => normalize(t)), true],
    ['tokenizing', () => cleans.forEach((c) => tokenize(c.text).release()), true],
    ['segmenting', () => cleans.forEach((c, k) => segment(c.text, c.headingLines, tokens[k]!)), true],
    ['  heading lines', () => cleans.forEach((c) => findHeadings(c.text, c.headingLines)), false],
    ['  clauses', () => cleans.forEach((c, k) => splitClauses(c.text, tokens[k]!)), false],
    ['  cue phrases', () => cleans.forEach((c, k) => clauseCues(c.text, tokens[k]!, clauses[k]!)), false],
    ['skill matching', () => cleans.forEach((c, k) => matchSkills(compiled, c.text, tokens[k]!)), true],
    ['seniority and years', () => scopes.forEach((s) => extractSeniority(s)), true],
    ['degrees', () => scopes.forEach((s) => extractDegrees(s)), true],
    ['salary', () => scopes.forEach((s) => extractSalary(s)), true],
  ];

  for (const [, run] of steps) for (let i = 0; i < 5; i++) run();
  const spent = new Map<string, number>();
  let turns = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (const [name, run] of steps) {
      const t0 = performance.now();
      run();
      spent.set(name, (spent.get(name) ?? 0) + performance.now() - t0);
    }
    turns++;
  }
  const ms = (name: string): number => spent.get(name)! / turns;
  let sum = 0;
  for (const [name, , added] of steps) {
    if (added) sum += ms(name);
    console.log(`${name.padEnd(34)} ${ms(name).toFixed(2).padStart(7)} ms`);
  }
  const whole = ms(WHOLE);
  console.log(`${'the steps alone, added up'.padEnd(34)} ${sum.toFixed(2).padStart(7)} ms (${((100 * sum) / whole).toFixed(0)}% of the pipeline)`);
  console.log(`${turns} turns over ${inputs.length} postings; the pipeline at ${(ms(FLOOR) / whole).toFixed(3)}x the floor`);
}
