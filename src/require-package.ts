import { createRequire } from 'node:module';

let require: NodeJS.Require | undefined;

/**
 * `require` for the packages the Node builds load on first use (zod, `entities`), made on first use
 * too: making it costs a new process a little, and most processes never need it.
 */
export function requirePackage<T>(id: string): T {
  return (require ??= createRequire(import.meta.url))(id) as T;
}
