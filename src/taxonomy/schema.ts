import type { z as Zod } from 'zod';
import { zod } from './zod.js';

/**
 * The closed list of categories. A taxonomy entry must use one of these; users who need another
 * grouping can roll skills up through `broader` links instead.
 */
export const CATEGORIES = [
  'programming-language',
  'gpu-computing',
  'ai-ml',
  'ml-framework',
  'data',
  'database',
  'cloud',
  'devops',
  'operating-system',
  'web',
  'mobile',
  'security',
  'networking',
  'software-engineering',
  'methodology',
  'developer-tool',
  'library-framework',
  'hardware',
  'design',
  'business-software',
  'field-of-study',
  'domain-knowledge',
  'human-language',
  'certification',
  'soft-skill',
] as const;

export type Category = (typeof CATEGORIES)[number];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The zod schemas of taxonomy files. */
function makeSchemas(z: typeof Zod) {
  const skillIdSchema = z
    .string()
    .regex(KEBAB, { message: 'must be kebab-case: lowercase letters and digits joined by single hyphens ("apache-spark")' })
    .max(80);

  const phrase = z.string().trim().min(1, { message: 'must not be empty' }).max(200);

  const contextRuleSchema = z
    .strictObject({
      near: z
        .array(phrase)
        .optional()
        .describe('Words or phrases that confirm the alias when they occur within `window` words of it.'),
      window: z.number().int().min(1).max(40).optional().describe('How many words either side `near` looks at (default 8).'),
      inSkillList: z
        .boolean()
        .optional()
        .describe('Confirm the alias when it is listed next to another skill ("Go, Rust and C++"). Default true.'),
      notFollowedBy: z
        .array(phrase)
        .optional()
        .describe('Words that reject the alias when they come right after it ("go to market").'),
      notPrecededBy: z
        .array(phrase)
        .optional()
        .describe('Words that reject the alias when they come right before it ("to make").'),
    })
    .describe('Evidence an ambiguous alias needs before it is tagged: at least one confirmation and no rejection.');


  const aliasObjectSchema = z.strictObject({
    text: phrase.describe('The surface form as it is written in postings.'),
    caseSensitive: z.boolean().optional().describe('Match only with this exact capitalisation (default false).'),
    inflect: z
      .boolean()
      .optional()
      .describe('Also match simple plural/singular forms of the last word (default true for words of 3+ letters).'),
    context: contextRuleSchema.optional(),
    sharedWith: z
      .array(skillIdSchema)
      .optional()
      .describe('Ids of other entries that deliberately use the same alias; context rules then decide.'),
  });

  const aliasSchema = z.union([phrase, aliasObjectSchema]);

  const refsSchema = z
    .strictObject({
      esco: z
        .string()
        .regex(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/, {
          message: 'must be an ESCO concept URI (http://data.europa.eu/esco/skill/<uuid>)',
        })
        .optional(),
      onet: z
        .string()
        .regex(/^\d{8}$/, { message: 'must be an 8-digit UNSPSC commodity code as used by O*NET' })
        .optional(),
      onetExample: z.string().min(1).optional().describe('The O*NET technology example name this entry corresponds to.'),
      wikidata: z.string().regex(/^Q\d+$/, { message: 'must be a Wikidata QID such as "Q123"' }).optional(),
    })
    .describe('Cross-reference ids in other classifications.');

  const skillEntrySchema = z.strictObject({
    id: skillIdSchema.describe('Stable identifier; never reuse or rename.'),
    name: phrase.describe('Canonical display name; also matched as an alias unless an alias object overrides it.'),
    category: z.enum(CATEGORIES),
    aliases: z.array(aliasSchema).optional(),
    broader: z.array(skillIdSchema).optional().describe('Ids of broader skills this one rolls up to.'),
    refs: refsSchema.optional(),
    description: z.string().max(500).optional(),
  });


  const skillPatchSchema = z
    .strictObject({
      id: skillIdSchema.describe('Id of an existing entry to change.'),
      name: phrase.optional(),
      category: z.enum(CATEGORIES).optional(),
      aliases: z.array(aliasSchema).optional().describe('Aliases to add to the entry.'),
      removeAliases: z.array(phrase).optional().describe('Aliases (by text, case-insensitive) to take away from the entry.'),
      broader: z.array(skillIdSchema).optional().describe('Broader links to add.'),
      refs: refsSchema.optional(),
      description: z.string().max(500).optional(),
    })
    .describe('A change to an entry that already exists in the taxonomy being extended.');


  const taxonomyFileSchema = z
    .strictObject({
      $schema: z.string().optional(),
      base: z
        .enum(['default', 'none'])
        .optional()
        .describe('"default" (the default): this file extends the default taxonomy. "none": it stands alone, or with other files that also say "none".'),
      skills: z.array(skillEntrySchema).optional().describe('New entries.'),
      extend: z.array(skillPatchSchema).optional().describe('Changes to entries of the taxonomy being extended.'),
      remove: z.array(skillIdSchema).optional().describe('Ids of entries to drop from the taxonomy being extended.'),
    })
    .describe('A skilltag taxonomy file: the default taxonomy or an extension of it.');

  return { contextRuleSchema, aliasSchema, skillEntrySchema, skillPatchSchema, taxonomyFileSchema };
}

type Schemas = ReturnType<typeof makeSchemas>;
let schemas: Schemas | undefined;

/**
 * The zod schemas of taxonomy files, made on first use: only validating a taxonomy file and its JSON
 * Schema need them (and zod), never tagging with the default taxonomy.
 */
export function taxonomySchemas(): Schemas {
  return (schemas ??= makeSchemas(zod()));
}

export type ContextRule = Zod.infer<Schemas['contextRuleSchema']>;
export type AliasInput = Zod.infer<Schemas['aliasSchema']>;
export type SkillEntryInput = Zod.infer<Schemas['skillEntrySchema']>;
export type SkillPatchInput = Zod.infer<Schemas['skillPatchSchema']>;
export type TaxonomyFileInput = Zod.infer<Schemas['taxonomyFileSchema']>;
