/**
 * The generated package (generated/dist) against a loopback server that records what reaches the wire:
 * CONTRACT.md section 4, and the pre-send check of section 3 with the shipped spec's real rules.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  ConnectionError,
  createClient,
  RequestValidationError,
  TimeoutError,
  type ClientOptions,
} from '../../generated/dist/index.js';
import { json, startRecordingServer, type RecordingServer } from '../support/recording-server.js';

const token = 'tok_live_wire_s3cr3t';
const accountId = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';
const users = '/unified/user-directory/users';

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.answer((request, response) => json(response, 200, { id: 'u1', echo: request.url }));
});

function client(options: Partial<ClientOptions> = {}) {
  return createClient({ token, baseUrl: server.url, ...options });
}

/**
 * The client as plain JavaScript sees it: requests the types would refuse still reach the pre-send
 * check, which is what these tests are about.
 */
type Untyped = Record<'createUser' | 'updateUser', (request: unknown) => Promise<unknown>>;
function untyped(options: Partial<ClientOptions> = {}): Untyped {
  return client(options) as unknown as Untyped;
}

const salesforceUser = {
  emails: [{ email: 'ada@example.com', is_primary: true }],
  first_name: 'Ada',
  last_name: 'Lovelace',
  roles: [{ name: 'admin' as const }],
  timezone: 'Europe/London',
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => expect.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

async function validationIssues(promise: Promise<unknown>) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(RequestValidationError);
  return (error as RequestValidationError).issues.map(({ path, code }) => ({ path, code }));
}

describe('what reaches the wire', () => {
  it('sends the token as a Bearer header, asks for JSON and sends the body as JSON', async () => {
    const result = await client().createUser({
      integration: 'salesforce',
      query: { integrated_account_id: accountId },
      body: salesforceUser,
    });

    expect(result).toMatchObject({ id: 'u1' });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', url: `${users}?integrated_account_id=${accountId}` });
    expect(request!.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'content-type': 'application/json',
    });
    expect(JSON.parse(request!.body)).toEqual(salesforceUser);
  });

  it('writes arrays and objects in the query with brackets, as the reference pages do', async () => {
    await client().updateUser({
      integration: 'salesforce',
      path: { id: 'u1' },
      query: {
        integrated_account_id: 'acc',
        truto_exclude_fields: ['id', 'name'],
        remote_query: { foo: 'bar', a: { b: 'c' } },
      },
      body: { id: 'u1' },
    });

    expect(server.requests[0]!.url).toBe(
      `${users}/u1?integrated_account_id=acc&truto_exclude_fields[]=id&truto_exclude_fields[]=name` +
        '&remote_query[foo]=bar&remote_query[a][b]=c',
    );
  });

  it('sends a path parameter as one segment: a/b arrives as a%2Fb', async () => {
    await client().updateUser({
      integration: 'salesforce',
      path: { id: 'a/b' },
      query: { integrated_account_id: 'acc' },
      body: { id: 'a/b' },
    });

    expect(server.requests[0]).toMatchObject({ method: 'PATCH', url: `${users}/a%2Fb?integrated_account_id=acc` });
  });
});

describe('requests that break their integration rules are refused before anything is sent', () => {
  it('names a field the integration requires but the request lacks', async () => {
    const { timezone, roles, ...rest } = salesforceUser;
    const issues = await validationIssues(
      untyped().createUser({ integration: 'salesforce', query: { integrated_account_id: accountId }, body: rest }),
    );

    expect(issues).toEqual([
      { path: 'body.roles', code: 'missing_required' },
      { path: 'body.timezone', code: 'missing_required' },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('names a field the integration does not support', async () => {
    const issues = await validationIssues(
      untyped().createUser({ integration: 'okta', query: { integrated_account_id: accountId }, body: { timezone: 'UTC' } }),
    );

    expect(issues).toEqual([{ path: 'body.timezone', code: 'unsupported_field' }]);
    expect(server.requests).toHaveLength(0);
  });

  it("names a value outside the integration's narrower enum", async () => {
    // `deleted` is in the spec's enum, but BigPanda allows only active and inactive.
    const error = await rejection(
      untyped().updateUser({
        integration: 'bigpanda',
        path: { id: 'u1' },
        query: { integrated_account_id: accountId },
        body: { id: 'u1', status: 'deleted' },
      }),
    );

    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      expect.objectContaining({ path: 'body.status', code: 'unsupported_value', message: expect.stringContaining('"inactive"') }),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('names an unknown integration', async () => {
    const issues = await validationIssues(
      untyped().createUser({ integration: 'myspace', query: { integrated_account_id: accountId }, body: {} }),
    );

    expect(issues).toContainEqual({ path: 'integration', code: 'unknown_integration' });
    expect(server.requests).toHaveLength(0);
  });

  it('reports every issue of one request at once, each with its field path', async () => {
    const issues = await validationIssues(
      untyped().updateUser({
        integration: 'bigpanda',
        path: { id: 'u1' },
        query: { organization_id: 'org' },
        body: { status: 'invited', bio: 'hi' },
      }),
    );

    expect(issues).toEqual([
      { path: 'query.organization_id', code: 'unsupported_field' },
      { path: 'query.integrated_account_id', code: 'missing_required' },
      { path: 'body.status', code: 'unsupported_value' },
      { path: 'body.bio', code: 'unsupported_field' },
      { path: 'body.id', code: 'missing_required' },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('sends such a request anyway when validate is false', async () => {
    await untyped({ validate: false }).createUser({ integration: 'okta', query: { integrated_account_id: 'acc' }, body: { timezone: 'UTC' } });

    expect(JSON.parse(server.requests[0]!.body)).toEqual({ timezone: 'UTC' });
  });
});

describe('forIntegration', () => {
  it('fills in integrated_account_id', async () => {
    const salesforce = client().forIntegration('salesforce', { integratedAccountId: accountId });
    await salesforce.updateUser({ path: { id: 'u1' }, query: { truto_exclude_fields: ['id'] }, body: { id: 'u1' } });

    expect(server.requests[0]!.url).toBe(`${users}/u1?truto_exclude_fields[]=id&integrated_account_id=${accountId}`);
  });

  it("still checks each request against the integration's rules", async () => {
    const bigpanda = client().forIntegration('bigpanda', { integratedAccountId: accountId });
    // @ts-expect-error BigPanda allows only active and inactive, in the types as at run time.
    const issues = await validationIssues(bigpanda.updateUser({ path: { id: 'u1' }, body: { id: 'u1', status: 'deleted' } }));

    expect(issues).toEqual([{ path: 'body.status', code: 'unsupported_value' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('has no method for an operation the integration does not support', () => {
    const bigpanda = client().forIntegration('bigpanda', { integratedAccountId: accountId });

    // @ts-expect-error BigPanda has no createUser, in the types as at run time.
    expect(bigpanda.createUser).toBeUndefined();
    expect(typeof bigpanda.updateUser).toBe('function');
  });

  it('refuses that operation through the integration-typed method as well', async () => {
    const issues = await validationIssues(
      untyped().createUser({ integration: 'bigpanda', query: { integrated_account_id: accountId }, body: {} }),
    );

    expect(issues).toEqual([{ path: 'integration', code: 'unsupported_operation' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an unknown integration', () => {
    const bind = client().forIntegration as (integration: string, options: { integratedAccountId: string }) => unknown;

    expect(() => bind('myspace', { integratedAccountId: accountId })).toThrow(RequestValidationError);
  });
});

describe('answers that are not 2xx', () => {
  const update = { integration: 'salesforce', path: { id: 'u1' }, query: { integrated_account_id: 'acc' }, body: { id: 'u1' } } as const;

  it('throws ApiError with the status, the parsed body and the headers of a 4xx', async () => {
    server.answer((_, response) => json(response, 404, { error: 'no such user' }, { 'x-request-id': 'req-7' }));
    const error = await rejection(client().updateUser(update));

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.body).toEqual({ error: 'no such user' });
    expect(apiError.headers.get('x-request-id')).toBe('req-7');
    expect(apiError.message).toContain('PATCH /unified/user-directory/users/{id} answered 404');
  });

  it('throws ApiError with the text of a 5xx that is not JSON', async () => {
    server.answer((_, response) => response.writeHead(500, { 'content-type': 'text/plain' }).end('upstream exploded'));
    const error = await rejection(client({ maxRetries: 0 }).updateUser(update));

    expect(error).toMatchObject({ status: 500, body: 'upstream exploded' });
  });

  it('retries a 429 after waiting what Retry-After asks, then succeeds', async () => {
    server.answer((_, response, index) =>
      index === 0 ? json(response, 429, { error: 'slow down' }, { 'retry-after': '1' }) : json(response, 200, { id: 'u1' }),
    );
    const result = await client().updateUser(update);

    expect(result).toEqual({ id: 'u1' });
    expect(server.requests).toHaveLength(2);
    const waited = server.requests[1]!.at - server.requests[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(3000);
    expect(server.requests[1]!.body).toBe(server.requests[0]!.body);
  });

  it('retries a 503 maxRetries times, then throws ApiError', async () => {
    server.answer((_, response) => json(response, 503, { error: 'unavailable' }, { 'retry-after': '0' }));
    const error = await rejection(client({ maxRetries: 1 }).updateUser(update));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, body: { error: 'unavailable' } });
    expect(server.requests).toHaveLength(2);
  });

  it('aborts a request past timeoutMs with TimeoutError', async () => {
    server.answer(() => {}); // never answers
    const started = performance.now();
    const error = await rejection(client({ timeoutMs: 150 }).updateUser(update));

    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/timed out after 150 ms/);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

it('never puts the token in an error, whatever went wrong', async () => {
  const errors: unknown[] = [];
  const collect = (promise: Promise<unknown>) => rejection(promise).then((error) => errors.push(error));

  await collect(untyped().createUser({ integration: 'myspace', body: {} }));
  server.answer((_, response) => json(response, 401, { error: 'bad token' }));
  await collect(client().updateUser({ integration: 'salesforce', path: { id: 'u1' }, query: { integrated_account_id: 'a' }, body: { id: 'u1' } }));
  server.answer(() => {});
  await collect(client({ timeoutMs: 50 }).updateUser({ integration: 'salesforce', path: { id: 'u1' }, query: { integrated_account_id: 'a' }, body: { id: 'u1' } }));
  await collect(
    createClient({ token, baseUrl: 'http://127.0.0.1:1' }).updateUser({
      integration: 'salesforce',
      path: { id: 'u1' },
      query: { integrated_account_id: 'a' },
      body: { id: 'u1' },
    }),
  );

  expect(errors.map((error) => (error as Error).constructor.name)).toEqual([
    'RequestValidationError',
    'ApiError',
    'TimeoutError',
    'ConnectionError',
  ]);
  expect(errors[3]).toBeInstanceOf(ConnectionError);
  for (const error of errors) {
    expect(String(error)).not.toContain(token);
    expect(inspect(error, { depth: 10 })).not.toContain(token);
  }
});
