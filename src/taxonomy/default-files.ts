// The default taxonomy's files in data/, one per domain, bound here and nowhere else.
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
import type { SkillEntryInput } from './schema.js';

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

/** A file's content, as the taxonomy files are written. */
export function contentOf(file: unknown): { skills: SkillEntryInput[] } {
  return file as { skills: SkillEntryInput[] };
}
