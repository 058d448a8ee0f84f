import type { SkillMatch } from '../match/match-skills.js';
import { TokenFlag, WordTable, type Tokens } from '../match/tokenize.js';

/** Words after a skill that make it the name of a group of people: "our Agile team", "the DevOps guild". */
const GROUP_WORDS = [
  'team', 'teams', 'department', 'departments', 'group', 'groups', 'squad', 'squads', 'guild', 'guilds', 'unit',
  'community', 'communities', 'chapter', 'org', 'organisation', 'organization', 'division', 'practice', 'tribe',
];
/** Words after a skill that make it part of a role: "with our DevOps Engineers", "a Java Developer". */
const ROLE_WORDS = [
  'engineer', 'engineers', 'developer', 'developers', 'architect', 'architects', 'specialist', 'specialists',
  'consultant', 'consultants', 'analyst', 'analysts', 'scientist', 'scientists', 'designer', 'designers',
  'administrator', 'administrators', 'manager', 'managers', 'lead', 'leads', 'expert', 'experts', 'programmer',
  'programmers', 'tester', 'testers', 'colleagues', 'professionals', 'practitioners', 'researchers',
];

/** Words of a field skipped over after a skill before a group or a role: "Data Engineering team". */
const FIELD_WORDS = ['engineering', 'development', 'platform', 'infrastructure'];

/** The words above, each with what it says, read without cutting a mention's next words from the text. */
const KINDS = new WordTable<'group' | 'role' | 'field'>([
  ...GROUP_WORDS.map((word) => [word, 'group'] as const),
  ...ROLE_WORDS.map((word) => [word, 'role'] as const),
  ...FIELD_WORDS.map((word) => [word, 'field'] as const),
]);

/**
 * How a mention names people rather than asks for a skill: 'group' for a team ("the Agile team"),
 * 'role' for a job ("DevOps Engineers"), or null.
 */
export function referenceKind(m: SkillMatch, tokens: Tokens): 'group' | 'role' | null {
  // Skip over further skill-like words: "Data Engineering team", "Site Reliability Engineering team".
  for (let k = m.tokenEnd; k < Math.min(tokens.count, m.tokenEnd + 2); k++) {
    if ((tokens.flags[k]! & TokenFlag.Newline) !== 0) return null;
    const kind = KINDS.of(tokens, k);
    if (kind === 'group' || kind === 'role') return kind;
    if (k === m.tokenEnd && kind === 'field') continue;
    return null;
  }
  return null;
}
