/**
 * The model below the top level: nested properties (in array items, objects and `allOf` members),
 * where each field is written in the bundled document, schemas read once per node, recursive
 * schemas, and one integration's view of an operation at every depth.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/model/build-model.ts';
import { atPointer } from '../../generator/model/resolve.ts';
import type { FieldModel, SchemaModel } from '../../generator/model/types.ts';
import { integrationView, nestedFields, schemaView } from '../../generator/model/views.ts';

type Json = Record<string, any>;

const shipped = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8')) as Json;

function document(schemas: Json, body: Json, extra: Json = {}): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1.0.0' },
    'x-integrations': { alpha: { name: 'Alpha' }, beta: { name: 'Beta' } },
    paths: {
      '/things': {
        post: {
          operationId: 'makeThing',
          'x-supported': ['alpha', 'beta'],
          requestBody: { required: true, content: { 'application/json': { schema: body } } },
          responses: { '201': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
          ...extra,
        },
      },
    },
    components: { schemas: { Thing: { type: 'object', properties: { id: { type: 'string' } } }, ...schemas } },
  };
}

const field = (fields: FieldModel[], name: string) => fields.find((candidate) => candidate.name === name)!;

describe('the model of nested fields', () => {
  it('reads properties of array items, objects and allOf members, each with the pointer where it is written', () => {
    const model = buildModel(shipped);
    const createUser = model.operations.find((operation) => operation.operationId === 'createUser')!;
    const emails = field(createUser.parts.body!.fields, 'emails');
    expect(emails.pointer).toBe('#/components/schemas/CreateUserRequestBody/properties/emails');
    expect(emails.schema.types).toEqual(['array']);
    expect(emails.schema.items!.name).toBe('Email');
    expect(emails.schema.items!.fields.map((nested) => [nested.name, nested.pointer])).toEqual([
      ['email', '#/components/schemas/Email/properties/email'],
      ['is_primary', '#/components/schemas/Email/properties/is_primary'],
      ['type', '#/components/schemas/Email/properties/type'],
    ]);
    // Every pointer leads to the node it names in the bundled document.
    for (const nested of emails.schema.items!.fields) expect(atPointer(shipped, nested.pointer)).toBe(shipped.components.schemas.Email.properties[nested.name]);
    const account = field(createUser.parts.query!.fields, 'integrated_account_id');
    expect(account.pointer).toBe('#/paths/~1unified~1user-directory~1users/post/parameters/0');
    expect(account.resolved).toBe('#/components/parameters/integrated_account_id');
    expect(account.schema.format).toBe('uuid');
  });

  it('merges allOf members in order, and a member property required by the schema that merges it is required', () => {
    const model = buildModel(
      document({ Base: { type: 'object', properties: { id: { type: 'string' }, note: { type: 'string' } } } }, {
        allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['id'], properties: { note: { type: 'integer' }, extra: { type: 'boolean' } } }],
      }),
    );
    const fields = model.operations[0]!.parts.body!.fields;
    expect(fields.map((f) => [f.name, f.pointer, f.required ?? false])).toEqual([
      ['id', '#/components/schemas/Base/properties/id', true],
      ['note', '#/paths/~1things/post/requestBody/content/application~1json/schema/allOf/1/properties/note', false],
      ['extra', '#/paths/~1things/post/requestBody/content/application~1json/schema/allOf/1/properties/extra', false],
    ]);
    // The shared member itself is not changed by one use.
    expect(field(buildModel(document({}, { $ref: '#/components/schemas/Thing' })).operations[0]!.parts.body!.fields, 'id').required).toBeUndefined();
  });

  it('models a shared schema once, however many fields use it', () => {
    const model = buildModel(shipped);
    const itemsOf = (operationId: string, part: 'body' | 'response', name: string): SchemaModel => {
      const operation = model.operations.find((candidate) => candidate.operationId === operationId)!;
      const fields = part === 'body' ? operation.parts.body!.fields : operation.response!.fields;
      return field(fields, name).schema.items!;
    };
    expect(itemsOf('createUser', 'body', 'emails')).toBe(itemsOf('updateUser', 'body', 'emails'));
    expect(itemsOf('createUser', 'body', 'emails')).toBe(itemsOf('updateUser', 'response', 'emails'));
  });

  it('ends a recursive schema (a group of groups) in a cycle, and reads a deep web of shared schemas in linear time', () => {
    const group = { type: 'object', properties: { name: { type: 'string' }, subgroups: { type: 'array', items: { $ref: '#/components/schemas/Group' } } } };
    const model = buildModel(document({ Group: group }, { type: 'object', properties: { group: { $ref: '#/components/schemas/Group' } } }));
    const schema = field(model.operations[0]!.parts.body!.fields, 'group').schema;
    expect(field(schema.fields, 'subgroups').schema.items).toBe(schema);
    const view = schemaView(schema, 'alpha');
    const subgroups = view.fields.find((f) => f.field.name === 'subgroups')!;
    expect(subgroups.schema.items).toBe(view);
    expect(nestedFields(subgroups.schema)[1]).toBe(subgroups);

    // 40 levels, each with two properties leading to the next: 2^40 paths, 80 properties.
    const levels: Json = {};
    for (let level = 0; level < 40; level++) {
      const next = level === 39 ? { type: 'string' } : { $ref: `#/components/schemas/L${level + 1}` };
      levels[`L${level}`] = { type: 'object', properties: { left: next, right: next } };
    }
    const deep = buildModel(document(levels, { $ref: '#/components/schemas/L0' }));
    let schemaAt = deep.operations[0]!.parts.body!.schema!;
    for (let level = 0; level < 39; level++) {
      expect(schemaAt.fields[0]!.schema).toBe(schemaAt.fields[1]!.schema);
      schemaAt = schemaAt.fields[0]!.schema;
    }
  });

  it("gives each integration its view: nested fields share their parent's support unless they say otherwise", () => {
    const model = buildModel(
      document(
        {},
        {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string' },
            contact: {
              type: 'object',
              'x-supported': ['alpha', 'beta'],
              'x-required': ['beta'],
              properties: {
                email: { type: 'string', 'x-required': ['alpha'] },
                fax: { type: 'string', 'x-supported': ['beta'] },
                kind: { type: 'string', enum: ['home', 'work', 'other'], 'x-supported-values': { alpha: ['work'] } },
              },
            },
            secret: { type: 'string', 'x-supported': ['beta'] },
          },
        },
      ),
    );
    const operation = model.operations[0]!;
    const summary = (slug: string) => {
      const view = integrationView(operation, slug)!;
      const contact = view.parts.body!.fields.find((f) => f.field.name === 'contact')!;
      return {
        body: view.parts.body!.fields.map((f) => `${f.field.name}${f.required ? '!' : ''}`),
        contact: contact.schema.fields.map((f) => `${f.field.name}${f.required ? '!' : ''}${f.narrowed ? `=${f.enum!.join('|')}` : ''}`),
      };
    };
    expect(summary('alpha')).toEqual({ body: ['name!', 'contact'], contact: ['email!', 'kind=work'] });
    expect(summary('beta')).toEqual({ body: ['name!', 'contact!', 'secret'], contact: ['email', 'fax', 'kind'] });
    expect(integrationView(operation, 'gamma')).toBeUndefined();
    // Computed once per operation and integration.
    expect(integrationView(operation, 'alpha')).toBe(integrationView(operation, 'alpha'));
  });
});
