/**
 * The generated package against a Prism mock of its own bundled spec (generated/openapi.json). Prism
 * checks every request against the spec (parameters, body, bearer security) and answers with data
 * built from the spec's schemas, so a pass here means client and spec agree on the wire, both ways.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient, type ClientOptions } from '../../generated/dist/index.js';
import { startPrism, type PrismServer } from '../support/prism.ts';

const SPEC = 'generated/openapi.json';
const accountId = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';

type Schema = Record<string, unknown>;
const spec = JSON.parse(readFileSync(SPEC, 'utf8')) as { components: { schemas: Record<string, Schema> } };

let prism: PrismServer;

beforeAll(async () => {
  prism = await startPrism(SPEC);
});

afterAll(() => {
  prism?.stop();
});

function client(options: Partial<ClientOptions> = {}) {
  return createClient({ token: 'tok_prism', baseUrl: prism.baseUrl, ...options });
}

describe('the generated client against a Prism mock of the spec', () => {
  it('creates a Salesforce user and gets back a user shaped like the spec', async () => {
    const user = await client().createUser({
      integration: 'salesforce',
      query: { integrated_account_id: accountId, truto_exclude_fields: ['bio'], remote_query: { source: 'test' } },
      body: {
        emails: [{ email: 'ada@example.com', is_primary: true }],
        first_name: 'Ada',
        last_name: 'Lovelace',
        roles: [{ name: 'admin' }],
        timezone: 'Europe/London',
      },
    });

    expect(typeof user.id).toBe('string');
    expect(mismatches(user, spec.components.schemas.CreateUserResponseBody!)).toEqual([]);
  });

  it('updates a BigPanda user and gets back a user shaped like the spec', async () => {
    const user = await client().updateUser({
      integration: 'bigpanda',
      path: { id: 'user/42' },
      query: { integrated_account_id: accountId },
      body: { id: 'user/42', status: 'inactive', first_name: 'Grace' },
    });

    expect(typeof user.id).toBe('string');
    expect(mismatches(user, spec.components.schemas.UpdateUserResponseBody!)).toEqual([]);
  });

  it("matches the spec with Prism's randomly generated answers too", async () => {
    const dynamic: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      request.headers.set('Prefer', 'dynamic=true');
      return fetch(request);
    };
    for (let i = 0; i < 3; i++) {
      const user = await client({ fetch: dynamic }).updateUser({
        integration: 'bigpanda',
        path: { id: 'u1' },
        query: { integrated_account_id: accountId },
        body: { id: 'u1' },
      });
      expect(mismatches(user, spec.components.schemas.UpdateUserResponseBody!)).toEqual([]);
    }
  });

  it('surfaces a request Prism rejects as ApiError with the status and the parsed problem', async () => {
    const unchecked = client({ validate: false }) as unknown as { createUser(request: unknown): Promise<unknown> };
    const error = await unchecked
      .createUser({ integration: 'salesforce', query: { integrated_account_id: accountId }, body: { emails: 'not-a-list' } })
      .then(() => expect.fail('Prism accepted a body that breaks the schema'), (e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.headers.get('content-type')).toContain('json');
    expect(apiError.body).toMatchObject({
      status: 422,
      validation: expect.arrayContaining([expect.objectContaining({ location: ['body', 'emails'] })]),
    });
  });
});

/**
 * Where `value` departs from `schema` (types, enums, array items and object properties, `$ref`s into
 * components); enough to say "shaped like the spec" without a JSON Schema library.
 */
function mismatches(value: unknown, schema: Schema, where = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    return mismatches(value, spec.components.schemas[schema.$ref.split('/').pop()!]!, where);
  }
  const problems: string[] = [];
  const types = schema.type === undefined ? [] : ([] as unknown[]).concat(schema.type);
  if (types.length > 0 && !types.some((type) => hasType(value, type as string))) {
    return [`${where}: expected ${types.join(' | ')}, got ${JSON.stringify(value)}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${where}: ${JSON.stringify(value)} is not in the enum`);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => problems.push(...mismatches(item, schema.items as Schema, `${where}[${index}]`)));
  }
  if (hasType(value, 'object') && schema.properties) {
    const properties = schema.properties as Record<string, Schema>;
    for (const [key, item] of Object.entries(value as object)) {
      if (!Object.hasOwn(properties, key)) {
        if (schema.additionalProperties === false) problems.push(`${where}.${key}: not in the schema`);
        continue;
      }
      problems.push(...mismatches(item, properties[key]!, `${where}.${key}`));
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}
