/**
 * unified/no-composition-cycle: the schemas the generator refuses because they are made of
 * themselves, reported by lint where they are written, with the cycle.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, lintFixture, lintSource, spec } from './lint-fixture.ts';

const RULE = 'unified/no-composition-cycle';

const schemas = (entries: string) =>
  spec(`paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
components:
  schemas:
${entries}`);

describe(RULE, () => {
  it('reports two schemas made of each other through allOf, at the first, with the cycle', async () => {
    const findings = findingsOf(
      await lintSource(
        schemas(`    Thing:
      allOf:
        - $ref: '#/components/schemas/Base'
        - { type: object, properties: { name: { type: string } } }
    Base:
      allOf:
        - $ref: '#/components/schemas/Thing'
`),
      ),
      RULE,
    );

    expect(findings).toEqual([
      expect.objectContaining({
        file: 'inline/openapi.yaml',
        pointer: '#/components/schemas/Thing',
        message:
          'the schema is made of itself through $ref/allOf/anyOf/oneOf/items alone, so it has no type: #/components/schemas/Thing -> #/components/schemas/Thing/allOf/0 -> #/components/schemas/Base -> #/components/schemas/Base/allOf/0 -> #/components/schemas/Thing. Break the cycle with an object property.',
      }),
    ]);
  });

  it('reports an array of itself, and each cycle of a spec once', async () => {
    const findings = findingsOf(
      await lintSource(
        schemas(`    Thing:
      type: array
      items: { $ref: '#/components/schemas/Thing' }
    Either:
      oneOf:
        - $ref: '#/components/schemas/Either'
        - { type: string }
`),
      ),
      RULE,
    );

    expect(findings.map((finding) => finding.pointer)).toEqual(['#/components/schemas/Thing', '#/components/schemas/Either']);
    expect(findings[0]!.message).toContain('#/components/schemas/Thing -> #/components/schemas/Thing/items -> #/components/schemas/Thing.');
  });

  it('follows $refs into other files, and names the file of each place there', async () => {
    const findings = findingsOf(await lintFixture('composition-cycle-files'), RULE);

    expect(findings).toEqual([
      expect.objectContaining({
        file: 'composition-cycle-files/openapi.yaml',
        pointer: '#/components/schemas/Pet',
        message: expect.stringContaining(
          '#/components/schemas/Pet -> #/components/schemas/Pet/allOf/0 -> animal.yaml -> animal.yaml#/oneOf/0 -> #/components/schemas/Pet.',
        ),
      }),
    ]);
  });

  it('accepts recursion through properties, and a schema shared 2^40 ways without a cycle', async () => {
    const levels = Array.from({ length: 40 }, (_, level) => `    Level${level + 1}:\n      allOf: [{ $ref: '#/components/schemas/Level${level}' }, { $ref: '#/components/schemas/Level${level}' }]`);
    const findings = findingsOf(
      await lintSource(
        schemas(`    Thing:
      type: object
      properties:
        parent: { $ref: '#/components/schemas/Thing' }
        children: { type: array, items: { $ref: '#/components/schemas/Thing' } }
        shared: { $ref: '#/components/schemas/Level40' }
    Level0: { type: object, properties: { name: { type: string } } }
${levels.join('\n')}
`),
      ),
      RULE,
    );

    expect(findings).toEqual([]);
  });
});
