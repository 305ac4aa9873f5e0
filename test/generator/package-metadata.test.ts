/**
 * The generated package.json: its version, licence, homepage and repository from the spec
 * (`info.version`, `info.license`, `externalDocs`) and the command line, and how it loads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { semverOf } from '../../generator/emit/package-metadata.js';
import { generate } from '../../generator/pipeline.js';
import { runCli, scratchFolders, spec, ROOT } from './helpers.js';

const scratch = scratchFolders();

/** tiny.yaml with other `info` and `externalDocs`. */
function tinyWith(replacement: string): string {
  const folder = scratch('metadata');
  const text = readFileSync(join(ROOT, spec('tiny.yaml')), 'utf8').replace('info:\n  title: Tiny Directory\n  version: 1.0.0\n', replacement);
  const file = join(folder, 'openapi.yaml');
  writeFileSync(file, text);
  return file;
}

async function manifestOf(specPath: string, metadata = {}): Promise<Record<string, unknown>> {
  const { files } = await generate({ specPath, outDir: scratch('out'), metadata });
  return JSON.parse(files.get('package.json')!) as Record<string, unknown>;
}

describe('info.version as an npm version', () => {
  it.each([
    ['1.0.0', '1.0.0'],
    ['v2.3.4', '2.3.4'],
    ['2.0.0-beta.1+build.5', '2.0.0-beta.1+build.5'],
    ['2', '2.0.0'],
    ['2.1', '2.1.0'],
    ['2020-03-02', '0.0.0-2020-03-02'],
    ['2020.03.02', '0.0.0-2020-03-02'],
    ['2024-01-01 (beta)', '0.0.0-2024-01-01-beta'],
    ['latest', '0.0.0-latest'],
    ['007', '7.0.0'],
    ['', '0.0.0'],
  ])('%j -> %s', (version, expected) => {
    expect(semverOf(version)).toBe(expected);
  });
});

describe('package.json', () => {
  it('takes the licence, homepage and a semver of the version from the spec', async () => {
    const specPath = tinyWith(
      'info:\n  title: Tiny Directory\n  version: 2020-03-02\n  license:\n    name: Apache 2.0\n    identifier: Apache-2.0\nexternalDocs:\n  url: https://docs.example.test/tiny\n',
    );
    const manifest = await manifestOf(specPath);
    expect(manifest).toMatchObject({ version: '0.0.0-2020-03-02', license: 'Apache-2.0', homepage: 'https://docs.example.test/tiny' });
    expect(manifest.repository).toBeUndefined();
  });

  it('lets the flags override the spec, and expands nothing it does not need to', async () => {
    const specPath = tinyWith('info:\n  title: Tiny Directory\n  version: 1.0.0\n  license:\n    name: MIT\n');
    expect(await manifestOf(specPath)).toMatchObject({ version: '1.0.0', license: 'MIT' });
    const manifest = await manifestOf(specPath, {
      packageVersion: '3.1.0-rc.2',
      license: 'UNLICENSED',
      repository: 'https://git.example.test/team/tiny.git',
    });
    expect(manifest).toMatchObject({
      version: '3.1.0-rc.2',
      license: 'UNLICENSED',
      repository: { type: 'git', url: 'https://git.example.test/team/tiny.git' },
    });
    expect((await manifestOf(specPath, { repository: 'github:team/tiny' })).repository).toBe('github:team/tiny');
  });

  it('leaves out a licence npm could not read, and loads with import and require alike', async () => {
    const manifest = await manifestOf(tinyWith('info:\n  title: Tiny Directory\n  version: 1.0.0\n  license:\n    name: Company licence v2\n'));
    expect(manifest.license).toBeUndefined();
    expect(manifest.exports).toEqual({
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
        default: './dist/index.js',
      },
      './openapi.json': './openapi.json',
      './package.json': './package.json',
    });
    expect(manifest.engines).toEqual({ node: '>=18.0.0' });
  });

  it('refuses flag values npm would not take, naming the flag', async () => {
    for (const [metadata, message] of [
      [{ packageVersion: 'next' }, '--package-version "next" is not a semantic version'],
      [{ license: 'MIT"; rm -rf' }, 'is not an SPDX expression'],
      [{ repository: 'not a repo' }, '--repository "not a repo" is neither a git URL nor owner/repo'],
    ] as const) {
      await expect(generate({ specPath: spec('tiny.yaml'), outDir: scratch('never'), metadata })).rejects.toThrow(message);
    }
  });

  it('the CLI reports a bad flag value like any other input problem: exit 2, no stack trace', async () => {
    const result = await runCli(['--spec', spec('tiny.yaml'), '--out', scratch('flags'), '--package-version', 'next']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--package-version "next" is not a semantic version');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
