/** The same fixtures as generated-types.test.ts, compiled by TypeScript 7 (`tsc` of the `typescript7` alias). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { fixturesTsconfig } from './compile-fixtures.js';

const tsc7 = fileURLToPath(new URL('../../node_modules/typescript7/bin/tsc', import.meta.url));

async function tsc(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [tsc7, ...args]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

it('the type fixtures compile with TypeScript 7, every @ts-expect-error used', async () => {
  expect((await tsc('--version')).output).toMatch(/^Version 7\./);
  expect(await tsc('--noEmit', '-p', fixturesTsconfig)).toEqual({ code: 0, output: '' });
});
