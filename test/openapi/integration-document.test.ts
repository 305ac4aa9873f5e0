/**
 * Each integration's own OpenAPI document, for all the shipped spec's integrations: its operations,
 * keys, `required` and enums are what the spec's extensions say for that integration (read here
 * straight from generated/openapi.json, not through the model the documents are made from), no
 * per-integration extension is left, Redocly's `recommended` rules find no error, openapi-typescript
 * types it, and the same spec gives the same bytes, through the command too.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConfig, lint } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/model/build-model.ts';
import { documentText, integrationDocument } from '../../openapi/integration-document.ts';
import { ROOT, scratchFolders } from '../generator/helpers.ts';

type Json = Record<string, any>;

const scratch = scratchFolders();
const bundled = JSON.parse(readFileSync(join(ROOT, 'generated', 'openapi.json'), 'utf8')) as Json;
const slugs = Object.keys(bundled['x-integrations']);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const EXTENSIONS = ['x-integrations', 'x-supported', 'x-required', 'x-supported-values', 'x-integration-notes', 'x-spec-note'];

let dir: string;
const documents = new Map<string, Json>();

beforeAll(() => {
  dir = scratch('integration-documents');
  const model = buildModel(bundled);
  for (const slug of slugs) {
    const text = documentText(integrationDocument(bundled, model, slug));
    writeFileSync(join(dir, `${slug}.json`), text);
    documents.set(slug, JSON.parse(text) as Json);
  }
});

/** What an operation looks like, read the same way from the unified spec (for one integration) and from a document. */
interface OperationShape {
  parameters: string[];
  body?: { keys: string[]; required: string[]; enums: Record<string, unknown[]> };
  response: string[];
}

function deref(document: Json, node: Json): Json {
  while (node && typeof node.$ref === 'string') node = node.$ref.slice(2).split('/').reduce((at: Json, key: string) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  return node;
}

/** From the unified spec: what the extensions say `slug` has. */
function expectedFor(slug: string): Map<string, OperationShape> {
  const operations = new Map<string, OperationShape>();
  const supports = (node: Json) => !Array.isArray(node['x-supported']) || node['x-supported'].includes(slug);
  const requires = (node: Json) => Array.isArray(node['x-required']) && node['x-required'].includes(slug);
  for (const [route, pathItem] of Object.entries<Json>(bundled.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation || !operation['x-supported'].includes(slug)) continue;
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
        .map((p: Json) => deref(bundled, p))
        .filter(supports)
        .map((p: Json) => `${p.in}.${p.name}${p.required || p.in === 'path' || requires(p) ? '!' : ''}`);
      const body = deref(bundled, operation.requestBody.content['application/json'].schema);
      const kept = Object.entries<Json>(body.properties).filter(([, property]) => supports(property));
      const enums: Record<string, unknown[]> = {};
      for (const [name, property] of kept) {
        const values = property['x-supported-values']?.[slug] ?? (property.type === 'array' ? deref(bundled, property.items).enum : property.enum);
        if (values) enums[name] = values;
      }
      const response = deref(bundled, Object.values<Json>(operation.responses)[0]!.content['application/json'].schema);
      operations.set(`${method} ${route}`, {
        parameters,
        body: {
          keys: kept.map(([name]) => name),
          required: kept.filter(([name, property]) => (body.required ?? []).includes(name) || requires(property)).map(([name]) => name).sort(),
          enums,
        },
        response: Object.entries<Json>(response.properties).filter(([, property]) => supports(property)).map(([name]) => name),
      });
    }
  }
  return operations;
}

/** From an integration's document: what it says, in plain OpenAPI. */
function actualIn(document: Json): Map<string, OperationShape> {
  const operations = new Map<string, OperationShape>();
  for (const [route, pathItem] of Object.entries<Json>(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
        .map((p: Json) => deref(document, p))
        .map((p: Json) => `${p.in}.${p.name}${p.required ? '!' : ''}`);
      const body = deref(document, operation.requestBody.content['application/json'].schema);
      const enums: Record<string, unknown[]> = {};
      for (const [name, property] of Object.entries<Json>(body.properties)) {
        const values = property.type === 'array' ? deref(document, property.items).enum : property.enum;
        if (values) enums[name] = values;
      }
      const response = deref(document, Object.values<Json>(operation.responses)[0]!.content['application/json'].schema);
      operations.set(`${method} ${route}`, {
        parameters,
        body: { keys: Object.keys(body.properties), required: [...(body.required ?? [])].sort(), enums },
        response: Object.keys(response.properties),
      });
    }
  }
  return operations;
}

function extensionsLeft(node: unknown, at = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => extensionsLeft(item, `${at}/${index}`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => [...(EXTENSIONS.includes(key) ? [`${at}/${key}`] : []), ...extensionsLeft(value, `${at}/${key}`)]);
}

describe("each integration's own OpenAPI document", () => {
  it('has exactly the operations, parameters, keys, required fields, enums and response fields the spec gives the integration', () => {
    const mismatches: string[] = [];
    for (const slug of slugs) {
      const expected = expectedFor(slug);
      const actual = actualIn(documents.get(slug)!);
      if (JSON.stringify([...actual]) !== JSON.stringify([...expected])) {
        mismatches.push(`${slug}:\n  expected ${JSON.stringify([...expected])}\n  actual   ${JSON.stringify([...actual])}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('says what the reference pages say, for a few integrations a reader would check', () => {
    const salesforce = actualIn(documents.get('salesforce')!).get('post /unified/user-directory/users')!;
    expect(salesforce.body!.required).toEqual(['emails', 'first_name', 'last_name', 'roles', 'timezone']);
    expect(salesforce.body!.keys).not.toContain('password');
    const bigpanda = actualIn(documents.get('bigpanda')!);
    expect([...bigpanda.keys()]).toEqual(['patch /unified/user-directory/users/{id}']);
    expect(bigpanda.get('patch /unified/user-directory/users/{id}')!.body!.enums.status).toEqual(['active', 'inactive']);
    const meraki = actualIn(documents.get('ciscomeraki')!).get('post /unified/user-directory/users')!;
    expect(meraki.parameters).toContain('query.organization_id!');
    // Nested shapes keep their own rules: a phone sent to Salesforce needs a number and a type.
    expect(documents.get('salesforce')!.components.schemas.PhoneInput.required).toEqual(['number', 'type']);
    // An integration's note lands in the description its readers see.
    const clickupOrganization = documents.get('clickup')!.paths['/unified/user-directory/users/{id}'].patch.parameters.find((p: Json) => p.name === 'organization_id');
    expect(clickupOrganization.description).toContain('The ID of the organization to update the user in');
    expect(documents.get('salesforce')!.info.title).toBe('Unified User Directory API: Salesforce');
  });

  it('keeps no per-integration extension, no note for spec authors and no unused component', () => {
    for (const slug of slugs) expect({ slug, left: extensionsLeft(documents.get(slug)) }).toEqual({ slug, left: [] });
    // BigPanda has no createUser: its body and response schemas go with it.
    expect(Object.keys(documents.get('bigpanda')!.components.schemas)).not.toContain('CreateUserRequestBody');
    expect(Object.keys(documents.get('okta')!.components.schemas)).not.toContain('UpdateUserRequestBody');
  });

  it("passes Redocly's recommended rules with no error; the only warnings are the two the spec cannot fix (no licence, no 4xx responses)", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const found = new Map<string, string[]>();
    for (const slug of slugs) {
      const problems = await lint({ ref: join(dir, `${slug}.json`), config });
      const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId}: ${problem.message}`);
      expect({ slug, errors }).toEqual({ slug, errors: [] });
      for (const problem of problems) found.set(problem.ruleId, [...(found.get(problem.ruleId) ?? []), slug]);
    }
    expect([...found.keys()].sort()).toEqual(['info-license', 'operation-4xx-response']);
  });

  it('is typed by openapi-typescript: for Salesforce, createUser requires timezone and has no password', async () => {
    for (const slug of slugs) {
      const types = astToString(await openapiTS(structuredClone(documents.get(slug)!) as never, { silent: true }));
      expect(types).toContain('export interface paths');
    }
    const types = astToString(await openapiTS(structuredClone(documents.get('salesforce')!) as never, { silent: true }));
    const check = `
      import type { paths } from './salesforce';
      type Body = paths['/unified/user-directory/users']['post']['requestBody']['content']['application/json'];
      const ok: Body = { emails: [], first_name: 'Ada', last_name: 'Lovelace', roles: [{ name: 'admin' }], timezone: 'Europe/London' };
      // @ts-expect-error timezone is required for Salesforce
      const missing: Body = { emails: [], first_name: 'Ada', last_name: 'Lovelace', roles: [] };
      // @ts-expect-error Salesforce has no password
      const password: Body['password'] = 'x';
      export { ok, missing, password };
    `;
    writeFileSync(join(dir, 'salesforce.ts'), types);
    writeFileSync(join(dir, 'check.ts'), check);
    const program = ts.createProgram([join(dir, 'check.ts')], { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))).toEqual([]);
  });

  it('is the same bytes for the same spec, and `npm run openapi` writes those bytes', async () => {
    const model = buildModel(bundled);
    expect(documentText(integrationDocument(bundled, model, 'salesforce'))).toBe(readFileSync(join(dir, 'salesforce.json'), 'utf8'));
    const out = join(dir, 'from-cli.json');
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    await promisify(execFile)(process.execPath, [tsx, 'openapi/cli.ts', '--integration', 'salesforce', '--out', out], { cwd: ROOT });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(dir, 'salesforce.json'), 'utf8'));
  });

  it('refuses an integration the spec does not declare, naming those it does, with exit code 2', async () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const failure = await promisify(execFile)(process.execPath, [tsx, 'openapi/cli.ts', '--integration', 'nosuch'], { cwd: ROOT }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/^error: No integration "nosuch" in the spec; it declares: activecampaign, /);
    expect(failure?.stderr).not.toContain('    at ');
  });
});
