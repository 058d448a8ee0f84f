import type { ClauseInfo } from '../segment/segment.js';
import type { SectionSpan } from '../segment/sections.js';
import type { Requirement } from '../types.js';

export { clauseAt } from '../segment/clauses.js';

/**
 * The requirement level a mention at clean offset `at` carries:
 * - negated ("no Java experience required") or in boilerplate (company, pay, equal opportunity): mentioned;
 * - in a preferred section, or after a preferred cue in its clause ("... is a plus"): preferred;
 * - in a requirements section: required;
 * - in responsibilities, about or benefits sections: mentioned;
 * - elsewhere (text before any heading, unknown headings): required when its clause asks for it
 *   ("experience with", "proficiency in", "must have"), else mentioned.
 */
export function requirementAt(clause: ClauseInfo | undefined, sections: readonly SectionSpan[], at: number): Requirement {
  if (!clause) return 'mentioned';
  if (clause.negated || clause.boilerplate) return 'mentioned';
  const kind = sections[clause.section]?.kind ?? 'other';
  const preferredCue = clause.preferredFrom >= 0 && at >= clause.preferredFrom;
  switch (kind) {
    case 'preferred':
      return 'preferred';
    case 'requirements':
      return preferredCue ? 'preferred' : 'required';
    case 'other':
      if (preferredCue) return 'preferred';
      return clause.requiring ? 'required' : 'mentioned';
    default:
      return 'mentioned';
  }
}
