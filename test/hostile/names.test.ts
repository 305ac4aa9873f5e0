/**
 * Names JavaScript objects already use (CONTRACT.md section 8). As slugs, parameters, properties
 * and schema names they work like any other name (names-that-work/); as operationIds, where a
 * method of the client under that name would be called by the language itself, they are refused
 * with the reason. Reserved words are fine as method names. Every client is safe to log, serialise
 * and interpolate.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { buildModel } from '../../generator/model/build-model.js';
import { generateToDisk } from '../../generator/pipeline.js';
import { ROOT, scratchFolders, typeCheckPackage } from '../generator/helpers.ts';

const scratch = scratchFolders();
let out: string;

beforeAll(async () => {
  out = join(scratch('names'), 'out');
  await generateToDisk({ specPath: 'test/hostile/names-that-work/openapi.yaml', outDir: out });
});

/** Runs `body` in a fresh Node with the package as `pkg` and a client whose fetch counts calls. */
function inNode(packageDir: string, body: string): unknown {
  const script = `
    const pkg = await import(${JSON.stringify(join(packageDir, 'dist/index.js'))});
    const sent = [];
    const fetch = async (request) => {
      sent.push(request.method + ' ' + new URL(request.url).pathname + new URL(request.url).search);
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = pkg.createClient({ token: 't', baseUrl: 'https://api.example.com', fetch });
    const outcome = async (call) => { try { await call(); return 'sent'; } catch (error) { return error.issues?.map((i) => i.path + ' ' + i.code) ?? String(error); } };
    ${body}`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('names objects already have, as slug, parameters, properties and schema name', () => {
  it('type-check as a package', () => {
    expect(typeCheckPackage(out)).toEqual([]);
  });

  it('are own keys of the tables, whose prototypes stay Object.prototype', () => {
    const tables = inNode(out, `
      const body = pkg.operations.delete.parts.body;
      console.log(JSON.stringify({
        body: Object.keys(body),
        query: Object.keys(pkg.operations.delete.parts.query),
        prototypes: [body, pkg.operations.delete.parts.query, body.__proto__, pkg.integrations].map((o) => Object.getPrototypeOf(o) === Object.prototype),
        integrations: Object.keys(pkg.integrations),
      }));`);

    expect(tables).toEqual({
      body: ['__proto__', 'toString', 'hasOwnProperty', 'then'],
      query: ['constructor', '__proto__'],
      prototypes: [true, true, true, true],
      integrations: ['alpha', 'constructor'],
    });
  });

  it('are checked and sent like any other: x-required on __proto__, x-supported-values for the slug constructor', () => {
    const outcomes = inNode(out, `
      const bodyWithProto = JSON.parse('{"__proto__": "p", "toString": "a"}');
      console.log(JSON.stringify({
        missingProto: await outcome(() => client.delete({ integration: 'alpha', body: { toString: 'a' } })),
        withProto: await outcome(() => client.delete({ integration: 'alpha', body: bodyWithProto, query: { constructor: 'c', ['__proto__']: 'q' } })),
        narrowedForConstructor: await outcome(() => client.delete({ integration: 'constructor', body: { toString: 'a' } })),
        allowedForConstructor: await outcome(() => client.delete({ integration: 'constructor', body: { toString: 'b', then: 't', hasOwnProperty: 'h' } })),
        sent,
      }));`);

    expect(outcomes).toEqual({
      missingProto: ['body.__proto__ missing_required'],
      withProto: 'sent',
      narrowedForConstructor: ['body.toString unsupported_value'],
      allowedForConstructor: 'sent',
      sent: ['POST /things?constructor=c&__proto__=q', 'POST /things'],
    });
  });

  it('keep reserved words as methods (client.delete, client.class, client.new) and valid type names', () => {
    const methods = inNode(out, `
      await client.class({ integration: 'alpha' });
      await client.new({ integration: 'constructor' });
      console.log(JSON.stringify({ methods: Object.keys(client), sent }));`);

    expect(methods).toEqual({ methods: ['delete', 'class', 'new', 'forIntegration', 'use', 'eject', 'raw'], sent: ['GET /classes', 'GET /news'] });
  });
});

describe('a client is safe to log, serialise and interpolate', () => {
  it.each([
    ['names-that-work/', () => out],
    ['generated/', () => join(ROOT, 'generated')],
  ])('%s: JSON.stringify, util.inspect, template strings and String() send nothing and throw nothing', (_, packageDir) => {
    const seen = inNode(packageDir(), `
      const util = await import('node:util');
      const results = [JSON.stringify(client), util.inspect(client).length > 0, \`\${client}\`, String(client), client + '', Object.prototype.toString.call(client)];
      await Promise.resolve(client);
      console.log(JSON.stringify({ results: results.map((r) => typeof r), sent }));`);

    expect(seen).toEqual({ results: ['string', 'boolean', 'string', 'string', 'string', 'string'], sent: [] });
  });
});

describe('operationIds the client cannot carry are refused, naming the operation and why', () => {
  it.each([
    ['toJSON', 'JSON.stringify()'],
    ['toString', 'string conversion'],
    ['valueOf', 'conversion to a number'],
    ['then', '`await`'],
    ['constructor', 'inspection'],
    ['hasOwnProperty', 'own keys'],
    ['to-string', 'string conversion'],
    ['raw', 'openapi-fetch client'],
  ])('%s', (operationId, reason) => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: { '/x': { get: { operationId, responses: { '204': { description: 'ok' } } } } },
    };
    const build = () => buildModel(document);

    expect(build).toThrow(GeneratorError);
    expect(build).toThrow(`#/paths/~1x/get: operationId ${JSON.stringify(operationId)}`);
    expect(build).toThrow(reason);
  });
});
