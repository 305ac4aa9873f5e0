import openapiTS, { astToString } from 'openapi-typescript';
import { GeneratorError } from '../errors.js';
import type { Json } from '../model/resolve.js';

/** `paths.ts`: openapi-typescript's types for the whole spec, which every other type indexes into. */
export async function emitPaths(document: Json): Promise<string> {
  try {
    // openapi-typescript validates with its own bundled Redocly; the spec was validated before.
    const ast = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], { silent: true });
    return astToString(ast);
  } catch (error) {
    throw new GeneratorError(`openapi-typescript could not read the spec: ${(error as Error).message}`);
  }
}
