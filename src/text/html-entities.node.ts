import { requirePackage } from '../require-package.js';

let loaded: typeof import('entities/decode') | undefined;

/**
 * The `entities` package's decoder, loaded on first use (the Node builds): loading it takes a new
 * process about as long as loading the rest of the package, and most postings have no reference
 * but the few `decodeReference` decodes by itself. `require` loads it synchronously.
 */
export function entityDecoding(): typeof import('entities/decode') {
  return (loaded ??= requirePackage<typeof import('entities/decode')>('entities/decode'));
}
