import { GeneratorError, pointer } from '../errors.js';
import {
  X_INTEGRATION_NOTES,
  X_INTEGRATIONS,
  X_REQUIRED,
  X_SUPPORTED,
  X_SUPPORTED_VALUES,
  isPlainObject,
  isProblem,
  readIntegrationNotes,
  readIntegrations,
  readSlugList,
  readSupportedValues,
} from '../../extensions/index.js';
import { NameError, operationIdFromRoute, toMethodName, toTypeName } from './names.js';
import { createResolver, type Json } from './resolve.js';
import { computeSupport } from './support.js';
import type {
  ApiModel,
  EnumValue,
  FieldModel,
  HttpMethod,
  IntegrationModel,
  OperationModel,
  PartModel,
  PartName,
  ResponseModel,
} from './types.js';

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Builds the model from a bundled (all `$ref`s internal) and validated OpenAPI 3.0/3.1 document. */
export function buildModel(document: Json): ApiModel {
  const resolve = createResolver(document);
  const info = isPlainObject(document.info) ? document.info : {};
  const declared = readDeclaredIntegrations(document);
  const operations: OperationModel[] = [];
  const methodNames = new Map<string, string>();

  for (const [route, rawPathItem] of Object.entries(isPlainObject(document.paths) ? document.paths : {})) {
    const pathItem = resolve(rawPathItem, pointer(['paths', route]));
    for (const method of METHODS) {
      if (!isPlainObject(pathItem[method])) continue;
      const where = pointer(['paths', route, method]);
      const operation = buildOperation(pathItem, method, route, where, declared, resolve);
      const clash = methodNames.get(operation.methodName);
      if (clash) {
        throw new GeneratorError(`${where}: operation becomes method "${operation.methodName}", as does ${clash}; give one a different operationId`);
      }
      methodNames.set(operation.methodName, where);
      operations.push(operation);
    }
  }

  const integrations: IntegrationModel[] = [...declared]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, { name }]) => ({
      slug,
      name,
      operations: operations.filter((op) => op.integrations?.includes(slug)).map((op) => op.operationId),
    }));

  return {
    title: typeof info.title === 'string' ? info.title : 'API',
    version: typeof info.version === 'string' ? info.version : '0.0.0',
    description: typeof info.description === 'string' ? info.description : undefined,
    serverUrl: firstServerUrl(document),
    license: licenseOf(info.license),
    docsUrl: isPlainObject(document.externalDocs) ? stringOrUndefined(document.externalDocs.url) : undefined,
    integrations,
    operations,
  };
}

function licenseOf(license: unknown): ApiModel['license'] {
  if (!isPlainObject(license)) return undefined;
  const found = { identifier: stringOrUndefined(license.identifier), name: stringOrUndefined(license.name), url: stringOrUndefined(license.url) };
  return Object.values(found).some((value) => value !== undefined) ? found : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function buildOperation(
  pathItem: Json,
  method: HttpMethod,
  route: string,
  where: string,
  declared: Map<string, { name: string }>,
  resolve: ReturnType<typeof createResolver>,
): OperationModel {
  const operation = pathItem[method] as Json;
  const operationId = typeof operation.operationId === 'string' ? operation.operationId : operationIdFromRoute(method, route);
  let methodName: string;
  try {
    methodName = toMethodName(operationId, where);
  } catch (error) {
    if (error instanceof NameError) throw new GeneratorError(error.message);
    throw error;
  }
  const integrations = declared.size > 0 ? slugList(operation[X_SUPPORTED], `${where}/${X_SUPPORTED}`) : undefined;
  if (declared.size > 0 && !integrations) {
    throw new GeneratorError(`${where}: the spec declares ${X_INTEGRATIONS}, but this operation has no ${X_SUPPORTED}`);
  }

  const parts: Partial<Record<PartName, PartModel>> = {};
  const parameters = collectParameters(pathItem, operation, where, resolve);
  for (const location of ['path', 'query'] as const) {
    const fields = parameters.filter((p) => p.in === location).map((p) => p.field);
    if (fields.length > 0) parts[location] = { required: location === 'path' || fields.some((f) => f.required === true), open: false, fields };
  }
  const body = buildRequestBody(operation, where, resolve);
  if (body) parts.body = body;

  const model: OperationModel = {
    operationId,
    methodName,
    typeName: toTypeName(methodName),
    method,
    route,
    summary: text(operation.summary),
    description: text(operation.description),
    deprecated: operation.deprecated === true,
    integrations,
    parts,
    response: buildResponse(operation, where, resolve),
    support: new Map(),
  };
  model.support = computeSupport(model);
  return model;
}

interface Parameter {
  in: string;
  field: FieldModel;
}

/** Path-item parameters apply to every operation under it; an operation's own parameter of the same name and location wins. */
function collectParameters(pathItem: Json, operation: Json, where: string, resolve: ReturnType<typeof createResolver>): Parameter[] {
  const byKey = new Map<string, Parameter>();
  const sources: [unknown, string][] = [
    [pathItem.parameters, `${where.slice(0, where.lastIndexOf('/'))}/parameters`],
    [operation.parameters, `${where}/parameters`],
  ];
  for (const [list, listWhere] of sources) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, index) => {
      const parameterWhere = `${listWhere}/${index}`;
      const parameter = resolve(raw, parameterWhere);
      if (typeof parameter.name !== 'string' || typeof parameter.in !== 'string') {
        throw new GeneratorError(`${parameterWhere}: a parameter needs a name and an "in"`);
      }
      if (parameter.in === 'header' || parameter.in === 'cookie') return;
      const schema = isPlainObject(parameter.schema) ? resolve(parameter.schema, `${parameterWhere}/schema`) : {};
      byKey.set(`${parameter.in} ${parameter.name}`, {
        in: parameter.in,
        field: buildField(parameter.name, parameter, schema, parameter.required === true || parameter.in === 'path', parameterWhere, resolve),
      });
    });
  }
  return [...byKey.values()];
}

function buildRequestBody(operation: Json, where: string, resolve: ReturnType<typeof createResolver>): PartModel | undefined {
  if (operation.requestBody === undefined) return undefined;
  const bodyWhere = `${where}/requestBody`;
  const requestBody = resolve(operation.requestBody, bodyWhere);
  const media = pickJsonMedia(requestBody.content);
  if (!media) return undefined;
  const schema = isPlainObject(media.value.schema) ? resolve(media.value.schema, `${bodyWhere}/content/${media.type}/schema`) : {};
  return {
    required: requestBody.required === true,
    open: isOpen(schema, resolve, `${bodyWhere}/content/${media.type}/schema`),
    mediaType: media.type,
    fields: objectFields(schema, `${bodyWhere}/content/${media.type}/schema`, resolve),
  };
}

/** The first 2xx response (in status order) with a JSON body. */
function buildResponse(operation: Json, where: string, resolve: ReturnType<typeof createResolver>): ResponseModel | undefined {
  const responses = isPlainObject(operation.responses) ? operation.responses : {};
  const statuses = Object.keys(responses).filter((s) => /^2(\d\d|XX)$/i.test(s)).sort();
  for (const status of statuses) {
    const responseWhere = `${where}/responses/${status}`;
    const response = resolve(responses[status], responseWhere);
    const media = pickJsonMedia(response.content);
    if (!media) continue;
    const schema = isPlainObject(media.value.schema) ? resolve(media.value.schema, `${responseWhere}/content/${media.type}/schema`) : {};
    return {
      status,
      mediaType: media.type,
      description: text(response.description),
      fields: objectFields(schema, `${responseWhere}/content/${media.type}/schema`, resolve),
    };
  }
  return undefined;
}

/** The top-level properties of an object schema, `allOf` members merged in order. */
function objectFields(schema: Json, where: string, resolve: ReturnType<typeof createResolver>): FieldModel[] {
  const fields = new Map<string, FieldModel>();
  const visit = (node: Json, nodeWhere: string) => {
    if (Array.isArray(node.allOf)) {
      node.allOf.forEach((member, index) => visit(resolve(member, `${nodeWhere}/allOf/${index}`), `${nodeWhere}/allOf/${index}`));
    }
    const required = Array.isArray(node.required) ? node.required : [];
    for (const [name, raw] of Object.entries(isPlainObject(node.properties) ? node.properties : {})) {
      const propertyWhere = `${nodeWhere}/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const property = resolve(raw, propertyWhere);
      fields.set(name, buildField(name, property, property, required.includes(name), propertyWhere, resolve));
    }
  };
  visit(schema, where);
  return [...fields.values()];
}

/** Whether a body schema admits keys it does not list, so that the client must not refuse them. */
function isOpen(schema: Json, resolve: ReturnType<typeof createResolver>, where: string): boolean {
  if (schema.oneOf !== undefined || schema.anyOf !== undefined) return true;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return true;
  if (Array.isArray(schema.allOf)) {
    return schema.allOf.some((member, index) => isOpen(resolve(member, `${where}/allOf/${index}`), resolve, `${where}/allOf/${index}`));
  }
  return !isPlainObject(schema.properties);
}

/**
 * `holder` carries the extensions and description (a parameter, or a schema property); `schema` the
 * type. For a property they are the same object.
 */
function buildField(
  name: string,
  holder: Json,
  schema: Json,
  plainRequired: boolean,
  where: string,
  resolve: ReturnType<typeof createResolver>,
): FieldModel {
  const supported = slugList(holder[X_SUPPORTED], `${where}/${X_SUPPORTED}`);
  const xRequired = slugList(holder[X_REQUIRED], `${where}/${X_REQUIRED}`);
  const enumSource = schema.type === 'array' && isPlainObject(schema.items) ? resolve(schema.items, `${where}/items`) : schema;
  const values = holder[X_SUPPORTED_VALUES] === undefined ? undefined : readSupportedValues(holder[X_SUPPORTED_VALUES]);
  if (values !== undefined && isProblem(values)) throw new GeneratorError(`${where}/${X_SUPPORTED_VALUES}: ${values}`);
  const notes = holder[X_INTEGRATION_NOTES] === undefined ? undefined : readIntegrationNotes(holder[X_INTEGRATION_NOTES]);
  if (notes !== undefined && isProblem(notes)) throw new GeneratorError(`${where}/${X_INTEGRATION_NOTES}: ${notes}`);

  return {
    name,
    description: text(holder.description) ?? text(schema.description),
    supported,
    required: plainRequired ? true : xRequired && xRequired.length > 0 ? xRequired : undefined,
    enum: Array.isArray(enumSource.enum) ? (enumSource.enum as EnumValue[]) : undefined,
    values: values && values.size > 0 ? (Object.fromEntries(values) as Record<string, EnumValue[]>) : undefined,
    notes: notes && notes.size > 0 ? Object.fromEntries(notes) : undefined,
    example: holder.example ?? schema.example,
    schemaType: typeof schema.type === 'string' ? schema.type : undefined,
  };
}

function readDeclaredIntegrations(document: Json): Map<string, { name: string }> {
  if (document[X_INTEGRATIONS] === undefined) return new Map();
  const integrations = readIntegrations(document[X_INTEGRATIONS]);
  if (isProblem(integrations)) throw new GeneratorError(`#/${X_INTEGRATIONS}: ${integrations}`);
  return integrations;
}

function slugList(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = readSlugList(value);
  if (isProblem(list)) throw new GeneratorError(`${where}: ${list}`);
  return list;
}

function pickJsonMedia(content: unknown): { type: string; value: Json } | undefined {
  if (!isPlainObject(content)) return undefined;
  const type = Object.keys(content).find((t) => /^application\/(.+\+)?json(;.*)?$/i.test(t));
  return type && isPlainObject(content[type]) ? { type, value: content[type] } : undefined;
}

function firstServerUrl(document: Json): string | undefined {
  const first = Array.isArray(document.servers) ? document.servers[0] : undefined;
  return isPlainObject(first) && typeof first.url === 'string' ? first.url : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
