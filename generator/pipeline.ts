import { resolve } from 'node:path';
import { BaseResolver } from '@redocly/openapi-core';
import { compilePackage } from './build/compile-package.js';
import { emitPackage } from './emit/package.js';
import { GeneratorError } from './errors.js';
import { bundleSpec } from './load/bundle-spec.js';
import { buildModel } from './model/build-model.js';
import type { ApiModel } from './model/types.js';
import { validateSpec, type ValidationWarnings } from './validate/validate-spec.js';
import { compareOutput, writeOutput, type StaleReport } from './write/output.js';

export interface GenerateOptions {
  specPath: string;
  outDir: string;
  /** The generated package's npm name; by default from the spec's title. */
  packageName?: string;
  /** Structural problems stop a spec without the project's extensions too (see validate-spec.ts). */
  strict?: boolean;
}

export interface Generated {
  model: ApiModel;
  files: Map<string, string>;
  /** Structural problems of a plain spec that generated anyway; the CLI prints them on stderr. */
  warnings?: ValidationWarnings;
}

/** load -> validate -> model -> emit -> build, all in memory. Nothing is written here. */
export async function generate(options: GenerateOptions): Promise<Generated> {
  // One resolver for both steps: each file of the spec is read and parsed once.
  const resolver = new BaseResolver();
  const warnings = await validateSpec(options.specPath, resolver, { strict: options.strict });
  const { document, text } = await bundleSpec(options.specPath, resolver);
  const model = inSpec(options.specPath, () => buildModel(document));
  if (model.operations.length === 0) throw new GeneratorError(`${options.specPath} has no operations to generate a client for${webhooksNote(document)}`);
  const files = await emitPackage(model, document, text, { packageName: options.packageName ?? packageNameFor(model.title) });
  for (const [path, text] of compilePackage(files)) files.set(path, text);
  return { model, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), warnings };
}

/** A 3.1 spec may describe only webhooks: requests the API sends, which no client method makes. */
function webhooksNote(document: Record<string, unknown>): string {
  const webhooks = document.webhooks;
  const count = typeof webhooks === 'object' && webhooks !== null ? Object.keys(webhooks).length : 0;
  return count === 0 ? '' : ` (it describes ${count} webhook${count === 1 ? '' : 's'}: requests the API sends, not calls a client makes)`;
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

/** Generates and swaps the result into `outDir` in one step. */
export async function generateToDisk(options: GenerateOptions): Promise<Generated> {
  const generated = await generate(options);
  writeOutput(resolve(options.outDir), generated.files);
  return generated;
}

/** Generates in memory and says which files on disk differ from what the spec produces. */
export async function checkOutput(options: GenerateOptions): Promise<StaleReport & Pick<Generated, 'warnings'>> {
  const { files, warnings } = await generate(options);
  return { ...compareOutput(resolve(options.outDir), files), warnings };
}

/** `Unified User Directory API` -> `unified-user-directory-api`. */
export function packageNameFor(title: string): string {
  const name = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return name || 'api-client';
}
