/**
 * Generation, timed as a user runs it (`npm run generate -- --spec FILE --out DIR`), against
 * openapi-typescript alone (its CLI, on the bundled spec the generator wrote) as the floor: every
 * package embeds openapi-typescript's output, so the ratio is what the rest of the pipeline costs.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, type Measured } from './measure.ts';

export const REPO = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

export interface RunFigures {
  wallMs: number;
  peakRssKb: number;
}

/** A run that may fail: its figures either way, and on failure its exit code, the line that says why, and its last output. */
export interface RunOutcome extends RunFigures {
  /** CPU time of the run's Node processes (see measure.ts). */
  nodeCpuMs: number;
  failure?: { code: number | null; line: string; tail: string };
}

export async function runGenerator(specFile: string, outDir: string): Promise<RunFigures> {
  return figures(await tryGenerator(specFile, outDir), `npm run generate -- --spec ${specFile} --out ${outDir}`);
}

/** The generator's run; `operations` is the count it reports (`Generated ...: 623 operations, ...`). */
export async function tryGenerator(specFile: string, outDir: string): Promise<RunOutcome & { operations?: number }> {
  const run = await measure('npm', ['run', '--silent', 'generate', '--', '--spec', specFile, '--out', outDir], { cwd: REPO });
  const operations = /: (\d+) operations,/.exec(run.stdout)?.[1];
  return { ...outcome(run), ...(operations === undefined ? {} : { operations: Number(operations) }) };
}

/**
 * `openapi-typescript <spec> -o <file>`, run in `cwd`, which must hold no redocly.yaml: the CLI
 * reads one from its working directory, and the project's loads a TypeScript plugin it cannot import.
 */
export async function runOpenapiTypescript(bundledSpec: string, outFile: string, cwd: string): Promise<RunFigures> {
  return figures(await tryOpenapiTypescript(bundledSpec, outFile, cwd), `openapi-typescript ${bundledSpec}`);
}

export async function tryOpenapiTypescript(spec: string, outFile: string, cwd: string): Promise<RunOutcome> {
  const cli = join(require.resolve('openapi-typescript/package.json'), '..', 'bin', 'cli.js');
  return outcome(await measure(process.execPath, [cli, spec, '-o', outFile], { cwd }));
}

function outcome(run: Measured): RunOutcome {
  const figures = { wallMs: run.wallMs, peakRssKb: run.peakRssKb, nodeCpuMs: run.nodeCpuMs };
  if (run.code === 0) return figures;
  const output = run.stdout + run.stderr;
  return { ...figures, failure: { code: run.code, line: reason(output), tail: output.slice(-4000) } };
}

/** What a failed run says, in one line: the generator's `error:` line, V8's fatal error, openapi-typescript's ✘, or the last line. */
function reason(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /^(error:|FATAL ERROR|✘)/.test(line)) ?? lines[lines.length - 1] ?? '';
}

function figures(run: RunOutcome, what: string): RunFigures {
  if (run.failure) throw new Error(`${what} failed (exit ${run.failure.code}):\n${run.failure.tail}`);
  return { wallMs: run.wallMs, peakRssKb: run.peakRssKb };
}
