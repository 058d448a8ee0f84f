import { PhraseSet } from '../match/phrases.js';
import type { Tokens } from '../match/tokenize.js';
import type { Boilerplate } from '../segment/boilerplate.js';
import { clauseAt, type Clause } from '../segment/clauses.js';
import { jsonLiteral } from '../json-literal.js';
import { cuePhrases, type Cue, type CueBefore } from './cue-phrases.js';
import { prebuiltCueSet } from './cue-set.js';

/** The words that may follow a cue phrase of a kind that needs one (or the end of the line), by name. */
export const CUE_BEFORE: Readonly<Record<CueBefore, ReadonlySet<string>>> = {
  clauseEnd: new Set(['.', ',', ';', ':', ')', '!', 'but', 'and', 'or', '/']),
  colon: new Set([':']),
};

/** The name of one of CUE_BEFORE's sets, as `PhraseSet.serialize` writes it. */
export const cueBeforeName = (set: ReadonlySet<string>): string => Object.entries(CUE_BEFORE).find(([, s]) => s === set)![0];

/** The set of the cue phrases (refine/cue-phrases.ts), as the sources make it. */
export function makeCueSet(): PhraseSet<Cue> {
  const set = new PhraseSet<Cue>();
  for (const [kind, phrases, before] of cuePhrases()) set.add(kind, phrases, before && CUE_BEFORE[before]);
  return set;
}

/** The module that takes the place of refine/cue-set.ts in the package: the set as text. */
export function cueSetModule(): string {
  return `export function prebuiltCueSet() { return ${jsonLiteral(makeCueSet().serialize(cueBeforeName))}; }\n`;
}

/** The cue phrases, found in one pass over a text's tokens: made with the package, or here in the sources. */
const prebuilt = prebuiltCueSet();
const CUES = prebuilt === undefined ? makeCueSet() : PhraseSet.revive<Cue>(prebuilt, CUE_BEFORE);

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
