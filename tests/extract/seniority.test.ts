import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from '../../src/match/compile.js';
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
});
