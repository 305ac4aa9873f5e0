/**
 * `tsc --noEmit --extendedDiagnostics -p <tsconfig>` under TypeScript 5 (`typescript`) and 7 (the
 * `typescript7` alias), with the figures both print: Check time, Memory used, Instantiations, Types.
 * TypeScript 7's native binary is run directly rather than through its Node shim, so that the
 * measured process is the compiler itself.
 *
 * TypeScript 7 runs twice: as users run it (several checkers in parallel), and `--singleThreaded`.
 * Its parallel speed-up depends on how the work spreads over files and cores: on a small consumer the
 * package's declaration files share the work, on a large one the single consumer file dominates. The
 * single-threaded figure is the work itself, comparable across scales.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure } from './measure.ts';

export type Compiler = 'ts5' | 'ts7' | 'ts7-single';
export const COMPILERS: Compiler[] = ['ts5', 'ts7', 'ts7-single'];

export interface CheckFigures {
  checkSeconds: number;
  /** tsc's own "Memory used" (TS5: the V8 heap; TS7: the Go heap), in KiB. */
  memoryKb: number | undefined;
  instantiations: number | undefined;
  types: number | undefined;
  wallMs: number;
  peakRssKb: number;
}

const require = createRequire(import.meta.url);

/** The command that runs each compiler: Node + tsc.js for TS5, the native executable for TS7. */
export async function compilerCommand(compiler: Compiler): Promise<string[]> {
  if (compiler === 'ts5') return [process.execPath, require.resolve('typescript/bin/tsc')];
  const lib = join(dirname(require.resolve('typescript7/package.json')), 'lib', 'getExePath.js');
  const { default: getExePath } = (await import(pathToFileURL(lib).href)) as { default: () => string };
  return compiler === 'ts7-single' ? [getExePath(), '--singleThreaded'] : [getExePath()];
}

export async function compilerVersion(compiler: Compiler): Promise<string> {
  const [command, ...args] = await compilerCommand(compiler);
  const { stdout } = await measure(command!, [...args, '--version'], { cwd: process.cwd() });
  return stdout.trim().replace(/^Version /, '');
}

/** Type-checks one project; any diagnostic (an "excessively deep" one included) fails the benchmark. */
export async function typeCheck(compiler: Compiler, tsconfig: string): Promise<CheckFigures> {
  const [command, ...args] = await compilerCommand(compiler);
  const run = await measure(command!, [...args, '--noEmit', '--extendedDiagnostics', '--pretty', 'false', '-p', tsconfig], {
    cwd: dirname(tsconfig),
  });
  const output = run.stdout + run.stderr;
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  if (run.code !== 0 || errors.length > 0) {
    const shown = (errors.length ? errors : output.split('\n')).slice(0, 20).join('\n');
    throw new Error(`${compiler} found errors in ${tsconfig} (exit ${run.code}, ${errors.length} error lines):\n${shown}`);
  }
  const checkSeconds = figure(output, 'Check time');
  if (checkSeconds === undefined) throw new Error(`${compiler} printed no "Check time" for ${tsconfig}:\n${output.slice(0, 2000)}`);
  return {
    checkSeconds,
    memoryKb: figure(output, 'Memory used'),
    instantiations: figure(output, 'Instantiations'),
    types: figure(output, 'Types'),
    wallMs: run.wallMs,
    peakRssKb: run.peakRssKb,
  };
}

/** `Check time:   7.291s`, `Memory used:  313083K`, `Instantiations:  848514` (both versions' layouts). */
export function figure(output: string, name: string): number | undefined {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)\\s*([a-zA-Z]*)\\s*$`, 'm').exec(output);
  if (!match) return undefined;
  const value = Number(match[1]);
  switch (match[2]) {
    case 'ms':
      return value / 1000;
    case 'M':
    case 'MB':
      return value * 1024;
    case 'G':
    case 'GB':
      return value * 1024 * 1024;
    default:
      return value;
  }
}
