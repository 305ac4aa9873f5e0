/**
 * `npm run lint [-- FILE...]`: Redocly's lint with the project's redocly.yaml, its rules and the
 * unified plugin, reading the spec through the confined resolver. `redocly lint` itself follows any
 * `$ref` to any file or URL; this command is the one to run on a spec from a pull request. Output
 * and exit codes are Redocly's: its codeframe (or `--format`), 1 when there is an error, else 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createConfig, formatProblems, getTotals, lint, parseYaml, type NormalizedProblem, type OutputFormat, type RawUniversalConfig } from '@redocly/openapi-core';
import plugin from '../../redocly/plugin.js';
import { ConfinedResolver, RefRefusedError, type RefPolicy } from '../load/confined-resolver.js';
import { unreportedRefusals } from '../load/refusals.js';

export interface LintOptions {
  /** The specs to lint; by default every `apis.*.root` of the config. */
  files: string[];
  /** Redocly's config file; `redocly.yaml` by default. */
  configPath?: string;
  format?: string;
  refPolicy?: RefPolicy;
}

const FORMATS: readonly OutputFormat[] = ['codeframe', 'stylish', 'json', 'checkstyle', 'codeclimate', 'summary', 'github-actions', 'markdown', 'junit'];

export async function lintCommand(options: LintOptions): Promise<number> {
  const format = (options.format ?? 'codeframe') as OutputFormat;
  if (!FORMATS.includes(format)) {
    console.error(`error: unknown --format ${options.format} (one of ${FORMATS.join(', ')})`);
    return 2;
  }
  const configPath = options.configPath ?? 'redocly.yaml';
  const raw = readConfig(configPath, options.configPath !== undefined);
  const config = await createConfig(withOwnPlugin(raw) as RawUniversalConfig, existsSync(configPath) ? { configPath: resolve(configPath) } : {});
  const files = options.files.length > 0 ? options.files : apiRoots(raw, configPath);
  if (files.length === 0) {
    console.error(`error: nothing to lint: name a spec, or give ${configPath} an apis.<name>.root`);
    return 2;
  }

  let errors = 0;
  for (const file of files) {
    const started = performance.now();
    console.error(`validating ${file}...`);
    const result = await lintOne(file, config, options.refPolicy);
    if ('unreadable' in result) {
      // Nothing to point into: the root itself was refused or does not parse.
      console.error(`error: ${result.unreadable}`);
      errors += 1;
      continue;
    }
    const totals = getTotals(result.problems);
    errors += totals.errors;
    formatProblems(result.problems, { format, totals, command: 'lint', color: !process.env.NO_COLOR && process.stdout.isTTY });
    console.error(`${file}: validated in ${Math.round(performance.now() - started)}ms\n`);
  }
  console.error(errors > 0 ? `❌ Validation failed with ${errors} error${errors === 1 ? '' : 's'}.` : 'Woohoo! Your API description is valid. 🎉');
  return errors > 0 ? 1 : 0;
}

async function lintOne(
  file: string,
  config: Awaited<ReturnType<typeof createConfig>>,
  refPolicy: RefPolicy | undefined,
): Promise<{ problems: NormalizedProblem[] } | { unreadable: string }> {
  if (!existsSync(file)) return { unreadable: `${file} does not exist` };
  const resolver = new ConfinedResolver(file, refPolicy);
  try {
    const problems = await lint({ ref: file, config, externalRefResolver: resolver });
    return { problems: [...problems, ...(await unreportedRefusals(resolver, problems))] };
  } catch (error) {
    const message = (error as Error).message;
    return { unreadable: error instanceof RefRefusedError ? message : `Cannot parse ${file}: ${message}` };
  }
}

type RawConfig = Record<string, unknown> & { plugins?: unknown[]; apis?: Record<string, { root?: string }> };

function readConfig(configPath: string, explicit: boolean): RawConfig {
  if (!existsSync(configPath)) {
    if (explicit) throw new Error(`${configPath} does not exist`);
    return { extends: ['recommended'] };
  }
  const parsed = parseYaml(readFileSync(configPath, 'utf8')) as unknown;
  return typeof parsed === 'object' && parsed !== null ? (parsed as RawConfig) : {};
}

/**
 * The project's plugin, as an object rather than by path: Redocly would import the path itself,
 * and a TypeScript plugin needs a loader hook that plain Node does not have.
 */
function withOwnPlugin(raw: RawConfig): RawConfig {
  const others = (raw.plugins ?? []).filter((entry) => !(typeof entry === 'string' && /(^|\/)redocly\/(.+\/)?plugin\.[cm]?[jt]s$/.test(entry)));
  return { ...raw, plugins: [...others, plugin()] };
}

function apiRoots(raw: RawConfig, configPath: string): string[] {
  const base = dirname(configPath);
  return Object.values(raw.apis ?? {})
    .map((api) => api?.root)
    .filter((root): root is string => typeof root === 'string')
    .map((root) => resolve(base, root).replace(`${process.cwd()}/`, ''));
}
