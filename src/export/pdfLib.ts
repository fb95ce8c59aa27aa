/**
 * pdf-lib, from its single-file ES bundle. Its package `main` is ~200 CommonJS
 * files; under the CLI's TypeScript loader each file costs a hook round trip, and
 * loading them took about as long as rendering a small PDF. The bundle is the same
 * release, and the browser build takes it as any ES module.
 */
export * from 'pdf-lib/dist/pdf-lib.esm.js';
