import { describe, expect, it } from 'vitest';
import { findingsOf, lintFixture, lintSource, spec } from './lint-fixture.ts';

const RULE = 'unified/supported-values-valid';
const BODY = 'supported-values-valid/schemas/CreateUserBody.yaml';

describe(RULE, () => {
  it('rejects x-supported-values on a field without an enum', async () => {
    expect(await lintFixture('supported-values-valid')).toContainEqual({
      ruleId: RULE,
      message: 'x-supported-values (for "okta") narrows an enum, but this field has no enum, nor do its items (#/properties/nickname)',
      file: BODY,
      pointer: '#/properties/nickname/x-supported-values',
      suggest: [],
    });
  });

  it("rejects a value outside the enum of a $ref'd shape", async () => {
    expect(await lintFixture('supported-values-valid')).toContainEqual({
      ruleId: RULE,
      message: 'x-supported-values lists "deleted" for "okta", which is not in this field\'s enum ["active","inactive"] (#/properties/status)',
      file: BODY,
      pointer: '#/properties/status/x-supported-values/okta/1',
      suggest: [],
    });
  });

  it("rejects an entry for an integration outside the field's x-supported", async () => {
    expect(await lintFixture('supported-values-valid')).toContainEqual({
      ruleId: RULE,
      message: 'x-supported-values has an entry for "filescom", which is not in x-supported of this field (#/properties/role)',
      file: BODY,
      pointer: '#/properties/role/x-supported-values/filescom',
      suggest: [],
    });
  });

  it('rejects an entry for an integration the operation does not support, when the field inherits', async () => {
    expect(await lintFixture('supported-values-valid')).toContainEqual({
      ruleId: RULE,
      message:
        'x-supported-values has an entry for "ciscomeraki", but this field has no x-supported of its own and ' +
        'operation "createUser" does not support "ciscomeraki" (#/paths/~1users/post/parameters/0)',
      file: 'supported-values-valid/openapi.yaml',
      pointer: '#/paths/~1users/post/parameters/0/x-supported-values/ciscomeraki',
      suggest: [],
    });
  });

  it('breaks no other rule in its fixture', async () => {
    const findings = await lintFixture('supported-values-valid');
    expect(findings.map((finding) => finding.ruleId)).toEqual([RULE, RULE, RULE, RULE]);
  });

  it("accepts values of an array's items enum, and rejects others", async () => {
    const findings = await lintSource(
      spec(`x-integrations: { okta: { name: Okta } }
paths:
  /users:
    get:
      x-supported: [okta]
      parameters:
        - name: scopes
          in: query
          schema: { type: array, items: { type: string, enum: [read, write] } }
          x-supported-values: { okta: [read, admin] }
      responses: { '200': { description: OK } }
`),
    );
    expect(findingsOf(findings, RULE)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('lists "admin" for "okta", which is not in this field\'s enum ["read","write"]'),
        pointer: '#/paths/~1users/get/parameters/0/x-supported-values/okta/1',
      }),
    ]);
  });
});
