import { defaultTaxonomy } from '../index.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { taxonomyFromFiles, type TaxonomySource } from '../taxonomy/validate-files.js';
import { describeJsonError, fileProblem, readText } from './inputs.js';

/** A problem that stops the command before any work: exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Reads taxonomy files; an unreadable file or bad JSON is a UsageError naming the file. */
export async function readTaxonomySources(files: readonly string[]): Promise<TaxonomySource[]> {
  const out: TaxonomySource[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      throw new UsageError(fileProblem(file, error));
    }
    try {
      out.push({ source: file, content: JSON.parse(text) });
    } catch (error) {
      throw new UsageError(`${file}: not valid JSON: ${describeJsonError(text, error)}`);
    }
  }
  return out;
}

/** The default taxonomy extended by the given files (all problems in a TaxonomyError). */
export async function loadTaxonomy(files: readonly string[]): Promise<Taxonomy> {
  if (files.length === 0) return defaultTaxonomy;
  const sources = await readTaxonomySources(files);
  return taxonomyFromFiles(sources, () => defaultTaxonomy);
}

