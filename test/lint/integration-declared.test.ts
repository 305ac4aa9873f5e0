import { describe, expect, it } from 'vitest';
import { lintFixture, lintSource, spec } from './lint-fixture.ts';

const RULE = 'unified/integration-declared';

describe(RULE, () => {
  it('rejects an operation that names an undeclared integration, and suggests the one meant', async () => {
    const findings = await lintFixture('integration-declared');
    expect(findings).toContainEqual({
      ruleId: RULE,
      message: 'x-supported names "trello", which is not declared in the root x-integrations (#/paths/~1users/post)',
      file: 'integration-declared/openapi.yaml',
      pointer: '#/paths/~1users/post/x-supported/1',
      suggest: [],
    });
    expect(findings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('names "otka"'), suggest: ['okta'] }),
    );
  });

  it('rejects undeclared slugs in every extension of a schema in another file', async () => {
    const inBody = (await lintFixture('integration-declared')).filter(
      (finding) => finding.file === 'integration-declared/schemas/CreateUserBody.yaml',
    );
    expect(inBody.map(({ message, pointer }) => ({ message, pointer }))).toEqual([
      {
        message: 'x-supported names "trello", which is not declared in the root x-integrations (#/properties/board)',
        pointer: '#/properties/board/x-supported/0',
      },
      {
        message: 'x-required names "trello", which is not declared in the root x-integrations (#/properties/board)',
        pointer: '#/properties/board/x-required/0',
      },
      {
        message: 'x-supported-values has an entry for "trello", which is not declared in the root x-integrations (#/properties/board)',
        pointer: '#/properties/board/x-supported-values/trello',
      },
      {
        message: 'x-integration-notes has an entry for "trello", which is not declared in the root x-integrations (#/properties/board)',
        pointer: '#/properties/board/x-integration-notes/trello',
      },
    ]);
  });

  it('breaks no other rule in its fixture', async () => {
    const rules = new Set((await lintFixture('integration-declared')).map((finding) => finding.ruleId));
    expect(rules).toEqual(new Set([RULE]));
  });

  it('rejects every slug of a spec that declares no integrations', async () => {
    const findings = await lintSource(
      spec(`paths:
  /users:
    get:
      x-supported: [okta]
      responses: { '200': { description: OK } }
`),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        message: 'x-supported names "okta", but the spec has no root x-integrations to declare it in (#/paths/~1users/get)',
      }),
    ]);
  });

  it('reads the slugs of a $ref sibling, once per $ref', async () => {
    const findings = await lintSource(
      spec(`x-integrations: { okta: { name: Okta } }
paths:
  /users:
    get:
      x-supported: [okta]
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  first: { $ref: '#/components/schemas/Status', x-supported: [hubspot] }
                  second: { $ref: '#/components/schemas/Status', x-supported: [zendesk] }
components:
  schemas:
    Status: { type: string, enum: [active] }
`),
    );
    expect(findings.filter((finding) => finding.ruleId === RULE).map((finding) => finding.pointer)).toEqual([
      '#/paths/~1users/get/responses/200/content/application~1json/schema/properties/first/x-supported/0',
      '#/paths/~1users/get/responses/200/content/application~1json/schema/properties/second/x-supported/0',
    ]);
  });
});
