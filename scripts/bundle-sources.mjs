// Bundles a script's TypeScript entry with the package's sources (esbuild), as the scripts that time
// the sources' steps run them: into node_modules/.cache/skilltag/<name>.mjs, zod and entities left to
// node_modules as the package loads them. Returns the bundle's URL, for `import()`.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function bundleSources(entry, name, plugins = []) {
  const outfile = fileURLToPath(new URL(`../node_modules/.cache/skilltag/${name}.mjs`, import.meta.url));
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['zod', 'zod/*', 'entities', 'entities/*'],
    plugins,
    logLevel: 'error',
  });
  return pathToFileURL(outfile).href;
}
