/**
 * Generation transpiles each module on its own (fast at hundreds of integrations) and so never
 * type-checks the package it writes. Here every package the tests generate is checked as a whole:
 * the shipped one, a spec without integrations, one with open bodies and a hostile one.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/pipeline.js';
import { ROOT, scratchFolders, spec, typeCheckPackage } from './helpers.js';

const scratch = scratchFolders();

describe('the generated package type-checks as a whole', () => {
  it('for the shipped spec (generated/)', () => {
    expect(typeCheckPackage(join(ROOT, 'generated'))).toEqual([]);
  });

  it.each(['petstore.yaml', 'open-bodies.yaml', 'hostile.yaml'])('for %s', async (name) => {
    const out = join(scratch('type-check'), 'out');
    await generateToDisk({ specPath: spec(name), outDir: out });

    expect(typeCheckPackage(out)).toEqual([]);
  });

  it('reports an ill-typed module with its file and line (the check can fail)', async () => {
    const out = join(scratch('type-check'), 'out');
    await generateToDisk({ specPath: spec('petstore.yaml'), outDir: out });
    appendFileSync(join(out, 'src/index.ts'), "export const broken: number = 'not a number';\n");

    expect(typeCheckPackage(out)).toEqual([expect.stringMatching(/^src\/index\.ts:\d+ Type 'string' is not assignable to type 'number'/)]);
  });
});
