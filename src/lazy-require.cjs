'use strict';
// What the Node builds load on first use: zod, when a taxonomy file is validated, and the `entities`
// package's decoder, for a reference the package does not decode by itself (both take a new process
// longer to load than the rest of the package). A CommonJS module so that each is a plain `require`
// call: Node resolves it from the package, and bundlers (esbuild, webpack, Rollup's CommonJS plugin)
// see it and bundle what it loads, still loaded only when it is first called.
exports.requireZod = () => require('zod');
exports.requireEntityDecoding = () => require('entities/decode');

// The default taxonomy's data (0.8 MB of text, its first line `key`), made when the package is built.
// Node reads it from default-taxonomy.txt beside this module: reading the file takes a new process
// about 10 ms less than compiling the same text as a string literal. An application's bundle has no
// such file beside it (or has another build's, whose first line differs), and takes the copy in
// default-taxonomy.cjs, which bundlers carry along as they do zod.
exports.defaultTaxonomyText = (key) => {
  if (typeof __dirname === 'string') {
    try {
      const text = require('node:fs').readFileSync(require('node:path').join(__dirname, 'default-taxonomy.txt'), 'latin1');
      if (text.startsWith(`${key}\n`)) return text;
    } catch {
      // No file to read (a bundle, or an ES module bundle where `require` of Node's modules throws).
    }
  }
  return require('./default-taxonomy.cjs');
};
