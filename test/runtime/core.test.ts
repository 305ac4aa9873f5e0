/** The core against a real HTTP server on loopback: what reaches the wire, and what comes back. */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  ConnectionError,
  createCore,
  RequestValidationError,
  TimeoutError,
  type ConnectionOptions,
  type Credentials,
} from '../../templates/runtime/index.js';
import { json, knownIntegrations, operations, startServer, type Handler, type TestServer } from './fixtures.js';

const token = 'tok_live_s3cr3t';

/** A minimal openapi-typescript `paths`, for the typed `raw` client. */
interface Paths {
  '/unified/user-directory/users': {
    get: {
      parameters: { query: { integrated_account_id: string; truto_exclude_fields?: string[] } };
      responses: { 200: { content: { 'application/json': { result: { id: string }[] } } } };
    };
  };
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(handler: Handler, options: Partial<ConnectionOptions & Credentials> = {}) {
  server = await startServer(handler);
  const core = createCore<Paths>({ token, baseUrl: server.url, ...options }, operations, { integrations: knownIntegrations });
  return { core, requests: server.requests };
}

const ok: Handler = (request, response) => json(response, 200, { echo: request.url });

const validUpdate = {
  integration: 'salesforce',
  path: { id: 'a/b' },
  query: {
    integrated_account_id: 'acc 1',
    organization_id: 'org',
    truto_exclude_fields: ['id', 'name'],
    remote_query: { foo: 'bar', a: { b: 'c' } },
  },
  body: { first_name: 'Ada', roles: ['admin'] },
};

describe('createCore', () => {
  it('sends the exact wire format and resolves to the parsed answer', async () => {
    const { core, requests } = await setup((_, response) => json(response, 200, { id: 'a/b', first_name: 'Ada' }));
    await expect(core.send('updateUser', validUpdate)).resolves.toEqual({ id: 'a/b', first_name: 'Ada' });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.method).toBe('PATCH');
    expect(request!.url).toBe(
      '/unified/user-directory/users/a%2Fb?integrated_account_id=acc%201&organization_id=org' +
        '&truto_exclude_fields[]=id&truto_exclude_fields[]=name&remote_query[foo]=bar&remote_query[a][b]=c',
    );
    expect(request!.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'content-type': 'application/json',
    });
    expect(JSON.parse(request!.body)).toEqual({ first_name: 'Ada', roles: ['admin'] });
  });

  it('sends no Content-Type without a body', async () => {
    const { core, requests } = await setup(ok);
    await core.send('listUsers', { integration: 'okta', query: { integrated_account_id: 'acc' } });
    expect(requests[0]!.method).toBe('GET');
    expect(requests[0]!.headers['content-type']).toBeUndefined();
    expect(requests[0]!.body).toBe('');
  });

  it('refuses an invalid request before sending anything, listing every issue', async () => {
    const { core, requests } = await setup(ok);
    const error = await core
      .send('updateUser', {
        integration: 'okta',
        path: { id: 'u1' },
        query: { organization_id: 'org' },
        body: { timezone: 'UTC', status: 'inactive' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    const { issues, message } = error as RequestValidationError;
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'query.organization_id unsupported_field',
      'query.integrated_account_id missing_required',
      'body.timezone unsupported_field',
      'body.status unsupported_value',
    ]);
    expect(message).toBe(
      'updateUser: invalid request, not sent (4 issues):\n' +
        '  - query.organization_id (unsupported_field): okta does not support organization_id\n' +
        '  - query.integrated_account_id (missing_required): okta requires integrated_account_id\n' +
        '  - body.timezone (unsupported_field): okta does not support timezone\n' +
        '  - body.status (unsupported_value): okta does not accept "inactive" for status; expected one of "active", "suspended"',
    );
    await expect(core.send('updateUser', { ...validUpdate, integration: 'vercel' })).rejects.toThrow(
      RequestValidationError,
    );
    expect(requests).toHaveLength(0);
  });

  it('refuses a path parameter that would climb, even with validation off', async () => {
    const { core, requests } = await setup(ok, { validate: false });
    await expect(core.send('updateUser', { ...validUpdate, path: { id: '..' } })).rejects.toThrow(
      RequestValidationError,
    );
    await expect(core.send('updateUser', { ...validUpdate, path: {} })).rejects.toThrow(RequestValidationError);
    expect(requests).toHaveLength(0);
  });

  it('sends whatever it is given when validate is false', async () => {
    const { core, requests } = await setup(ok, { validate: false });
    await core.send('updateUser', { integration: 'okta', path: { id: 'u1' }, body: { timezone: 'UTC' } });
    expect(requests).toHaveLength(1);
    expect(JSON.parse(requests[0]!.body)).toEqual({ timezone: 'UTC' });
  });

  it('throws ApiError with status, parsed JSON body and headers on a 4xx', async () => {
    const { core } = await setup((_, response) =>
      json(response, 404, { error: 'User not found' }, { 'X-Request-Id': 'req-1' }),
    );
    const error = await core.send('updateUser', validUpdate).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const { status, body, headers, message, name } = error as ApiError;
    expect({ status, body, name }).toEqual({ status: 404, body: { error: 'User not found' }, name: 'ApiError' });
    expect(headers.get('x-request-id')).toBe('req-1');
    expect(message).toBe('updateUser: PATCH /unified/user-directory/users/{id} answered 404 Not Found');
  });

  it('throws ApiError with the text body on a 5xx that is not JSON', async () => {
    const { core, requests } = await setup((_, response) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end('upstream exploded');
    });
    const error = (await core.send('listUsers', { integration: 'okta', query: { integrated_account_id: 'a' } }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(500);
    expect(error.body).toBe('upstream exploded');
    expect(requests).toHaveLength(1); // 500 is not retried
  });

  it('retries a 429 after the Retry-After delay', async () => {
    const { core, requests } = await setup((_, response, index) =>
      index === 0 ? json(response, 429, { error: 'slow down' }, { 'Retry-After': '1' }) : json(response, 200, { ok: true }),
    );
    await expect(core.send('updateUser', validUpdate)).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
    const waited = requests[1]!.at - requests[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(1_500);
    expect(requests[1]!.body).toBe(requests[0]!.body);
    expect(requests[1]!.url).toBe(requests[0]!.url);
  });

  it('retries a 503 up to maxRetries, then throws ApiError', async () => {
    const unavailable: Handler = (_, response) => json(response, 503, { error: 'busy' }, { 'Retry-After': '0' });
    const { core, requests } = await setup(unavailable);
    const error = (await core.send('updateUser', validUpdate).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(503);
    expect(error.body).toEqual({ error: 'busy' });
    expect(requests).toHaveLength(3);

    await server!.close();
    const again = await setup(unavailable, { maxRetries: 1 });
    await expect(again.core.send('updateUser', validUpdate)).rejects.toThrow(ApiError);
    expect(again.requests).toHaveLength(2);
  });

  it('aborts an attempt past timeoutMs with TimeoutError', async () => {
    const { core, requests } = await setup(() => undefined, { timeoutMs: 100 });
    const started = performance.now();
    const error = await core.send('updateUser', validUpdate).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe(
      `PATCH ${server!.url}/unified/user-directory/users/a%2Fb timed out after 100 ms`,
    );
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(requests).toHaveLength(1);
  });

  it('turns a refused connection into ConnectionError', async () => {
    const port = await closedPort();
    const core = createCore({ token, baseUrl: `http://127.0.0.1:${port}` }, operations, { integrations: knownIntegrations });
    const error = await core.send('updateUser', validUpdate).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toMatch(/^PATCH http:\/\/127\.0\.0\.1:\d+\/unified\/.* failed: .*ECONNREFUSED/);
    expect((error as ConnectionError).cause).toBeInstanceOf(Error);
  });

  it('never puts the token in an error message', async () => {
    const { core } = await setup((request, response, index) =>
      index === 0
        ? json(response, 401, { error: `bad token ${request.headers.authorization}` })
        : undefined, // hangs, for the timeout
    );
    // Its own short timeout, so that a loaded machine cannot time out the 401 as well.
    const impatient = createCore({ token, baseUrl: server!.url, timeoutMs: 50 }, operations, { integrations: knownIntegrations });
    const port = await closedPort();
    const offline = createCore({ token, baseUrl: `http://127.0.0.1:${port}` }, operations, { integrations: knownIntegrations });
    const errors = [
      await core.send('updateUser', validUpdate).catch((e: unknown) => e),
      await impatient.send('updateUser', validUpdate).catch((e: unknown) => e),
      await core.send('updateUser', { integration: 'nope' }).catch((e: unknown) => e),
      await offline.send('updateUser', validUpdate).catch((e: unknown) => e),
    ];
    expect(errors.map((error) => (error as Error).name).sort()).toEqual([
      'ApiError',
      'ConnectionError',
      'RequestValidationError',
      'TimeoutError',
    ]);
    for (const error of errors) {
      expect((error as Error).message).not.toContain(token);
      expect((error as Error).stack).not.toContain(token);
    }
  });

  it('binds an integration: its operations only, with the integrated account filled in', async () => {
    const { core, requests } = await setup(ok);
    const salesforce = core.bind('salesforce', { integratedAccountId: 'acc-9' });
    expect(Object.keys(salesforce).sort()).toEqual(['listUsers', 'updateUser']);
    expect(Object.keys(core.bind('vercel', { integratedAccountId: 'x' })).sort()).toEqual(['createUser', 'listUsers']);

    await salesforce.listUsers!();
    await salesforce.updateUser!({ path: { id: 'u1' }, query: { organization_id: 'org' }, body: { first_name: 'A' } });
    expect(requests.map((request) => request.url)).toEqual([
      '/unified/user-directory/users?integrated_account_id=acc-9',
      '/unified/user-directory/users/u1?organization_id=org&integrated_account_id=acc-9',
    ]);
    // The bound integration's rules apply.
    await expect(salesforce.updateUser!({ path: { id: 'u1' } })).rejects.toThrow(/organization_id/);
    expect(() => core.bind('nope', { integratedAccountId: 'x' })).toThrow(RequestValidationError);
  });

  it('binds without an integrated account, for specs that have none', async () => {
    const { core, requests } = await setup(ok);
    await expect(core.bind('okta', {}).listUsers!({ query: { integrated_account_id: 'own' } })).resolves.toBeDefined();
    expect(requests[0]!.url).toBe('/unified/user-directory/users?integrated_account_id=own');
  });

  it('throws for an operation it does not know', async () => {
    const { core } = await setup(ok);
    await expect(core.send('deleteEverything', {})).rejects.toThrow('Unknown operation "deleteEverything"');
  });

  it('exposes the typed openapi-fetch client with the same headers and serialisation', async () => {
    const { core, requests } = await setup((_, response) => json(response, 200, { result: [{ id: 'u1' }] }));
    const { data } = await core.raw.GET('/unified/user-directory/users', {
      params: { query: { integrated_account_id: 'acc', truto_exclude_fields: ['id'] } },
    });
    expect(data?.result[0]?.id).toBe('u1');
    expect(requests[0]!.url).toBe('/unified/user-directory/users?integrated_account_id=acc&truto_exclude_fields[]=id');
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('refuses to start without a base URL', () => {
    expect(() => createCore({ token }, operations)).toThrow(/baseUrl is required/);
  });
});

/** A loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
