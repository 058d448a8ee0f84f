/**
 * Cue phrases inside a clause that change what it asks for: "is a plus", "preferred", "ideally"
 * (preferred); "no Java experience required", "X is not required" (negation); "experience with",
 * "proficiency in", "must have" (a requirement, for text outside any requirements section).
 */

const PREFERRED =
  /\b(?:(?:is|are|would be|will be|be|as|a|an)\s+(?:(?:very|big|huge|strong|definite|great|excellent|real|major|added|distinct|additional|nice|significant)\s+)?(?:plus|bonus|advantage|asset)\b|(?:excellent|big|huge|great|nice) plus\b|plus if\b|bonus if\b|bonus points?\b|nice[- ]to[- ]haves?\b|good[- ]to[- ]have\b|would be (?:nice|great|ideal|helpful|beneficial|appreciated)\b|(?:is|are|would be|highly|very) (?:helpful|beneficial|advantageous|desirable|desired|preferred|welcome|appreciated|valued)\b|advantageous\b|optional\b|even better\b|extra (?:credit|points)\b|a (?:strong )?preference for\b|(?:strongly |highly )?preferred(?=\s*(?:[.,;:)]|$|but\b|and\b|or\b))|\(\s*preferred\s*\)|desirable(?=\s*(?:[.,;:)]|$|but\b|and\b|or\b))|(?:^|\s)(?:preferred|desired|bonus|plus|nice to have)\s*:)/i;
const PREFERRED_FROM_HERE = /\b(?:preferably|ideally|especially if|bonus if|plus if|even better if|an? (?:excellent |big |huge |great )?plus if)\b/i;
const NEGATION =
  /\b(?:not (?:required|necessary|needed|mandatory|essential|expected|a (?:must|requirement|prerequisite))|no (?:prior |previous |professional |formal )?(?:experience|knowledge|background|degree)\b(?: (?:with|in|of|is|required|needed|necessary))?|(?:don't|do not|doesn't|does not|won't|will not|need not|needn't) (?:need|require|have to|expect)|without (?:prior |any |previous )?(?:experience|knowledge)|no need (?:to|for)|(?:isn't|aren't|is not|are not) (?:required|necessary|needed|expected))/i;
const REQUIRED =
  /\b(?:experience (?:with|in|of|using|building|developing|designing|working)|experienced (?:in|with)|proficien(?:t|cy) (?:in|with|using)|knowledge (?:of|in)|familiar(?:ity)? with|expertise (?:in|with|using)|understanding of|background in|skills? (?:in|with)|must (?:have|know|be)|required\b|requirements?\b|you (?:have|bring|know|are)|strong (?:[\w-]+ ){0,3}(?:skills|background|knowledge)|hands-on|\d+\+? years?|degree in|ability to|competen(?:ce|cy|t) (?:in|with)|fluen(?:t|cy) in|working knowledge|track record|(?:we're|we are|are) looking for|(?:will|would) require|should have|is a must|essential|qualifications?\b|mastery of|command of|capable of)/i;

export interface ClauseCues {
  /** Clean-text offset from which the clause asks for things as preferred, or -1. */
  preferredFrom: number;
  negated: boolean;
  requiring: boolean;
}

/** The cues of one clause (`text` is the clause, `offset` its clean-text start). */
export function clauseCues(text: string, offset: number): ClauseCues {
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  let preferredFrom = -1;
  const from = PREFERRED_FROM_HERE.exec(sample);
  if (from) preferredFrom = offset + from.index;
  const trailing = PREFERRED.exec(sample);
  if (trailing) {
    // A trailing cue covers the clause, or, after "required"/"must", only its part after the last comma.
    const before = sample.slice(0, trailing.index);
    const strict = /\b(?:required|must)\b/i.test(before);
    const comma = strict ? before.lastIndexOf(',') : -1;
    const at = offset + (comma >= 0 ? comma + 1 : 0);
    preferredFrom = preferredFrom < 0 ? at : Math.min(preferredFrom, at);
  }
  return { preferredFrom, negated: NEGATION.test(sample), requiring: REQUIRED.test(sample) };
}
