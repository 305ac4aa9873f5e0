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

export async function runGenerator(specFile: string, outDir: string): Promise<RunFigures> {
  const run = await measure('npm', ['run', '--silent', 'generate', '--', '--spec', specFile, '--out', outDir], { cwd: REPO });
  return figures(run, `npm run generate -- --spec ${specFile} --out ${outDir}`);
}

/**
 * `openapi-typescript <bundled> -o <file>`, run in `cwd`, which must hold no redocly.yaml: the CLI
 * reads one from its working directory, and the project's loads a TypeScript plugin it cannot import.
 */
export async function runOpenapiTypescript(bundledSpec: string, outFile: string, cwd: string): Promise<RunFigures> {
  const cli = join(require.resolve('openapi-typescript/package.json'), '..', 'bin', 'cli.js');
  const run = await measure(process.execPath, [cli, bundledSpec, '-o', outFile], { cwd });
  return figures(run, `openapi-typescript ${bundledSpec}`);
}

function figures(run: Measured, what: string): RunFigures {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${(run.stdout + run.stderr).slice(-4000)}`);
  return { wallMs: run.wallMs, peakRssKb: run.peakRssKb };
}
