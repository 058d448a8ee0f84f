import type { z } from 'zod';
import { requireZod } from '../lazy-require.cjs';

let loaded: typeof z | undefined;

/**
 * zod, loaded on first use (the Node builds). Loading it takes longer than loading the
 * rest of the package, and tagging with the default taxonomy never needs it: only validating a
 * taxonomy file or making its JSON Schema does. `require` loads it synchronously, so the taxonomy
 * functions stay synchronous (src/lazy-require.cjs).
 */
export function zod(): typeof z {
  return (loaded ??= requireZod().z);
}
