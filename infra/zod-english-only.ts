/**
 * Bundle shim: zod re-exports all of its ~40 locales as a namespace, which esbuild cannot
 * tree-shake (~255 KiB per bundle). The bundler resolves zod's internal `locales/index.js` to
 * this module, which keeps only English, the locale zod configures by default. Error messages
 * are unchanged; `z.locales.<other>` is not available in Lambda bundles (nothing here uses it).
 */
export { default as en } from 'zod/v4/locales/en.js';
