import { describe, expect, it } from 'vitest';
import { findingsOf, lintFixture, lintSource, spec } from './lint-fixture.ts';

const RULE = 'unified/field-within-operation';

describe(RULE, () => {
  it('rejects a path-level parameter that one of the operations does not support', async () => {
    const findings = await lintFixture('field-within-operation');
    expect(findings).toContainEqual({
      ruleId: RULE,
      message: 'x-supported names "filescom", which operation "deleteUser" does not support (#/parameters/1)',
      file: 'field-within-operation/paths/user.yaml',
      pointer: '#/parameters/1/x-supported/1',
      suggest: [],
    });
    expect(findings.filter((finding) => finding.message.includes('"getUser"'))).toEqual([]);
  });

  it('checks a response schema in another file against each operation that returns it', async () => {
    expect(await lintFixture('field-within-operation')).toContainEqual({
      ruleId: RULE,
      message: 'x-supported names "filescom", which operation "deleteUser" does not support (#/properties/timezone)',
      file: 'field-within-operation/schemas/User.yaml',
      pointer: '#/properties/timezone/x-supported/0',
      suggest: [],
    });
  });

  it("rejects a nested property beyond its enclosing property's support, once for both operations", async () => {
    const nested = (await lintFixture('field-within-operation')).filter(
      (finding) => finding.file === 'field-within-operation/schemas/Role.yaml',
    );
    expect(nested).toEqual([
      {
        ruleId: RULE,
        message: 'x-supported names "filescom", which the enclosing property "roles" does not support (#/properties/name)',
        file: 'field-within-operation/schemas/Role.yaml',
        pointer: '#/properties/name/x-supported/1',
        suggest: [],
      },
    ]);
  });

  it('breaks no other rule in its fixture', async () => {
    const findings = await lintFixture('field-within-operation');
    expect(findings.map((finding) => finding.ruleId)).toEqual([RULE, RULE, RULE]);
  });

  it("checks request body properties, and lets an operation's own parameter replace the path's", async () => {
    const findings = await lintSource(
      spec(`x-integrations: { okta: { name: Okta }, filescom: { name: Files.com } }
paths:
  /users/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
      - { name: workspace_id, in: query, schema: { type: string }, x-supported: [okta, filescom] }
    patch:
      x-supported: [okta]
      parameters:
        - { name: workspace_id, in: query, schema: { type: string }, x-supported: [okta] }
      requestBody:
        content:
          application/json:
            schema:
              allOf:
                - type: object
                  properties:
                    title: { type: string, x-supported: [filescom] }
      responses: { '200': { description: OK } }
`),
    );
    expect(findingsOf(findings, RULE)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^x-supported names "filescom", which operation PATCH \/users\/\{id\} does not support \(#\/paths\/~1users~1\{id\}\/patch\/requestBody\/.*\/properties\/title\)$/),
      }),
    ]);
  });

  it('leaves x-required to required-within-supported, so one mistake makes one error', async () => {
    const findings = await lintSource(
      spec(`x-integrations: { okta: { name: Okta }, filescom: { name: Files.com } }
paths:
  /users:
    get:
      x-supported: [okta]
      parameters:
        - { name: team, in: query, schema: { type: string }, x-required: [filescom] }
      responses: { '200': { description: OK } }
`),
    );
    expect(findings.map((finding) => finding.ruleId)).toEqual(['unified/required-within-supported']);
  });

  it('walks a recursive schema without looping', async () => {
    const findings = await lintSource(
      spec(`x-integrations: { okta: { name: Okta } }
paths:
  /groups:
    get:
      x-supported: [okta]
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Group' }
components:
  schemas:
    Group:
      type: object
      properties:
        children: { type: array, items: { $ref: '#/components/schemas/Group' } }
`),
    );
    expect(findings).toEqual([]);
  });
});
