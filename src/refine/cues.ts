import { PhraseSet } from '../match/phrases.js';
import type { Tokens } from '../match/tokenize.js';
import type { Boilerplate } from '../segment/boilerplate.js';
import { BOILERPLATE_PHRASES } from '../segment/boilerplate.js';
import { clauseAt, type Clause } from '../segment/clauses.js';
import { NUMBER_WORD_LIST } from '../extract/years.js';

/**
 * Cue phrases inside a clause that change what it asks for: "is a plus", "preferred", "ideally"
 * (preferred); "no Java experience required", "X is not required" (negation); "experience with",
 * "proficiency in", "must have" (a requirement, for text outside any requirements section); company,
 * pay and equal-opportunity boilerplate; and the words that make a clause worth handing to an
 * extractor (years, degrees, money). All are found in one pass over the tokens.
 */
type Cue = 'preferred' | 'preferredFromHere' | 'negation' | 'required' | 'years' | 'numberWord' | 'degree' | 'money' | 'title' | 'levelField' | Boilerplate;

const CLAUSE_END = new Set(['.', ',', ';', ':', ')', '!', 'but', 'and', 'or', '/']);
const COLON = new Set([':']);

const PLUS_WORDS = ['plus', 'bonus', 'advantage', 'asset'];
const PLUS_ADJECTIVES = ['', 'very ', 'big ', 'huge ', 'strong ', 'definite ', 'great ', 'excellent ', 'real ', 'major ', 'added ', 'distinct ', 'additional ', 'nice ', 'significant '];
const plusPhrases: string[] = [];
for (const lead of ['is a', 'are a', 'would be a', 'will be a', 'be a', 'as a', 'a', 'is an', 'would be an', 'will be an', 'an', 'are']) {
  for (const adj of PLUS_ADJECTIVES) for (const w of PLUS_WORDS) plusPhrases.push(`${lead} ${adj}${w}`);
}

const CUES = new PhraseSet<Cue>()
  .add('preferred', [
    ...plusPhrases,
    'excellent plus', 'big plus', 'huge plus', 'great plus', 'nice plus', 'bonus points', 'bonus point',
    'nice to have', 'nice to haves', 'good to have', 'would be nice', 'would be great', 'would be ideal',
    'would be helpful', 'would be beneficial', 'would be appreciated', 'is helpful', 'are helpful', 'is beneficial',
    'is advantageous', 'are advantageous', 'advantageous', 'is desirable', 'are desirable', 'highly desirable',
    'is desired', 'are desired', 'is preferred', 'are preferred', 'highly preferred', 'strongly preferred',
    'highly valued', 'is valued', 'very helpful', 'is welcome', 'are welcome', 'is appreciated', 'optional',
    'even better', 'extra credit', 'extra points', 'a preference for', 'a strong preference for', '( preferred )',
    '优先', '加分',
  ])
  .add('preferred', ['preferred', 'desirable', 'desired'], CLAUSE_END)
  .add('preferred', ['preferred', 'desired', 'bonus', 'plus', 'nice to have', 'pluses'], COLON)
  .add('preferredFromHere', ['preferably', 'ideally', 'especially if', 'bonus if', 'plus if', 'even better if', 'a plus if', 'an excellent plus if', 'a big plus if', 'a huge plus if', 'a great plus if'])
  .add('negation', [
    ...['required', 'necessary', 'needed', 'mandatory', 'essential', 'expected', 'a must', 'a requirement', 'a prerequisite'].map((w) => `not ${w}`),
    ...['prior ', 'previous ', 'professional ', 'formal ', ''].flatMap((a) => ['experience', 'knowledge', 'background', 'degree'].map((w) => `no ${a}${w}`)),
    ...["don't", 'do not', "doesn't", 'does not', "won't", 'will not', 'need not', "needn't"].flatMap((a) => ['need', 'require', 'have to', 'expect'].map((w) => `${a} ${w}`)),
    ...['without prior', 'without any', 'without previous', 'without'].flatMap((a) => [`${a} experience`, `${a} knowledge`]),
    'no need to', 'no need for', "isn't required", "aren't required", "isn't necessary", "aren't necessary",
  ])
  .add('required', [
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
  ])
  .add('years', ['year', 'years', 'yr', 'yrs', '年'])
  .add('numberWord', NUMBER_WORD_LIST)
  .add('degree', [
    'degree', 'degrees', 'bachelor', 'bachelors', 'baccalaureate', 'master', 'masters', 'phd', 'ph . d', 'ph d',
    'doctorate', 'doctoral', 'dphil', 'd . phil', 'mba', 'bs', 'ms', 'ba', 'ma', 'b . s', 'm . s', 'b . a', 'm . a',
    'bsc', 'msc', 'b . sc', 'm . sc', 'beng', 'meng', 'b . eng', 'm . eng', 'btech', 'mtech', 'b . tech', 'm . tech',
    'b . e', 'm . e', 'a . a', 'a . a . s', 'associate', '本科', '学士', '大专', '硕士', '研究生', '博士',
    // Where the other names the degree pattern reads start (`findDegrees` reads names only at these phrases).
    'b sc', 'm sc', 'undergraduate degree', 'university degree', 'college degree', '4 year degree', 'four year degree',
    'graduate degree', 'post graduate degree', 'postgraduate degree',
  ])
  // The words before a job title named in running text ("We are looking for a Senior Data Engineer"), as
  // `findTitlePhrases` reads them: it runs only where one is.
  .add('title', ['hiring', 'seeking', 'looking for', 'searching for', 'recruiting', 'join us as', 'join our team as', 'join the team as', 'position of', 'role of', 'opening for', 'need'])
  // A field of the posting's header that states a level ("Experience level: Senior"): `findLevelField`.
  .add('levelField', ['experience level', 'seniority level', 'career level', 'job level'])
  .add('money', [
    '$', '€', '£', '¥', '₹', '₩', '￥',
    ...'USD EUR GBP CAD AUD NZD CHF INR JPY CNY RMB SGD HKD SEK NOK DKK PLN ILS BRL MXN ZAR KRW TWD'.split(' '),
  ]);
for (const [kind, phrases] of BOILERPLATE_PHRASES) CUES.add(kind, phrases);

/** What the cue phrases say about each clause. */
export interface ClauseCues extends Clause {
  /** Index of the clause's section (set by the segmenter). */
  section: number;
  /** Clean-text offset from which the clause asks for things as preferred, or -1. */
  preferredFrom: number;
  negated: boolean;
  /** The clause asks for something ("experience with", "must have", "5+ years"). */
  requiring: boolean;
  boilerplate: Boilerplate | null;
  /** The clause mentions years, a degree, or money: the extractors read only such clauses. */
  years: boolean;
  /** One of the clause's words is a number the years' patterns read ("three"): see `findYears`. */
  numberWords: boolean;
  degree: boolean;
  money: boolean;
}

const BOILERPLATE_RANK: Record<Boilerplate, number> = { eeo: 3, benefits: 2, about: 1 };
/** Characters past which a clause is a run-on, and how far into one a boilerplate phrase still marks it. */
const RUN_ON = 600;
const BOILERPLATE_REACH = 300;

/**
 * Where the cue phrases found, in or out of clauses, the places a pattern of an extractor may match
 * from, in order: an extractor reads its pattern there only, not by scanning the text.
 */
export interface PatternStarts {
  /** The words that may come before a job title ("looking for", "hiring"): see `findTitlePhrases`. */
  title: number[];
  /** A field that states a level ("Experience level"): see `findLevelField`. */
  levelField: number[];
  /** The name of a degree ("BSc", "Master's", "degree"): see `findDegrees`. */
  degree: number[];
}

/** The cues of every clause, from the text's tokens, and where the extractors' patterns may start. */
export function clauseCues(
  text: string,
  tokens: Tokens,
  clauses: readonly Clause[],
): { cues: ClauseCues[]; starts: PatternStarts } {
  const cues: ClauseCues[] = clauses.map((c) => ({
    start: c.start,
    end: c.end,
    bullet: c.bullet,
    section: 0,
    preferredFrom: -1,
    negated: false,
    requiring: false,
    boilerplate: null,
    years: false,
    numberWords: false,
    degree: false,
    money: false,
  }));
  // Tokens are in text order and clauses are sorted: walk both together.
  let k = 0;
  const clauseOf = (at: number): ClauseCues | undefined => {
    // A phrase may start before the current clause (phrases are visited in start order): search back.
    if (k >= cues.length || at < cues[k]!.start) return clauseAt(cues, at);
    while (k < cues.length && at >= cues[k]!.end) k++;
    const c = cues[k];
    return c && at >= c.start ? c : undefined;
  };
  const prefer = (c: ClauseCues, at: number): void => {
    c.preferredFrom = c.preferredFrom < 0 ? at : Math.min(c.preferredFrom, at);
  };
  const starts: PatternStarts = { title: [], levelField: [], degree: [] };
  CUES.find(tokens, (kind, from) => {
    const at = tokens.start[from]!;
    if (kind === 'title' || kind === 'levelField' || kind === 'degree') {
      // Two phrases may start at one word ("graduate degree", "graduate").
      const list = starts[kind];
      if (list[list.length - 1] !== at) list.push(at);
      if (kind !== 'degree') return;
    }
    const c = clauseOf(at);
    if (!c) return;
    switch (kind) {
      case 'preferred': {
        // A trailing cue covers its clause, or, after "required"/"must" or a degree ("BS in X, MS or
        // PhD desirable"), only its part after the last comma.
        const before = text.slice(c.start, at);
        const comma = /\b(?:required|must|degree|bachelor'?s?|BSc?|BA|B\.S)\b/i.test(before) ? before.lastIndexOf(',') : -1;
        prefer(c, c.start + (comma >= 0 ? comma + 1 : 0));
        break;
      }
      case 'preferredFromHere':
        prefer(c, at);
        break;
      case 'negation':
        c.negated = true;
        break;
      case 'required':
        c.requiring = true;
        break;
      case 'years':
        c.years = true;
        // "5+ years", "3 years": a number of years is a requirement.
        if (from > 0 && /^\d|^\+$/.test(tokens.lower(from - 1))) c.requiring = true;
        break;
      case 'numberWord':
        c.numberWords = true;
        break;
      case 'degree':
        c.degree = true;
        break;
      case 'money':
        c.money = true;
        break;
      default:
        // A run-on "clause" (text whose sentence ends were lost) is no boilerplate sentence because of
        // a phrase far into it: "... seeking a Full Stack Developer ... competitive salary ...".
        if (c.end - c.start > RUN_ON && at - c.start > BOILERPLATE_REACH) break;
        if (!c.boilerplate || BOILERPLATE_RANK[kind] > BOILERPLATE_RANK[c.boilerplate]) c.boilerplate = kind;
    }
  });
  return { cues, starts };
}
