/**
 * Shared by the hostile-spec tests: the case folders, and the commands run as a user runs them
 * (the real CLIs, in child processes), each against an output folder that must come out as it went in.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../generator/helpers.ts';

export const CASES_DIR = fileURLToPath(new URL('./', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

export type Command = 'generate' | 'bundle' | 'lint' | 'docs' | 'openapi' | 'diff';

/** The commands run through tsx from their own folders; the rest through the generator's launcher. */
const TSX_COMMANDS: Partial<Record<Command, string>> = { docs: 'docs-build/build-docs.ts', openapi: 'openapi/cli.ts', diff: 'diff/cli.ts' };

/** A case folder's expected.json: what the spec attacks and what every command must answer. */
export interface HostileCase {
  name: string;
  attack: string;
  /** The spec, relative to the case folder; `openapi.yaml` by default. */
  spec: string;
  commands: Command[];
  /** Texts the error must contain: the file, the JSON pointer, the offending value, the reason. */
  error?: string[];
  /** A text of what the attack would steal: it must appear in no output. */
  secret?: string;
  /** Run once more with `--allow-ref-root` this folder: it must still be refused. */
  allowRefRoot?: string;
  /** The case is a spec that must work: every command succeeds. */
  generates?: boolean;
  /** The integration `openapi` writes the document of; the spec's first by default. */
  integration?: string;
}

export function hostileCases(): HostileCase[] {
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(CASES_DIR, entry.name, 'expected.json')))
    .map((entry) => {
      const expected = JSON.parse(readFileSync(join(CASES_DIR, entry.name, 'expected.json'), 'utf8')) as Partial<HostileCase>;
      return { ...expected, spec: expected.spec ?? 'openapi.yaml', name: entry.name } as HostileCase;
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function specOf(hostile: HostileCase): string {
  return join('test/hostile', hostile.name, hostile.spec);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** How long it took, in ms. */
  ms: number;
}

/** `args` of one command, as `npm run <command> -- args` would pass them. */
export function runCommand(command: Command, args: string[], options: { maxOldSpaceMb?: number; timeoutMs?: number } = {}): Promise<Run> {
  const node = options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [];
  const script = TSX_COMMANDS[command];
  const argv = script
    ? [...node, TSX_CLI, script, ...args]
    : [...node, 'generator/launch.mjs', ...(command === 'generate' ? [] : [command]), ...args];
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      argv,
      { cwd: ROOT, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, ms: performance.now() - started });
      },
    );
  });
}

/** A copy of `template` at `path`: each run gets its own output folder to leave as it found it. */
export function copyFolder(template: string, path: string): string {
  cpSync(template, path, { recursive: true });
  return path;
}

/** A stack trace's frames (`    at fn (file:1:2)`), which a user-facing error never shows. */
export const STACK_FRAME = /^\s+at .+[(:]\d+/m;
