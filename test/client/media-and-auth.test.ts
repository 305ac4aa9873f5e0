/**
 * Every kind of call a public spec describes, as the generated client puts it on the wire, against a
 * loopback server that records each request: bodies by media type (Stripe's form with deepObject
 * brackets, Truto's multipart upload, Kubernetes' patches, raw bytes), answers by media type (a
 * binary download, text, a wildcard), header and cookie parameters, and authentication from the
 * spec's security schemes (an API key in a header, the query or a cookie, basic, bearer, none).
 * The client is generated from test/fixtures/specs/wire.yaml (test/support/fixture-packages.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { generate, generateToDisk } from '../../generator/pipeline.js';
import { scratchFolders } from '../generator/helpers.js';
import { fixturePackage } from '../support/fixture-packages.js';
import { json, startRecordingServer, type RecordedRequest, type RecordingServer } from '../support/recording-server.js';

/** The methods the tests call, loosely: the type fixtures check the real types (test/fixtures/types/wire-*.ts). */
type Method = (request?: object, options?: object) => Promise<unknown> & { withResponse(): Promise<{ data: unknown; response: Response }> };
type WireClient = Record<
  'postCustomers' | 'postAttachments' | 'getAttachment' | 'putAttachment' | 'patchPod' | 'getReadme' | 'getAnything' | 'getHealth' | 'delete' | 'new' | 'class' | 'createThing',
  Method
> & { raw: { GET(path: string, init?: object): Promise<{ data?: unknown; response: Response }> } };
interface WirePackage {
  createClient(options: Record<string, unknown>): WireClient;
  RequestValidationError: new (...args: never[]) => Error & { issues: { path: string; code: string; message: string }[] };
}

const apiKey = 'key_wire_s3cr3t';
let pkg: WirePackage;
let server: RecordingServer;

beforeAll(async () => {
  pkg = (await import(pathToFileURL(join(fixturePackage('wire'), 'dist/index.js')).href)) as WirePackage;
  server = await startRecordingServer();
});
afterAll(() => server?.close());
beforeEach(() => {
  server.requests.length = 0;
  server.answer((_, response) => json(response, 200, { id: 'cus_1' }));
});

function client(options: Record<string, unknown> = { apiKey }): WireClient {
  return pkg.createClient({ baseUrl: server.url, ...options });
}

function only(): RecordedRequest {
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
}

/** A recorded multipart body, parsed back as a server would. */
async function formDataOf(request: RecordedRequest): Promise<FormData> {
  return new Response(new Uint8Array(request.bytes), { headers: { 'content-type': String(request.headers['content-type']) } }).formData();
}

describe('request bodies by media type', () => {
  it("sends a form body with the spec's deepObject encoding, in brackets (Stripe)", async () => {
    await client({ username: 'sk_test_123' }).postCustomers({
      body: {
        email: 'ada@example.com',
        balance: 0,
        address: { line1: '1 Main St', city: 'London' },
        expand: ['default_source', 'tax_ids'],
        metadata: { plan: 'pro', 'a b': 'c&d' },
        tax_id_data: [{ type: 'eu_vat', value: 'DE123' }],
        preferred_locales: ['en', 'fr'],
      },
    });

    const request = only();
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.body.split('&')).toEqual([
      'email=ada%40example.com',
      'balance=0',
      'address[line1]=1%20Main%20St',
      'address[city]=London',
      'expand[]=default_source',
      'expand[]=tax_ids',
      'metadata[plan]=pro',
      'metadata[a%20b]=c%26d',
      'tax_id_data[0][type]=eu_vat',
      'tax_id_data[0][value]=DE123',
      // No encoding: OpenAPI's default for an array (form, exploded).
      'preferred_locales=en',
      'preferred_locales=fr',
    ]);
    expect(Object.fromEntries(new URLSearchParams(request.body))).toMatchObject({ 'address[line1]': '1 Main St', 'metadata[a b]': 'c&d' });
  });

  it('sends a multipart upload from a Blob, a File and strings, with the boundary fetch writes (Truto)', async () => {
    const file = new File(['%PDF-1.7 bytes'], 'report.pdf', { type: 'application/pdf' });
    await client().postAttachments({ body: { file, ticket_id: 42, tags: ['a', new Blob(['tag file'])], meta: { source: 'mail' } } });

    const request = only();
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formDataOf(request);
    const sent = form.get('file') as File;
    expect([sent.name, sent.type, await sent.text()]).toEqual(['report.pdf', 'application/pdf', '%PDF-1.7 bytes']);
    expect(form.get('ticket_id')).toBe('42');
    const tags = form.getAll('tags');
    expect(tags[0]).toBe('a');
    expect(await (tags[1] as File).text()).toBe('tag file');
    // An object part is JSON (OpenAPI's default content type for objects).
    expect(JSON.parse(form.get('meta') as string)).toEqual({ source: 'mail' });
  });

  it('sends the default patch media type, and the one the caller names (Kubernetes)', async () => {
    const pods = client();
    await pods.patchPod({ path: { name: 'web' }, body: [{ op: 'replace', path: '/spec/replicas', value: 3 }] });
    await pods.patchPod({ path: { name: 'web' }, contentType: 'application/merge-patch+json', body: { metadata: { labels: { tier: 'web' } } } });
    await pods.patchPod({ path: { name: 'web' }, contentType: 'application/apply-patch+yaml', body: 'kind: Pod\nmetadata:\n  name: web\n' });

    expect(server.requests.map((request) => [request.headers['content-type'], request.body])).toEqual([
      ['application/json-patch+json', '[{"op":"replace","path":"/spec/replicas","value":3}]'],
      ['application/merge-patch+json', '{"metadata":{"labels":{"tier":"web"}}}'],
      ['application/apply-patch+yaml', 'kind: Pod\nmetadata:\n  name: web\n'],
    ]);
  });

  it('refuses a media type the operation does not take, before sending', async () => {
    const error = await client()
      .patchPod({ path: { name: 'web' }, contentType: 'application/xml', body: '<pod/>' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(pkg.RequestValidationError);
    expect((error as InstanceType<WirePackage['RequestValidationError']>).issues).toEqual([
      expect.objectContaining({ path: 'contentType', code: 'unsupported_value', message: expect.stringContaining('"application/merge-patch+json"') }),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('sends bytes as they are, from a Blob, an ArrayBuffer or a string', async () => {
    server.answer((_, response) => response.writeHead(204).end());
    const attachments = client();
    await attachments.putAttachment({ path: { id: 1 }, body: new Blob([new Uint8Array([0, 255, 1])]) });
    await attachments.putAttachment({ path: { id: 2 }, body: new Uint8Array([7, 8]).buffer });
    await attachments.putAttachment({ path: { id: 3 }, body: 'plain' });

    expect(server.requests.map((request) => [request.headers['content-type'], [...request.bytes]])).toEqual([
      ['application/octet-stream', [0, 255, 1]],
      ['application/octet-stream', [7, 8]],
      ['application/octet-stream', [...Buffer.from('plain')]],
    ]);
  });

  it('refuses a structured value for a binary body, naming what it takes', async () => {
    const error = await client()
      .putAttachment({ path: { id: 1 }, body: { bytes: [1, 2] } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(pkg.RequestValidationError);
    expect((error as Error).message).toMatch(/application\/octet-stream body is sent as it is: give a string, Blob, ArrayBuffer or typed array/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('answers by media type', () => {
  it('reads a binary download as a Blob, and asks for its media type', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    server.answer((_, response) => response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes));
    const { data, response } = await client().getAttachment({ path: { id: 9 } }).withResponse();

    expect(data).toBeInstanceOf(Blob);
    expect(Buffer.from(await (data as Blob).arrayBuffer())).toEqual(bytes);
    expect((data as Blob).type).toBe('application/octet-stream');
    expect(response.status).toBe(200);
    expect(only().headers.accept).toBe('application/octet-stream');
  });

  it('reads a text answer as a string', async () => {
    server.answer((_, response) => response.writeHead(200, { 'content-type': 'text/markdown' }).end('# Hello\n'));

    expect(await client().getReadme()).toBe('# Hello\n');
    expect(only().headers.accept).toBe('text/markdown');
  });

  it('reads an answer the spec leaves open as its own Content-Type says', async () => {
    const anything = client();
    server.answer((_, response) => json(response, 200, { id: 'c1' }));
    expect(await anything.getAnything()).toEqual({ id: 'c1' });
    server.answer((_, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
    expect(await anything.getAnything()).toBe('ok');
    server.answer((_, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([1, 2])));
    expect(await anything.getAnything()).toBeInstanceOf(Blob);
    expect(server.requests[0]!.headers.accept).toBe('*/*');
  });
});

describe('header and cookie parameters', () => {
  it('sends header parameters as headers and cookie parameters as one Cookie header', async () => {
    server.answer((_, response) => response.writeHead(204).end());
    await client().delete({
      path: { petId: 7 },
      header: { 'X-Request-Id': 'req-1', 'X-Tags': ['a', 'b'] },
      cookie: { session: 'abc 123', theme: 'dark' },
    });

    const request = only();
    expect(request).toMatchObject({ method: 'DELETE', url: '/pets/7' });
    expect(request.headers).toMatchObject({ 'x-request-id': 'req-1', 'x-tags': 'a,b', cookie: 'session=abc%20123; theme=dark' });
  });

  it("lets the call's own headers win over a header parameter", async () => {
    server.answer((_, response) => response.writeHead(204).end());
    await client().delete({ path: { petId: 7 }, header: { 'X-Request-Id': 'from-parameter' } }, { headers: { 'X-Request-Id': 'from-options' } });

    expect(only().headers['x-request-id']).toBe('from-options');
  });

  it('refuses a required header parameter left out, and a value no header can carry, before sending', async () => {
    const pets = client();
    const missing = await pets.delete({ path: { petId: 7 } }).catch((e: unknown) => e);
    const broken = await pets.delete({ path: { petId: 7 }, header: { 'X-Request-Id': 'a\r\nInjected: yes' } }).catch((e: unknown) => e);

    expect((missing as InstanceType<WirePackage['RequestValidationError']>).issues).toEqual([
      expect.objectContaining({ path: 'header.X-Request-Id', code: 'missing_required' }),
    ]);
    expect(broken).toBeInstanceOf(pkg.RequestValidationError);
    expect((broken as Error).message).toMatch(/header\.X-Request-Id.*line break at character 2 of 16/);
    expect((broken as Error).message).not.toContain('Injected');
    expect(server.requests).toHaveLength(0);
  });
});

describe('authentication from the security schemes', () => {
  it('sends the API key in the header its scheme names (the default requirement)', async () => {
    await client().createThing({ body: { name: 'x' } });

    expect(only().headers['x-api-key']).toBe(apiKey);
    expect(only().headers.authorization).toBeUndefined();
  });

  it('sends the API key in the query or a cookie where the operation says so', async () => {
    const keys = client();
    await keys.new();
    await keys.class();

    expect(server.requests[0]!.url).toBe(`/keys/query?api_key=${apiKey}`);
    expect(server.requests[0]!.headers['x-api-key']).toBeUndefined();
    expect(server.requests[1]!.headers.cookie).toBe(`key=${apiKey}`);
  });

  it('sends basic authentication, the first alternative the client has credentials for', async () => {
    await client({ username: 'sk_test_123', token: 'tok' }).postCustomers({ body: { email: 'a@b.c' } });
    await client({ username: 'sk_test_123', password: 'pa:ss wörd' }).postCustomers({ body: { email: 'a@b.c' } });
    await client({ token: 'tok_bearer' }).postCustomers({ body: { email: 'a@b.c' } });

    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Basic ${Buffer.from('sk_test_123:').toString('base64')}`,
      `Basic ${Buffer.from('sk_test_123:pa:ss wörd', 'utf8').toString('base64')}`,
      'Bearer tok_bearer',
    ]);
  });

  it('sends no credentials to an operation with security: []', async () => {
    await client({ apiKey, token: 'tok', username: 'u' }).getHealth();

    const { headers, url } = only();
    expect(url).toBe('/health');
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-api-key']).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
  });

  it("authenticates client.raw by the same rules, and lets a call's own Authorization win", async () => {
    const keys = client({ apiKey, token: 'tok' });
    await keys.raw.GET('/keys/query');
    await keys.raw.GET('/readme');
    await keys.postCustomers({ body: { email: 'a@b.c' } }, { headers: { Authorization: 'Bearer per-call' } });

    expect(server.requests[0]!.url).toBe(`/keys/query?api_key=${apiKey}`);
    expect(server.requests[1]!.headers['x-api-key']).toBeUndefined();
    expect(server.requests[2]!.headers.authorization).toBe('Bearer per-call');
  });

  it('refuses a credential that is not a valid header value, without quoting it', () => {
    for (const [option, value, problem] of [
      ['apiKey', `${apiKey}\n`, /apiKey cannot be sent in a header: it holds a line break at character 16 of 16/],
      ['token', ` ${apiKey}`, /token cannot be sent in a header: it starts or ends with a space/],
      ['username', 'user:name', /username cannot be sent in a header: it holds a colon at character 5 of 9/],
      ['apiKey', '', /apiKey must be a non-empty string/],
    ] as const) {
      const error = (() => {
        try {
          client({ [option]: value });
        } catch (caught) {
          return caught as Error;
        }
        return undefined;
      })();
      expect(error, option).toBeInstanceOf(TypeError);
      expect(error!.message).toMatch(problem);
      if (value.trim() !== '') expect(error!.message).not.toContain(value.trim());
    }
  });

  it('never puts a credential in an error', async () => {
    const errors: unknown[] = [];
    const collect = (promise: Promise<unknown>) => promise.then(() => expect.fail('resolved'), (error: unknown) => errors.push(error));
    server.answer((_, response) => json(response, 401, { error: 'bad key' }));
    await collect(client().new());
    await collect(client({ username: 'sk_live_user', password: 'pw_s3cr3t' }).postCustomers({ body: { email: 'a@b.c' } }));
    server.answer(() => {});
    await collect(client({ apiKey, timeoutMs: 50 }).class());
    await collect(pkg.createClient({ apiKey, baseUrl: 'http://127.0.0.1:1' }).new());

    expect(errors.map((error) => (error as Error).name)).toEqual(['ApiError', 'ApiError', 'TimeoutError', 'ConnectionError']);
    for (const error of errors) {
      const text = `${String(error)}\n${inspect(error, { depth: 10 })}`;
      for (const secret of [apiKey, 'sk_live_user', 'pw_s3cr3t', Buffer.from('sk_live_user:pw_s3cr3t').toString('base64')]) expect(text).not.toContain(secret);
    }
  });
});

describe('fields with a default', () => {
  it('may be left out of a request, and are sent when given', async () => {
    await client().createThing({ body: { name: 'lamp' } });
    await client().createThing({ body: { name: 'lamp', color: 'red', settings: { verbose: true } } });

    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual([{ name: 'lamp' }, { name: 'lamp', color: 'red', settings: { verbose: true } }]);
  });
});

describe("with the unified API's extensions (test/fixtures/specs/wire-unified.yaml)", () => {
  type UnifiedClient = Record<'createUser' | 'getAvatar', Method>;
  let unified: { createClient(options: Record<string, unknown>): UnifiedClient; RequestValidationError: WirePackage['RequestValidationError'] };
  beforeAll(async () => {
    unified = (await import(pathToFileURL(join(fixturePackage('wire-unified'), 'dist/index.js')).href)) as typeof unified;
  });

  it("sends header and cookie parameters, checked against the integration's rules first", async () => {
    const users = unified.createClient({ apiKey, baseUrl: server.url });
    await users.createUser({ integration: 'alpha', header: { 'X-Workspace': 'w1' }, body: { name: 'Ada' } });
    await users.createUser({ integration: 'beta', cookie: { region: 'eu' }, contentType: 'application/x-www-form-urlencoded', body: { status: 'active' } });
    const issues = async (request: object) => ((await users.createUser(request).catch((e: unknown) => e)) as InstanceType<WirePackage['RequestValidationError']>).issues;

    expect(server.requests.map(({ headers, body }) => [headers['x-workspace'], headers.cookie, headers['x-api-key'], body])).toEqual([
      ['w1', undefined, apiKey, '{"name":"Ada"}'],
      [undefined, 'region=eu', apiKey, 'status=active'],
    ]);
    expect(await issues({ integration: 'alpha', body: { name: 'Ada' } })).toEqual([expect.objectContaining({ path: 'header.X-Workspace', code: 'missing_required' })]);
    expect(await issues({ integration: 'gamma', header: { 'X-Workspace': 'w1' }, body: {} })).toEqual([
      expect.objectContaining({ path: 'header.X-Workspace', code: 'unsupported_field', message: 'gamma does not support X-Workspace' }),
    ]);
    expect(await issues({ integration: 'beta', cookie: { region: 'asia' }, body: {} })).toEqual([expect.objectContaining({ path: 'cookie.region', code: 'unsupported_value' })]);
    expect(server.requests).toHaveLength(2);
  });
});

describe('media types and security schemes from an untrusted spec', () => {
  const scratch = scratchFolders();
  const specWith = (content: string) => {
    const file = join(scratch('hostile-wire'), 'openapi.yaml');
    writeFileSync(
      file,
      `openapi: 3.0.3
info: { title: Hostile, version: '1' }
security:
  - __proto__: []
  - constructor: []
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content:
            ${content}: { schema: { type: string } }
components:
  securitySchemes:
    __proto__: { type: apiKey, in: header, name: x-key }
`,
    );
    return file;
  };

  it('refuses a media type no header can carry, with its pointer', async () => {
    const error = await generate({ specPath: specWith('"text/plain\\r\\nX-Injected: 1"'), outDir: '.tmp/never-written' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as Error).message).toContain('#/paths/~1a/get/responses/200/content/text~1plain');
    expect((error as Error).message).toContain('is not a media type');
  });

  it('sends a key whose scheme is named __proto__, and meets no scheme through an inherited name', async () => {
    const out = join(scratch('hostile-wire'), 'out');
    await generateToDisk({ specPath: specWith("'text/plain'"), outDir: out });
    const { createClient } = (await import(pathToFileURL(join(out, 'dist/index.js')).href)) as { createClient(options: object): { getA(): Promise<unknown> } };
    server.answer((_, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));

    expect(await createClient({ apiKey, baseUrl: server.url }).getA()).toBe('ok');
    expect(only().headers['x-key']).toBe(apiKey);
  });
});
