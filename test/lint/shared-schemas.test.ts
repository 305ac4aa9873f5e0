/**
 * The per-operation rules (field-within-operation, required-within-supported, supported-values-valid)
 * on schemas that many operations and many paths share. Real specs cross-link their schemas so much
 * that walking every path through them never ends (Stripe's did not in 4 GB); the rules must still
 * find every mistake, once per operation whose support it breaks.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, lintSource, spec } from './lint-fixture.ts';

/**
 * `depth` schemas, each with two properties that refer to the next: 2^depth paths from the top to
 * `Level<depth>`, whose fields hold one mistake per rule.
 */
function crossLinked(depth: number): string {
  const levels = Array.from({ length: depth }, (_, level) => `    Level${level}:
      type: object
      properties:
        left: { $ref: '#/components/schemas/Level${level + 1}' }
        right: { $ref: '#/components/schemas/Level${level + 1}' }`);
  return spec(`x-integrations: { okta: { name: Okta }, filescom: { name: Files.com } }
paths:
  /things:
    get:
      operationId: listThings
      x-supported: [okta]
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Level0' }
components:
  schemas:
${levels.join('\n')}
    Level${depth}:
      type: object
      properties:
        colour: { type: string, x-supported: [okta, filescom] }
        size: { type: string, x-required: [filescom] }
        kind: { type: string, enum: [a, b], x-supported-values: { filescom: [a] } }
`);
}

describe('schemas shared by many paths', () => {
  it('finds each mistake at the bottom of 2^40 paths, once', async () => {
    const findings = await lintSource(crossLinked(40));

    expect(findings.map(({ ruleId, pointer }) => `${ruleId} ${pointer}`).sort()).toEqual([
      'unified/field-within-operation #/components/schemas/Level40/properties/colour/x-supported/1',
      'unified/required-within-supported #/components/schemas/Level40/properties/size/x-required/0',
      'unified/supported-values-valid #/components/schemas/Level40/properties/kind/x-supported-values/filescom',
    ]);
    expect(findingsOf(findings, 'unified/field-within-operation')[0]!.message).toBe(
      'x-supported names "filescom", which operation "listThings" does not support (#/components/schemas/Level40/properties/colour)',
    );
  });

  it('reports a shared schema once for each operation whose support it breaks, and not for the others', async () => {
    const findings = await lintSource(
      spec(`x-integrations: { okta: { name: Okta }, filescom: { name: Files.com }, vercel: { name: Vercel } }
paths:
  /users:
    get:
      operationId: listUsers
      x-supported: [okta]
      responses: { '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } } }
    post:
      operationId: createUser
      x-supported: [vercel]
      responses: { '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } } }
  /admins:
    get:
      operationId: listAdmins
      x-supported: [okta, filescom]
      responses: { '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } } }
components:
  schemas:
    User:
      type: object
      properties:
        manager: { $ref: '#/components/schemas/User' }
        email: { type: string, x-supported: [filescom] }
`),
    );

    expect(findingsOf(findings, 'unified/field-within-operation').map(({ message }) => message)).toEqual([
      'x-supported names "filescom", which operation "listUsers" does not support (#/components/schemas/User/properties/email)',
      'x-supported names "filescom", which operation "createUser" does not support (#/components/schemas/User/properties/email)',
    ]);
  });

  it('checks a spec that uses the extensions without declaring x-integrations', async () => {
    const findings = await lintSource(
      spec(`paths:
  /users:
    get:
      x-supported: [okta]
      parameters:
        - { name: team, in: query, schema: { type: string }, x-supported: [filescom] }
      responses: { '200': { description: OK } }
`),
    );

    expect(findingsOf(findings, 'unified/field-within-operation')).toEqual([
      expect.objectContaining({ message: 'x-supported names "filescom", which operation GET /users does not support (#/paths/~1users/get/parameters/0)' }),
    ]);
  });
});
