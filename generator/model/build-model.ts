import { GeneratorError, pointer } from '../errors.js';
import { X_INTEGRATIONS, X_SUPPORTED, isPlainObject, isProblem, readIntegrations, readSlugList } from '../../extensions/index.js';
import { assertNoCompositionCycle } from './composition-cycles.js';
import { httpNameProblem } from './http-names.js';
import { NameError, operationIdFromRoute, toMethodName, toTypeName } from './names.js';
import { buildRequestBody, buildResponse } from './media.js';
import { createResolver, type Json } from './resolve.js';
import { createSchemaReader, text, type SchemaReader } from './schemas.js';
import { authModel, readRequirements, readSecuritySchemes } from './security.js';
import { computeSupport } from './support.js';
import type { ApiModel, FieldModel, HttpMethod, IntegrationModel, OperationModel, PartModel, PartName } from './types.js';

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Builds the model from a bundled (all `$ref`s internal) and validated OpenAPI 3.0/3.1 document. */
export function buildModel(document: Json): ApiModel {
  assertNoCompositionCycle(document);
  const resolver = createResolver(document);
  const reader = createSchemaReader(resolver);
  const info = isPlainObject(document.info) ? document.info : {};
  const declared = readDeclaredIntegrations(document);
  const operations: OperationModel[] = [];
  const methodNames = new Map<string, { methodName: string; where: string }>();

  for (const [route, rawPathItem] of Object.entries(isPlainObject(document.paths) ? document.paths : {})) {
    const { node: pathItem, pointer: pathItemWhere } = resolver.locate(rawPathItem, pointer(['paths', route]));
    for (const method of METHODS) {
      if (!isPlainObject(pathItem[method])) continue;
      const where = `${pathItemWhere}/${method}`;
      const operation = buildOperation(pathItem, method, route, where, declared, reader);
      // Keyed in lower case: each method has its module (`operations/<method>.ts`), and on the
      // case-insensitive disks of macOS and Windows `getUser.ts` and `getuser.ts` are one file.
      const clash = methodNames.get(operation.methodName.toLowerCase());
      if (clash) {
        const same = clash.methodName === operation.methodName;
        throw new GeneratorError(
          same
            ? `${where}: operation becomes method "${operation.methodName}", as does ${clash.where}; give one a different operationId`
            : `${where}: operation becomes method "${operation.methodName}", and ${clash.where} "${clash.methodName}": names that differ only in case are one file on macOS and Windows; give one a different operationId`,
        );
      }
      methodNames.set(operation.methodName.toLowerCase(), { methodName: operation.methodName, where });
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
    auth: authModel(readSecuritySchemes(document, reader), readRequirements(document.security, '#/security'), operations),
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
  reader: SchemaReader,
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
  const { parameters, ignoredHeaders } = collectParameters(pathItem, operation, where, reader);
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const fields = parameters.filter((p) => p.in === location).map((p) => p.field);
    if (fields.length > 0) parts[location] = { required: location === 'path' || fields.some((f) => f.required === true), open: false, fields };
  }
  const body = buildRequestBody(operation, where, reader);
  if (body) parts.body = body;
  const security = readRequirements(operation.security, `${where}/security`);

  const model: OperationModel = {
    operationId,
    methodName,
    typeName: toTypeName(methodName),
    method,
    route,
    pointer: where,
    summary: text(operation.summary),
    description: text(operation.description),
    deprecated: operation.deprecated === true,
    integrations,
    parts,
    response: buildResponse(operation, where, reader),
    // The API's default, filled in once every operation is read (security.ts).
    security: security ?? [],
    ownSecurity: security !== undefined,
    ...(ignoredHeaders.length > 0 ? { ignoredHeaders } : {}),
    support: new Map(),
  };
  model.support = computeSupport(model);
  return model;
}

interface Parameter {
  in: string;
  field: FieldModel;
}

/**
 * OpenAPI: header parameters of these names are ignored; the client sets them (from the media types
 * and the security schemes).
 */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/**
 * Path-item parameters apply to every operation under it; an operation's own parameter of the same
 * name and location wins (header names compared as HTTP does, without case).
 */
function collectParameters(pathItem: Json, operation: Json, where: string, reader: SchemaReader): { parameters: Parameter[]; ignoredHeaders: string[] } {
  const byKey = new Map<string, Parameter>();
  const ignoredHeaders = new Set<string>();
  const sources: [unknown, string][] = [
    [pathItem.parameters, `${where.slice(0, where.lastIndexOf('/'))}/parameters`],
    [operation.parameters, `${where}/parameters`],
  ];
  for (const [list, listWhere] of sources) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, index) => {
      const node = reader.written(raw, `${listWhere}/${index}`);
      const parameter = node.target;
      if (typeof parameter.name !== 'string' || typeof parameter.in !== 'string') {
        throw new GeneratorError(`${node.pointer}: a parameter needs a name and an "in"`);
      }
      // Anything else (Swagger 2.0's `body`, `formData`) is a structural problem, reported by validation.
      if (!['path', 'query', 'header', 'cookie'].includes(parameter.in)) return;
      const nameProblem = parameter.in === 'header' || parameter.in === 'cookie' ? httpNameProblem(parameter.name, parameter.in) : undefined;
      if (nameProblem) throw new GeneratorError(`${node.pointer}/name: ${nameProblem}`);
      if (parameter.in === 'header' && IGNORED_HEADERS.has(parameter.name.toLowerCase())) {
        ignoredHeaders.add(parameter.name);
        return;
      }
      const schemaWhere = `${node.resolved}/schema`;
      const schema = reader.schema(parameter.schema, schemaWhere);
      const schemaNode = isPlainObject(parameter.schema) ? reader.written(parameter.schema, schemaWhere).target : {};
      byKey.set(`${parameter.in} ${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`, {
        in: parameter.in,
        field: reader.field(parameter.name, node, schema, schemaNode, parameter.required === true || parameter.in === 'path'),
      });
    });
  }
  return { parameters: [...byKey.values()], ignoredHeaders: [...ignoredHeaders] };
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

function firstServerUrl(document: Json): string | undefined {
  const first = Array.isArray(document.servers) ? document.servers[0] : undefined;
  return isPlainObject(first) && typeof first.url === 'string' ? first.url : undefined;
}
