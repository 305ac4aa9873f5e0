/**
 * Pairs of specs for the change report's tests: one small bundled spec with three integrations and
 * two operations, and a copy of it changed by the test, both read into models as the generator
 * reads a spec.
 */
import { buildModel } from '../../generator/model/build-model.ts';
import type { LoadedSpec } from '../../generator/load-spec.ts';
import { compareModels } from '../../diff/changes.ts';

export type Json = Record<string, any>;

export function baseSpec(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Users', version: '1.0.0' },
    'x-integrations': { alpha: { name: 'Alpha' }, beta: { name: 'Beta' }, gamma: { name: 'Gamma' } },
    paths: {
      '/users': {
        post: {
          operationId: 'createUser',
          summary: 'Create a user',
          'x-supported': ['alpha', 'beta', 'gamma'],
          parameters: [
            { name: 'account', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'org', in: 'query', schema: { type: 'string' }, 'x-supported': ['alpha', 'beta'], 'x-required': ['alpha'] },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateBody' } } } },
          responses: { '201': { description: 'created', content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } } },
        },
      },
      '/users/{id}': {
        patch: {
          operationId: 'updateUser',
          summary: 'Update a user',
          'x-supported': ['alpha', 'beta'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
          responses: { '200': { description: 'updated', content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } } },
        },
      },
    },
    components: {
      schemas: {
        CreateBody: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string' },
            emails: { type: 'array', items: { $ref: '#/components/schemas/Email' }, 'x-supported': ['alpha', 'beta'] },
            status: { type: 'string', enum: ['active', 'inactive', 'deleted'], 'x-supported-values': { beta: ['active', 'inactive'] } },
            age: { type: 'integer', format: 'int32' },
            contact: { oneOf: [{ $ref: '#/components/schemas/Email' }, { type: 'string' }] },
            timezone: { type: 'string', 'x-supported': ['alpha', 'gamma'] },
          },
        },
        Email: { type: 'object', properties: { email: { type: 'string' }, primary: { type: 'boolean' } } },
        User: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string', 'x-supported': ['alpha', 'beta'] },
            created_at: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
  };
}

/** The base spec changed by `change`. */
export function changed(change: (spec: Json) => void): Json {
  const spec = baseSpec();
  change(spec);
  return spec;
}

/** As the generator reads a spec, without files: the bundled document and its model. */
export function loaded(document: Json): LoadedSpec {
  return { document, text: JSON.stringify(document, null, 2) + '\n', model: buildModel(document) };
}

/** Each change as `integration operation where breaking|ok kind`, in the report's order. */
export function changesBetween(base: Json, head: Json): string[] {
  return compareModels(buildModel(base), buildModel(head)).changes.map(
    (change) => `${change.integration} ${change.operation} ${change.where} ${change.breaking ? 'breaking' : 'ok'} ${change.kind}`,
  );
}

export const createBody = (spec: Json): Json => spec.components.schemas.CreateBody;
export const user = (spec: Json): Json => spec.components.schemas.User;
export const createUser = (spec: Json): Json => spec.paths['/users'].post;
