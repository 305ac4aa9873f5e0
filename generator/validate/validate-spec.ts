import { readFileSync } from 'node:fs';
import { createConfig, lint } from '@redocly/openapi-core';
import plugin from '../../redocly/plugin.js';
import { GeneratorError } from '../errors.js';
import { ConfinedResolver, RefRefusedError } from '../load/confined-resolver.js';
import { describeProblems } from '../load/problems.js';
import { unreportedRefusals } from '../load/refusals.js';

/**
 * Checks a spec before anything is generated from it: OpenAPI 3.0 or 3.1, structurally valid,
 * every `$ref` resolvable, and the extensions consistent (the same rules `npm run lint` runs).
 * Style rules are left to `npm run lint`: a spec that is merely untidy still generates.
 */
export async function validateSpec(specPath: string, resolver = new ConfinedResolver(specPath)): Promise<void> {
  assertOpenApi3(specPath);
  const extensionRules = Object.keys(plugin().rules?.oas3 ?? {}).map((rule) => `unified/${rule}`);
  // The plugin goes inside the config: only there does Redocly give its rules the `unified/` prefix.
  const config = await createConfig({
    plugins: [plugin()],
    rules: Object.fromEntries(['struct', 'no-unresolved-refs', ...extensionRules].map((rule) => [rule, 'error'])),
  });
  let problems;
  try {
    problems = (await lint({ ref: specPath, config, externalRefResolver: resolver })).filter((problem) => problem.severity === 'error');
  } catch (error) {
    throw new GeneratorError(error instanceof RefRefusedError ? error.message : `Cannot parse ${specPath}: ${(error as Error).message}`);
  }
  problems.push(...(await unreportedRefusals(resolver, problems)));
  if (problems.length > 0) {
    throw new GeneratorError(`${specPath} is not a valid spec (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, describeProblems(problems));
  }
}

/** Swagger 2.0 and unknown documents get a plain answer instead of a wall of structural errors. */
function assertOpenApi3(specPath: string): void {
  let head: string;
  try {
    head = readFileSync(specPath, 'utf8').slice(0, 4096);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GeneratorError(`Cannot read the spec: ${specPath} does not exist`);
    throw new GeneratorError(`Cannot read the spec ${specPath}: ${code ?? (error as Error).message}`);
  }
  const version = /["']?openapi["']?\s*:\s*["']?(\d+\.\d+)/.exec(head)?.[1];
  if (/["']?swagger["']?\s*:/.test(head) && !version) {
    throw new GeneratorError(`${specPath} is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported (convert it first)`);
  }
  if (version && version !== '3.0' && version !== '3.1') {
    throw new GeneratorError(`${specPath} is OpenAPI ${version}; only 3.0 and 3.1 are supported`);
  }
}
