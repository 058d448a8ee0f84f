'use strict';
// What the Node builds load on first use: zod, when a taxonomy file is validated, and the `entities`
// package's decoder, for a reference the package does not decode by itself (both take a new process
// longer to load than the rest of the package). A CommonJS module so that each is a plain `require`
// call: Node resolves it from the package, and bundlers (esbuild, webpack, Rollup's CommonJS plugin)
// see it and bundle what it loads, still loaded only when it is first called.
exports.requireZod = () => require('zod');
exports.requireEntityDecoding = () => require('entities/decode');
