/**
 * The smallest valid request of every operation for every integration that supports it, read from a
 * bundled spec (all `$ref`s internal) by CONTRACT.md section 2 alone. Deliberately independent of
 * the generator's model: the consumer file built from these requests must type-check against the
 * generated package, so the benchmark doubles as a check that the two read the spec alike.
 */

type Json = Record<string, unknown>;

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch'];

/** The query parameter `forIntegration` fills in. */
export const ACCOUNT_PARAMETER = 'integrated_account_id';
const ACCOUNT_ID = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';

export interface Parts {
  path?: Json;
  query?: Json;
  body?: Json;
}

export interface Request extends Parts {
  /**
   * The same request as plain openapi-typescript types demand it: they know nothing of
   * `x-supported`, so a plainly `required` key is required even from an integration that does not
   * support it (the seed's `updateUser` body `id`). Equal to the request in every other case.
   */
  plain: Parts;
  /** A key of the response this integration returns, read so that the response type is resolved. */
  responseKey?: string;
}

export interface OperationRequests {
  operationId: string;
  method: HttpMethod;
  route: string;
  /** The minimal request, by integration, in the operation's `x-supported` order. */
  requests: Map<string, Request>;
}

export function minimalRequests(spec: Json): OperationRequests[] {
  const resolve = resolver(spec);
  const operations: OperationRequests[] = [];
  for (const [route, rawItem] of Object.entries((spec.paths ?? {}) as Json)) {
    const item = resolve(rawItem);
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const integrations = operation['x-supported'];
      if (!Array.isArray(integrations)) throw new Error(`${method.toUpperCase()} ${route} has no x-supported: the benchmark needs an integration-aware spec`);
      const parameters = mergeParameters(item.parameters, operation.parameters, resolve);
      const body = requestBody(operation, resolve);
      const response = responseFields(operation, resolve);
      const requests = new Map<string, Request>();
      const parameterFields = (part: string): Field[] =>
        parameters.filter((p) => p.in === part).map((p) => ({ name: p.name as string, holder: p, schema: resolve(p.schema ?? {}), plain: p.required === true }));
      for (const slug of integrations as string[]) {
        const parts = (asPlainTypes: boolean): Parts => {
          const request: Parts = {};
          for (const part of ['path', 'query'] as const) {
            const fields = parameterFields(part);
            if (fields.length > 0) request[part] = requiredValues(fields, slug, resolve, asPlainTypes);
          }
          if (body) {
            const values = requiredValues(body.fields, slug, resolve, asPlainTypes);
            if (body.required || Object.keys(values).length > 0) request.body = values;
          }
          return request;
        };
        const responseKey = response.find((field) => supports(field.holder, slug))?.name;
        requests.set(slug, { ...parts(false), plain: parts(true), responseKey });
      }
      operations.push({ operationId: String(operation.operationId), method, route, requests });
    }
  }
  return operations;
}

interface Field {
  name: string;
  /** Carries the extensions: the parameter, or the property schema itself. */
  holder: Json;
  schema: Json;
  /** Plain OpenAPI `required`: required wherever the field exists. */
  plain: boolean;
}

function supports(holder: Json, slug: string): boolean {
  const supported = holder['x-supported'];
  return !Array.isArray(supported) || supported.includes(slug);
}

function requires(field: Field, slug: string, asPlainTypes: boolean): boolean {
  if (asPlainTypes && field.plain) return true;
  if (!supports(field.holder, slug)) return false;
  const required = field.holder['x-required'];
  return field.plain || (Array.isArray(required) && required.includes(slug));
}

/** Every key `slug` requires, with a value of its type (narrowed to `slug`'s enum values). */
function requiredValues(fields: Field[], slug: string, resolve: Resolve, asPlainTypes: boolean): Json {
  const values: Json = {};
  for (const field of fields) {
    if (!requires(field, slug, asPlainTypes)) continue;
    const narrowed = (field.holder['x-supported-values'] as Record<string, unknown[]> | undefined)?.[slug];
    values[field.name] = field.name === ACCOUNT_PARAMETER ? ACCOUNT_ID : sampleValue(field.schema, resolve, narrowed);
  }
  return values;
}

/** A value that the schema accepts: enums take their first (allowed) value, objects their required keys. */
export function sampleValue(rawSchema: unknown, resolve: Resolve, narrowed?: unknown[], depth = 0): unknown {
  const schema = resolve(rawSchema);
  if (depth > 8) throw new Error('schema too deep for a sample value (a required cycle?)');
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'array') {
    const items = resolve(schema.items ?? {});
    const first = narrowed?.[0] ?? (Array.isArray(items.enum) ? items.enum[0] : undefined);
    return first === undefined ? [] : [first];
  }
  if (narrowed && narrowed.length > 0) return narrowed[0];
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('const' in schema) return schema.const;
  const variants = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(variants)) return sampleValue(variants[0], resolve, undefined, depth + 1);
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((member) => sampleValue(member, resolve, undefined, depth + 1) as Json));
  }
  switch (type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'uuid' ? ACCOUNT_ID : 'bench';
  }
  if (type === 'object' || schema.properties) {
    const properties = (schema.properties ?? {}) as Json;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    return Object.fromEntries(required.map((name) => [name, sampleValue(properties[name] ?? {}, resolve, undefined, depth + 1)]));
  }
  // No type at all: TypeScript's `unknown`, which takes anything.
  return 'bench';
}

/** Path-item parameters, replaced by the operation's own of the same name and location. */
function mergeParameters(shared: unknown, own: unknown, resolve: Resolve): Json[] {
  const byKey = new Map<string, Json>();
  for (const list of [shared, own]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const parameter = resolve(raw);
      if (parameter.in === 'path' || parameter.in === 'query') byKey.set(`${parameter.in} ${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}

function requestBody(operation: Json, resolve: Resolve): { required: boolean; fields: Field[] } | undefined {
  if (!operation.requestBody) return undefined;
  const body = resolve(operation.requestBody);
  const schema = jsonSchema(body.content, resolve);
  return schema && { required: body.required === true, fields: objectFields(schema, resolve) };
}

/** The first 2xx JSON response's top-level fields, as the generator picks the response. */
function responseFields(operation: Json, resolve: Resolve): Field[] {
  const responses = (operation.responses ?? {}) as Json;
  for (const status of Object.keys(responses).filter((s) => /^2(\d\d|XX)$/i.test(s)).sort()) {
    const schema = jsonSchema(resolve(responses[status]).content, resolve);
    if (schema) return objectFields(schema, resolve);
  }
  return [];
}

function jsonSchema(content: unknown, resolve: Resolve): Json | undefined {
  if (!content || typeof content !== 'object') return undefined;
  const type = Object.keys(content).find((t) => /^application\/(.+\+)?json(;.*)?$/i.test(t));
  const media = type ? ((content as Json)[type] as Json) : undefined;
  return media?.schema ? resolve(media.schema) : undefined;
}

/** Top-level properties, `allOf` members merged in order. */
function objectFields(schema: Json, resolve: Resolve): Field[] {
  const fields = new Map<string, Field>();
  const visit = (node: Json) => {
    for (const member of Array.isArray(node.allOf) ? node.allOf : []) visit(resolve(member));
    const required = Array.isArray(node.required) ? node.required : [];
    for (const [name, raw] of Object.entries((node.properties ?? {}) as Json)) {
      // OpenAPI 3.1 allows siblings next to a `$ref`; the extensions on them are the field's.
      const { $ref: _ref, ...siblings } = raw as Json;
      const property = { ...resolve(raw), ...siblings };
      fields.set(name, { name, holder: property, schema: property, plain: required.includes(name) });
    }
  };
  visit(schema);
  return [...fields.values()];
}

type Resolve = (node: unknown) => Json;

/** Follows internal `$ref`s (`#/components/...`), as many as are chained. */
function resolver(spec: Json): Resolve {
  return function resolve(node: unknown): Json {
    let current = node as Json;
    for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
      if (hops > 32 || !current.$ref.startsWith('#/')) throw new Error(`cannot resolve ${String(current.$ref)}`);
      current = current.$ref
        .slice(2)
        .split('/')
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((at, token) => (at as Json | undefined)?.[token], spec) as Json;
    }
    return current ?? {};
  };
}
