import type { SeniorityLevel, YearsOfExperience } from '../types.js';
import { matchesAt } from './matches-at.js';

/** A seniority level stated in the text, with its clean-text span. */
export interface LevelFinding {
  level: SeniorityLevel;
  start: number;
  end: number;
}

// Level words as they appear in titles, strongest first within a title.
const LEVEL_WORDS: [RegExp, SeniorityLevel][] = [
  [/\b(?:intern|internship|co-?op|werkstudent|working student|apprentice(?:ship)?|trainee)\b|实习生?/gi, 'intern'],
  [/\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|associate(?= (?:engineer|developer|scientist|analyst|consultant|designer)))\b|初级/gi, 'junior'],
  [/\b(?:mid[- ]?level|intermediate|mid[- ]senior)\b|中级/gi, 'mid'],
  [/\b(?:senior|sr\.?|experienced)\b|高级|资深/gi, 'senior'],
  [/\b(?:lead|staff|team lead|tech lead|technical lead|lead engineer|manager)\b|主管/gi, 'lead'],
  [/\b(?:principal|distinguished|fellow|chief architect)\b|首席/gi, 'principal'],
  [/\b(?:director|head of|vp|vice president|chief|cto|cio|ceo|cdo|svp|evp)\b|总监|总裁/gi, 'executive'],
];

/** Words that make "lead" a verb or adjective, not a title: "lead to success", "lead the design". */
const LEAD_NOT_TITLE = /^\s*(?:to|the|a|an|our|your|and|by|in|on|with|efforts|projects?|initiatives?|discussions?|technical|teams?|customer|development|design|cross)\b/i;

/** Levels stated in a title or a title-like phrase ("looking for a Senior Data Engineer"). */
export function findStatedLevels(title: string, offset: number): LevelFinding[] {
  const out: LevelFinding[] = [];
  for (const [re, level] of LEVEL_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(title); m; m = re.exec(title)) {
      const word = m[0].toLowerCase();
      if ((word === 'lead' || word === 'manager') && LEAD_NOT_TITLE.test(title.slice(m.index + m[0].length))) continue;
      if (word === 'experienced' && !/\b(?:engineer|developer|scientist|architect|analyst|designer|manager|professional)\b/i.test(title)) continue;
      out.push({ level, start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Titles that imply a level without stating one: an architect is senior. */
export function impliedByTitle(title: string): SeniorityLevel | null {
  if (/\barchitect\b|架构师/i.test(title)) return 'senior';
  return null;
}

/**
 * The level years of experience imply, when nothing states one: under 2 years junior, 2-4 mid,
 * 5-9 senior, 10 or more lead. A range counts by its lower end.
 */
export function levelFromYears(years: YearsOfExperience | null): SeniorityLevel | null {
  if (!years) return null;
  const y = years.min;
  if (y < 2) return 'junior';
  if (y < 5) return 'mid';
  if (y < 10) return 'senior';
  return 'lead';
}

export const TITLE_CUES =
  /\b(?:hiring|seeking|looking for|searching for|recruiting|join (?:us|our team|the team) as|position of|role of|opening for|need)\s+(?:an?\s+|the\s+|one\s+)?((?:[\w+#./&()-]+\s+){0,8}?(?:engineer|developer|scientist|architect|analyst|designer|manager|lead|intern|specialist|consultant|administrator|programmer|researcher|director|technician|tester|officer|head|expert|devops|sre|associate|professional|executive)s?)\b/iy;

/**
 * Job titles named in running text: "We are looking for a Senior Data Engineer to join ...". Read
 * at each of `cues`, the indices in `text` of the words that may come before one ("looking for",
 * "hiring"), in order: as a scan of the whole text would find them, without the scan.
 */
export function findTitlePhrases(text: string, offset: number, cues: readonly number[]): { title: string; start: number; end: number }[] {
  return matchesAt(TITLE_CUES, text, cues).map((m) => {
    const title = m[1]!;
    const start = m.index + m[0].length - title.length;
    return { title, start: offset + start, end: offset + start + title.length };
  });
}

/** A header field that states a level: "Experience level: Senior", "Job level Mid-Senior". */
export const LEVEL_FIELD = /\b(?:experience|seniority|career|job) level(?:[ \t]*:)?\s*([A-Za-z-]+(?:[ ,/]+[A-Za-z-]+)?)/iy;

/**
 * The first field of `text` that states a level, read at each of `cues` (the indices where one may
 * start, in order: "experience level", "job level"...), as a scan of the text would find it.
 */
export function findLevelField(text: string, cues: readonly number[]): RegExpExecArray | null {
  return matchesAt(LEVEL_FIELD, text, cues)[0] ?? null;
}
