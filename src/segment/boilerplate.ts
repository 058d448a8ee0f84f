/**
 * Phrases that mark a sentence as not being about the job itself: what the company is and how well
 * it does (about), equal-opportunity statements (eeo), pay and benefits (benefits). Skills named only
 * in such sentences are never requirements. Matched on tokens by the cue scanner (refine/cues.ts).
 */
export type Boilerplate = 'about' | 'eeo' | 'benefits';

const EEO = [
  'equal opportunity', 'equal opportunities', 'equal employment opportunity', 'discriminate', 'discrimination',
  'discriminates', 'affirmative action', 'reasonable accommodation', 'reasonable accommodations', 'protected veteran',
  'protected veterans', 'protected characteristic', 'protected characteristics', 'protected by law', 'protected status',
  'without regard to', 'regardless of race', 'regardless of age', 'regardless of gender', 'regardless of sex',
  'regardless of religion', 'diverse and inclusive workplace', 'diversity and inclusion',
];

const BENEFITS = [
  ...['range', 'will', 'is', 'of', 'for', 'band'].map((w) => `salary ${w}`),
  'base salary', 'pay range', 'pay transparency', 'compensation package', 'compensation range', 'compensation will',
  'compensation is', 'benefits package', 'eligible for equity', 'eligible for benefits', 'eligible for bonus',
  ...['salary', 'salaries', 'compensation', 'pay', 'benefits'].map((w) => `competitive ${w}`),
  'health insurance', 'health care', 'healthcare benefits', 'health benefits', 'paid time off', 'pto', '401k',
  '401 ( k )', 'parental leave', 'stock options', 'equity and benefits', 'equity package', 'equity grant',
  'equity grants', 'vacation days', 'medical , dental', 'medical dental', 'annual leave', 'days of holiday',
  'days holiday', 'days of vacation', 'pension plan', 'gym membership',
];

const ABOUT = [
  ...['world', 'global', 'industry', 'market'].flatMap((w) => [`${w} leader`, `${w} leading`]),
  ...['is', 'are'].flatMap((v) =>
    ['widely considered', 'considered to be', 'considered one of', 'recognized as', 'known as', 'regarded as', 'widely recognized', 'widely regarded'].map((w) => `${v} ${w}`),
  ),
  'leader in', 'pioneer', 'pioneered', 'pioneering', 'pioneers', 'founded in', 'headquartered', 'learn more about',
  'our mission', 'our vision', 'our values', 'our culture', 'our invention', 'our work in', 'our products and services',
  'is a learning machine', 'fortune 500', 'fortune 100', 'fortune 1000', 'one of the best places',
  'most desirable employers', 'top employers', 'best places to work',
  ...['we are', "we're", 'is', 'are'].flatMap((v) =>
    ['a leading', 'the leading', 'a fast growing', 'a fast-growing', 'a global', 'a growing', 'a dynamic', 'an international', 'an innovative'].map((w) => `${v} ${w}`),
  ),
  'is at the forefront of', 'are at the forefront of', 'accepts applications', '关于我们', '公司简介',
];

/** The phrases of each kind, for the cue scanner. */
export const BOILERPLATE_PHRASES: readonly [Boilerplate, readonly string[]][] = [
  ['eeo', EEO],
  ['benefits', BENEFITS],
  ['about', ABOUT],
];
