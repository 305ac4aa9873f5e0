/**
 * The docs of a spec without integrations (any public spec): an index of its operations, each linked
 * to its place in the reference, and nothing about integrations it does not have.
 */
import { describe, expect, it } from 'vitest';
import { readTree, scratchFolders, spec } from '../generator/helpers.ts';
import { buildSite } from './site.ts';

const scratch = scratchFolders();

describe('npm run docs on a spec without integrations', () => {
  it('builds the index and the reference only, the index linking each operation to the reference', async () => {
    const out = scratch('docs-plain');
    await buildSite(out, spec('petstore.yaml'));
    const tree = readTree(out);

    expect([...tree.keys()].filter((path) => !path.startsWith('.')).sort()).toEqual(['index.html', 'reference.html']);
    const index = tree.get('index.html')!.toString();
    const visibleText = index.replace(/<style[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    expect(visibleText).not.toMatch(/integration/i);
    expect(index).toContain('>Operations</a>');
    for (const operationId of ['listPets', 'createPet', 'getPet', 'deletePet']) {
      expect(index).toContain(`href="reference.html#operation/${operationId}"`);
    }
  });
});
