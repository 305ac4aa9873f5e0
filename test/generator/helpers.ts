/**
 * Shared by the generator tests: fixture specs, scratch folders, file trees and the CLI.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A fixture spec by name: `spec('petstore.yaml')`, `spec('invalid/swagger2.yaml')`. */
export function spec(name: string): string {
  return join('test/fixtures/specs', name);
}

/**
 * Fresh scratch folders under the repository's `.tmp/` (ignored by git), removed after the file's
 * tests. Inside the repository, a generated package finds `openapi-fetch` in its `node_modules`, so
 * its `dist/` can be imported as it is.
 */
export function scratchFolders(): (label: string) => string {
  const created: string[] = [];
  afterAll(() => {
    for (const dir of created) rmSync(dir, { recursive: true, force: true });
  });
  return (label) => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.tmp', `${label}-`));
    created.push(dir);
    return dir;
  };
}

/** Every file under `dir` (dot files included, `node_modules` not), by relative path, as bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const tree = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else {
        tree.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
      }
    }
  };
  walk(dir);
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The paths of two trees whose bytes differ, or that only one has; empty when identical. */
export function treeDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  const same = (path: string) => a.has(path) && b.has(path) && a.get(path)!.equals(b.get(path)!);
  return [...paths].filter((path) => !same(path)).sort();
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `generator/cli.ts` as a user would (through tsx), from the repository root. */
export function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'generator/cli.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Polls `condition` every `intervalMs` until it holds; rejects with `what` after `timeoutMs`. */
export async function waitFor(what: string, condition: () => boolean, timeoutMs = 30_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Type-checks a generated package's `src/` as a whole, with its own tsconfig, and returns one line
 * per diagnostic (`src/file.ts:12 message`); empty when it compiles. Generation transpiles file by
 * file and never type-checks the package: this is where a generator bug that yields ill-typed code
 * shows up.
 */
export function typeCheckPackage(dir: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`cannot read ${join(dir, 'tsconfig.json')}`);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  return [...config.errors, ...ts.getPreEmitDiagnostics(program)].map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${relative(dir, diagnostic.file.fileName)}:${line + 1} ${message}`;
  });
}
