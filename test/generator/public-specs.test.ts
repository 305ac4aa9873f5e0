/**
 * Every real-world spec of the shared folder (../shared/public-specs/) but the three large ones
 * (public-specs-slow.test.ts): each generates, and its package type-checks under TypeScript 5 and 7;
 * the ones refused by design are refused with an error that says why. A spec added to the folder is
 * expected to generate. What each client can send (form bodies, multipart, headers, auth) is tested
 * elsewhere; here, that every spec gives a package at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { generate, generateToDisk } from '../../generator/pipeline.js';
import { runCli, scratchFolders } from './helpers.js';
import { REFUSED, SLOW, USAGE, publicSpec, publicSpecFiles, skipWithoutPublicSpecs, typeCheckPackages, writeUsage } from './public-specs.js';

const scratch = scratchFolders();

/** semver.org's expression, as npm reads a version. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const GENERATED = publicSpecFiles().filter((file) => !SLOW.includes(file) && !(file in REFUSED));

/** Per spec: its generation's error, if any, and each compiler's diagnostics for its package. */
const outcomes = new Map<string, { error?: Error; ts5?: string[]; ts7?: string[]; version?: string }>();

if (!skipWithoutPublicSpecs()) {
  beforeAll(async () => {
    const root = scratch('public-specs');
    for (const file of GENERATED) {
      try {
        // Each package in a folder named after its spec.
        await generateToDisk({ specPath: publicSpec(file), outDir: join(root, file) });
        writeUsage(file, join(root, file));
        outcomes.set(file, {});
      } catch (error) {
        outcomes.set(file, { error: error as Error });
      }
    }
    const packages = GENERATED.filter((file) => !outcomes.get(file)!.error);
    const [ts5, ts7] = await Promise.all([typeCheckPackages(root, packages, 5), typeCheckPackages(root, packages, 7)]);
    for (const file of packages) {
      const { version } = JSON.parse(readFileSync(join(root, file, 'package.json'), 'utf8')) as { version: string };
      outcomes.set(file, { ts5: ts5.get(file), ts7: ts7.get(file), version });
    }
  }, 300_000);

  describe('public specs that generate', () => {
    for (const file of GENERATED) {
      const calls = USAGE[file] ? ', with the calls its spec describes,' : '';
      it(`${file} generates and type-checks${calls} under TS 5 and 7, with a semver version`, () => {
        const outcome = outcomes.get(file)!;
        expect(outcome.error?.message).toBeUndefined();
        expect(outcome.ts5, 'TypeScript 5').toEqual([]);
        expect(outcome.ts7, 'TypeScript 7').toEqual([]);
        // npm publish refuses anything else (Kubernetes' info.version is `v1.24.0`).
        expect(outcome.version).toMatch(SEMVER);
      });
    }
  });

  describe('public specs refused by design', () => {
    for (const [file, { says, oneLine }] of Object.entries(REFUSED)) {
      it(`${file}: ${oneLine ? 'one line that says' : 'an error that says'} why`, async () => {
        const error = await generate({ specPath: publicSpec(file), outDir: '.tmp/never-written' }).then(
          () => expect.fail(`${file} generated`),
          (e: unknown) => e as Error,
        );

        expect(error).toBeInstanceOf(GeneratorError);
        expect(error.message).toContain(publicSpec(file));
        expect(error.message).toMatch(says);
        if (oneLine) expect(error.message).not.toContain('\n');
      });
    }

    it('on the command line, as a user sees it: the one line, exit 2', async () => {
      const result = await runCli(['--spec', publicSpec('swagger20-petstore.yaml'), '--out', '.tmp/never-written']);

      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`error: ${publicSpec('swagger20-petstore.yaml')} is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported (convert it first)\n`);
    });
  });
}
