import { wordsOf } from '../match/phrases.js';
import { CUE_PHRASES, type Cue, type CueBefore } from './cue-phrases.js';

/** The cue phrases of a kind, each cut into its lowercased tokens (`wordsOf`). */
export type CueWords = readonly [kind: Cue, phrases: readonly (readonly string[])[], before?: CueBefore];

let words: readonly CueWords[] | undefined;

/**
 * The cue phrases (`CUE_PHRASES`) cut into tokens. This module is what tests and type checks see; the
 * package build replaces it with the same lists made at build time (tsup.config.ts), so that loading
 * the package does not run the tokenizer over a thousand phrases.
 */
export function cueWords(): readonly CueWords[] {
  // A kind without a condition has no third element, as JSON keeps it.
  return (words ??= CUE_PHRASES.map(([kind, phrases, before]): CueWords => (before ? [kind, phrases.map(wordsOf), before] : [kind, phrases.map(wordsOf)])));
}

/**
 * The module that takes the place of this one in the package: the same lists as JSON text, every '
 * in it written \u0027 so that the bundler prints it in single quotes (V8 reads those faster than
 * the template literal it would choose for text with both kinds of quotes).
 */
export function prebuiltCueWordsModule(): string {
  const json = JSON.stringify(cueWords()).replaceAll("'", '\\u0027');
  return `const words = JSON.parse(${JSON.stringify(json)});\nexport function cueWords() { return words; }\n`;
}
