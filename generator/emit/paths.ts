import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
// Each from its own module, not the package's root, which loads a Redocly of its own (openapi-typescript-parts.d.ts).
import { astToString } from 'openapi-typescript/dist/lib/ts.mjs';
import { resolveRef, scanDiscriminators } from 'openapi-typescript/dist/lib/utils.mjs';
import transformSchema from 'openapi-typescript/dist/transform/index.mjs';
import { GeneratorError } from '../errors.js';
import type { Json } from '../model/resolve.js';

/** openapi-typescript's options: its defaults, but for `emptyObjectsUnknown` (below). */
const OPTIONS: OpenAPITSOptions = { silent: true };

/** How to read the spec: as openapi-typescript does, or for request bodies only (request-bodies.ts). */
export interface PathsReading {
  /**
   * A property with a `default` is always there (openapi-typescript's default): true of responses;
   * false where a request may leave it to the server.
   */
  defaultNonNullable: boolean;
}

/**
 * `paths.ts`: openapi-typescript's types for the whole spec, which every other type indexes into.
 *
 * One option differs from its defaults, `emptyObjectsUnknown`: an object schema that lists no
 * properties and says nothing of others (`type: object`) allows any keys, as JSON Schema reads it,
 * rather than none (`Record<string, never>`, which leaves Kubernetes' merge patches unsendable).
 * request-bodies.ts reads the spec again with `defaultNonNullable` off.
 *
 * Its transform runs on the document the generator has validated and bundled, not through its
 * `openapiTS()` entry, which would validate and bundle once more with the Redocly 1.x it bundles:
 * that Redocly reads map keys through plain objects, so a key such as `constructor` or `valueOf`
 * (a property, a schema name, a slug) crashes it without a pointer, and its resolver would follow
 * any `$ref` the bundle still holds (README, Trust model). The context below is the one
 * `openapiTS()` builds from the same options.
 */
export async function emitPaths(document: Json, reading: PathsReading = { defaultNonNullable: true }): Promise<string> {
  try {
    const schema = structuredClone(document) as unknown as OpenAPI3;
    const ctx: GlobalContext = {
      additionalProperties: false,
      alphabetize: false,
      arrayLength: false,
      defaultNonNullable: reading.defaultNonNullable,
      discriminators: scanDiscriminators(schema, OPTIONS),
      emptyObjectsUnknown: true,
      enum: false,
      enumValues: false,
      conditionalEnums: false,
      dedupeEnums: false,
      excludeDeprecated: false,
      exportType: false,
      immutable: false,
      rootTypes: false,
      rootTypesNoSchemaPrefix: false,
      rootTypesKeepCasing: false,
      injectFooter: [],
      pathParamsAsTypes: false,
      postTransform: undefined,
      propertiesRequiredByDefault: false,
      // Read only by openapiTS()'s own validation, which is not run.
      redoc: undefined as unknown as GlobalContext['redoc'],
      silent: true,
      inject: undefined,
      transform: undefined,
      transformProperty: undefined,
      makePathsEnum: false,
      generatePathParams: false,
      readWriteMarkers: false,
      resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
    };
    return astToString(transformSchema(schema, ctx));
  } catch (error) {
    throw new GeneratorError(`openapi-typescript could not read the spec: ${(error as Error).message}`);
  }
}
