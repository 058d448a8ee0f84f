import { createRequire } from 'node:module';
import type { z } from 'zod';

const require = createRequire(import.meta.url);
let loaded: typeof z | undefined;

/**
 * zod, loaded on first use (the Node builds). Loading it takes longer than loading the
 * rest of the package, and tagging with the default taxonomy never needs it: only validating a
 * taxonomy file or making its JSON Schema does. `require` loads it synchronously, so the taxonomy
 * functions stay synchronous.
 */
export function zod(): typeof z {
  return (loaded ??= (require('zod') as typeof import('zod')).z);
}
