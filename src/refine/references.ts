import type { SkillMatch } from '../match/match-skills.js';
import { keyHash } from '../match/key-filter.js';
import type { Tokens } from '../match/tokenize.js';

/** Words after a skill that make it the name of a group of people: "our Agile team", "the DevOps guild". */
const GROUP_WORDS = new Set([
  'team', 'teams', 'department', 'departments', 'group', 'groups', 'squad', 'squads', 'guild', 'guilds', 'unit',
  'community', 'communities', 'chapter', 'org', 'organisation', 'organization', 'division', 'practice', 'tribe',
]);
/** Words after a skill that make it part of a role: "with our DevOps Engineers", "a Java Developer". */
const ROLE_WORDS = new Set([
  'engineer', 'engineers', 'developer', 'developers', 'architect', 'architects', 'specialist', 'specialists',
  'consultant', 'consultants', 'analyst', 'analysts', 'scientist', 'scientists', 'designer', 'designers',
  'administrator', 'administrators', 'manager', 'managers', 'lead', 'leads', 'expert', 'experts', 'programmer',
  'programmers', 'tester', 'testers', 'colleagues', 'professionals', 'practitioners', 'researchers',
]);

/** Words of a field skipped over after a skill before a group or a role: "Data Engineering team". */
const FIELD_WORDS = ['engineering', 'development', 'platform', 'infrastructure'];

type WordKind = 'group' | 'role' | 'field';
/**
 * The words above by their hashes (`keyHash`, as `Tokens.hash` holds them for every token), each
 * compared in place: a mention's next words are read without cutting them from the text.
 */
const WORDS_BY_HASH = new Map<number, { word: string; kind: WordKind }[]>();
for (const [words, kind] of [[GROUP_WORDS, 'group'], [ROLE_WORDS, 'role'], [FIELD_WORDS, 'field']] as const) {
  for (const word of words) {
    const hash = keyHash(word);
    WORDS_BY_HASH.set(hash, [...(WORDS_BY_HASH.get(hash) ?? []), { word, kind }]);
  }
}

/** What token `k` is of the words above, or null. */
function kindOf(tokens: Tokens, k: number): WordKind | null {
  const candidates = WORDS_BY_HASH.get(tokens.hash[k]!);
  if (candidates) for (const c of candidates) if (tokens.is(k, c.word)) return c.kind;
  return null;
}

/**
 * How a mention names people rather than asks for a skill: 'group' for a team ("the Agile team"),
 * 'role' for a job ("DevOps Engineers"), or null.
 */
export function referenceKind(m: SkillMatch, tokens: Tokens): 'group' | 'role' | null {
  // Skip over further skill-like words: "Data Engineering team", "Site Reliability Engineering team".
  for (let k = m.tokenEnd; k < Math.min(tokens.count, m.tokenEnd + 2); k++) {
    if (tokens.newline[k]) return null;
    const kind = kindOf(tokens, k);
    if (kind === 'group' || kind === 'role') return kind;
    if (k === m.tokenEnd && kind === 'field') continue;
    return null;
  }
  return null;
}
