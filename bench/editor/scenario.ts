/**
 * The small file someone is editing: three calls of the API (three create operations, for an
 * integration early, midway and late in each operation's list), written two ways that make the same
 * requests: through the generated client (`ours`) and through plain openapi-fetch over the same
 * `paths` (`baseline`). The benchmark edits these files as typing would and asks a language server
 * for what an editor asks at each call:
 *
 * | request              | ours                                | baseline (openapi-fetch)         |
 * | -------------------- | ----------------------------------- | -------------------------------- |
 * | completion-body      | `body: { <required keys>, \| }`      | the same                         |
 * | completion-integration | `integration: '\|'` (just emptied) | `api.POST('\|', ...)`: the route, its discriminant |
 * | completion-query     | `query: { integrated_account_id, \| }` | `params: { query: { ..., \| } }` |
 * | hover-method         | on `createUser`                     | on `POST`                        |
 * | hover-response       | on `response`                       | on `data`                        |
 * | diagnostics          | the file's semantic diagnostics     | the same                         |
 * | diagnostics-one-call | those of a second file holding only the first call | the same        |
 *
 * Every measurement follows an edit of the call's request literal (its account id changes), so
 * every request is answered by a fresh checker, as after a keystroke.
 */
import { IDENTIFIER, literal, propertyKey } from '../consumer.ts';
import { ACCOUNT_PARAMETER, minimalRequests, type OperationRequests, type Request } from '../requests.ts';

export const REQUEST_KINDS = [
  'completion-body',
  'completion-integration',
  'completion-query',
  'hover-method',
  'hover-response',
  'diagnostics',
  'diagnostics-one-call',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_LABELS: Record<RequestKind, string> = {
  'completion-body': 'completion in `body: { | }`',
  'completion-integration': "completion at `integration: '|'`",
  'completion-query': 'completion in `query: { | }`',
  'hover-method': 'hover on the method',
  'hover-response': 'hover on the response',
  diagnostics: 'semantic diagnostics of the file (3 calls)',
  'diagnostics-one-call': 'semantic diagnostics of a one-call file',
};

export type Flavor = 'ours' | 'baseline';
export const FLAVORS: Flavor[] = ['ours', 'baseline'];

export interface CallSite {
  operation: OperationRequests;
  integration: string;
  request: Request;
}

/** The file as it stands after an edit: per call site, the account id it ends with; one site may have its integration emptied. */
export interface EditState {
  accounts: number[];
  /** The site whose `integration` (baseline: route) is the empty string, as while typing it. */
  emptied?: number;
}

export interface BuiltFile {
  text: string;
  /** `${site}:${kind}` -> the offset the request is made at. */
  marks: Map<string, number>;
}

/** Three create operations, spread over the spec, each for an integration at a different place in its list. */
export function callSites(spec: Record<string, unknown>): CallSite[] {
  const creates = minimalRequests(spec).filter((op) => op.method === 'post' && op.requests.size > 0);
  if (creates.length === 0) throw new Error('the editor benchmark needs create (POST) operations in the spec');
  const picks = [0, Math.floor(creates.length / 2), creates.length - 1];
  return picks.map((index, site) => {
    const operation = creates[index]!;
    const slugs = [...operation.requests.keys()];
    const integration = slugs[Math.floor((site * (slugs.length - 1)) / 2)]!;
    return { operation, integration, request: operation.requests.get(integration)! };
  });
}

/** A text with named offsets, built piece by piece. */
class Writer {
  text = '';
  marks = new Map<string, number>();
  write(...pieces: string[]): this {
    this.text += pieces.join('');
    return this;
  }
  mark(name: string): this {
    this.marks.set(name, this.text.length);
    return this;
  }
}

export function buildFile(flavor: Flavor, sites: CallSite[], state: EditState, packageDir: string): BuiltFile {
  const out = new Writer();
  out.write('// Written by bench/editor/scenario.ts for the editor benchmark. Do not edit.\n');
  if (flavor === 'ours') {
    out.write(`import { createClient } from '${packageDir}/dist/index.js';\n\nconst client = createClient({ token: 'bench' });\n`);
  } else {
    out.write(
      `import createClient from 'openapi-fetch';\nimport type { paths } from '${packageDir}/dist/paths.js';\n\n`,
      `const api = createClient<paths>({ baseUrl: 'https://api.truto.one' });\n`,
    );
  }
  sites.forEach((site, index) => {
    out.write(`\nexport async function call${index}(): Promise<void> {\n`);
    const emptied = state.emptied === index;
    if (flavor === 'ours') oursCall(out, site, index, state.accounts[index]!, emptied);
    else baselineCall(out, site, index, state.accounts[index]!, emptied);
    out.write('}\n');
  });
  return { text: out.text, marks: out.marks };
}

function oursCall(out: Writer, site: CallSite, index: number, account: number, emptied: boolean): void {
  const { request, operation } = site;
  out.write('  const ').mark(`${index}:hover-response`).write('response = await client.').mark(`${index}:hover-method`);
  out.write(operation.operationId, "({\n    integration: '").mark(`${index}:completion-integration`);
  out.write(emptied ? '' : site.integration, "',\n");
  out.write('    query: ');
  objectWithCursor(out, `${index}:completion-query`, queryWith(request.query, account));
  out.write(',\n    body: ');
  objectWithCursor(out, `${index}:completion-body`, request.body ?? {});
  out.write(',\n');
  out.write('  });\n');
  const key = request.responseKey;
  if (key !== undefined) out.write(`  response${access(key)};\n`);
}

function baselineCall(out: Writer, site: CallSite, index: number, account: number, emptied: boolean): void {
  const { plain, responseKey } = site.request;
  const { operation } = site;
  out.write('  const { ').mark(`${index}:hover-response`).write('data } = await api.').mark(`${index}:hover-method`);
  out.write(operation.method.toUpperCase(), "('").mark(`${index}:completion-integration`);
  out.write(emptied ? '' : operation.route, "', {\n");
  out.write('    params: {\n');
  if (plain.path) out.write(`      path: ${literal(plain.path)},\n`);
  out.write('      query: ');
  objectWithCursor(out, `${index}:completion-query`, queryWith(plain.query, account));
  out.write(',\n    },\n    body: ');
  objectWithCursor(out, `${index}:completion-body`, plain.body ?? {});
  out.write(',\n');
  out.write('  });\n');
  if (responseKey !== undefined) out.write(`  data?${access(responseKey, true)};\n`);
}

/** `{ a: 1, b: 2, | }`: the object's own keys, then the cursor where the next key would be typed. */
function objectWithCursor(out: Writer, mark: string, object: Record<string, unknown>): void {
  const entries = Object.entries(object).map(([key, value]) => `${propertyKey(key)}: ${literal(value)}, `);
  out.write('{ ', ...entries).mark(mark).write('}');
}

/** The account id ends with the edit's number: each edit changes the request literal. */
function queryWith(query: Record<string, unknown> | undefined, account: number): Record<string, unknown> {
  const id = String(query?.[ACCOUNT_PARAMETER] ?? 'account');
  return { ...query, [ACCOUNT_PARAMETER]: `${id}-${account}` };
}

function access(key: string, optional = false): string {
  if (IDENTIFIER.test(key)) return `.${key}`;
  return `${optional ? '.' : ''}[${JSON.stringify(key)}]`;
}
