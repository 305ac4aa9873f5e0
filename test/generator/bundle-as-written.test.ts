/**
 * A spec whose references all point into its own root file is not bundled by Redocly a second time:
 * validation's walk finds out that the bundle would give the document back as it is
 * (generator/validate/document-probe.ts). Held here to what Redocly's bundle gives, including the
 * documents it would change: a reference where a plain value belongs (Redocly inlines it), a
 * discriminator's mapping, an example's `externalValue`, a reference to another file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSpec } from '../../generator/load/bundle-spec.js';
import { ConfinedResolver } from '../../generator/load/confined-resolver.js';
import { validateSpec } from '../../generator/validate/validate-spec.js';
import { scratchFolders, spec } from './helpers.js';

const scratch = scratchFolders();

async function bothWays(specPath: string) {
  const resolver = new ConfinedResolver(specPath);
  const { selfContained } = await validateSpec(specPath, resolver);
  const skipped = await bundleSpec(specPath, resolver, { selfContained });
  const bundled = await bundleSpec(specPath, new ConfinedResolver(specPath));
  return { selfContained, same: skipped.text === bundled.text };
}

const HEAD = `openapi: 3.1.0
info: { title: Probe, version: 1.0.0 }
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pet' }
`;

/** Specs Redocly's bundle changes: each must be bundled, never taken as written. */
const CHANGED: Record<string, string> = {
  'a reference where a plain value belongs': `${HEAD}components:
  schemas:
    Pet:
      type: object
      description: { $ref: '#/components/x-texts/pet' }
  x-texts:
    pet: A pet.
`,
  "a discriminator's mapping": `${HEAD}components:
  schemas:
    Pet:
      oneOf: [{ $ref: '#/components/schemas/Cat' }]
      discriminator: { propertyName: kind, mapping: { cat: '#/components/schemas/Cat' } }
    Cat: { type: object, properties: { kind: { type: string } } }
`,
  "an example's externalValue": `${HEAD.replace("schema: { $ref: '#/components/schemas/Pet' }", "schema: { $ref: '#/components/schemas/Pet' }\n              examples: { one: { externalValue: 'pet.json' } }")}components:
  schemas:
    Pet: { type: object }
`,
  'a reference to another file': `${HEAD}components:
  schemas:
    Pet: { $ref: 'pet.yaml' }
`,
};

describe('a spec is bundled by Redocly only when that changes it', () => {
  it.each(['spec/openapi.yaml', spec('tiny.yaml'), spec('petstore.yaml'), spec('hostile.yaml'), 'test/hostile/names-that-work/openapi.yaml'])(
    'gives the same bundle either way (%s)',
    async (specPath) => {
      expect((await bothWays(specPath)).same).toBe(true);
    },
  );

  it('takes a single-file spec as written', async () => {
    expect(await bothWays(spec('petstore.yaml'))).toEqual({ selfContained: true, same: true });
  });

  it.each(Object.keys(CHANGED))('bundles a spec with %s', async (name) => {
    const dir = scratch('probe');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pet.yaml'), 'type: object\n');
    writeFileSync(join(dir, 'pet.json'), '{ "name": "Rex" }\n');
    const specPath = join(dir, 'openapi.yaml');
    writeFileSync(specPath, CHANGED[name]!);

    expect(await bothWays(specPath)).toEqual({ selfContained: false, same: true });
  });
});
