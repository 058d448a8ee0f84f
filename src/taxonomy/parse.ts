import type { z } from 'zod';
import { checkEntries, type Located } from './check.js';
import { TaxonomyError, type TaxonomyIssue } from './errors.js';
import {
  CATEGORIES,
  taxonomySchemas,
  type AliasInput,
  type SkillEntryInput,
  type SkillPatchInput,
  type TaxonomyFileInput,
} from './schema.js';
import { isTaxonomy, makeTaxonomy, type Alias, type SkillEntry, type Taxonomy } from './taxonomy.js';

export interface ParseOptions {
  /** A file name or label to put in error messages. */
  source?: string;
}

export type SafeParseResult = { success: true; data: Taxonomy } | { success: false; error: TaxonomyError };

const KNOWN_KEYS: Record<string, string[]> = {
  file: ['$schema', 'base', 'skills', 'extend', 'remove'],
  entry: ['id', 'name', 'category', 'aliases', 'broader', 'refs', 'description'],
};

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const known = issue.path.length === 0 ? KNOWN_KEYS.file! : issue.path.length === 2 ? KNOWN_KEYS.entry! : [];
    const guesses = keys
      .map((k) => known.find((c) => c.startsWith(k.slice(0, 4)) || k.startsWith(c.slice(0, 4))))
      .filter((g): g is string => Boolean(g));
    if (guesses.length) return `did you mean ${guesses.map((g) => `"${g}"`).join(', ')}?`;
    if (known.length) return `allowed keys: ${known.join(', ')}`;
  }
  if (issue.code === 'invalid_value' && issue.path[issue.path.length - 1] === 'category') {
    return `one of: ${CATEGORIES.join(', ')}`;
  }
  return undefined;
}

function received(input: unknown, path: readonly PropertyKey[]): string {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return '';
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  if (json === undefined) return typeof v;
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function zodIssues(error: z.ZodError, input: unknown): TaxonomyIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    let message = issue.message;
    if (issue.code === 'invalid_union' && path[path.length - 2] === 'aliases') {
      message = 'an alias must be a string or an object with a "text" string';
    }
    if (issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_type') {
      const got = received(input, issue.path);
      if (got) message += `; received ${got}`;
    }
    const hint = hintFor(issue);
    return { code: issue.code, path, message, ...(hint ? { hint } : {}) };
  });
}

function normalizeAlias(a: AliasInput): Alias {
  if (typeof a === 'string') return { text: a.trim(), caseSensitive: false, inflect: true, context: null, sharedWith: [] };
  return {
    text: a.text,
    caseSensitive: a.caseSensitive ?? false,
    inflect: a.inflect ?? true,
    context: a.context ?? null,
    sharedWith: a.sharedWith ?? [],
  };
}

export function normalizeEntry(e: SkillEntryInput): SkillEntry {
  return {
    id: e.id,
    name: e.name,
    category: e.category,
    aliases: (e.aliases ?? []).map(normalizeAlias),
    broader: e.broader ?? [],
    refs: e.refs ?? {},
    ...(e.description !== undefined ? { description: e.description } : {}),
  };
}

function applyPatch(entry: SkillEntry, patch: SkillPatchInput): SkillEntry {
  const drop = new Set((patch.removeAliases ?? []).map((t) => t.toLowerCase()));
  const aliases = entry.aliases.filter((a) => !drop.has(a.text.toLowerCase()));
  const broader = [...entry.broader];
  for (const b of patch.broader ?? []) if (!broader.includes(b)) broader.push(b);
  const description = patch.description ?? entry.description;
  return {
    id: entry.id,
    name: patch.name ?? entry.name,
    category: patch.category ?? entry.category,
    aliases: [...aliases, ...(patch.aliases ?? []).map(normalizeAlias)],
    broader,
    refs: { ...entry.refs, ...patch.refs },
    ...(description !== undefined ? { description } : {}),
  };
}

function validateFile(input: unknown): { file: TaxonomyFileInput } | { issues: TaxonomyIssue[] } {
  if (Array.isArray(input)) input = { skills: input };
  const result = taxonomySchemas().taxonomyFileSchema.safeParse(input);
  if (!result.success) return { issues: zodIssues(result.error, input) };
  return { file: result.data };
}

/**
 * Applies a taxonomy file to a base: removes, then changes, then adds. Returns every problem found,
 * with its path in the file.
 */
function apply(
  base: readonly SkillEntry[],
  file: TaxonomyFileInput,
): { skills: SkillEntry[]; issues: TaxonomyIssue[] } {
  const issues: TaxonomyIssue[] = [];
  const index = new Map<string, number>();
  base.forEach((s, i) => index.set(s.id, i));
  let current: (SkillEntry | null)[] = base.slice();
  const origins: (Located['origin'])[] = base.map(() => ({ base: true as const }));

  (file.remove ?? []).forEach((id, i) => {
    const at = index.get(id);
    if (at === undefined || current[at] === null) {
      issues.push({ code: 'unknown_id', path: ['remove', i], message: `there is no entry "${id}" to remove` });
      return;
    }
    current[at] = null;
  });

  (file.extend ?? []).forEach((patch, i) => {
    const at = index.get(patch.id);
    if (at === undefined || current[at] === null) {
      issues.push({
        code: 'unknown_id',
        path: ['extend', i, 'id'],
        message: `there is no entry "${patch.id}" to extend`,
        hint: 'put new skills under "skills"',
      });
      return;
    }
    const entry = current[at]!;
    (patch.removeAliases ?? []).forEach((text, j) => {
      if (!entry.aliases.some((a) => a.text.toLowerCase() === text.toLowerCase())) {
        issues.push({
          code: 'unknown_alias',
          path: ['extend', i, 'removeAliases', j],
          message: `"${patch.id}" has no alias "${text}" to remove`,
        });
      }
    });
    const patched = applyPatch(entry, patch);
    current[at] = patched;
    // Problems in what the patch added are reported at the patch; what was there before is the base's.
    origins[at] = {
      path: ['extend', i],
      aliasOffset: patched.aliases.length - (patch.aliases?.length ?? 0),
      broaderOffset: entry.broader.length,
    };
  });

  const added = (file.skills ?? []).map(normalizeEntry);
  const kept: Located[] = [];
  current.forEach((entry, i) => {
    if (entry) kept.push({ entry, origin: origins[i]! });
  });
  const located: Located[] = [...kept, ...added.map((entry, i) => ({ entry, origin: { path: ['skills', i] } }))];
  issues.push(...checkEntries(located));
  current = current.filter(Boolean);
  return { skills: [...(current as SkillEntry[]), ...added], issues };
}

/** Parses a standalone taxonomy (`{ "skills": [...] }`). Throws a `TaxonomyError` listing every problem. */
export function parseTaxonomy(input: unknown, options: ParseOptions = {}): Taxonomy {
  const result = safeParseTaxonomy(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** Like `parseTaxonomy`, but returns `{ success, data | error }` instead of throwing. */
export function safeParseTaxonomy(input: unknown, options: ParseOptions = {}): SafeParseResult {
  if (isTaxonomy(input)) return { success: true, data: input };
  const checked = validateFile(input);
  if ('issues' in checked) return { success: false, error: new TaxonomyError(checked.issues, options.source) };
  const { file } = checked;
  const issues: TaxonomyIssue[] = [];
  if (file.extend?.length) {
    issues.push({
      code: 'extend_without_base',
      path: ['extend'],
      message: 'a standalone taxonomy has nothing to extend',
      hint: 'pass the file to extendTaxonomy(base, file) or --taxonomy instead',
    });
  }
  if (file.remove?.length) {
    issues.push({ code: 'remove_without_base', path: ['remove'], message: 'a standalone taxonomy has nothing to remove from' });
  }
  const applied = apply([], { ...(file.skills ? { skills: file.skills } : {}) });
  issues.push(...applied.issues);
  if (issues.length) return { success: false, error: new TaxonomyError(issues, options.source) };
  return { success: true, data: makeTaxonomy(applied.skills) };
}

/**
 * Extends a taxonomy with a file: `skills` adds new entries, `extend` changes existing ones (adds
 * aliases and broader links, replaces name, category or refs, removes aliases), `remove` drops
 * entries. A file with `"base": "none"` replaces the base instead. A new alias that collides with
 * another entry's alias is an error naming both. Throws a `TaxonomyError` listing every problem.
 */
export function extendTaxonomy(base: Taxonomy, extension: unknown, options: ParseOptions = {}): Taxonomy {
  if (!isTaxonomy(base)) throw new TypeError(`extendTaxonomy: base must be a Taxonomy (from parseTaxonomy or defaultTaxonomy), received ${describeValue(base)}`);
  if (isTaxonomy(extension)) extension = { skills: extension.skills.map(entryToInput) };
  const checked = validateFile(extension);
  if ('issues' in checked) throw new TaxonomyError(checked.issues, options.source);
  const { file } = checked;
  const applied = apply(file.base === 'none' ? [] : base.skills, file);
  if (applied.issues.length) throw new TaxonomyError(applied.issues, options.source);
  return makeTaxonomy(applied.skills);
}

/** An entry in the shape of a taxonomy file, the inverse of parsing. */
export function entryToInput(e: SkillEntry): SkillEntryInput {
  const aliases = e.aliases.map((a): AliasInput => {
    const simple = !a.caseSensitive && a.inflect && !a.context && a.sharedWith.length === 0;
    if (simple) return a.text;
    return {
      text: a.text,
      ...(a.caseSensitive ? { caseSensitive: true } : {}),
      ...(!a.inflect ? { inflect: false } : {}),
      ...(a.context ? { context: a.context } : {}),
      ...(a.sharedWith.length ? { sharedWith: [...a.sharedWith] } : {}),
    };
  });
  return {
    id: e.id,
    name: e.name,
    category: e.category,
    ...(aliases.length ? { aliases } : {}),
    ...(e.broader.length ? { broader: [...e.broader] } : {}),
    ...(Object.keys(e.refs).length ? { refs: { ...e.refs } } : {}),
    ...(e.description !== undefined ? { description: e.description } : {}),
  };
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return `an object (${Object.prototype.toString.call(v)})`;
  if (typeof v === 'string') return `a string`;
  return `${typeof v} ${String(v)}`;
}
