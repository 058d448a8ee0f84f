import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLevelField, findTitlePhrases, LEVEL_FIELD, TITLE_CUES } from '../../src/extract/seniority.js';
import { compileTaxonomy } from '../../src/match/compile.js';
import { tokenize } from '../../src/match/tokenize.js';
import { segment } from '../../src/segment/segment.js';
import { normalize } from '../../src/text/normalize.js';
import { readPosting } from '../../src/pipeline.js';
import { parseTaxonomy } from '../../src/taxonomy/parse.js';

const empty = compileTaxonomy(parseTaxonomy({ skills: [] }));
const read = (text: string) => {
  const s = readPosting(empty, text).seniority;
  return [s.level, s.years];
};

describe('seniority', () => {
  it.each([
    ['Senior Software Engineer\nWe build things.', 'senior'],
    ['Sr. Data Engineer\nJoin us.', 'senior'],
    ['Junior Frontend Developer\nJoin us.', 'junior'],
    ['Jr. QA Engineer\nJoin us.', 'junior'],
    ['Software Engineering Intern\nSummer 2026.', 'intern'],
    ['Internship: Machine Learning\nJoin us.', 'intern'],
    ['Lead DevOps Engineer\nJoin us.', 'lead'],
    ['Staff Software Engineer, Infrastructure\nJoin us.', 'lead'],
    ['Principal Architect\nJoin us.', 'principal'],
    ['Director of Engineering\nJoin us.', 'executive'],
    ['VP of Data Science\nJoin us.', 'executive'],
    ['Head of Platform\nJoin us.', 'executive'],
    ['Mid-level Backend Developer\nJoin us.', 'mid'],
    ['Entry-level Data Analyst\nJoin us.', 'junior'],
    ['Graduate Software Engineer\nJoin us.', 'junior'],
    ['We are looking for a Senior Data Engineer to join our team.', 'senior'],
    ['NVIDIA is seeking a highly skilled and experienced Application Infrastructure engineer to join our team.', 'senior'],
    ['We are hiring a Junior Python Developer.', 'junior'],
    ['Experience level:\nSenior\nRole:\nBackend Developer', 'senior'],
    ['Experience level:\nMid-Level\nRole:\nBackend Developer', 'mid'],
    ['Experience level:\nJunior\nRole:\nQA', 'junior'],
    ['Experience level:\nLead\nRole:\nQA', 'lead'],
    ['Experience level:\nStudent\nRole:\nQA', 'intern'],
    ['高级软件工程师\n负责开发', 'senior'],
  ])('%j is %s', (text, level) => {
    expect(read(text)[0]).toBe(level);
  });

  it.each([
    ['Requirements:\n- 5+ years of experience with Python', 'senior', { min: 5, max: null }],
    ['Requirements:\n- 1-3 years of experience', 'junior', { min: 1, max: 3 }],
    ['Requirements:\n- 3+ years of experience', 'mid', { min: 3, max: null }],
    ['Requirements:\n- 10+ years of experience', 'lead', { min: 10, max: null }],
    ['Software Engineer\nRequirements:\n- 7 years of experience', 'senior', { min: 7, max: null }],
    ['Junior Developer\nRequirements:\n- 3+ years of experience', 'junior', { min: 3, max: null }],
    ['We are searching for a Deep Learning algorithms architect to develop AI.', 'senior', null],
    ['Requirements:\n- 5+ years of experience, including 2+ years of Go', 'senior', { min: 5, max: null }],
    ['Requirements:\n- 2+ years of Python\n- 6+ years of software engineering experience', 'senior', { min: 6, max: null }],
    ['Requirements:\n- 3+ years of experience\nNice to have:\n- 8+ years of experience', 'mid', { min: 3, max: null }],
    ['Requirements:\n- 4 years of experience or more', 'mid', { min: 4, max: null }],
  ])('%j', (text, level, years) => {
    expect(read(text)).toEqual([level, years]);
  });

  it('keeps stated and implied levels apart', () => {
    const s = readPosting(empty, 'Junior Developer\nRequirements:\n- 6+ years of experience').seniority;
    expect([s.stated, s.implied, s.level]).toEqual(['junior', 'senior', 'junior']);
    expect(s.evidence.map((e) => e.text)).toEqual(['Junior', '6+ years']);
  });

  it.each([
    ['You will lead the design of our platform.'],
    ['Our company has been in business for over 20 years.'],
    ['This role leads to success.'],
  ])('no level in %j', (text) => {
    expect(read(text)).toEqual([null, null]);
  });

  it('finds the job titles named in running text at the cue words, as a scan of the whole text does', () => {
    const scan = new RegExp(TITLE_CUES.source, 'gi');
    const part = fc.constantFrom(
      'We are', 'looking for', 'Looking  for', 'hiring', 'HIRING', 'seeking', 'need', 'needs', 'join our team as', 'join us as', 'position of',
      'role of', 'opening for', 'recruiting', 'a', 'an', 'the', 'one', 'Senior', 'Data', 'Engineer', 'engineers', 'developer', 'Lead', 'C++',
      'to join', '.', ',', '\n', 'and', 'rehiring', 'need-based', '(m/f/d)',
    );
    const posting = fc.tuple(fc.array(fc.oneof(part, fc.string({ maxLength: 5 })), { maxLength: 40 }), fc.constantFrom(' ', '  ', '\t')).map(([p, gap]) => p.join(gap));
    fc.assert(
      fc.property(posting, (input) => {
        const text = normalize(input).text;
        const tokens = tokenize(text);
        const { starts } = segment(text, [], tokens);
        const expected = [...text.matchAll(scan)].map((m) => {
          const start = m.index + m[0].length - m[1]!.length;
          return { title: m[1]!, start: start + 3, end: start + 3 + m[1]!.length };
        });
        expect(findTitlePhrases(text, 3, starts.title)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('finds a level field at the cue phrases, as a scan of the whole text does', () => {
    const scan = new RegExp(LEVEL_FIELD.source, 'i');
    const part = fc.constantFrom(
      'Experience level', 'experience  level', 'Seniority level:', 'Career Level :', 'job level', 'level', 'Level:', 'Experience', 'Senior',
      'Mid-Senior', 'entry level', 'Student', '\n', ':', ',', '/', 'with', 'preferred-experience level',
    );
    const posting = fc.tuple(fc.array(fc.oneof(part, fc.string({ maxLength: 5 })), { maxLength: 30 }), fc.constantFrom(' ', '  ', '\t')).map(([p, gap]) => p.join(gap));
    fc.assert(
      fc.property(posting, (input) => {
        const text = normalize(input).text;
        const { starts } = segment(text, [], tokenize(text));
        const expected = scan.exec(text);
        const found = findLevelField(text, starts.levelField);
        expect(found && [found.index, found[0], found[1]]).toEqual(expected && [expected.index, expected[0], expected[1]]);
      }),
      { numRuns: 400 },
    );
  });
});

