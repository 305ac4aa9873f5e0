/**
 * The plugin as Redocly's own CLI loads it: plain `redocly lint`, no TypeScript loader, as the
 * Redocly editor extension and other repositories run it, with redocly/dist/plugin.mjs (the bundle of
 * redocly/plugin.ts that `npm run build:plugin` writes).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePlugin, PLUGIN_BUNDLE } from '../../redocly/build-plugin.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const redocly = join(REPO, 'node_modules', '.bin', 'redocly');

function redoclyLint(cwd: string, args: string[]): Promise<{ exitCode: number; output: string }> {
  // No NODE_OPTIONS (tsx): Node's own loader, as `npx redocly lint` has.
  const { NODE_OPTIONS: _loader, ...inherited } = process.env;
  const env = { ...inherited, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  return new Promise((resolve) => {
    execFile(redocly, ['lint', ...args], { cwd, env }, (error, stdout, stderr) => {
      resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

let otherRepo: string;
beforeAll(async () => {
  // Another repository: the one plugin file copied in, its own redocly.yaml, its own spec.
  otherRepo = await mkdtemp(join(tmpdir(), 'unified-plugin-consumer-'));
  await mkdir(join(otherRepo, 'tools'));
  await cp(PLUGIN_BUNDLE, join(otherRepo, 'tools', 'unified-rules.mjs'));
  await cp(join(REPO, 'test/fixtures/lint/field-within-operation'), join(otherRepo, 'broken'), { recursive: true });
  await cp(join(REPO, 'test/fixtures/lint/valid'), join(otherRepo, 'valid'), { recursive: true });
  await writeFile(
    join(otherRepo, 'redocly.yaml'),
    ['plugins:', '  - ./tools/unified-rules.mjs', 'extends:', '  - minimal', 'rules:', '  unified/field-within-operation: error', '  unified/integration-declared: error', ''].join('\n'),
  );
});

afterAll(async () => {
  if (otherRepo) await rm(otherRepo, { recursive: true, force: true });
});

describe('the bundled Redocly plugin', () => {
  it('is what redocly/plugin.ts and its rules build today (npm run build:plugin)', async () => {
    expect(await readFile(PLUGIN_BUNDLE, 'utf8'), 'redocly/dist/plugin.mjs is stale: run npm run build:plugin').toBe(await bundlePlugin());
  });

  it('stands alone: no import of anything outside the file', async () => {
    expect(await readFile(PLUGIN_BUNDLE, 'utf8')).not.toMatch(/^\s*import\s|\brequire\(/m);
  });

  it.concurrent("lints another repo's spec under plain `redocly lint`, naming file, line, pointer and slug", async () => {
    const { exitCode, output } = await redoclyLint(otherRepo, ['broken/openapi.yaml']);
    expect(output).not.toContain('Unknown file extension');
    expect(exitCode).toBe(1);
    expect(output).toContain('broken/schemas/User.yaml:5:19 at #/properties/timezone/x-supported/0');
    expect(output).toContain('x-supported names "filescom", which operation "deleteUser" does not support (#/properties/timezone)');
    expect(output).toContain('unified/field-within-operation');
  }, 30_000);

  it.concurrent("passes another repo's valid spec", async () => {
    const { exitCode, output } = await redoclyLint(otherRepo, ['valid/openapi.yaml']);
    expect(output).not.toContain('unified/');
    expect(exitCode).toBe(0);
  }, 30_000);

  it.concurrent("passes this repository's spec with its own redocly.yaml, as `npx redocly lint` runs it", async () => {
    const { exitCode, output } = await redoclyLint(REPO, []);
    expect(output).toContain('Your API description is valid');
    expect(exitCode).toBe(0);
  }, 30_000);
});
