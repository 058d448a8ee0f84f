import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findYears, NUMBER_WORD_LIST } from '../../src/extract/years.js';
import { tagPosting } from '../../src/index.js';
import { tokenize } from '../../src/match/tokenize.js';
import { segment } from '../../src/segment/segment.js';

/** What the pipeline finds (number words read when the cue phrases found one), checked against the patterns for both. */
const first = (s: string) => {
  const numberWords = segment(s, [], tokenize(s)).clauses.some((c) => c.numberWords);
  const found = findYears(s, 0, numberWords);
  expect(found).toEqual(findYears(s, 0, true));
  return found[0]?.years ?? null;
};

describe('years of experience', () => {
  it.each([
    ['5+ years experience demonstrating an established track record', { min: 5, max: null }],
    ["1-3 years' experience with development of Machine Learning", { min: 1, max: 3 }],
    ['1-3 years’ experience with development', { min: 1, max: 3 }],
    ['three years of experience in Java', { min: 3, max: null }],
    ['at least 2 years of Python', { min: 2, max: null }],
    ['minimum of 1 year experience', { min: 1, max: null }],
    ['A minimum of 8+ years experience of running large scale customer facing web services.', { min: 8, max: null }],
    ['5 years or more of experience in backend development', { min: 5, max: null }],
    ['2-4 yrs exp', { min: 2, max: 4 }],
    ['2 – 4 years of experience', { min: 2, max: 4 }],
    ['3+ years experience with JavaScript', { min: 3, max: null }],
    ['3+ years full-stack engineering experience with PHP SQL and Javascript', { min: 3, max: null }],
    ['At least 1 years of experience with Vue.js Vuex Laravel MySQL', { min: 1, max: null }],
    ['5+ years of working experience in an international IT role', { min: 5, max: null }],
    ['At least 6 years of experience in software engineering', { min: 6, max: null }],
    ['At least 1 year experience with a public cloud (AWS Microsoft Azure Google Cloud)', { min: 1, max: null }],
    ['3 + years of experience with Jenkins Terraform Python', { min: 3, max: null }],
    ['2+ years of people management experience', { min: 2, max: null }],
    ['You bring at least 4 years in a UX/ UI role', { min: 4, max: null }],
    ["You'll need around 3 - 4 years of industry experience", { min: 3, max: 4 }],
    ['5+ years of experience running large scale systems in a DevOps/SRE environment', { min: 5, max: null }],
    ['Prior work experience should include four or more years of Java', { min: 4, max: null }],
    ['3-5 years of experience building frontend components', { min: 3, max: 5 }],
    ['3+ years of full-time experience', { min: 3, max: null }],
    ['2 + years professional experience working in a people manager role', { min: 2, max: null }],
    ['Bachelors degree in Computer Science preferred and at least 5 years of related experience.', { min: 5, max: null }],
    ['With your + 5 years knowledge of working with Typescript', { min: 5, max: null }],
    ['3+ years of Deep Learning experience', { min: 3, max: null }],
    ['more than 5 years of experience as a data engineer', { min: 5, max: null }],
    ['Over 7 years of hands-on experience', { min: 7, max: null }],
    ['10+ yrs of experience', { min: 10, max: null }],
    ['3年以上工作经验', { min: 3, max: null }],
    ['up to 2 years of experience', { min: 0, max: 2 }],
    ['two years of professional experience', { min: 2, max: null }],
    ['Three-to-five years of experience with Python', { min: 3, max: 5 }],
    ['3-to-5 years of experience in Go', { min: 3, max: 5 }],
    ['Twenty-five years of experience in software engineering', { min: 25, max: null }],
    ['Sixteen years of experience in software engineering', { min: 16, max: null }],
    ['thirteen-plus years of experience', { min: 13, max: null }],
    ['fourteen to nineteen years of experience', { min: 14, max: 19 }],
    ['ten to thirty-one years of experience', { min: 10, max: 31 }],
    ['10-plus years of experience in Java', { min: 10, max: null }],
    ['Five plus years of experience with Go', { min: 5, max: null }],
  ])('%s', (text, years) => {
    expect(first(text)).toEqual(years);
  });

  it.each([
    ['a 4-year degree in Computer Science'],
    ['we have been in business for over 20 years'],
    ['<ORGANIZATION> is a dynamic company with more than 50 years of experience and know-how in labelling'],
    ['Employment for a fixed term of three years with possible longer-term prospects'],
    ['Pension rising to 11% after one year of service'],
    ['30 days of holidays per year'],
    ['Celonis has grown 5,000% in 4 years'],
    ['Our history spans over 200 years and today we are a leader'],
    ['we have been remote-first for 5 years'],
    ['a 2 year contract'],
    ['children aged 5 years and older'],
  ])('not experience: %s', (text) => {
    expect(findYears(text, 0)).toEqual([]);
  });

  it('marks a requirement inside another as subordinate', () => {
    const found = findYears('5+ years of experience, including 2+ years of Go', 0);
    expect(found.map((f) => [f.years.min, f.subordinate])).toEqual([
      [5, false],
      [2, true],
    ]);
  });

  it('starts the evidence at the number after a character outside the BMP, never inside it', () => {
    for (const before of ['🎉', '𝐀', '😀 ']) {
      const text = `${before}3 years of experience with Python`;
      const [found] = findYears(text, 0);
      expect(found?.years).toEqual({ min: 3, max: null });
      expect(text.slice(found!.start, found!.end)).toBe('3 years');
    }
  });

  it('reads every number from one to thirty-nine written as words', () => {
    const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
    const words = (n: number): string => (n < 10 ? units[n]! : n < 20 ? teens[n - 10]! : `${n < 30 ? 'twenty' : 'thirty'}${n % 10 ? `-${units[n % 10]}` : ''}`);
    for (let n = 1; n <= 39; n++) {
      expect(first(`${words(n)} years of experience with Go`), words(n)).toEqual({ min: n, max: null });
      expect(first(`Requires ${words(n)}+ years of Go`), words(n)).toEqual({ min: n, max: null });
    }
  });

  it('reads numbers written as words only in clauses said to have one', () => {
    expect(findYears('three years of experience in Java', 0, false)).toEqual([]);
    expect(findYears('three years of experience in Java', 0, true)[0]?.years).toEqual({ min: 3, max: null });
    // The cue phrases say so from the clause's words, in a whole posting.
    expect(tagPosting('Requirements:\n- Three years of experience with Go').seniority.years).toEqual({ min: 3, max: null });
    expect(tagPosting('Requirements:\n- At least twelve years of experience with Go').seniority.years).toEqual({ min: 12, max: null });
  });

  it('finds the same reading the parts around its units as reading the whole clause', () => {
    const pick = (...xs: string[]) => fc.constantFrom(...xs);
    // Spans of years with any amount of whitespace between their parts, next to filler of any length.
    const gap = pick('', ' ', '  ', '\t', ' \u00a0 ', '\n', '     ');
    const number = pick('5', '10', '2.5', '123', 'three', 'twenty-five', 'Eleven', 'a', '');
    const span = fc
      .tuple(pick('', 'at least', 'a minimum of', 'in excess of', 'up to', 'less than', 'over', 'for the past', 'since'), gap, number, gap, pick('', '-', '–', 'to', '-to-', '~', 'or more'), gap, number, gap, pick('', '+', '(', 'plus', '-plus', 'or more'), gap, pick('years', 'Year', 'yrs', 'YR', '年', '年以上', 'yearly', 'months'), gap, pick('', 'or more', '(or greater', 'minimum', 'of experience', 'in Python', 'degree', 'old', ')'))
      .map((p) => p.join(''));
    const filler = fc.oneof(pick('experience', 'of', 'in', 'with', 'Python', 'including', '.', ',', '(', ')', '3', 'x'.repeat(40)), fc.string({ maxLength: 6 }));
    const clause = fc.tuple(fc.array(fc.oneof(span, filler), { maxLength: 10 }), gap).map(([parts, g]) => parts.join(g || ' '));
    fc.assert(
      fc.property(clause, fc.boolean(), (c, numberWords) => {
        expect(findYears(c, 7, numberWords)).toEqual(findYears(c, 7, numberWords, true));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same in digits with or without the patterns for number words', () => {
    const NUMBER_WORD = new RegExp(NUMBER_WORD_LIST.join('|'), 'i');
    const pick = (...xs: string[]) => fc.constantFrom(...xs);
    const number = pick('5', '10', '2.5', '1', '123', 'a', 'an', '');
    // Something like a span of years: "at least 3 + years", "2 - 4 yrs", "5 years or more", "10年以上".
    const span = fc
      .tuple(pick('', 'at least', 'minimum of', 'up to', 'over', 'for the past', 'since'), number, pick('', '-', '–', 'to', '~', 'or more'), number, pick('', '+', ' + ', '(', 'plus', '-plus', 'or more'), pick('years', 'year', 'yrs', 'yr', '年', '年以上', 'months'), pick('', 'or more', 'of experience', 'in Python', 'degree', 'old', 'minimum', ')'))
      .map((p) => p.join(' '));
    const part = fc.oneof(span, pick('experience', 'of', 'in', 'with', 'Python', '(', ')', '.', ',', 'including'), fc.string({ maxLength: 4 }));
    const clause = fc.tuple(fc.array(part, { maxLength: 8 }), pick(' ', '')).map(([parts, gap]) => parts.join(gap));
    fc.assert(
      fc.property(clause, (c) => {
        fc.pre(!NUMBER_WORD.test(c));
        expect(findYears(c, 7, false)).toEqual(findYears(c, 7, true));
      }),
      { numRuns: 500 },
    );
  });
});

