/** zod, loaded on first call. */
export declare function requireZod(): typeof import('zod');
/** The `entities` package's decoder, loaded on first call. */
export declare function requireEntityDecoding(): typeof import('entities/decode');
/** The default taxonomy's data as text, its first line `key`, read on first call. */
export declare function defaultTaxonomyText(key: string): string;
