import { phraseTokens } from '../match/tokenize.js';
import { formatPath, type TaxonomyIssue } from './errors.js';
import { forEachSurfaceForm, type Alias, type SkillEntry } from './taxonomy.js';

/** Where an entry came from: a path in the file being checked, or the taxonomy it extends. */
export type Origin =
  | { path: (string | number)[]; aliasOffset?: number; broaderOffset?: number }
  | { base: true };

export interface Located {
  entry: SkillEntry;
  origin: Origin;
}

/** The key an alias is compared and looked up by: its tokens, lowercased, as the matcher sees them. */
export function aliasKey(text: string): string {
  return phraseTokens(text).keys.join('\u0001');
}

const describe = (e: SkillEntry): string => `"${e.id}" (${e.name})`;
const pathOf = (o: Origin): (string | number)[] | null => ('path' in o ? o.path : null);

/**
 * The checks that span entries: unique ids, known broader and sharedWith ids, no cycles through
 * broader links, aliases that tokenize to something, and no alias on two entries unless declared.
 * Problems are reported only at entries that have a path (the file being checked), never at the base.
 */
export function checkEntries(entries: readonly Located[]): TaxonomyIssue[] {
  const issues: TaxonomyIssue[] = [];
  const byId = new Map<string, Located>();
  /** The entries whose id an earlier entry has: reported here, and left out of the alias checks. */
  const duplicates = new Set<Located>();
  for (const item of entries) {
    const path = pathOf(item.origin);
    const seen = byId.get(item.entry.id);
    if (seen) {
      if (seen !== item) duplicates.add(item);
      if (path) {
        const where = pathOf(seen.origin);
        issues.push({
          code: 'duplicate_id',
          path: [...path, 'id'],
          message: `id "${item.entry.id}" is already used by ${describe(seen.entry)}${where ? ` at ${formatPath(where)}` : ' in the taxonomy being extended'}`,
          hint: 'ids must be unique; use "extend" to change an existing entry',
        });
      }
      continue;
    }
    byId.set(item.entry.id, item);
  }

  for (const item of entries) {
    const path = pathOf(item.origin);
    if (!path) continue;
    const offset = 'path' in item.origin ? (item.origin.broaderOffset ?? 0) : 0;
    item.entry.broader.forEach((id, at) => {
      const i = at - offset;
      if (i < 0) return; // there before a patch: checked with the base
      if (id === item.entry.id) {
        issues.push({ code: 'broader_self', path: [...path, 'broader', i], message: `"${id}" lists itself as broader` });
      } else if (!byId.has(id)) {
        issues.push({
          code: 'unknown_broader',
          path: [...path, 'broader', i],
          message: `broader skill "${id}" does not exist`,
          hint: 'use the id of an entry in this taxonomy or the one it extends',
        });
      }
    });
  }

  issues.push(...checkCycles(entries, byId));
  issues.push(...checkAliases(entries, byId, duplicates));
  return issues;
}

function checkCycles(entries: readonly Located[], byId: Map<string, Located>): TaxonomyIssue[] {
  const issues: TaxonomyIssue[] = [];
  const state = new Map<string, 1 | 2>(); // 1: on the stack, 2: done
  for (const start of entries) {
    // An entry without broader links cannot be on a cycle.
    if (start.entry.broader.length === 0 || state.has(start.entry.id)) continue;
    // Iterative depth-first search, so a long chain of broader links cannot overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: start.entry.id, next: 0 }];
    state.set(start.entry.id, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const broader = byId.get(top.id)?.entry.broader ?? [];
      if (top.next >= broader.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const next = broader[top.next++]!;
      if (next === top.id || !byId.has(next)) continue;
      const s = state.get(next);
      if (s === 1) {
        const cycle = [...stack.slice(stack.findIndex((f) => f.id === next)).map((f) => f.id), next];
        const at = byId.get(top.id)!;
        const path = pathOf(at.origin);
        if (path) {
          issues.push({
            code: 'broader_cycle',
            path: [...path, 'broader', top.next - 1],
            message: `broader links form a cycle: ${cycle.join(' → ')}`,
          });
        }
      } else if (s === undefined) {
        state.set(next, 1);
        stack.push({ id: next, next: 0 });
      }
    }
  }
  return issues;
}

interface AliasSite {
  located: Located;
  alias: Alias;
  index: number | 'name';
}

function sitePath(site: AliasSite): (string | number)[] | null {
  const origin = site.located.origin;
  if (!('path' in origin)) return null;
  if (site.index === 'name') return [...origin.path, 'name'];
  const index = site.index - (origin.aliasOffset ?? 0);
  return index < 0 ? null : [...origin.path, 'aliases', index];
}

function declared(a: AliasSite, b: AliasSite): boolean {
  return a.alias.sharedWith.includes(b.located.entry.id) || b.alias.sharedWith.includes(a.located.entry.id);
}

/**
 * Where the aliases are, as `checkAliases` keeps them while it reads them all: site `s` is alias
 * `aliases[s]` of `entries[s]`, at `indices[s]`. Three lists rather than an object a site: a large
 * taxonomy has hundreds of thousands of aliases, nearly all with a key of their own.
 */
class Sites {
  readonly entries: Located[] = [];
  readonly aliases: Alias[] = [];
  readonly indices: (number | 'name')[] = [];

  add(located: Located, alias: Alias, index: number | 'name'): number {
    this.entries.push(located);
    this.aliases.push(alias);
    return this.indices.push(index) - 1;
  }

  get(s: number): AliasSite {
    return { located: this.entries[s]!, alias: this.aliases[s]!, index: this.indices[s]! };
  }
}

function checkAliases(entries: readonly Located[], byId: Map<string, Located>, duplicates: ReadonlySet<Located>): TaxonomyIssue[] {
  const issues: TaxonomyIssue[] = [];
  const sites = new Sites();
  // One site per key, a list only where keys repeat: most keys are unique, and a large taxonomy has
  // hundreds of thousands of them.
  const byKey = new Map<string, number | number[]>();
  /** The entry whose surface forms `visit` is given. */
  let located: Located;
  const visit = (alias: Alias, index: number | 'name'): void => {
    const key = aliasKey(alias.text);
    const aliasPath = alias.sharedWith.length || !key ? sitePath({ located, alias, index }) : null;
    if (aliasPath) {
      alias.sharedWith.forEach((id, i) => {
        if (!byId.has(id)) {
          issues.push({
            code: 'unknown_shared_with',
            path: [...aliasPath, 'sharedWith', i],
            message: `sharedWith names "${id}", which does not exist`,
          });
        }
      });
    }
    if (!key) {
      if (aliasPath) {
        issues.push({
          code: 'empty_alias',
          path: aliasPath,
          message: `"${alias.text}" has no letters, digits or symbols to match`,
        });
      }
      return;
    }
    const site = sites.add(located, alias, index);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, site);
    else if (Array.isArray(seen)) seen.push(site);
    else byKey.set(key, [seen, site]);
  };
  for (const item of entries) {
    if (duplicates.has(item)) continue; // a duplicate id, reported already
    located = item;
    forEachSurfaceForm(item.entry, visit);
  }

  for (const numbers of byKey.values()) {
    if (!Array.isArray(numbers)) continue;
    const here = numbers.map((s) => sites.get(s));
    for (let i = 1; i < here.length; i++) {
      const b = here[i]!;
      for (let j = 0; j < i; j++) {
        const a = here[j]!;
        const bothExact = a.alias.caseSensitive && b.alias.caseSensitive && a.alias.text !== b.alias.text;
        if (bothExact) continue;
        const pathB = sitePath(b);
        const pathA = sitePath(a);
        const reportAt = pathB ?? pathA;
        if (!reportAt) continue; // both in the base: checked when the base was made
        if (a.located === b.located) {
          if (a.index === 'name' || b.index === 'name') continue;
          issues.push({
            code: 'duplicate_alias',
            path: reportAt,
            message: `"${b.alias.text}" repeats alias "${a.alias.text}" of the same entry ${describe(a.located.entry)}`,
          });
          continue;
        }
        if (declared(a, b)) continue;
        const [mine, other] = pathB ? [b, a] : [a, b];
        const otherPath = sitePath(other);
        issues.push({
          code: 'alias_collision',
          path: reportAt,
          message:
            `alias "${mine.alias.text}" of ${describe(mine.located.entry)} collides with ` +
            `"${other.alias.text}" of ${describe(other.located.entry)}` +
            (otherPath ? ` at ${formatPath(otherPath)}` : ' in the taxonomy being extended'),
          hint: `remove one, or declare "sharedWith": ["${other.located.entry.id}"] on the alias if both skills really use it`,
        });
      }
    }
  }
  return issues;
}
