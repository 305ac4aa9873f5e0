import { readFileSync } from 'node:fs';
import { createConfig, lint, type NormalizedProblem } from '@redocly/openapi-core';
import plugin from '../../redocly/plugin.js';
import { GeneratorError } from '../errors.js';
import { ConfinedResolver, RefRefusedError } from '../load/confined-resolver.js';
import { describeProblems } from '../load/problems.js';
import { unreportedRefusals } from '../load/refusals.js';
import { documentProbe } from './document-probe.js';

export interface ValidateOptions {
  /** Structural problems are errors even in a spec without the project's extensions. */
  strict?: boolean;
}

/** What a spec that generates still got wrong: structural problems, let through in a plain spec. */
export interface ValidationWarnings {
  count: number;
  /** One short block for stderr: the count, the first few with file, line and pointer, and what to do. */
  text: string;
}

/** A spec that may be generated from: what it still got wrong, and what the bundle step may skip. */
export interface Validated {
  warnings?: ValidationWarnings;
  /** See document-probe.ts: Redocly's bundle would give the root document back as it is. */
  selfContained: boolean;
}

/** The rule whose problems a plain spec may have: the OpenAPI schema (a key not expected here, a wrong type). */
const STRUCTURAL = 'struct';
/** Warnings the block shows; the rest are counted. */
const SHOWN = 5;

/**
 * Checks a spec before anything is generated from it: OpenAPI 3.0 or 3.1, structurally valid,
 * every `$ref` resolvable, and the extensions consistent (the same rules `npm run lint` runs).
 * Style rules are left to `npm run lint`: a spec that is merely untidy still generates.
 *
 * Two modes. A spec that uses the project's extensions is written for this generator and checked
 * strictly: every problem is an error. A plain spec (Stripe's, OpenAI's) is often not valid to the
 * letter (`nullable` in 3.1, a boolean `exclusiveMinimum`) yet perfectly usable, as openapi-typescript
 * shows: its structural problems are returned as warnings, unless `strict`. A `$ref` that does not
 * resolve stays an error in both: nothing can be generated from it.
 */
export async function validateSpec(
  specPath: string,
  resolver = new ConfinedResolver(specPath),
  options: ValidateOptions = {},
): Promise<Validated> {
  assertOpenApi3(specPath);
  // The model refuses a composition cycle itself, in the same words (generator/model/composition-cycles.ts):
  // the lint rule would walk the whole spec a second time for it.
  const extensionRules = Object.keys(plugin().rules?.oas3 ?? {})
    .filter((rule) => rule !== 'no-composition-cycle')
    .map((rule) => `unified/${rule}`);
  const probe = documentProbe();
  // The plugins go inside the config: only there does Redocly give their rules their prefix.
  const config = await createConfig({
    plugins: [plugin(), probe.plugin],
    rules: Object.fromEntries(['struct', 'no-unresolved-refs', ...extensionRules, probe.rule].map((rule) => [rule, 'error'])),
  });
  let problems;
  try {
    problems = (await lint({ ref: specPath, config, externalRefResolver: resolver })).filter((problem) => problem.severity === 'error');
  } catch (error) {
    if (error instanceof RefRefusedError) throw new GeneratorError(error.message);
    throw new GeneratorError(invalidJson(specPath) ?? `Cannot parse ${specPath}: ${(error as Error).message}`);
  }
  problems.push(...(await unreportedRefusals(resolver, problems)));
  const facts = probe.facts();
  const strict = options.strict === true || facts.usesExtensions;
  const errors = strict ? problems : problems.filter((problem) => problem.ruleId !== STRUCTURAL);
  if (errors.length > 0) {
    throw new GeneratorError(`${specPath} is not a valid spec (${plural(errors.length, 'problem')}):`, describeProblems(errors));
  }
  const warnings = problems.filter((problem) => problem.ruleId === STRUCTURAL);
  return { warnings: warnings.length > 0 ? describeWarnings(specPath, warnings) : undefined, selfContained: facts.selfContained };
}

function describeWarnings(specPath: string, warnings: NormalizedProblem[]): ValidationWarnings {
  const more = warnings.length - SHOWN;
  const lines = [
    `warning: ${specPath} has ${plural(warnings.length, 'structural problem')}; generated anyway, since it uses none of the ` +
      'unified-API extensions (--strict makes them errors):',
    ...describeProblems(warnings.slice(0, SHOWN)).map((line) => `  - ${line}`),
    ...(more > 0 ? [`  ... and ${more} more (npx redocly lint ${specPath} lists them all)`] : []),
  ];
  return { count: warnings.length, text: lines.join('\n') };
}

/**
 * For a `.json` spec that Redocly cannot parse, what JSON's own parser says about it: Redocly reads
 * JSON as YAML, whose complaint about a JSON file (a browser's `//` header, a trailing comma) points
 * elsewhere and names YAML's grammar. Undefined when the file is valid JSON (the problem is in
 * another file) or not a `.json` file.
 */
function invalidJson(specPath: string): string | undefined {
  if (!/\.json$/i.test(specPath)) return undefined;
  let text: string;
  try {
    text = readFileSync(specPath, 'utf8');
    JSON.parse(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxError)) return undefined;
    const position = /at position (\d+)/.exec(error.message)?.[1];
    const at = position === undefined ? '' : ` (line ${lineAndColumn(text!, Number(position))})`;
    return `${specPath} is not valid JSON${at}: ${error.message}`;
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
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
