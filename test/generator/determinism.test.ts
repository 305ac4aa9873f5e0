/** The same spec always gives the same bytes, and the checked-in generated/ is what the spec gives. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/pipeline.js';
import { readTree, ROOT, scratchFolders, treeDifferences } from './helpers.js';

const scratch = scratchFolders();

describe('determinism', () => {
  it('generates byte-identical trees in two different folders, equal to the checked-in generated/', async () => {
    const first = join(scratch('determinism'), 'out');
    const second = join(scratch('determinism'), 'elsewhere', 'out');
    await generateToDisk({ specPath: 'spec/openapi.yaml', outDir: first });
    await generateToDisk({ specPath: 'spec/openapi.yaml', outDir: second });

    const tree = readTree(first);
    expect(tree.size).toBeGreaterThan(40);
    expect(treeDifferences(tree, readTree(second))).toEqual([]);
    // What `npm run generate -- --check` verifies, byte for byte.
    expect(treeDifferences(tree, readTree(join(ROOT, 'generated')))).toEqual([]);
  });
});
