/**
 * The same fixtures as generated-types.test.ts, compiled by TypeScript 7 (`tsc` of the `typescript7`
 * alias): they compile, every `// @ts-expect-error` used, and each fails for the reason it names in
 * TypeScript 7's words too (the fixtures compiled again with the directives switched off, as
 * compile-fixtures.ts does for TypeScript 5).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { DIRECTIVE, DISARMED, expectedFragment, fixtureNames, fixturesDir, fixturesTsconfig } from './compile-fixtures.js';

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

it('TypeScript 7 fails each @ts-expect-error line for the reason it names', async () => {
  // A sibling of the fixtures' folder, so that their relative imports resolve the same.
  const disarmed = mkdtempSync(join(fixturesDir, '..', 'types-ts7-'));
  try {
    cpSync(fixturesTsconfig, join(disarmed, 'tsconfig.json'));
    for (const name of fixtureNames()) writeFileSync(join(disarmed, name), readFileSync(join(fixturesDir, name), 'utf8').replaceAll(DIRECTIVE, DISARMED));
    const { output } = await tsc('--noEmit', '--pretty', 'false', '-p', join(disarmed, 'tsconfig.json'));
    const messages = errorsByLine(output);
    const problems: string[] = [];
    for (const name of fixtureNames()) {
      readFileSync(join(fixturesDir, name), 'utf8')
        .split('\n')
        .forEach((text, index) => {
          if (!text.trimStart().startsWith(`// ${DIRECTIVE}`)) return;
          const expected = expectedFragment(text)!;
          const actual = messages.get(`${name}:${index + 2}`) ?? [];
          if (!actual.some((message) => message.includes(expected))) problems.push(`${name}:${index + 1} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
        });
    }
    expect(problems).toEqual([]);
  } finally {
    rmSync(disarmed, { recursive: true, force: true });
  }
});

/** `file.ts:line` -> the messages of the errors reported there, each with its indented continuation lines. */
function errorsByLine(output: string): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    const error = /([^/\\(]+\.ts)\((\d+),\d+\): error TS\d+: (.*)$/.exec(line);
    if (error) {
      const key = `${error[1]}:${error[2]}`;
      current = messages.get(key) ?? messages.set(key, []).get(key)!;
      current.push(error[3]!);
    } else if (current && /^\s+\S/.test(line)) {
      current[current.length - 1] += ` ${line.trim()}`;
    }
  }
  return messages;
}
