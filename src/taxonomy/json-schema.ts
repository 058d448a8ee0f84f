import { taxonomySchemas } from './schema.js';
import { zod } from './zod.js';

/** The JSON Schema of taxonomy files, for editors: put `"$schema"` in a file to get completion and checks. */
export function taxonomyJsonSchema(): Record<string, unknown> {
  return {
    ...zod().toJSONSchema(taxonomySchemas().taxonomyFileSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://unpkg.com/skilltag/dist/taxonomy.schema.json',
    title: 'skilltag taxonomy',
  };
}
