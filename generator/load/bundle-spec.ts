import { existsSync } from 'node:fs';
import { bundle, createConfig } from '@redocly/openapi-core';
import { GeneratorError } from '../errors.js';
import type { Json } from '../model/resolve.js';
import { ConfinedResolver, RefRefusedError } from './confined-resolver.js';
import { assertInternalRefs } from './internal-refs.js';
import { describeProblems } from './problems.js';
import { unreportedRefusals } from './refusals.js';

/**
 * Reads a spec (YAML or JSON, one file or many) and bundles it with Redocly into one document whose
 * `$ref`s are all internal. Extensions pass through untouched. The text is what `generated/openapi.json`
 * holds: stable key order as written, two-space indent, final newline.
 */
export async function bundleSpec(
  specPath: string,
  resolver = new ConfinedResolver(specPath),
  { selfContained = false }: BundleOptions = {},
): Promise<{ document: Json; text: string }> {
  if (!existsSync(specPath)) throw new GeneratorError(`Cannot read the spec: ${specPath} does not exist`);
  const document = (selfContained && (await asWritten(specPath, resolver))) || (await redoclyBundle(specPath, resolver));
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new GeneratorError(`${specPath} is not an OpenAPI document (expected an object at the top level)`);
  }
  assertInternalRefs(document as Json, specPath);
  return { document: document as Json, text: JSON.stringify(document, null, 2) + '\n' };
}

export interface BundleOptions {
  /**
   * Validation found that Redocly's bundle would give the root document back as it is
   * (validate/document-probe.ts): its walk, a quarter of a second on the largest specs, is skipped.
   */
  selfContained?: boolean;
}

async function redoclyBundle(specPath: string, resolver: ConfinedResolver): Promise<unknown> {
  const config = await createConfig({ rules: {} });
  let result;
  try {
    result = await bundle({ ref: specPath, config, dereference: false, externalRefResolver: resolver });
  } catch (error) {
    throw new GeneratorError(error instanceof RefRefusedError ? error.message : `Cannot read the spec ${specPath}: ${(error as Error).message}`);
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  errors.push(...(await unreportedRefusals(resolver, errors)));
  if (errors.length > 0) throw new GeneratorError(`Cannot bundle ${specPath}:`, describeProblems(errors));
  return result.bundle.parsed;
}

/**
 * The root document as validation read it (the resolver keeps it: nothing is read or parsed again),
 * with the empty `components` Redocly's bundle adds where there is none; undefined when it cannot be
 * had that way, and the bundle then says why.
 */
async function asWritten(specPath: string, resolver: ConfinedResolver): Promise<unknown> {
  let root;
  try {
    root = (await resolver.resolveDocument(null, specPath, true)) as { parsed?: unknown };
  } catch {
    return undefined;
  }
  const document = root?.parsed;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  const record = document as Record<string, unknown>;
  record.components = record.components || {};
  return record;
}
