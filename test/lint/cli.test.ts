/** End to end: the real Redocly CLI loads the TypeScript plugin through tsx, as `npm run lint` does. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE_DIR = 'test/fixtures/lint';

interface CliRun {
  exitCode: number;
  output: string;
}

function redoclyLint(fixture: string): Promise<CliRun> {
  const args = ['lint', `${FIXTURE_DIR}/${fixture}/openapi.yaml`, '--config', `${FIXTURE_DIR}/redocly.yaml`];
  const env = {
    ...process.env,
    NODE_OPTIONS: '--import=tsx',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NO_COLOR: '1',
  };
  return new Promise((resolve) => {
    execFile('node_modules/.bin/redocly', args, { cwd: REPO, env }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ exitCode, output: `${stdout}\n${stderr}` });
    });
  });
}

describe('redocly lint with the unified plugin', () => {
  it.concurrent('fails on a broken spec, naming the file and line, the pointer and the slug', async () => {
    const { exitCode, output } = await redoclyLint('field-within-operation');
    expect(exitCode).toBe(1);
    expect(output).toContain(`${FIXTURE_DIR}/field-within-operation/schemas/User.yaml:5:19 at #/properties/timezone/x-supported/0`);
    expect(output).toContain(
      'x-supported names "filescom", which operation "deleteUser" does not support (#/properties/timezone)',
    );
    expect(output).toContain('unified/field-within-operation');
  }, 20_000);

  it.concurrent('passes the valid spec', async () => {
    const { exitCode, output } = await redoclyLint('valid');
    expect(output).not.toContain('unified/');
    expect(exitCode).toBe(0);
  }, 20_000);
});
