import { z } from 'zod';

/**
 * zod, which validates taxonomy files. This module imports it with the package, which works in every
 * environment; the Node builds replace it with zod.node.ts (see tsup.config.ts), which loads zod only
 * when a taxonomy file is validated.
 */
export const zod = (): typeof z => z;
