/** zod, loaded on first call. */
export declare function requireZod(): typeof import('zod');
/** The `entities` package's decoder, loaded on first call. */
export declare function requireEntityDecoding(): typeof import('entities/decode');
