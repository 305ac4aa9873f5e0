import { describe, expect, it } from 'vitest';
import { findingsOf, lintFixture, lintSource, spec } from './lint-fixture.ts';

const RULE = 'unified/required-within-supported';

describe(RULE, () => {
  it("rejects x-required outside the field's own x-supported", async () => {
    expect(await lintFixture('required-within-supported')).toContainEqual({
      ruleId: RULE,
      message: 'x-required names "filescom", which is not in x-supported of this field (#/properties/timezone)',
      file: 'required-within-supported/schemas/CreateUserBody.yaml',
      pointer: '#/properties/timezone/x-required/1',
      suggest: [],
    });
  });

  it("rejects x-required outside the operation's support when the field has no x-supported", async () => {
    expect(await lintFixture('required-within-supported')).toContainEqual({
      ruleId: RULE,
      message:
        'x-required names "ciscomeraki", but this field has no x-supported of its own and ' +
        'operation "createUser" does not support "ciscomeraki" (#/)',
      file: 'required-within-supported/parameters/organization_id.yaml',
      pointer: '#/x-required/0',
      suggest: [],
    });
  });

  it('breaks no other rule in its fixture, and reports each mistake once', async () => {
    const findings = await lintFixture('required-within-supported');
    expect(findings.map((finding) => finding.ruleId)).toEqual([RULE, RULE]);
  });

  it('inherits the support of the enclosing property for nested fields', async () => {
    const findings = await lintSource(
      spec(`x-integrations: { okta: { name: Okta }, filescom: { name: Files.com } }
paths:
  /users:
    post:
      x-supported: [okta, filescom]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                roles:
                  type: array
                  x-supported: [okta]
                  items:
                    type: object
                    properties:
                      name: { type: string, x-required: [okta, filescom] }
      responses: { '201': { description: Created } }
`),
    );
    expect(findingsOf(findings, RULE)).toEqual([
      expect.objectContaining({
        message:
          'x-required names "filescom", but this field has no x-supported of its own and ' +
          'the enclosing property "roles" does not support "filescom" ' +
          '(#/paths/~1users/post/requestBody/content/application~1json/schema/properties/roles/items/properties/name)',
        pointer:
          '#/paths/~1users/post/requestBody/content/application~1json/schema/properties/roles/items/properties/name/x-required/1',
      }),
    ]);
  });
});
