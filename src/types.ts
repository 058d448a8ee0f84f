/** Where a tag's evidence is: `text === input.slice(start, end)`, offsets in UTF-16 code units. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export type Requirement = 'required' | 'preferred' | 'mentioned';

/** A skill mention: where it is, which taxonomy alias matched, and what its own clause asks for. */
export interface SkillMention extends Mention {
  /** The alias of the taxonomy entry that matched (for a plural or joined form, the alias it came from). */
  alias: string;
  /** The requirement level this mention alone gives; the tag's level is the strongest of them. */
  requirement: Requirement;
}

export interface SkillTag {
  /** Stable kebab-case id from the taxonomy: "cuda", "apache-spark". */
  id: string;
  /** Canonical display name: "CUDA", "Apache Spark". */
  name: string;
  category: string;
  requirement: Requirement;
  /** 0..1: how sure the tag is, from how it was found (see README). */
  confidence: number;
  /** Every place the skill is named, in order. */
  mentions: SkillMention[];
  /** Ids of the broader skills the taxonomy links this one to (not themselves tagged). */
  broader: string[];
}

export type SeniorityLevel = 'intern' | 'junior' | 'mid' | 'senior' | 'lead' | 'principal' | 'executive';

export interface YearsOfExperience {
  min: number;
  max: number | null;
}

export interface Seniority {
  level: SeniorityLevel | null;
  years: YearsOfExperience | null;
  evidence: Mention[];
  /** The level the posting states (title, "Senior", "Lead"), if any. */
  stated: SeniorityLevel | null;
  /** The level implied by the years of experience asked for, if any. */
  implied: SeniorityLevel | null;
}

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate';

export interface DegreeRequirement {
  level: DegreeLevel;
  /** Canonical field names: "Computer Science", "Electrical Engineering". */
  fields: string[];
  requirement: 'required' | 'preferred';
  /** "or equivalent experience" */
  equivalentExperience: boolean;
  evidence: Mention[];
}

export type SalaryPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';

export interface Salary {
  min: number;
  max: number | null;
  /** ISO 4217 code: "USD", "EUR". */
  currency: string;
  period: SalaryPeriod;
  evidence: Mention[];
}

export type SectionKind = 'about' | 'responsibilities' | 'requirements' | 'preferred' | 'benefits' | 'other';

export interface Section {
  kind: SectionKind;
  /** Offsets into the input of the whole section, heading included. */
  start: number;
  end: number;
  /** The heading as written, or null for text before the first heading. */
  heading: string | null;
}

export interface RoleTags {
  /** The role's title as written. */
  title: string;
  start: number;
  end: number;
  skills: SkillTag[];
  seniority: Seniority;
  degrees: DegreeRequirement[];
}

export interface PostingTags {
  /** One per skill id, in order of first mention. */
  skills: SkillTag[];
  seniority: Seniority;
  degrees: DegreeRequirement[];
  salary: Salary | null;
  /** One entry per role when a posting advertises several; [] for one role. */
  roles: RoleTags[];
  sections: Section[];
}

export interface TagOptions {
  /** Drop skills whose confidence is below this (default 0). */
  minConfidence?: number;
  /** Leave out skills of these categories, e.g. ["soft-skill"]. */
  excludeCategories?: string[];
}
