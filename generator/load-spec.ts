import { GeneratorError } from './errors.js';
import { bundleSpec } from './load/bundle-spec.js';
import { ConfinedResolver, type RefPolicy } from './load/confined-resolver.js';
import { buildModel } from './model/build-model.js';
import type { Json } from './model/resolve.js';
import type { ApiModel } from './model/types.js';
import { validateSpec, type ValidationWarnings } from './validate/validate-spec.js';

export interface LoadedSpec {
  /** The bundled document (all `$ref`s internal), as `generated/openapi.json` holds it. */
  document: Json;
  text: string;
  model: ApiModel;
  /** Structural problems let through in a spec without the project's extensions (validate-spec.ts). */
  warnings?: ValidationWarnings;
}

export interface LoadOptions {
  /** What the spec's `$ref`s may read besides its own folder (README, Trust model). */
  refPolicy?: RefPolicy;
  /** Structural problems are errors even in a spec without the project's extensions. */
  strict?: boolean;
}

/**
 * load -> validate -> model: how every command reads a spec (generate, docs, openapi, diff), so
 * that each reads it the same way and works from the same model. Nothing else re-reads the spec.
 */
export async function loadSpec(specPath: string, { refPolicy, strict }: LoadOptions = {}): Promise<LoadedSpec> {
  // One resolver for both steps: each file of the spec is read, parsed and confined once
  // (README, Trust model).
  const resolver = new ConfinedResolver(specPath, refPolicy);
  const { warnings, selfContained } = await validateSpec(specPath, resolver, { strict });
  const { document, text } = await bundleSpec(specPath, resolver, { selfContained });
  return { document, text, model: inSpec(specPath, () => buildModel(document)), warnings };
}

/** Model errors carry a JSON pointer; the file they are in is the bundled spec's entry point. */
function inSpec<T>(specPath: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof GeneratorError) throw new GeneratorError(`${specPath}: ${error.message}`);
    throw error;
  }
}
