import type { SkillMatch } from '../match/match-skills.js';

/**
 * How sure a single mention is, from how it was found:
 * - 0.95 a case-sensitive alias as written ("CUDA", "TensorRT");
 * - 0.9  a case-insensitive alias as written;
 * - 0.8  a generated form (plural/singular, hyphenated alias written as one word);
 * - an ambiguous alias is capped at 0.75 when another skill listed next to it confirmed it, and at
 *   0.6 when only a cue word nearby did.
 * The requirement step adds 0.05 for a mention in a requirements or preferred list.
 */
export function matchConfidence(m: SkillMatch): number {
  let c = m.alias.form !== 'alias' ? 0.8 : m.alias.exact ? 0.95 : 0.9;
  if (m.confirmedBy === 'list') c = Math.min(c, 0.75);
  else if (m.confirmedBy === 'near') c = Math.min(c, 0.6);
  return c;
}
