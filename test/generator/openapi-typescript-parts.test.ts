/**
 * paths.ts imports openapi-typescript's functions from the modules they are written in, not from the
 * package's root (which loads a Redocly 1.x the generator never calls). Should an update move one,
 * this says which, before any generation does.
 */
import { expect, it } from 'vitest';
import * as root from 'openapi-typescript';
import { astToString } from 'openapi-typescript/dist/lib/ts.mjs';
import { resolveRef, scanDiscriminators } from 'openapi-typescript/dist/lib/utils.mjs';
import transformSchema from 'openapi-typescript/dist/transform/index.mjs';

it("imports openapi-typescript's own functions from their modules", () => {
  expect({ astToString, resolveRef, scanDiscriminators, transformSchema }).toEqual({
    astToString: root.astToString,
    resolveRef: root.resolveRef,
    scanDiscriminators: root.scanDiscriminators,
    transformSchema: root.transformSchema,
  });
  expect(transformSchema).toBe(root.transformSchema);
});
