// Writes dist/taxonomy.schema.json from the built package, so the file always matches the zod schema.
import { writeFileSync } from 'node:fs';
import { taxonomyJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/taxonomy.schema.json', import.meta.url), JSON.stringify(taxonomyJsonSchema(), null, 2) + '\n');
