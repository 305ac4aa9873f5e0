/** A run that fails changes nothing: the previous output stays byte for byte, and no staging is left. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/pipeline.js';
import { writeOutput } from '../../generator/write/output.js';
import { readTree, scratchFolders, spec } from './helpers.js';

const scratch = scratchFolders();
let out: string;
let previous: Map<string, Buffer>;

beforeAll(async () => {
  out = join(scratch('atomicity'), 'out');
  await generateToDisk({ specPath: spec('tiny.yaml'), outDir: out });
  previous = readTree(out);
});

describe('a failing run', () => {
  it.each([
    ['a spec that does not parse', 'invalid/invalid-yaml.yaml'],
    ['a spec with a dangling $ref', 'invalid/dangling-ref.yaml'],
    ['a spec whose operations collide', 'invalid/operation-id-collision.yaml'],
  ])('on %s leaves the previous output byte-identical and no staging folder', async (_, file) => {
    await expect(generateToDisk({ specPath: spec(file), outDir: out })).rejects.toThrow();

    expect(readTree(out)).toEqual(previous);
    expect(readdirSync(dirname(out))).toEqual(['out']);
  });

  it('that fails while writing puts the previous output back and removes its staging folder', () => {
    // `a` as a file, then `a/b` needs `a` as a folder: the write fails halfway through the staging.
    const files = new Map([
      ['README.md', 'new\n'],
      ['a', 'a file\n'],
      ['a/b', 'cannot be written\n'],
    ]);

    expect(() => writeOutput(out, files)).toThrow();
    expect(readTree(out)).toEqual(previous);
    expect(readdirSync(dirname(out))).toEqual(['out']);
  });
});

it('a successful run replaces the whole output and leaves only it behind', async () => {
  await generateToDisk({ specPath: spec('petstore.yaml'), outDir: out });

  expect(readTree(out).has('src/operations/listPets.ts')).toBe(true);
  expect(readTree(out).has('src/operations/createUser.ts')).toBe(false);
  expect(readdirSync(dirname(out))).toEqual(['out']);
});
