// skilltag/discover: finds the skills a taxonomy lacks in a set of postings, as ready-to-paste entries.
// compromise and natural are loaded only here, never by the core entry; natural by deep path only
// (its root import prints to stdout and loads database drivers).
import JaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { getDefaultTaxonomy } from '../taxonomy/default.js';
import type { Category, SkillEntryInput, TaxonomyFileInput } from '../taxonomy/schema.js';
import { LazyTaxonomy, surfaceForms, type Taxonomy } from '../taxonomy/taxonomy.js';
import { createTagger } from '../tagger.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../match/tokenize.js';
import { segment } from '../segment/segment.js';
import { bulletCandidates, findCandidates, type Candidate } from './candidates.js';

export interface SuggestOptions {
  /** The taxonomy whose gaps to find (default: the default taxonomy). */
  taxonomy?: Taxonomy;
  /** How many suggestions to return (default 50). */
  limit?: number;
  /** Leave out candidates seen in fewer postings than this (default 1). */
  minPostings?: number;
}

export interface SuggestionExample {
  /** Index of the posting in the input. */
  posting: number;
  /** Offsets of the candidate in that posting: `text === posting.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** The sentence around it, for reading. */
  snippet: string;
}

export interface SkillSuggestion {
  id: string;
  name: string;
  category: Category;
  /** Other spellings seen, grouped with the name by their stems ("unit test", "unit tests"). */
  aliases: string[];
  /** How many postings mention it. */
  postings: number;
  mentions: number;
  /** An existing alias that is spelled almost the same ("Kubernets" → kubernetes), if any. */
  possibleAliasOf: { id: string; name: string; alias: string; similarity: number } | null;
  examples: SuggestionExample[];
}

const stemKey = (text: string): string =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}#+.]+/u)
    .filter(Boolean)
    .map((w) => PorterStemmer.stem(w))
    .join(' ');

function kebab(text: string): string {
  const words = text.toLowerCase().replace(/\+/g, 'p').replace(/#/g, 'sharp').split(/[^a-z0-9]+/).filter(Boolean);
  return words.join('-').slice(0, 60).replace(/-$/, '') || 'skill';
}

/** A first guess at the category, for the user to review. */
function guessCategory(name: string): Category {
  const n = name.toLowerCase();
  if (/test(ing)?\b|qa\b/.test(n)) return 'software-engineering';
  if (/\b(aws|azure|gcp|cloud)\b/.test(n)) return 'cloud';
  if (/\b(db|database|sql)\b/.test(n)) return 'database';
  if (/\b(security|auth|crypt)/.test(n)) return 'security';
  if (/\b(learning|model|ai|nlp|vision)\b/.test(n)) return 'ai-ml';
  if (/[A-Z].*[A-Z]|\d|\.js\b|^[A-Z][a-z]+$/.test(name)) return 'developer-tool';
  return 'domain-knowledge';
}

/** How alike a candidate and an alias must be to be flagged: a typo, not a different word ("Boot", "Boost"). */
const SIMILAR = 0.95;
const MAX_LENGTH_DIFFERENCE = 2;

/**
 * Reads postings and proposes the skills the taxonomy lacks: phrases in skill contexts ("experience
 * with X", "knowledge of X", "such as X, Y and Z") that compromise reads as noun phrases and the
 * taxonomy does not know, grouped by their stems, ranked by how many postings mention them.
 * Near-duplicates of existing aliases are flagged as possible aliases.
 */
export function suggestSkills(texts: Iterable<string>, options: SuggestOptions = {}): SkillSuggestion[] {
  const taxonomy = options.taxonomy ? (options.taxonomy instanceof LazyTaxonomy ? options.taxonomy.resolve() : options.taxonomy) : getDefaultTaxonomy();
  const tagger = createTagger({ taxonomy });
  const limit = options.limit ?? 50;
  const minPostings = options.minPostings ?? 1;

  interface Group {
    forms: Map<string, number>;
    postings: Set<number>;
    mentions: number;
    examples: SuggestionExample[];
  }
  const groups = new Map<string, Group>();
  // Every alias of the taxonomy by its stems, so "Germans" or "containers" count as known whatever their context rules.
  const knownKeys = new Set<string>();
  for (const entry of taxonomy.skills) for (const { alias } of surfaceForms(entry)) knownKeys.add(stemKey(alias.text));
  let index = -1;
  for (const input of texts) {
    index++;
    if (typeof input !== 'string') throw new TypeError(`suggestSkills: posting ${index} is not a string`);
    const clean = normalize(input);
    const { clauses, sections } = segment(clean.text, clean.headingLines, tokenize(clean.text));
    const candidates: Candidate[] = [];
    for (const clause of clauses) {
      // Company, pay and equal-opportunity text names no skills a posting asks for.
      const kind = sections[clause.section]?.kind;
      if (clause.boilerplate || clause.negated || kind === 'about' || kind === 'benefits') continue;
      const body = clean.text.slice(clause.start, clause.end);
      candidates.push(...findCandidates(body, clause.start));
      if (clause.bullet && (kind === 'requirements' || kind === 'preferred')) candidates.push(...bulletCandidates(body, clause.start));
    }
    const seen = new Set<number>();
    for (const c of candidates) {
      if (seen.has(c.start)) continue; // found both after a cue and as a noun phrase
      seen.add(c.start);
      const key = stemKey(c.text);
      if (!key || knownKeys.has(key)) continue;
      // A phrase with a known skill in it ("TDD using JUnit", "Jenkins Terraform Python") is that skill in context.
      if (tagger.extractSkills(c.text).length > 0) continue;
      let g = groups.get(key);
      if (!g) {
        g = { forms: new Map(), postings: new Set(), mentions: 0, examples: [] };
        groups.set(key, g);
      }
      g.forms.set(c.text, (g.forms.get(c.text) ?? 0) + 1);
      g.mentions++;
      if (!g.postings.has(index) && g.examples.length < 3) {
        const start = clean.map.start(c.start);
        const end = Math.max(start, clean.map.end(c.end));
        const s = Math.max(0, clean.text.lastIndexOf('\n', c.start) + 1, c.start - 80);
        let e = clean.text.indexOf('\n', c.end);
        if (e < 0 || e > c.end + 80) e = Math.min(clean.text.length, c.end + 80);
        g.examples.push({ posting: index, start, end, text: input.slice(start, end), snippet: clean.text.slice(s, e).trim() });
      }
      g.postings.add(index);
    }
  }

  // Existing aliases by first letter, for the near-duplicate check.
  const aliasesByInitial = new Map<string, { id: string; name: string; alias: string }[]>();
  const ids = new Set<string>();
  for (const entry of taxonomy.skills) {
    ids.add(entry.id);
    for (const { alias } of surfaceForms(entry)) {
      const lower = alias.text.toLowerCase();
      const list = aliasesByInitial.get(lower[0]!) ?? [];
      list.push({ id: entry.id, name: entry.name, alias: lower });
      aliasesByInitial.set(lower[0]!, list);
    }
  }

  // A single lowercase word ("feedback", "burnout") is a skill only if several postings use it so.
  const plainWord = (g: Group): boolean => [...g.forms.keys()].every((f) => /^[a-z]+$/.test(f));
  const ranked = [...groups.values()]
    .filter((g) => g.postings.size >= minPostings && !(plainWord(g) && g.postings.size < 2))
    .sort((a, b) => b.postings.size - a.postings.size || b.mentions - a.mentions)
    .slice(0, limit);
  const used = new Set<string>();
  return ranked.map((g) => {
    const forms = [...g.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const name = forms[0]![0];
    let id = kebab(name);
    for (let k = 2; ids.has(id) || used.has(id); k++) id = `${kebab(name)}-${k}`;
    used.add(id);
    let best: SkillSuggestion['possibleAliasOf'] = null;
    const lower = name.toLowerCase();
    for (const a of aliasesByInitial.get(lower[0]!) ?? []) {
      if (Math.abs(a.alias.length - lower.length) > MAX_LENGTH_DIFFERENCE || lower.length < 5) continue;
      const similarity = JaroWinkler(lower, a.alias);
      if (similarity >= SIMILAR && similarity < 1 && (!best || similarity > best.similarity)) {
        best = { ...a, similarity: Math.round(similarity * 1000) / 1000 };
      }
    }
    const aliases = forms.slice(1).map(([f]) => f).filter((f) => f.toLowerCase() !== lower);
    return {
      id,
      name,
      category: guessCategory(name),
      aliases: [...new Set(aliases.map((a) => a))].filter((a, i, all) => all.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i),
      postings: g.postings.size,
      mentions: g.mentions,
      possibleAliasOf: best,
      examples: g.examples,
    };
  });
}

/** Suggestions as a taxonomy file that extends the default taxonomy (`skilltag validate` accepts it). */
export function suggestionsToTaxonomy(suggestions: readonly SkillSuggestion[]): TaxonomyFileInput {
  const skills: SkillEntryInput[] = suggestions.map((s) => {
    const seen = `Seen in ${s.postings} posting${s.postings === 1 ? '' : 's'}`;
    const alias = s.possibleAliasOf ? `; possibly a spelling of "${s.possibleAliasOf.alias}" (${s.possibleAliasOf.id})` : '';
    const example = s.examples[0] ? `, e.g. "${s.examples[0].snippet}"` : '';
    return {
      id: s.id,
      name: s.name,
      category: s.category,
      ...(s.aliases.length ? { aliases: s.aliases } : {}),
      description: `${seen}${alias}${example}`.slice(0, 500),
    };
  });
  return { skills };
}
