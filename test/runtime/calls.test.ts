/**
 * What a call takes besides its request (CONTRACT.md section 5) and what it gives back, against a
 * real HTTP server on loopback: per-call signal, headers, timeout and retries; `.withResponse()`;
 * middleware; the checks of options; and the package's own errors for answers and values that
 * cannot be used.
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { Middleware } from 'openapi-fetch';
import {
  AbortError,
  ApiError,
  ApiPromise,
  createCore,
  InvalidResponseError,
  RequestValidationError,
  TimeoutError,
  type ConnectionOptions,
  type Credentials,
} from '../../templates/runtime/index.js';
import { json, knownIntegrations, operations, startServer, type Handler, type TestServer } from './fixtures.js';

const token = 'tok_live_s3cr3t';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(handler: Handler, options: Partial<ConnectionOptions & Credentials> = {}) {
  server = await startServer(handler);
  const core = createCore<{}>({ token, baseUrl: server.url, ...options }, operations, { integrations: knownIntegrations });
  return { core, requests: server.requests };
}

const list = { integration: 'okta', query: { integrated_account_id: 'acc' } };
const create = { integration: 'vercel', query: { integrated_account_id: 'acc' }, body: { email: 'ada@example.com' } };
const created: Handler = (_, response) => json(response, 201, { id: 'u1', email: 'ada@example.com' }, { 'X-Request-Id': 'req-42' });
const hang: Handler = () => undefined;

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as Error,
  );
}

describe('per-call options', () => {
  it('adds the call’s headers to its request only, keeping the client’s', async () => {
    const { core, requests } = await setup(created);
    await core.send('createUser', create, { headers: { 'Idempotency-Key': 'key-1', traceparent: '00-abc-01' } });
    await core.send('createUser', create);
    expect(requests[0]!.headers).toMatchObject({ 'idempotency-key': 'key-1', traceparent: '00-abc-01', authorization: `Bearer ${token}` });
    expect(requests[1]!.headers['idempotency-key']).toBeUndefined();
  });

  it('overrides the client’s timeoutMs for one call', async () => {
    const { core, requests } = await setup(hang, { timeoutMs: 60_000 });
    const started = performance.now();
    const error = await failure(core.send('listUsers', list, { timeoutMs: 100 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/timed out after 100 ms$/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(requests).toHaveLength(1);
  });

  it('times out a server that sends its headers and then stalls the body', async () => {
    const { core } = await setup((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"result": [');
    });
    const started = performance.now();
    const error = await failure(core.send('listUsers', list, { timeoutMs: 150 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('overrides the client’s maxRetries for one call', async () => {
    const busy: Handler = (_, response) => json(response, 503, { error: 'busy' }, { 'Retry-After': '0' });
    const { core, requests } = await setup(busy, { maxRetries: 2 });
    await expect(core.send('listUsers', list, { maxRetries: 0 })).rejects.toBeInstanceOf(ApiError);
    expect(requests).toHaveLength(1);
    await expect(core.send('listUsers', list, { maxRetries: 1 })).rejects.toBeInstanceOf(ApiError);
    expect(requests).toHaveLength(3);
  });

  it('aborts a call under way with AbortError', async () => {
    const { core, requests } = await setup(hang);
    const controller = new AbortController();
    const pending = core.send('listUsers', list, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.name).toBe('AbortError');
    expect(requests).toHaveLength(1);
  });

  it('aborts during the wait before a retry at once, and sends nothing more', async () => {
    const { core, requests } = await setup((_, response) => json(response, 429, {}, { 'Retry-After': '30' }));
    const controller = new AbortController();
    const started = performance.now();
    const pending = core.send('listUsers', list, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the 429 has arrived; the 30 s wait is on
    controller.abort();
    const error = await failure(pending);
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toHaveLength(1);
  });

  it('sends nothing for a signal that has already aborted', async () => {
    const { core, requests } = await setup(created);
    await expect(core.send('createUser', create, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(0);
  });

  it('refuses options it cannot honour with a TypeError, before sending', async () => {
    const { core, requests } = await setup(created);
    const refused = [
      { maxRetries: Infinity },
      { maxRetries: Number.NaN },
      { maxRetries: -1 },
      { maxRetries: 1.5 },
      { timeoutMs: Infinity },
      { timeoutMs: 0 },
      { timeoutMs: -5 },
      { timeoutMs: 2 ** 31 },
      { signal: 'stop' },
      { headers: { 'X-Trace': 'a\r\nInjected: yes' } },
      { headers: { 'Bad Name': 'x' } },
      { timeout: 100 }, // a misspelt option is not silently ignored
    ];
    for (const options of refused) {
      const error = await failure(core.send('createUser', create, options as never));
      expect(error, JSON.stringify(options)).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^createUser: /);
    }
    const misplaced = await failure(core.send('createUser', { ...create, signal: AbortSignal.abort() } as never));
    expect(misplaced.message).toBe('createUser: signal is a call option: pass it in the second argument, not in the request');
    expect(requests).toHaveLength(0);
  });
});

describe('client options', () => {
  it('refuses what it cannot honour with a TypeError', () => {
    const base = { token, baseUrl: 'http://127.0.0.1:9' };
    for (const options of [
      { maxRetries: Infinity },
      { maxRetries: Number.NaN },
      { maxRetries: -1 },
      { timeoutMs: Infinity },
      { timeoutMs: Number.NaN },
      { timeoutMs: 0 },
      { timeoutMs: 2 ** 31 },
      { baseUrl: 'not a url' },
      { baseUrl: 'file:///etc/passwd' },
      { token: '' },
    ]) {
      expect(() => createCore({ ...base, ...options }, operations), JSON.stringify(options)).toThrow(TypeError);
    }
    expect(() => createCore({ ...base, maxRetries: 0, timeoutMs: 2 ** 31 - 1 }, operations)).not.toThrow();
  });

  it('refuses a token that is not a valid header value without ever showing it', () => {
    for (const bad of [`${token}\n`, `${token}\r\nX-Injected: 1`, ` ${token}`, `${token}\u0000`, `${token}€`]) {
      let error: unknown;
      try {
        createCore({ token: bad, baseUrl: 'http://127.0.0.1:9' }, operations);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(TypeError);
      const { message, stack } = error as Error;
      expect(message).toMatch(/^createClient: token cannot be sent in a header: /);
      for (const text of [message, stack ?? '', inspect(error, { depth: Infinity, showHidden: true })]) {
        expect(text).not.toContain(token);
      }
    }
    expect(() => createCore({ token: `${token}\n`, baseUrl: 'http://x' }, operations)).toThrow(/line break at character 16 of 16/);
  });
});

describe('withResponse', () => {
  it('gives the data with the Response it came from; the call is sent once and its body read once', async () => {
    const { core, requests } = await setup(created);
    const call = core.send('createUser', create);
    expect(call).toBeInstanceOf(ApiPromise);
    expect(call).toBeInstanceOf(Promise);
    const { data, response } = await call.withResponse();
    expect(data).toEqual({ id: 'u1', email: 'ada@example.com' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(response.bodyUsed).toBe(true);
    expect(response.url).toBe(`${server!.url}/unified/user-directory/users?integrated_account_id=acc`);
    await expect(call).resolves.toEqual(data); // the same answer, not a second request
    expect(requests).toHaveLength(1);
  });

  it('gives the answer that was used after retries', async () => {
    const { core } = await setup((_, response, index) =>
      index === 0 ? json(response, 503, {}, { 'Retry-After': '0' }) : json(response, 200, [{ id: 'u1' }], { 'X-Attempt': String(index) }),
    );
    const { response } = await core.send('listUsers', list).withResponse();
    expect(response.headers.get('x-attempt')).toBe('1');
  });

  it('rejects with the same error as the call', async () => {
    const { core } = await setup((_, response) => json(response, 404, { error: 'nope' }));
    const error = await failure(core.send('listUsers', list).withResponse());
    expect(error).toBeInstanceOf(ApiError);
  });
});

describe('middleware', () => {
  it('applies to every method, to bound clients and to raw, until ejected', async () => {
    const { core, requests } = await setup((request, response) => json(response, 200, { url: request.url }));
    const seen: number[] = [];
    const middleware: Middleware = {
      onRequest: ({ request }) => {
        request.headers.set('X-Trace-Id', 'trace-1');
        return request;
      },
      onResponse: ({ response }) => void seen.push(response.status),
    };
    core.use(middleware);
    await core.send('listUsers', list);
    await core.bind('okta', { integratedAccountId: 'acc' }).listUsers!();
    await (core.raw as unknown as { GET(url: string): Promise<unknown> }).GET('/unified/user-directory/users');
    core.eject(middleware);
    await core.send('listUsers', list);
    expect(requests.map((request) => request.headers['x-trace-id'])).toEqual(['trace-1', 'trace-1', 'trace-1', undefined]);
    expect(seen).toEqual([200, 200, 200]);
  });
});

describe("answers the method's type cannot describe", () => {
  it('turns a 2xx that is not JSON into InvalidResponseError, with the parser’s error as cause', async () => {
    const { core } = await setup((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html><body>Bad gateway</body></html>');
    });
    const error = (await failure(core.send('listUsers', list))) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe('listUsers: GET /unified/user-directory/users answered 200 OK with a text/html body that is not valid JSON');
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.status).toBe(200);
    expect(error.body).toBe('<html><body>Bad gateway</body></html>');
  });

  it('turns truncated JSON into InvalidResponseError', async () => {
    const { core } = await setup((_, response) => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end('{"id": "u1", "email"');
    });
    const error = await failure(core.send('createUser', create));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('refuses an empty 2xx where the operation returns an object, and accepts it where it returns nothing', async () => {
    const { core } = await setup((request, response) => response.writeHead(request.method === 'POST' ? 201 : 200).end());
    const error = await failure(core.send('createUser', create));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe(
      'createUser: POST /unified/user-directory/users answered 201 Created with an empty body; the operation returns a JSON object',
    );
    await expect(core.send('listUsers', list)).resolves.toBeUndefined();
  });
});

describe('values no request can carry', () => {
  it('refuses a lone surrogate in a path or query value, and a cyclic query, with RequestValidationError', async () => {
    const { core, requests } = await setup(created);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const update = { integration: 'okta', path: { id: 'u1' }, query: { integrated_account_id: 'acc' } };
    const cases = [
      { request: { ...update, path: { id: 'u\uD800' } }, path: 'path.id', cause: URIError },
      { request: { ...update, query: { ...update.query, remote_query: { name: '\uDC00' } } }, path: 'query.remote_query.name', cause: URIError },
      { request: { ...update, query: { ...update.query, remote_query: cyclic } }, path: 'query.remote_query.self', cause: undefined },
    ];
    for (const { request, path, cause } of cases) {
      const error = (await failure(core.send('updateUser', request))) as RequestValidationError;
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error.issues.map((issue) => issue.path)).toEqual([path]);
      expect(error.message).toMatch(/^updateUser: invalid request, not sent/);
      if (cause) expect(error.cause).toBeInstanceOf(cause);
    }
    expect(requests).toHaveLength(0);
  });

  it('refuses a body JSON cannot hold', async () => {
    const { core, requests } = await setup(created, { validate: false });
    const body: Record<string, unknown> = { email: 'a@b.c', big: 10n };
    const error = (await failure(core.send('createUser', { ...create, body }))) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([{ path: 'body', code: 'unsupported_value', message: expect.stringMatching(/^cannot be sent as JSON: .*BigInt/) }]);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(0);
  });

  it('names the integration whose rule a request breaks', async () => {
    const { core } = await setup(created);
    const request = { integration: 'okta', path: { id: 'u1' }, query: { integrated_account_id: 'a' }, body: { timezone: 'UTC' } };
    const error = (await failure(core.send('updateUser', request))) as RequestValidationError;
    expect(error.issues).toEqual([{ path: 'body.timezone', code: 'unsupported_field', message: 'okta does not support timezone' }]);
    expect(error.message).toContain('body.timezone (unsupported_field): okta does not support timezone');
  });
});
