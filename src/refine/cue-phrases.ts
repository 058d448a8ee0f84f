import type { Boilerplate } from '../segment/boilerplate.js';
import { BOILERPLATE_PHRASES } from '../segment/boilerplate.js';
import { NUMBER_WORD_LIST } from '../extract/years.js';

/**
 * Cue phrases inside a clause that change what it asks for: "is a plus", "preferred", "ideally"
 * (preferred); "no Java experience required", "X is not required" (negation); "experience with",
 * "proficiency in", "must have" (a requirement, for text outside any requirements section); company,
 * pay and equal-opportunity boilerplate; and the words that make a clause worth handing to an
 * extractor (years, degrees, money). refine/cues.ts finds them all in one pass over the tokens.
 */
export type Cue = 'preferred' | 'preferredFromHere' | 'negation' | 'required' | 'years' | 'numberWord' | 'degree' | 'money' | 'title' | 'levelField' | Boilerplate;

/**
 * The cue phrases by kind, in the order they are added to the set: a function, so that the package,
 * which has the set made when it is built (refine/cue-set.ts), does not make the lists when loaded.
 */
export function cuePhrases(): readonly CuePhrases[] {
  const plusWords = ['plus', 'bonus', 'advantage', 'asset'];
  const plusAdjectives = ['', 'very ', 'big ', 'huge ', 'strong ', 'definite ', 'great ', 'excellent ', 'real ', 'major ', 'added ', 'distinct ', 'additional ', 'nice ', 'significant '];
  const plusPhrases: string[] = [];
  for (const lead of ['is a', 'are a', 'would be a', 'will be a', 'be a', 'as a', 'a', 'is an', 'would be an', 'will be an', 'an', 'are']) {
    for (const adj of plusAdjectives) for (const w of plusWords) plusPhrases.push(`${lead} ${adj}${w}`);
  }

  return [
    ['preferred', [
      ...plusPhrases,
      'excellent plus', 'big plus', 'huge plus', 'great plus', 'nice plus', 'bonus points', 'bonus point',
      'nice to have', 'nice to haves', 'good to have', 'would be nice', 'would be great', 'would be ideal',
      'would be helpful', 'would be beneficial', 'would be appreciated', 'is helpful', 'are helpful', 'is beneficial',
      'is advantageous', 'are advantageous', 'advantageous', 'is desirable', 'are desirable', 'highly desirable',
      'is desired', 'are desired', 'is preferred', 'are preferred', 'highly preferred', 'strongly preferred',
      'highly valued', 'is valued', 'very helpful', 'is welcome', 'are welcome', 'is appreciated', 'optional',
      'even better', 'extra credit', 'extra points', 'a preference for', 'a strong preference for', '( preferred )',
      '优先', '加分',
    ]],
    ['preferred', ['preferred', 'desirable', 'desired'], 'clauseEnd'],
    ['preferred', ['preferred', 'desired', 'bonus', 'plus', 'nice to have', 'pluses'], 'colon'],
    ['preferredFromHere', ['preferably', 'ideally', 'especially if', 'bonus if', 'plus if', 'even better if', 'a plus if', 'an excellent plus if', 'a big plus if', 'a huge plus if', 'a great plus if']],
    ['negation', [
      ...['required', 'necessary', 'needed', 'mandatory', 'essential', 'expected', 'a must', 'a requirement', 'a prerequisite'].map((w) => `not ${w}`),
      ...['prior ', 'previous ', 'professional ', 'formal ', ''].flatMap((a) => ['experience', 'knowledge', 'background', 'degree'].map((w) => `no ${a}${w}`)),
      ...["don't", 'do not', "doesn't", 'does not', "won't", 'will not', 'need not', "needn't"].flatMap((a) => ['need', 'require', 'have to', 'expect'].map((w) => `${a} ${w}`)),
      ...['without prior', 'without any', 'without previous', 'without'].flatMap((a) => [`${a} experience`, `${a} knowledge`]),
      'no need to', 'no need for', "isn't required", "aren't required", "isn't necessary", "aren't necessary",
    ]],
    ['required', [
      ...['with', 'in', 'of', 'using', 'building', 'developing', 'designing', 'working'].map((w) => `experience ${w}`),
      'experienced in', 'experienced with', 'proficient in', 'proficient with', 'proficient using', 'proficiency in',
      'proficiency with', 'knowledge of', 'knowledge in', 'familiar with', 'familiarity with', 'expertise in',
      'expertise with', 'expertise using', 'understanding of', 'background in', 'skill in', 'skills in', 'skill with',
      'skills with', 'must have', 'must know', 'must be', 'required', 'requirement', 'requirements', 'you have',
      'you bring', 'you know', 'you are', 'strong background', 'strong knowledge', 'strong understanding',
      'strong experience', 'strong skills', 'solid understanding', 'solid knowledge', 'solid experience', 'hands on',
      'degree in', 'ability to', 'competence in', 'competency in', 'competent in', 'competent with', 'fluent in',
      'fluency in', 'working knowledge', 'track record', 'looking for', 'will require', 'would require', 'should have',
      'is a must', 'essential', 'qualification', 'qualifications', 'mastery of', 'command of', 'capable of',
      '要求', '熟悉', '精通', '掌握', '经验',
    ]],
    ['years', ['year', 'years', 'yr', 'yrs', '年']],
    ['numberWord', NUMBER_WORD_LIST],
    ['degree', [
      'degree', 'degrees', 'bachelor', 'bachelors', 'baccalaureate', 'master', 'masters', 'phd', 'ph . d', 'ph d',
      'doctorate', 'doctoral', 'dphil', 'd . phil', 'mba', 'bs', 'ms', 'ba', 'ma', 'b . s', 'm . s', 'b . a', 'm . a',
      'bsc', 'msc', 'b . sc', 'm . sc', 'beng', 'meng', 'b . eng', 'm . eng', 'btech', 'mtech', 'b . tech', 'm . tech',
      'b . e', 'm . e', 'a . a', 'a . a . s', 'associate', '本科', '学士', '大专', '硕士', '研究生', '博士',
      // Where the other names the degree pattern reads start (`findDegrees` reads names only at these phrases).
      'b sc', 'm sc', 'undergraduate degree', 'university degree', 'college degree', '4 year degree', 'four year degree',
      'graduate degree', 'post graduate degree', 'postgraduate degree',
    ]],
    // The words before a job title named in running text ("We are looking for a Senior Data Engineer"), as
    // `findTitlePhrases` reads them: it runs only where one is.
    ['title', ['hiring', 'seeking', 'looking for', 'searching for', 'recruiting', 'join us as', 'join our team as', 'join the team as', 'position of', 'role of', 'opening for', 'need']],
    // A field of the posting's header that states a level ("Experience level: Senior"): `findLevelField`.
    ['levelField', ['experience level', 'seniority level', 'career level', 'job level']],
    ['money', [
      '$', '€', '£', '¥', '₹', '₩', '￥',
      ...'USD EUR GBP CAD AUD NZD CHF INR JPY CNY RMB SGD HKD SEK NOK DKK PLN ILS BRL MXN ZAR KRW TWD'.split(' '),
    ]],
    ...BOILERPLATE_PHRASES,
  ];
}

/**
 * Phrases of a kind, and what must follow them for them to count (the next token, or the end of the
 * line): 'clauseEnd' (". , ; : ) ! but and or /") or 'colon'.
 */
export type CuePhrases = readonly [kind: Cue, phrases: readonly string[], before?: CueBefore];
export type CueBefore = 'clauseEnd' | 'colon';
