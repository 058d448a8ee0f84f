import * as decoding from 'entities/decode';

/**
 * The `entities` package's decoder, imported with the package, which works in every environment;
 * the Node builds replace this module with html-entities.node.ts (see tsup.config.ts), which loads
 * the package only when a posting has a reference `decodeReference` does not decode by itself.
 */
export const entityDecoding = (): typeof decoding => decoding;
