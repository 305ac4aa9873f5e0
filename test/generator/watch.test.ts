/**
 * `generate --watch` through the CLI: it regenerates when the spec changes, and a change that breaks
 * the spec is reported while the previous output stays.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readTree, ROOT, scratchFolders, spec, waitFor } from './helpers.js';

const scratch = scratchFolders();
let watcher: ChildProcess | undefined;
afterAll(() => {
  watcher?.kill();
});

it('regenerates on a spec change, and keeps the output when a change breaks the spec', async () => {
  const folder = scratch('watch');
  const specFile = join(folder, 'spec', 'tiny.yaml');
  const out = join(folder, 'out');
  mkdirSync(join(folder, 'spec'));
  copyFileSync(join(ROOT, spec('tiny.yaml')), specFile);

  watcher = spawn(process.execPath, ['--import', 'tsx', 'generator/cli.ts', '--spec', specFile, '--out', out, '--watch'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  watcher.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  watcher.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const operation = join(out, 'src/operations/createUser.ts');

  await waitFor('the first generation and the watch', () => stdout.includes('Watching'), 60_000);
  expect(readFileSync(operation, 'utf8')).not.toContain('nickname');

  const original = readFileSync(specFile, 'utf8');
  writeFileSync(specFile, original.replace('                status:\n', '                nickname:\n                  type: string\n                status:\n'));
  await waitFor('the output to hold the new field', () => readIfThere(operation).includes('nickname'), 60_000);
  const regenerated = readTree(out);

  writeFileSync(specFile, original.replace("operationId: createUser", "operationId: '123'"));
  await waitFor('the broken spec to be reported', () => stderr.includes('error:'), 60_000);

  expect(stderr).toContain('operationId "123"');
  expect(readTree(out)).toEqual(regenerated);
  expect(watcher.exitCode).toBeNull(); // still watching
});

/** The file's text, or '' while it is not there (the output folder is swapped in whole). */
function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
