import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { minimalRequest } from '../model/examples.js';
import type { ApiModel, OperationModel } from '../model/types.js';
import { INTEGRATED_ACCOUNT_PARAMETER } from './client.js';
import { valueLiteral } from './literal.js';
import { packageMetadata, type MetadataOptions } from './package-metadata.js';
import { credentialWords } from './client-auth.js';
import { authenticationSection, bodiesSection, createClientExample, credentialRows, exampleRequestCode, parametersSection } from './readme-wire.js';
import { RESERVED } from '../model/names.js';
import { codeSpan, escapeMarkdown } from '../markdown.js';

const TEMPLATES = new URL('../../templates/', import.meta.url);

export interface PackageOptions {
  name: string;
  openapiFetchVersion: string;
  metadata: MetadataOptions;
}

/** Up to this many operations, the README shows an example of each; beyond it, of the first few. */
const MAX_EXAMPLES = 12;
const LISTED_EXAMPLES = 3;

/** The generated package's `package.json` and `README.md`, from the handlebars templates. */
export function emitPackageFiles(model: ApiModel, options: PackageOptions): Record<string, string> {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('json', (value: unknown) => JSON.stringify(value ?? ''));
  // A value of its own lines inside package.json, at the depth of a top-level key.
  handlebars.registerHelper('jsonIndented', (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  '));
  const render = (file: string, context: object) =>
    handlebars.compile(readFileSync(new URL(file, TEMPLATES), 'utf8'), { noEscape: true, strict: false })(context);

  const examples = model.operations.map((op) => ({ op, example: operationExample(model, op) }));
  const first = examples[0];
  const context = {
    name: options.name,
    ...packageMetadata(model, options.metadata),
    // Plain text in the README's Markdown (the description is Markdown by OpenAPI's definition).
    apiVersion: escapeMarkdown(model.version),
    nodeVersion: NODE_VERSION,
    title: escapeMarkdown(model.title),
    description: `A typed client for ${model.title}.`,
    apiDescription: model.description?.trim(),
    openapiFetchVersion: options.openapiFetchVersion,
    baseUrl: model.serverUrl && /^https?:\/\//i.test(model.serverUrl) ? codeSpan(model.serverUrl) : '(required: the spec names no absolute server)',
    integrationCount: model.integrations.length || undefined,
    credentials: credentialRows(model),
    createClientExample: createClientExample(model),
    credentialWords: credentialWords(model),
    authentication: authenticationSection(model),
    bodies: bodiesSection(model),
    parameters: parametersSection(model),
    bindsAccount: model.operations.some((op) => op.parts.query?.fields.some((f) => f.name === INTEGRATED_ACCOUNT_PARAMETER)),
    // A long API gets a few worked examples and a table of every method, as a person would write it.
    operations: examples.slice(0, examples.length > MAX_EXAMPLES ? LISTED_EXAMPLES : examples.length).map(({ op, example }) => ({
      methodName: op.methodName,
      summary: op.summary && escapeMarkdown(op.summary),
      method: op.method.toUpperCase(),
      route: op.route,
      integrationCount: op.integrations?.length,
      example,
    })),
    operationTable:
      examples.length > MAX_EXAMPLES
        ? {
            count: examples.length,
            listed: LISTED_EXAMPLES,
            rows: model.operations.map((op) => ({
              methodName: codeSpan(op.methodName),
              endpoint: codeSpan(`${op.method.toUpperCase()} ${op.route}`),
              summary: escapeMarkdown(oneLineSummary(op)),
            })),
          }
        : undefined,
    forIntegration: first && model.integrations.length > 0 ? forIntegrationExample(model, first.op) : undefined,
    types: first && model.integrations.length > 0 ? typesExample(first.op) : undefined,
    errorExample: first ? `${first.op.methodName}(${first.example.indentedCode})` : 'someOperation()',
    callExample: first ? `${first.op.methodName}(${first.example.code})` : 'someOperation()',
    optionsExample: first
      ? `${first.op.methodName}(\n  ${first.example.indentedCode},\n  { signal: controller.signal, headers: { 'Idempotency-Key': 'order-1234' }, timeoutMs: 10_000, maxRetries: 0 },\n)`
      : 'someOperation()',
  };
  return {
    'package.json': render('package.json.hbs', context),
    'README.md': render('README.md.hbs', context),
  };
}

/**
 * The oldest Node the package runs on, tested by the consumer matrix (test/package/). Node 18 is past
 * its end of life, but teams lag and supporting it costs nothing: the runtime links abort signals by
 * hand instead of using `AbortSignal.any` (Node 18.17+), and the CommonJS build serves `require`
 * where Node cannot `require` ESM (before 20.19). See the README's "The generated package".
 */
export const NODE_VERSION = '18.0.0';

/** The integration that requires the most of an operation shows the most in one example. */
function exampleIntegration(op: OperationModel): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const [slug, view] of op.support) {
    const count = Object.values(view.parts).reduce((sum, part) => sum + part.required.length, 0);
    if (count > bestCount) {
      best = slug;
      bestCount = count;
    }
  }
  return best;
}

function operationExample(model: ApiModel, op: OperationModel) {
  const slug = exampleIntegration(op);
  const request = { ...(slug ? { integration: slug } : {}), ...minimalRequest(op, slug) };
  const required = slug ? (op.support.get(slug)?.parts.body?.required ?? []) : [];
  return {
    integrationName: slug ? model.integrations.find((i) => i.slug === slug)?.name : undefined,
    requiredList: required.length ? required.map((name) => `\`${name}\``).join(', ') : undefined,
    code: exampleRequestCode(op, request),
    indentedCode: exampleRequestCode(op, request, '  '),
  };
}

function forIntegrationExample(model: ApiModel, op: OperationModel) {
  const slug = exampleIntegration(op)!;
  const { query, ...rest } = minimalRequest(op, slug);
  const accountId = query?.[INTEGRATED_ACCOUNT_PARAMETER];
  const remainingQuery = Object.fromEntries(Object.entries(query ?? {}).filter(([key]) => key !== INTEGRATED_ACCOUNT_PARAMETER));
  const request = { ...(Object.keys(remainingQuery).length ? { query: remainingQuery } : {}), ...rest };
  const variable = /^[a-z][a-z0-9]*$/.test(slug) && !RESERVED.has(slug) ? slug : 'integration';
  return {
    variable,
    arguments: accountId === undefined ? valueLiteral(slug) : `${valueLiteral(slug)}, { integratedAccountId: ${valueLiteral(accountId)} }`,
    call: `${op.methodName}(${valueLiteral(request)})`,
  };
}

/**
 * The README's section on types, for the first operation: its exported type names, a generic wrapper
 * over it, and the message for a key its example integration does not support (when there is one).
 */
function typesExample(op: OperationModel) {
  const { typeName, methodName } = op;
  const parts = (['path', 'query', 'body'] as const).filter((part) => op.parts[part]);
  const partType = (part: string) => `${typeName}${part[0]!.toUpperCase()}${part.slice(1)}`;
  const slug = exampleIntegration(op);
  const unsupported = slug && op.parts.body?.fields.find((field) => field.supported && !field.supported.includes(slug));
  return {
    typeName,
    methodName,
    partTypes: parts.map((part) => `\`${partType(part)}<I>\``).join(', '),
    imports: [`${typeName}Integration`, ...parts.map(partType)].sort().map((name) => `type ${name}`).join(', '),
    parameters: parts.map((part) => `${part}: ${partType(part)}<I>`).join(', '),
    request: `{ integration, ${parts.join(', ')} }`,
    message: unsupported ? `'${unsupported.name}' does not exist in type '${typeName}BodyOf<"${slug}">'` : undefined,
  };
}

/**
 * What a table row says of an operation: its summary, else the first sentence of its description
 * (Stripe writes no summaries, and its descriptions are HTML), cut to a line.
 */
function oneLineSummary(operation: OperationModel): string {
  const text = (operation.summary ?? operation.description ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length <= 100 ? sentence : `${sentence.slice(0, 99).trimEnd()}…`;
}
