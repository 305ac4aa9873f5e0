/**
 * The two files whose type-check the benchmark times, making the same calls:
 *
 * - `consumer.ts`: every operation for every integration that supports it through the generated
 *   client, once as `client.<op>({ integration, ... })` (one function per operation) and once through
 *   `client.forIntegration(slug, ...)` (one function per integration, as an app holding one account
 *   would write it);
 * - `baseline.ts`: the same requests, in the same two groupings, through plain openapi-fetch over the
 *   same `paths` (`api.GET('/route', { params: { path, query }, body })`).
 *
 * Each call reads one key of its response, so that the response type is resolved as an editor would.
 * Both files must type-check without errors; the harness fails loudly otherwise.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNT_PARAMETER, minimalRequests, type OperationRequests, type Request } from './requests.ts';

type Json = Record<string, unknown>;

export interface ConsumerFiles {
  /** Calls in each file: twice (operations, then integrations) the supported pairs. */
  calls: number;
  tsconfigs: { consumer: string; baseline: string };
}

/**
 * Writes the two files and a tsconfig for each into `dir`, for the package generated in
 * `dir/<packageDir>`. `dir` must lie inside the repository, so that `openapi-fetch` resolves from its
 * node_modules for both files.
 */
export function writeConsumerFiles(spec: Json, dir: string, packageDir: string): ConsumerFiles {
  const operations = minimalRequests(spec);
  const byIntegration = groupByIntegration(operations);
  writeFileSync(join(dir, 'consumer.ts'), consumerSource(operations, byIntegration, packageDir));
  writeFileSync(join(dir, 'baseline.ts'), baselineSource(operations, byIntegration, packageDir));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }, null, 2) + '\n');
  const tsconfigs = { consumer: join(dir, 'tsconfig.consumer.json'), baseline: join(dir, 'tsconfig.baseline.json') };
  writeFileSync(tsconfigs.consumer, tsconfig('consumer.ts'));
  writeFileSync(tsconfigs.baseline, tsconfig('baseline.ts'));
  const pairs = operations.reduce((sum, op) => sum + op.requests.size, 0);
  return { calls: 2 * pairs, tsconfigs };
}

/**
 * A strict application's settings, as `tsc --init` would leave them (skipLibCheck on): what is timed
 * is checking the calls, not re-checking the package's declarations.
 */
function tsconfig(file: string): string {
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  return JSON.stringify({ compilerOptions, files: [file] }, null, 2) + '\n';
}

interface BoundCall {
  operation: OperationRequests;
  request: Request;
}

function groupByIntegration(operations: OperationRequests[]): Map<string, BoundCall[]> {
  const groups = new Map<string, BoundCall[]>();
  for (const operation of operations) {
    for (const [slug, request] of operation.requests) {
      const list = groups.get(slug) ?? groups.set(slug, []).get(slug)!;
      list.push({ operation, request });
    }
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const HEADER = '// Written by bench/consumer.ts for the type-check benchmark. Do not edit.\n';

function consumerSource(operations: OperationRequests[], byIntegration: Map<string, BoundCall[]>, packageDir: string): string {
  const out = [HEADER, `import { createClient } from './${packageDir}/dist/index.js';`, '', `const client = createClient({ token: 'bench' });`, ''];
  operations.forEach((operation, index) => {
    out.push(`// ${operation.operationId}: ${operation.requests.size} integrations`, `export async function operation${index}(): Promise<void> {`);
    for (const [slug, request] of operation.requests) {
      const argument = literal({ integration: slug, ...parts(request) });
      out.push(...callBlock(`await client.${operation.operationId}(${argument})`, 'response', request));
    }
    out.push('}', '');
  });
  let index = 0;
  for (const [slug, calls] of byIntegration) {
    const accountId = calls.find((call) => call.request.query?.[ACCOUNT_PARAMETER] !== undefined)?.request.query?.[ACCOUNT_PARAMETER];
    const options = accountId === undefined ? '' : `, { integratedAccountId: ${literal(accountId)} }`;
    out.push(`export async function integration${index++}(): Promise<void> {`, `  const bound = client.forIntegration(${literal(slug)}${options});`);
    for (const { operation, request } of calls) {
      out.push(...callBlock(`await bound.${operation.operationId}(${literal(boundParts(request))})`, 'response', request));
    }
    out.push('}', '');
  }
  return out.join('\n');
}

function baselineSource(operations: OperationRequests[], byIntegration: Map<string, BoundCall[]>, packageDir: string): string {
  const out = [
    HEADER,
    `import createClient from 'openapi-fetch';`,
    `import type { paths } from './${packageDir}/dist/paths.js';`,
    '',
    `const api = createClient<paths>({ baseUrl: 'https://api.truto.one' });`,
    '',
  ];
  const call = (operation: OperationRequests, request: Request) => {
    const { path, query, body } = request.plain;
    const params = { ...(path ? { path } : {}), ...(query ? { query } : {}) };
    const init = { ...(Object.keys(params).length ? { params } : {}), ...(body ? { body } : {}) };
    return `await api.${operation.method.toUpperCase()}(${literal(operation.route)}, ${literal(init)})`;
  };
  operations.forEach((operation, index) => {
    out.push(`// ${operation.operationId}: ${operation.requests.size} integrations`, `export async function operation${index}(): Promise<void> {`);
    for (const request of operation.requests.values()) out.push(...callBlock(call(operation, request), '{ data }', request, 'data', true));
    out.push('}', '');
  });
  let index = 0;
  for (const calls of byIntegration.values()) {
    out.push(`export async function integration${index++}(): Promise<void> {`);
    for (const { operation, request } of calls) out.push(...callBlock(call(operation, request), '{ data }', request, 'data', true));
    out.push('}', '');
  }
  return out.join('\n');
}

/** `{ const response = await ...; response.key; }`: a block per call, so names do not clash. */
function callBlock(expression: string, binding: string, request: Request, object = 'response', optional = false): string[] {
  const key = request.responseKey;
  const access = key === undefined ? undefined : IDENTIFIER.test(key) ? `${optional ? '?.' : '.'}${key}` : `${optional ? '?.' : ''}[${literal(key)}]`;
  return ['  {', `    const ${binding} = ${expression};`, ...(access ? [`    ${object}${access};`] : []), '  }'];
}

function parts(request: Request): Json {
  const { path, query, body } = request;
  return { ...(path ? { path } : {}), ...(query ? { query } : {}), ...(body ? { body } : {}) };
}

/** Through `forIntegration`, `integrated_account_id` is filled in; an empty query is left out. */
function boundParts(request: Request): Json {
  const { [ACCOUNT_PARAMETER]: _account, ...query } = request.query ?? {};
  const { path, body } = request;
  return { ...(path ? { path } : {}), ...(Object.keys(query).length ? { query } : {}), ...(body ? { body } : {}) };
}

export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A key as an object literal writes it: bare when it is an identifier. */
export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/** A JSON value as a one-line TypeScript expression. */
export function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Json).map(([key, v]) => `${propertyKey(key)}: ${literal(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}
