/**
 * Two validation modes: a spec written for this generator (it uses the extensions) must be valid
 * OpenAPI to the letter; a plain spec, often not quite (3.0 keywords in 3.1, as OpenAI's), generates
 * with its structural problems as warnings, unless --strict.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { generate } from '../../generator/pipeline.js';
import { readTree, runCli, scratchFolders, spec } from './helpers.js';

const scratch = scratchFolders();
const LOOSE = spec('loose.yaml');

describe('a spec without the extensions', () => {
  it('generates despite structural problems, and says how many and where, the first five in full', async () => {
    const { model, warnings } = await generate({ specPath: LOOSE, outDir: '.tmp/never-written' });

    expect(model.operations.map((operation) => operation.operationId)).toEqual(['listPets']);
    expect(warnings?.count).toBe(7);
    const lines = warnings!.text.split('\n');
    expect(lines[0]).toBe(`warning: ${LOOSE} has 7 structural problems; generated anyway, since it uses none of the unified-API extensions (--strict makes them errors):`);
    expect(lines.slice(1, 6)).toEqual([
      expect.stringMatching(/^ {2}- test\/fixtures\/specs\/loose\.yaml:18:\d+ #\/paths\/~1pets\/get\/parameters\/0\/schema\/exclusiveMinimum Expected type `number` but got `boolean`/),
      ...['name', 'tag', 'age', 'owner'].map((property) =>
        expect.stringMatching(new RegExp(`^  - test/fixtures/specs/loose\\.yaml:\\d+:\\d+ #/components/schemas/Pet/properties/${property}/nullable Property \`nullable\` is not expected here`)),
      ),
    ]);
    expect(lines.slice(6)).toEqual([`  ... and 2 more (npx redocly lint ${LOOSE} lists them all)`]);
  });

  it('has no warnings when it is valid', async () => {
    expect((await generate({ specPath: spec('petstore.yaml'), outDir: '.tmp/never-written' })).warnings).toBeUndefined();
  });

  it('is refused with every problem under --strict', async () => {
    const error = await generate({ specPath: LOOSE, outDir: '.tmp/never-written', strict: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as Error).message.split('\n')[0]).toBe(`${LOOSE} is not a valid spec (7 problems):`);
    expect((error as Error).message).toContain('#/components/schemas/Pet/properties/weight/exclusiveMaximum');
  });

  it('still cannot have a $ref that resolves to nothing', async () => {
    const error = await generate({ specPath: spec('invalid/dangling-ref.yaml'), outDir: '.tmp/never-written' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as Error).message).toMatch(/resolve \$ref/);
  });

  it('on the command line: one block on stderr, exit 0; with --strict, exit 2 and nothing written', async () => {
    const out = join(scratch('loose'), 'out');
    const lenient = await runCli(['--spec', LOOSE, '--out', out]);

    expect(lenient.code).toBe(0);
    expect(lenient.stderr.trimEnd().split('\n')).toHaveLength(7);
    expect(lenient.stderr).toMatch(/^warning: .*7 structural problems/);
    expect(readTree(out).has('src/operations/listPets.ts')).toBe(true);

    const strictOut = join(scratch('loose-strict'), 'out');
    const strict = await runCli(['--spec', LOOSE, '--out', strictOut, '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/^error: .*is not a valid spec \(7 problems\):/);
    expect(strict.stderr).not.toMatch(/^\s+at /m);
    expect(() => readTree(strictOut)).toThrow(/ENOENT/);
  });
});

describe('a spec with the extensions', () => {
  it('is refused for the same structural problems, without --strict', async () => {
    const error = await generate({ specPath: spec('invalid/loose-with-extensions.yaml'), outDir: '.tmp/never-written' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as Error).message).toMatch(/loose-with-extensions\.yaml is not a valid spec \(7 problems\):/);
  });
});
