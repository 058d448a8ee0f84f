// Adversarial inputs: each must finish within a generous bound, and 1 MB must take less than 8× as
// long as 256 KB: linear growth takes 4×, a quadratic step 16×, and 8× is the middle of the two by
// ratio, far from both for the machine's load, which moves single timings by tens of percent (a
// linear input read 5.5× once on a loaded machine, against a bound of 5× before). The two sizes are timed in turn,
// five times each, and each keeps its best time, so load from other test files running at the same
// time falls on both alike.
import { describe, expect, it } from 'vitest';
import { tagPosting } from '../src/index.js';

const KB = 1024;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function time(text: string): number {
  const t = performance.now();
  tagPosting(text);
  return performance.now() - t;
}

function bestOfBoth(smallText: string, largeText: string): [number, number] {
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < 5; i++) {
    small = Math.min(small, time(smallText));
    large = Math.min(large, time(largeText));
  }
  return [small, large];
}

const UNITS: [string, string][] = [
  ['C/C++/', 'C/C++/'],
  ['&amp;', '&amp;'],
  ['<', '<'],
  ['<a ', '<a '],
  ['&lt;p', '&lt;p'],
  ['5+ years ', '5+ years '],
  ['one giant word', 'x'],
  ['newlines', '\n'],
  ['职位要求', '职位要求'],
  ['emoji', '😀'],
  ['[', '['],
  ['colons', 'Requirements: '],
  ['bullets', '• Python\n'],
  ['Go, ', 'Go, '],
  ['mojibake', 'â€™'],
  ['dots', 'e.g. '],
  ['$', '$1,000 - '],
  ['BS, MS, ', 'BS, MS, '],
  ['**', '**'],
];

describe('linear time on adversarial input', () => {
  it.each(UNITS)('%s', (_, unit) => {
    const [small, large] = bestOfBoth(fill(unit, 256 * KB), fill(unit, 1024 * KB));
    expect(large).toBeLessThan(20_000);
    // Allow for timer noise on fast inputs: only ratios above a few milliseconds mean anything.
    expect(large).toBeLessThan(8 * small + 60);
  });
});
