// The default taxonomy: the JSON files in data/, one per domain, bound here and nowhere else.
import aiMl from '../../data/ai-ml.json';
import business from '../../data/business.json';
import certifications from '../../data/certifications.json';
import cloud from '../../data/cloud.json';
import data from '../../data/data.json';
import devops from '../../data/devops.json';
import fields from '../../data/fields.json';
import gpuHpc from '../../data/gpu-hpc.json';
import languages from '../../data/languages.json';
import mlFrameworks from '../../data/ml-frameworks.json';
import security from '../../data/security.json';
import softSkills from '../../data/soft-skills.json';
import softwareEngineering from '../../data/software-engineering.json';
import webMobile from '../../data/web-mobile.json';
import { normalizeEntry } from './parse.js';
import type { SkillEntryInput } from './schema.js';
import { makeTaxonomy, type Taxonomy } from './taxonomy.js';

/** The domain files in the order their entries are listed. */
export const DEFAULT_TAXONOMY_FILES = {
  'gpu-hpc.json': gpuHpc,
  'ai-ml.json': aiMl,
  'ml-frameworks.json': mlFrameworks,
  'languages.json': languages,
  'web-mobile.json': webMobile,
  'software-engineering.json': softwareEngineering,
  'cloud.json': cloud,
  'devops.json': devops,
  'data.json': data,
  'security.json': security,
  'business.json': business,
  'soft-skills.json': softSkills,
  'certifications.json': certifications,
  'fields.json': fields,
} as const;

let cached: Taxonomy | undefined;

/**
 * The curated default taxonomy, made on first use. Its files are validated by the test suite
 * (tests/taxonomy.test.ts parses them with `parseTaxonomy` and checks this gives the same result),
 * so loading them skips validation: tagging with the default taxonomy starts faster.
 */
export function getDefaultTaxonomy(): Taxonomy {
  cached ??= makeTaxonomy(Object.values(DEFAULT_TAXONOMY_FILES).flatMap((f) => contentOf(f).skills.map(normalizeEntry)));
  return cached;
}

/**
 * A file's content. The published build embeds each file as its JSON text (parsed here, on first
 * use, which is much faster than compiling it as a JavaScript object at import); under a test runner
 * it arrives already parsed.
 */
export function contentOf(file: unknown): { skills: SkillEntryInput[] } {
  return (typeof file === 'string' ? JSON.parse(file) : file) as { skills: SkillEntryInput[] };
}
