/**
 * One integration's page, as a template renders it: for each operation the integration supports,
 * what it must be sent ("to create a user in Salesforce you must send ..."), what else it accepts,
 * the values it narrows, its notes, what it returns, and the smallest request it accepts.
 */
import { valueLiteral } from '../generator/emit/literal.js';
import { sortByDisplayName } from '../generator/model/display-order.js';
import { minimalRequest } from '../generator/model/examples.js';
import type { ApiModel, IntegrationModel, OperationModel, PartName } from '../generator/model/types.js';
import { serializePath } from '../templates/runtime/path.js';
import { serializeQuery } from '../templates/runtime/query.js';
import { operationInReference, valueText } from './operation-matrix.js';
import { coveragePage, integrationDocumentFile, integrationPage, linkFrom } from './site-layout.js';

export interface FieldGroup {
  /** `path`, `query`, `body`, `response`. */
  part: string;
  /** `in the body`, `in the query`, ... */
  where: string;
  fields: string[];
}

export interface OperationNeeds {
  operationId: string;
  summary: string;
  /** `create a user`: the operation's summary as the end of "To ... in Salesforce". */
  action: string;
  method: string;
  route: string;
  coverageLink: string;
  referenceLink: string;
  required: FieldGroup[];
  optional: FieldGroup[];
  returned: string[];
  values: { part: string; field: string; values: string }[];
  notes: { part: string; field: string; note: string }[];
  minimal: { httpRequest: string; body?: string; clientCall: string };
}

export interface IntegrationNeeds {
  page: string;
  slug: string;
  name: string;
  /** Its own OpenAPI document, relative to its page. */
  documentLink: string;
  documentFile: string;
  operations: OperationNeeds[];
  /** Operations of the API this integration does not offer. */
  unsupported: { summary: string; coverageLink: string }[];
}

const WHERE: Record<PartName, string> = { path: 'in the path', query: 'in the query', header: 'in a header', cookie: 'in a cookie', body: 'in the body' };
const PARTS: PartName[] = ['path', 'query', 'header', 'cookie', 'body'];

export function integrationNeeds(model: ApiModel, integration: IntegrationModel): IntegrationNeeds {
  const page = integrationPage(integration.slug);
  const supported = model.operations.filter((operation) => operation.support.has(integration.slug));
  return {
    page,
    slug: integration.slug,
    name: integration.name,
    documentLink: linkFrom(page, integrationDocumentFile(integration.slug)),
    documentFile: `${integration.slug}.openapi.json`,
    operations: supported.map((operation) => operationNeeds(model, operation, integration.slug, page)),
    unsupported: model.operations
      .filter((operation) => !operation.support.has(integration.slug))
      .map((operation) => ({ summary: operation.summary ?? operation.operationId, coverageLink: linkFrom(page, coveragePage(operation.methodName)) })),
  };
}

function operationNeeds(model: ApiModel, operation: OperationModel, slug: string, page: string): OperationNeeds {
  const support = operation.support.get(slug)!;
  const groups = (pick: (part: { supported: string[]; required: string[] }) => string[]) =>
    PARTS.flatMap((part) => {
      const fields = support.parts[part] ? pick(support.parts[part]) : [];
      return fields.length > 0 ? [{ part, where: WHERE[part], fields }] : [];
    });
  const values = Object.entries(support.values).flatMap(([part, byField]) =>
    Object.entries(byField ?? {}).map(([field, list]) => ({ part, field, values: list.map(valueText).join(', ') })),
  );
  const allFields = [
    ...PARTS.flatMap((part) => (operation.parts[part]?.fields ?? []).map((field) => ({ part: part as string, field }))),
    ...(operation.response?.fields ?? []).map((field) => ({ part: 'response', field })),
  ];
  const summary = operation.summary ?? operation.operationId;
  return {
    operationId: operation.operationId,
    summary,
    action: operation.summary ? lowerFirst(operation.summary) : `call ${operation.operationId}`,
    method: operation.method.toUpperCase(),
    route: operation.route,
    coverageLink: linkFrom(page, coveragePage(operation.methodName)),
    referenceLink: operationInReference(page, operation),
    required: groups((part) => part.required),
    optional: groups((part) => part.supported.filter((field) => !part.required.includes(field))),
    returned: support.response,
    values,
    notes: allFields.flatMap(({ part, field }) => (field.notes?.[slug] ? [{ part, field: field.name, note: field.notes[slug] }] : [])),
    minimal: minimalExample(model, operation, slug),
  };
}

/**
 * The smallest valid request, as HTTP and as a call of the generated client. The HTTP request has
 * the headers the client sends (CONTRACT.md section 4), the token as the reference pages write it.
 */
function minimalExample(model: ApiModel, operation: OperationModel, slug: string): OperationNeeds['minimal'] {
  const request = minimalRequest(operation, slug);
  const query = request.query && Object.keys(request.query).length > 0 ? `?${serializeQuery(request.query)}` : '';
  const url = `${model.serverUrl ?? ''}${serializePath(operation.route, request.path ?? {})}${query}`;
  return {
    httpRequest: [`${operation.method.toUpperCase()} ${url}`, 'Authorization: Bearer <your_api_token>', 'Accept: application/json'].join('\n'),
    body: request.body ? JSON.stringify(request.body, null, 2) : undefined,
    clientCall: `await client.${operation.methodName}(${valueLiteral({ integration: slug, ...request })});`,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The integrations in the order people look them up: by display name. */
export function integrationsByName(model: ApiModel): IntegrationModel[] {
  const names = new Map(model.integrations.map((integration) => [integration.slug, integration.name]));
  const bySlug = new Map(model.integrations.map((integration) => [integration.slug, integration]));
  return sortByDisplayName([...bySlug.keys()], names).map((slug) => bySlug.get(slug)!);
}
