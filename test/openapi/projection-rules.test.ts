/**
 * The per-integration document's rules where the shipped spec does not reach: nested properties
 * with support of their own inside a shared schema, `allOf` members, an enum narrowed through a
 * shared `$ref` (the other users of the shared schema keep it whole), a recursive schema, path-level
 * parameters, notes, and what is dropped.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/model/build-model.ts';
import { integrationDocument } from '../../openapi/integration-document.ts';

type Json = Record<string, any>;

function spec(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Things', version: '1.0.0' },
    'x-integrations': { alpha: { name: 'Alpha' }, beta: { name: 'Beta' } },
    paths: {
      '/things/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'trace', in: 'query', schema: { type: 'boolean' }, 'x-supported': ['beta'] },
        ],
        put: {
          operationId: 'putThing',
          summary: 'Put a thing',
          'x-supported': ['alpha', 'beta'],
          'x-codeSamples': [{ lang: 'curl', source: 'curl ...' }],
          parameters: [
            { name: 'beta_only', in: 'query', schema: { type: 'string' }, 'x-supported': ['beta'] },
            // No `schema` (a `content` parameter), and a boolean schema: nothing to rewrite inside.
            { name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } },
            { name: 'anything', in: 'query', schema: { type: 'array', items: true } },
            { $ref: '#/components/parameters/mode' },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
        },
      },
      '/others': {
        get: {
          operationId: 'listOthers',
          summary: 'List others',
          'x-supported': ['beta'],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Other' } } } } },
        },
      },
    },
    components: {
      parameters: {
        mode: {
          name: 'mode',
          in: 'query',
          description: 'How.',
          schema: { $ref: '#/components/schemas/Mode' },
          'x-required': ['alpha'],
          'x-supported-values': { alpha: ['fast'] },
          'x-integration-notes': { alpha: 'Alpha <b>only</b>\n\ngoes fast.' },
        },
      },
      schemas: {
        Mode: { type: 'string', enum: ['fast', 'slow'] },
        Base: { type: 'object', properties: { id: { type: 'string' }, secret: { type: 'string', 'x-supported': ['beta'] } } },
        Thing: {
          allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['secret'] }],
          type: 'object',
          properties: {
            modes: { type: 'array', items: { $ref: '#/components/schemas/Mode' }, 'x-supported-values': { beta: ['slow'] } },
            plain_mode: { $ref: '#/components/schemas/Mode' },
            parent: { $ref: '#/components/schemas/Node' },
            extra: { type: 'string', 'x-supported': ['alpha'], 'x-required': ['alpha'] },
          },
        },
        Node: { type: 'object', properties: { label: { type: 'string', 'x-supported': ['alpha'] }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
        Other: { type: 'object', properties: { n: { type: 'integer' } } },
      },
    },
  };
}

const project = (slug: string) => {
  const document = spec();
  return integrationDocument(document, buildModel(document), slug) as Json;
};

describe('an integration document, on the corners of a spec', () => {
  it("keeps the integration's parameters, required where it requires them, its values and its note", () => {
    const alpha = project('alpha');
    const item = alpha.paths['/things/{id}'];
    expect(item.parameters.map((p: Json) => p.name)).toEqual(['id']);
    // The parameter before it is gone for Alpha; the narrowed one still gets its values.
    expect(item.put.parameters.map((p: Json) => p.name ?? p.$ref)).toEqual(['filter', 'anything', '#/components/parameters/mode']);
    expect(alpha.components.parameters.mode).toEqual({
      name: 'mode',
      in: 'query',
      description: 'How.\n\nAlpha \\<b\\>only\\</b\\> goes fast.',
      schema: { type: 'string', enum: ['fast'] },
      required: true,
    });
    const beta = project('beta');
    expect(beta.paths['/things/{id}'].parameters.map((p: Json) => p.name)).toEqual(['id', 'trace']);
    expect(beta.components.parameters.mode).toEqual({ name: 'mode', in: 'query', description: 'How.', schema: { $ref: '#/components/schemas/Mode' } });
  });

  it('rewrites allOf members and nested shared schemas once, and leaves a shared enum whole for the fields that do not narrow it', () => {
    const alpha = project('alpha');
    expect(alpha.components.schemas.Base).toEqual({ type: 'object', properties: { id: { type: 'string' } } });
    expect(alpha.components.schemas.Thing.allOf[1]).toEqual({});
    expect(alpha.components.schemas.Thing.required).toEqual(['extra']);
    expect(Object.keys(alpha.components.schemas.Thing.properties)).toEqual(['modes', 'plain_mode', 'parent', 'extra']);
    // Recursive: each level keeps Alpha's label.
    expect(alpha.components.schemas.Node.properties.label).toEqual({ type: 'string' });

    const beta = project('beta');
    expect(beta.components.schemas.Base.properties.secret).toEqual({ type: 'string' });
    expect(beta.components.schemas.Thing.allOf[1]).toEqual({ required: ['secret'] });
    expect(Object.keys(beta.components.schemas.Thing.properties)).toEqual(['modes', 'plain_mode', 'parent']);
    expect(beta.components.schemas.Node.properties).toEqual({ children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } });
    // `modes` narrows its items for Beta with a copy; `plain_mode` still points at the shared enum, whole.
    expect(beta.components.schemas.Thing.properties.modes.items).toEqual({ type: 'string', enum: ['slow'] });
    expect(beta.components.schemas.Thing.properties.plain_mode).toEqual({ $ref: '#/components/schemas/Mode' });
    expect(beta.components.schemas.Mode).toEqual({ type: 'string', enum: ['fast', 'slow'] });
  });

  it("drops the operations, paths, extensions and components the integration has no use for, and names it in info.title", () => {
    const alpha = project('alpha');
    expect(Object.keys(alpha.paths)).toEqual(['/things/{id}']);
    expect(Object.keys(alpha.components.schemas)).toEqual(['Mode', 'Base', 'Thing', 'Node']);
    expect(alpha.paths['/things/{id}'].put['x-codeSamples']).toBeUndefined();
    expect(JSON.stringify(alpha)).not.toMatch(/"x-(supported|required|supported-values|integration-notes|integrations)"/);
    expect(alpha.info.title).toBe('Things: Alpha');
    expect(Object.keys(project('beta').paths)).toEqual(['/things/{id}', '/others']);
    // The unified document is not touched.
    const document = spec();
    const before = JSON.stringify(document);
    integrationDocument(document, buildModel(document), 'beta');
    expect(JSON.stringify(document)).toBe(before);
  });

  it('rewrites each place of an object that a YAML alias put in two places', () => {
    const document = spec();
    const status = { type: 'string', enum: ['on', 'off'], 'x-supported-values': { alpha: ['on'] }, 'x-integration-notes': { alpha: 'Note.' } };
    document.components.schemas.Thing.properties.status = status;
    document.components.schemas.Node.properties.status = status;
    const alpha = integrationDocument(document, buildModel(document), 'alpha') as Json;
    for (const schema of [alpha.components.schemas.Thing, alpha.components.schemas.Node]) {
      expect(schema.properties.status).toEqual({ type: 'string', enum: ['on'], description: 'Note.' });
    }
  });
});
