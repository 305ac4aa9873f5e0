/**
 * A synthetic unified-API spec at any scale: N integrations, M operations over several resources
 * (list / get / create / update / delete), F fields per body and response, each integration supporting
 * each operation, and each field of an operation it supports, with probability `density`. Some fields
 * are required per integration (`x-required`), some enums narrowed per integration
 * (`x-supported-values`). The shape follows the seed spec (spec/): shared Truto query parameters,
 * a required `integrated_account_id`, one body and one response schema per operation, shared shapes
 * without extensions.
 *
 * Pure and seeded: the same options give the same document, key order included, so the same bytes.
 */
import { mulberry32, type Random } from './prng.ts';

export interface SpecOptions {
  integrations: number;
  operations: number;
  /** Fields per request body and per response (besides `id` and `remote_data`). */
  fields: number;
  /** Probability that an integration supports an operation, and a field of an operation it supports. */
  density: number;
  seed: number;
}

type Json = Record<string, unknown>;

// Share of a field's integrations that require it: a create needs a few fields, an update fewer.
const REQUIRED_IN_CREATE = 0.15;
const REQUIRED_IN_UPDATE = 0.05;
const REQUIRED_QUERY = 0.3;
// Share of an enum field's integrations that narrow its values.
const NARROWED = 0.5;
// A field listed for no integration yet (`x-supported: []`), as the seed pages have some.
const UNSUPPORTED_YET = 0.02;

const ROOT = '/unified/bench';

/** [singular, plural]: spelled out, since English plurals do not follow one rule. */
const RESOURCES: [string, string][] = [
  ['user', 'users'], ['group', 'groups'], ['role', 'roles'], ['license', 'licenses'],
  ['workspace', 'workspaces'], ['organization', 'organizations'], ['team', 'teams'], ['device', 'devices'],
  ['app', 'apps'], ['invitation', 'invitations'], ['policy', 'policies'], ['session', 'sessions'],
  ['permission', 'permissions'], ['domain', 'domains'], ['project', 'projects'], ['activity', 'activities'],
];

type Kind = 'list' | 'get' | 'create' | 'update' | 'delete';
const KINDS: Kind[] = ['list', 'get', 'create', 'update', 'delete'];

/** A field of a body or response: its name and schema (enums carry their values). */
type FieldSpec = [name: string, schema: Json];

const str = { type: 'string' };
const ref = (shape: string) => ({ $ref: `#/components/schemas/${shape}` });
const enumOf = (...values: string[]) => ({ type: 'string', enum: values });

/** The field pool, cycled (with a numeric suffix) when F is larger. Every JSON schema kind appears. */
const FIELD_POOL: FieldSpec[] = [
  ['name', str], ['first_name', str], ['last_name', str], ['email', { type: 'string', format: 'email' }],
  ['username', str], ['title', str], ['department', str],
  ['status', enumOf('active', 'inactive', 'suspended', 'invited', 'deleted')],
  ['type', enumOf('member', 'admin', 'guest', 'owner', 'service')], ['timezone', str],
  ['locale', enumOf('en', 'fr', 'de', 'es', 'ja', 'pt')],
  ['phones', { type: 'array', items: ref('Phone') }], ['emails', { type: 'array', items: ref('Email') }],
  ['address', ref('Address')], ['tags', { type: 'array', items: str }],
  ['permissions', { type: 'array', items: enumOf('read', 'write', 'admin', 'billing', 'audit') }],
  ['manager_id', str], ['employee_number', str], ['cost_center', str], ['is_active', { type: 'boolean' }],
  ['is_verified', { type: 'boolean' }], ['mfa_enabled', { type: 'boolean' }], ['seat_count', { type: 'integer' }],
  ['login_count', { type: 'integer' }], ['created_at', { type: 'string', format: 'date-time' }],
  ['updated_at', { type: 'string', format: 'date-time' }], ['last_login_at', { type: 'string', format: 'date-time' }],
  ['expires_at', { type: 'string', format: 'date-time' }], ['description', str],
  ['avatar_url', { type: 'string', format: 'uri' }], ['external_id', str], ['parent_id', str], ['owner', ref('Reference')],
  ['members', { type: 'array', items: ref('Reference') }], ['visibility', enumOf('public', 'private', 'internal')],
  ['priority', { type: 'integer' }], ['color', str],
  // No type, as some fields of the seed pages: TypeScript `unknown`.
  ['notes', {}],
  ['metadata', { type: 'object', additionalProperties: true }], ['website', { type: 'string', format: 'uri' }],
];

/** Query parameters some integrations support (and some require), besides the shared Truto ones. */
const QUERY_POOL: FieldSpec[] = [
  ['workspace_id', str], ['organization_id', str], ['group_id', str], ['site_id', str],
  ['region', enumOf('us', 'eu', 'apac')], ['include_deleted', { type: 'boolean' }],
];

const NAME_HEADS = [
  'Acme', 'Nimbus', 'Zephyr', 'Quartz', 'Orbit', 'Lumen', 'Vertex', 'Cobalt', 'Helix', 'Pioneer', 'Summit',
  'Harbor', 'Beacon', 'Cedar', 'Falcon', 'Granite', 'Juniper', 'Kestrel', 'Maple', 'Nova', 'Onyx', 'Prism',
];
const NAME_TAILS = ['Cloud', 'Desk', 'HR', 'Works', 'Hub', 'Suite', 'ID', 'Mail', 'Ops', 'Sync', 'Base', 'Flow'];
// Display names as real vendors write them, so that the slug rule has something to strip.
const NAME_FORMS = [(h: string, t: string) => `${h} ${t}`, (h: string, t: string) => `${h}${t}`,
  (h: string, t: string) => `${h}.${t.toLowerCase()}`, (h: string, t: string) => `${h.toLowerCase()}-${t.toLowerCase()}`];

export function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function makeSpec(options: SpecOptions): Json {
  const random = mulberry32(options.seed);
  const integrations = integrationNames(options.integrations, random);
  const slugs = [...integrations.keys()];
  const paths: Record<string, Json> = {};
  const schemas: Record<string, Json> = usedShapes(fieldsFor(options.fields));

  for (let index = 0; index < options.operations; index++) {
    const kind = KINDS[index % KINDS.length]!;
    const [singular, plural] = resourceOf(Math.floor(index / KINDS.length));
    const route = kind === 'list' || kind === 'create' ? `${ROOT}/${plural}` : `${ROOT}/${plural}/{id}`;
    const pathItem = (paths[route] ??= route.endsWith('{id}') ? { parameters: [{ $ref: '#/components/parameters/id' }] } : {});
    const built = makeOperation({ kind, singular, plural, slugs, options, random });
    pathItem[METHOD[kind]] = built.operation;
    Object.assign(schemas, built.schemas);
  }

  // Cloned so that the shared constants below are not aliased across the document.
  return structuredClone({
    openapi: '3.1.0',
    info: {
      title: 'Synthetic Unified API',
      version: '1.0.0',
      description: `A synthetic unified API for benchmarks: ${JSON.stringify(options)}.`,
    },
    servers: [{ url: 'https://api.truto.one', description: 'Truto' }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(Array.from({ length: Math.ceil(options.operations / KINDS.length) }, (_, i) => resourceOf(i)[1]))].map(
      (name) => ({ name, description: `The ${name} of an integrated account.` }),
    ),
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'Your Truto API token.' } },
      parameters: SHARED_PARAMETERS,
      schemas,
    },
    'x-integrations': Object.fromEntries([...integrations].map(([slug, name]) => [slug, { name }])),
  });
}

const METHOD: Record<Kind, string> = { list: 'get', get: 'get', create: 'post', update: 'patch', delete: 'delete' };

/** Resource `i`; past the list, the list again with a number (`users2`). */
function resourceOf(index: number): [string, string] {
  const [singular, plural] = RESOURCES[index % RESOURCES.length]!;
  const round = Math.floor(index / RESOURCES.length);
  return round === 0 ? [singular, plural] : [`${singular}${round + 1}`, `${plural}${round + 1}`];
}

/** `count` distinct display names, by slug. A clash gets a number: `Acme Cloud 2`. */
function integrationNames(count: number, random: Random): Map<string, string> {
  const names = new Map<string, string>();
  while (names.size < count) {
    let name = random.pick(NAME_FORMS)(random.pick(NAME_HEADS), random.pick(NAME_TAILS));
    for (let n = 2; names.has(slugOf(name)); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
    names.set(slugOf(name), name);
  }
  // In slug order, as a team would keep x-integrations.
  return new Map([...names].sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface OperationInput {
  kind: Kind;
  singular: string;
  plural: string;
  slugs: string[];
  options: SpecOptions;
  random: Random;
}

function makeOperation({ kind, singular, plural, slugs, options, random }: OperationInput): { operation: Json; schemas: Record<string, Json> } {
  const { density, fields } = options;
  const resource = kind === 'list' ? plural : singular;
  const operationId = `${kind}${pascal(resource)}`;
  const supported = atLeastOne(random.sample(slugs, density), slugs, random);
  const schemas: Record<string, Json> = {};

  const parameters: Json[] = ['integrated_account_id', 'truto_response_format', 'truto_ignore_remote_data', 'truto_exclude_fields', 'remote_query']
    .map((name) => ({ $ref: `#/components/parameters/${name}` }));
  if (kind === 'list') {
    parameters.push(
      { name: 'limit', in: 'query', description: 'The page size.', schema: { type: 'integer' } },
      { name: 'next_cursor', in: 'query', description: 'The cursor of the next page.', schema: str },
    );
  }
  for (const [name, schema] of pickDistinct(QUERY_POOL, 2, random)) {
    const who = random.sample(supported, density);
    parameters.push({
      name,
      in: 'query',
      description: `The ${name.replace(/_/g, ' ')} to scope the request to.`,
      schema,
      'x-supported': who,
      ...withRequired(random.sample(who, REQUIRED_QUERY)),
      ...withValues(schema, who, random),
    });
  }

  const operation: Json = {
    operationId,
    summary: `${pascal(kind)} ${kind === 'list' ? plural : `a ${singular}`}`,
    description: `${pascal(kind)} ${kind === 'list' ? `the ${plural}` : `a ${singular}`} in the integrated account's application.`,
    tags: [plural],
    'x-supported': supported,
    parameters,
  };
  if (kind === 'create' || kind === 'update') {
    const name = `${pascal(operationId)}RequestBody`;
    const share = kind === 'create' ? REQUIRED_IN_CREATE : REQUIRED_IN_UPDATE;
    schemas[name] = bodySchema(fieldsFor(fields), supported, density, share, random, `The ${singular} to ${kind}.`);
    operation.requestBody = { required: true, content: { 'application/json': { schema: ref(name) } } };
  }
  const responseName = `${pascal(operationId)}ResponseBody`;
  schemas[responseName] = responseSchema(fieldsFor(fields), supported, density, random, kind === 'list' ? `A page of ${plural}.` : `The ${singular}.`);
  const status = kind === 'create' ? '201' : '200';
  operation.responses = {
    [status]: { description: `The ${kind === 'list' ? plural : singular}.`, content: { 'application/json': { schema: ref(responseName) } } },
  };
  return { operation, schemas };
}

function bodySchema(fields: FieldSpec[], supported: string[], density: number, requiredShare: number, random: Random, description: string): Json {
  const properties: Json = {};
  for (const [name, schema] of fields) {
    const who = fieldSupport(supported, density, random);
    properties[name] = {
      ...schema,
      description: `The ${name.replace(/_/g, ' ')}.`,
      'x-supported': who,
      ...withRequired(random.sample(who, requiredShare)),
      ...withValues(schema, who, random),
    };
  }
  properties.remote_data = REMOTE_DATA;
  return { type: 'object', description, properties };
}

/** `id` is returned by every integration and required; the other fields as the integrations return them. */
function responseSchema(fields: FieldSpec[], supported: string[], density: number, random: Random, description: string): Json {
  const properties: Json = { id: { type: 'string', description: 'The ID of the resource.' } };
  for (const [name, schema] of fields) {
    const who = fieldSupport(supported, density, random);
    properties[name] = { ...schema, description: `The ${name.replace(/_/g, ' ')}.`, 'x-supported': who, ...withValues(schema, who, random) };
  }
  properties.remote_data = REMOTE_DATA;
  return { type: 'object', description, required: ['id'], properties };
}

function fieldSupport(supported: string[], density: number, random: Random): string[] {
  return random.chance(UNSUPPORTED_YET) ? [] : random.sample(supported, density);
}

function withRequired(required: string[]): Json {
  return required.length > 0 ? { 'x-required': required } : {};
}

/** `x-supported-values` for about half the integrations of an enum field (or of an array of enums). */
function withValues(schema: Json, who: string[], random: Random): Json {
  const values = (schema.enum ?? (schema.items as Json | undefined)?.enum) as string[] | undefined;
  if (!values) return {};
  const narrowed: Record<string, string[]> = {};
  for (const slug of random.sample(who, NARROWED)) {
    const subset = random.sample(values, 0.5);
    narrowed[slug] = subset.length > 0 ? subset : [random.pick(values)];
  }
  return Object.keys(narrowed).length > 0 ? { 'x-supported-values': narrowed } : {};
}

/** The first `count` fields of the pool, cycling with a suffix (`name_2`) past its end. */
function fieldsFor(count: number): FieldSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const [name, schema] = FIELD_POOL[i % FIELD_POOL.length]!;
    const round = Math.floor(i / FIELD_POOL.length);
    return [round === 0 ? name : `${name}_${round + 1}`, schema];
  });
}

function pickDistinct<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items];
  return Array.from({ length: Math.min(count, pool.length) }, () => pool.splice(random.int(0, pool.length - 1), 1)[0]!);
}

function atLeastOne(chosen: string[], all: string[], random: Random): string[] {
  return chosen.length > 0 ? chosen : [random.pick(all)];
}

function pascal(name: string): string {
  return name.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

const REMOTE_DATA = {
  type: 'object',
  additionalProperties: true,
  description: 'The raw data from the integration, passed through.',
};

/** The shapes the fields refer to: an unused component is a lint warning. */
function usedShapes(fields: FieldSpec[]): Record<string, Json> {
  const text = JSON.stringify(fields);
  return Object.fromEntries(Object.entries(SHAPES).filter(([name]) => text.includes(`"#/components/schemas/${name}"`)));
}

/** Shared shapes: no extensions, their support is the field's that holds them. */
const SHAPES: Record<string, Json> = {
  Phone: { type: 'object', required: ['number'], properties: { number: str, type: enumOf('mobile', 'work', 'home') } },
  Email: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' }, is_primary: { type: 'boolean' } } },
  Address: { type: 'object', properties: { street: str, city: str, postal_code: str, country: str } },
  Reference: { type: 'object', required: ['id'], properties: { id: str, name: str } },
};

/** The Truto parameters every operation takes, as the seed spec has them. */
const SHARED_PARAMETERS: Record<string, Json> = {
  id: { name: 'id', in: 'path', required: true, description: 'The ID of the resource.', schema: str },
  integrated_account_id: {
    name: 'integrated_account_id',
    in: 'query',
    required: true,
    description: 'The ID of the integrated account to use for the request.',
    schema: { type: 'string', format: 'uuid' },
  },
  truto_response_format: {
    name: 'truto_response_format',
    in: 'query',
    description: 'The format of the response.',
    schema: enumOf('unified', 'raw', 'normalized'),
  },
  truto_ignore_remote_data: {
    name: 'truto_ignore_remote_data',
    in: 'query',
    description: 'Excludes the `remote_data` attribute from the response.',
    schema: { type: 'boolean' },
  },
  truto_exclude_fields: {
    name: 'truto_exclude_fields',
    in: 'query',
    description: 'Array of fields to exclude from the response.',
    schema: { type: 'array', items: str },
  },
  remote_query: {
    name: 'remote_query',
    in: 'query',
    description: 'Query parameters to pass to the underlying API without any transformations.',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', additionalProperties: true },
  },
};
