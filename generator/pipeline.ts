import { resolve } from 'node:path';
import { compilePackage } from './build/compile-package.js';
import { emitPackage } from './emit/package.js';
import type { MetadataOptions } from './emit/package-metadata.js';
import { GeneratorError } from './errors.js';
import type { RefPolicy } from './load/confined-resolver.js';
import type { ApiModel } from './model/types.js';
import { loadSpec } from './load-spec.js';
import type { ValidationWarnings } from './validate/validate-spec.js';
import { assertReplaceable } from './write/out-folder.js';
import { compareOutput, prepareOutput, writeOutput, type StaleReport } from './write/output.js';

export interface GenerateOptions {
  specPath: string;
  outDir: string;
  /** The generated package's npm name; by default from the spec's title. */
  packageName?: string;
  /** What the spec's `$ref`s may read besides its own folder (README, Trust model). */
  refPolicy?: RefPolicy;
  /** Structural problems stop a spec without the project's extensions too (see validate-spec.ts). */
  strict?: boolean;
  /** Version, licence and repository over what the spec says. */
  metadata?: MetadataOptions;
}

export interface Generated {
  model: ApiModel;
  files: Map<string, string>;
  /** Structural problems of a plain spec that generated anyway; the CLI prints them on stderr. */
  warnings?: ValidationWarnings;
}

/** load -> validate -> model -> emit -> build, all in memory. Nothing is written here. */
export async function generate(options: GenerateOptions): Promise<Generated> {
  const { document, text, model, warnings } = await loadSpec(options.specPath, { refPolicy: options.refPolicy, strict: options.strict });
  if (model.operations.length === 0) throw new GeneratorError(`${options.specPath} has no operations to generate a client for${webhooksNote(document)}`);
  const files = await emitPackage(model, document, text, {
    packageName: options.packageName ?? packageNameFor(model.title),
    metadata: options.metadata ?? {},
  });
  for (const [path, text] of compilePackage(files)) files.set(path, text);
  return { model, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), warnings };
}

/** A 3.1 spec may describe only webhooks: requests the API sends, which no client method makes. */
function webhooksNote(document: Record<string, unknown>): string {
  const webhooks = document.webhooks;
  const count = typeof webhooks === 'object' && webhooks !== null ? Object.keys(webhooks).length : 0;
  return count === 0 ? '' : ` (it describes ${count} webhook${count === 1 ? '' : 's'}: requests the API sends, not calls a client makes)`;
}

/** Generates and swaps the result into `outDir` in one step. */
export async function generateToDisk(options: GenerateOptions): Promise<Generated> {
  // A killed run's output is put back, and a folder that may not be replaced refused, before any work.
  prepareOutput(resolve(options.outDir));
  assertReplaceable(resolve(options.outDir));
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
