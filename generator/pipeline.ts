import { resolve } from 'node:path';
import { BaseResolver } from '@redocly/openapi-core';
import { compilePackage } from './build/compile-package.js';
import { emitPackage } from './emit/package.js';
import type { MetadataOptions } from './emit/package-metadata.js';
import { GeneratorError } from './errors.js';
import { bundleSpec } from './load/bundle-spec.js';
import { buildModel } from './model/build-model.js';
import type { ApiModel } from './model/types.js';
import { validateSpec } from './validate/validate-spec.js';
import { compareOutput, writeOutput, type StaleReport } from './write/output.js';

export interface GenerateOptions {
  specPath: string;
  outDir: string;
  /** The generated package's npm name; by default from the spec's title. */
  packageName?: string;
  /** Version, licence and repository over what the spec says. */
  metadata?: MetadataOptions;
}

export interface Generated {
  model: ApiModel;
  files: Map<string, string>;
}

/** load -> validate -> model -> emit -> build, all in memory. Nothing is written here. */
export async function generate(options: GenerateOptions): Promise<Generated> {
  // One resolver for both steps: each file of the spec is read and parsed once.
  const resolver = new BaseResolver();
  await validateSpec(options.specPath, resolver);
  const { document, text } = await bundleSpec(options.specPath, resolver);
  const model = inSpec(options.specPath, () => buildModel(document));
  if (model.operations.length === 0) throw new GeneratorError(`${options.specPath} has no operations to generate a client for`);
  const files = await emitPackage(model, document, text, {
    packageName: options.packageName ?? packageNameFor(model.title),
    metadata: options.metadata ?? {},
  });
  for (const [path, text] of compilePackage(files)) files.set(path, text);
  return { model, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))) };
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
export async function checkOutput(options: GenerateOptions): Promise<StaleReport> {
  const { files } = await generate(options);
  return compareOutput(resolve(options.outDir), files);
}

/** `Unified User Directory API` -> `unified-user-directory-api`. */
export function packageNameFor(title: string): string {
  const name = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return name || 'api-client';
}
