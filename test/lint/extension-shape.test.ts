import { describe, expect, it } from 'vitest';
import { lintFixture, lintSource, spec } from './lint-fixture.ts';

const RULE = 'unified/extension-shape';
const ROOT = 'extension-shape/openapi.yaml';
const BODY = 'extension-shape/schemas/CreateUserBody.yaml';

describe(RULE, () => {
  it('rejects an integration slug that does not follow the slug rule of its name', async () => {
    expect(await lintFixture('extension-shape')).toContainEqual({
      ruleId: RULE,
      message: 'x-integrations "meraki" does not follow the slug rule for "Cisco Meraki" (expected "ciscomeraki") (#/)',
      file: ROOT,
      pointer: '#/x-integrations/meraki',
      suggest: [],
    });
  });

  it('rejects an operation without x-supported in a spec that declares integrations', async () => {
    expect(await lintFixture('extension-shape')).toContainEqual({
      ruleId: RULE,
      message: 'operation "listUsers" has no x-supported: list the integrations it exists for ([] for none yet) (#/paths/~1users/get)',
      file: ROOT,
      pointer: '#/paths/~1users/get',
      suggest: [],
    });
  });

  it('rejects malformed values, naming the value, in a schema in another file', async () => {
    const inBody = (await lintFixture('extension-shape')).filter((finding) => finding.file === BODY);
    expect(inBody.map(({ message, pointer }) => ({ message, pointer }))).toEqual([
      {
        message: 'x-integrations belongs at the root of the spec; here it declares nothing (#/)',
        pointer: '#/x-integrations',
      },
      {
        message: 'x-supported must be an array of integration slugs, got string "okta" (#/properties/email)',
        pointer: '#/properties/email/x-supported',
      },
      {
        message: 'x-required lists "okta" twice (#/properties/name)',
        pointer: '#/properties/name/x-required/1',
      },
      {
        message: 'x-supported-values "okta" must be a non-empty array of values, got string "active" (#/properties/status)',
        pointer: '#/properties/status/x-supported-values/okta',
      },
      {
        message: 'x-integration-notes "okta" must be a string, got number 5 (#/properties/timezone)',
        pointer: '#/properties/timezone/x-integration-notes/okta',
      },
    ]);
  });

  it('breaks no other rule in its fixture', async () => {
    const rules = new Set((await lintFixture('extension-shape')).map((finding) => finding.ruleId));
    expect(rules).toEqual(new Set([RULE]));
  });

  it('rejects a slug that is no slug, and a map that is a list', async () => {
    const findings = await lintSource(
      spec(`x-integrations: { filescom: { name: Files.com } }
paths:
  /users:
    get:
      x-supported: [filescom, Files.com]
      parameters:
        - { name: q, in: query, schema: { type: string }, x-integration-notes: [filescom] }
      responses: { '200': { description: OK } }
`),
    );
    expect(findings.filter((finding) => finding.ruleId === RULE)).toEqual([
      expect.objectContaining({
        message: 'x-supported item 1 must be an integration slug (a-z, 0-9), got string "Files.com" (#/paths/~1users/get)',
        pointer: '#/paths/~1users/get/x-supported/1',
      }),
      expect.objectContaining({
        message: 'x-integration-notes must be a map of slug -> note, got an array (#/paths/~1users/get/parameters/0)',
        pointer: '#/paths/~1users/get/parameters/0/x-integration-notes',
      }),
    ]);
  });

  it('asks nothing of operations in a spec without x-integrations', async () => {
    const findings = await lintSource(
      spec(`paths:
  /users:
    get:
      responses: { '200': { description: OK } }
`),
    );
    expect(findings).toEqual([]);
  });
});
