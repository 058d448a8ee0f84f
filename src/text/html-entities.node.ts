import { requireEntityDecoding } from '../lazy-require.cjs';

let loaded: ReturnType<typeof requireEntityDecoding> | undefined;

/**
 * The `entities` package's decoder, loaded on first use (the Node builds): loading it takes a new
 * process about as long as loading the rest of the package, and most postings have no reference
 * but the few `decodeReference` decodes by itself. `require` loads it synchronously (src/lazy-require.cjs).
 */
export function entityDecoding(): ReturnType<typeof requireEntityDecoding> {
  return (loaded ??= requireEntityDecoding());
}
