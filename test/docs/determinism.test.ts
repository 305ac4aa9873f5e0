/** The same spec gives the same site, byte for byte: no timestamps, no random ids, no map-order luck. */
import { describe, expect, it } from 'vitest';
import { readTree, scratchFolders, treeDifferences } from '../generator/helpers.ts';
import { buildSite } from './site.ts';

const scratch = scratchFolders();

describe('npm run docs', () => {
  it('builds the same bytes twice', async () => {
    const [first, second] = [scratch('docs-first'), scratch('docs-second')];
    const started = Date.now();
    await buildSite(first);
    const elapsed = Date.now() - started;
    await buildSite(second);
    const tree = readTree(first);
    expect(tree.size).toBeGreaterThan(4);
    expect(treeDifferences(tree, readTree(second))).toEqual([]);
    // "A few seconds", with room for a busy CI machine.
    expect(elapsed).toBeLessThan(20_000);
  });
});
