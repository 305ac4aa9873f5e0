/**
 * The parts of openapi-typescript that paths.ts uses, by the module each is written in (its
 * `exports` map opens every file). Its root module also loads the Redocly 1.x it bundles, for
 * `openapiTS()`, which the generator does not call: 0.15 s of every run. Their types are the root's;
 * test/generator/openapi-typescript-parts.test.ts checks that each is the root's own function.
 */
declare module 'openapi-typescript/dist/transform/index.mjs' {
  export { transformSchema as default } from 'openapi-typescript';
}
declare module 'openapi-typescript/dist/lib/ts.mjs' {
  export { astToString } from 'openapi-typescript';
}
declare module 'openapi-typescript/dist/lib/utils.mjs' {
  export { resolveRef, scanDiscriminators } from 'openapi-typescript';
}
