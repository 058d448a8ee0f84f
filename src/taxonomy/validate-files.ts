import { TaxonomyError, type TaxonomyIssue } from './errors.js';
import { extendTaxonomy, safeParseTaxonomy } from './parse.js';
import type { Taxonomy } from './taxonomy.js';

export interface TaxonomySource {
  /** A file name, for messages. */
  source: string;
  /** The file's parsed JSON. */
  content: unknown;
}

const baseOf = (content: unknown): string =>
  typeof content === 'object' && content !== null && (content as { base?: unknown }).base === 'none' ? 'none' : 'default';

/**
 * Builds a taxonomy from files. Files that say `"base": "none"` stand together as one taxonomy (the
 * default taxonomy's own files do); the others extend, in order, the default taxonomy, or the
 * standalone files when there are any. Every problem in every file is reported at once, each with
 * its file and path.
 */
export function taxonomyFromFiles(files: readonly TaxonomySource[], defaultTaxonomy: () => Taxonomy): Taxonomy {
  const issues: TaxonomyIssue[] = [];
  const standalone = files.filter((f) => baseOf(f.content) === 'none');
  const extensions = files.filter((f) => baseOf(f.content) !== 'none');
  let taxonomy: Taxonomy | null = null;

  if (standalone.length) {
    // Check each file's shape on its own, so that paths point into that file.
    const skills: unknown[] = [];
    const owner: { source: string; index: number }[] = [];
    for (const f of standalone) {
      const alone = safeParseTaxonomy({ ...(f.content as object), skills: [] });
      if (!alone.success) issues.push(...alone.error.issues.map((i) => ({ ...i, source: f.source })));
      const list = (f.content as { skills?: unknown }).skills;
      if (Array.isArray(list)) {
        list.forEach((s, index) => {
          skills.push(s);
          owner.push({ source: f.source, index });
        });
      }
    }
    const together = safeParseTaxonomy({ skills });
    if (together.success) taxonomy = together.data;
    else {
      for (const issue of together.error.issues) {
        const at = issue.path[0] === 'skills' && typeof issue.path[1] === 'number' ? owner[issue.path[1]] : undefined;
        issues.push(at ? { ...issue, source: at.source, path: ['skills', at.index, ...issue.path.slice(2)] } : issue);
      }
    }
  }
  if (issues.length) throw new TaxonomyError(issues);
  let current: Taxonomy | null = taxonomy;
  for (const f of extensions) {
    try {
      current = extendTaxonomy(current ?? defaultTaxonomy(), f.content, { source: f.source });
    } catch (error) {
      if (!(error instanceof TaxonomyError)) throw error;
      issues.push(...error.issues.map((i) => ({ ...i, source: f.source })));
    }
  }
  if (issues.length) throw new TaxonomyError(issues);
  return current ?? defaultTaxonomy();
}
