/**
 * The generated README's sections on what a spec's calls carry beyond a JSON body: its credentials,
 * its bodies in other media types, its answers that are not JSON, its header and cookie parameters.
 * Each is there only when the spec has what it describes; for one that takes a bearer token and JSON
 * alone (the unified spec) the README reads as before.
 */
import { exampleValue, minimalRequest } from '../model/examples.js';
import type { ApiModel, CredentialName, MediaModel, OperationModel, SecuritySchemeModel } from '../model/types.js';
import { valueLiteral } from './literal.js';

export interface CredentialRow {
  name: CredentialName;
  meaning: string;
  default: string;
}

/** The `createClient` options that carry credentials, as the options table lists them. */
export function credentialRows(model: ApiModel): CredentialRow[] {
  const of = (kind: SecuritySchemeModel['kind']) => model.auth.schemes.filter((scheme) => scheme.kind === kind);
  const rows: CredentialRow[] = [];
  const add = (name: CredentialName, meaning: string) => {
    const needed = model.auth.credentials[name];
    if (needed) rows.push({ name, meaning, default: needed === 'required' ? '(required)' : name === 'password' ? "`''`" : '(none)' });
  };
  add('token', model.auth.declared ? 'sent as `Authorization: Bearer <token>`' : 'sent as `Authorization: Bearer <token>` when given (the spec declares no security scheme)');
  const keys = of('apiKey').map(keyPlace);
  add('apiKey', keys.length === 1 ? `sent as ${keys[0]}` : `sent as ${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}, as each operation's scheme says`);
  add('username', "basic authentication's user name, sent with `password` as `Authorization: Basic ...`");
  add('password', "basic authentication's password");
  return rows;
}

function keyPlace(scheme: SecuritySchemeModel): string {
  const where = scheme.in === 'header' ? 'header' : scheme.in === 'query' ? 'query parameter' : 'cookie';
  return `the \`${scheme.parameterName}\` ${where}`;
}

/** The README's first call of `createClient`: the credential every operation needs, else the first there is. */
export function createClientExample(model: ApiModel): string {
  const rows = credentialRows(model);
  const row = rows.find((candidate) => candidate.default === '(required)') ?? rows[0]!;
  const variable = { token: 'API_TOKEN', apiKey: 'API_KEY', username: 'API_USER', password: 'API_PASSWORD' }[row.name];
  return `createClient({ ${row.name}: process.env.${variable}! })`;
}

/**
 * The section on authentication, for a spec that does more than send one bearer token everywhere:
 * its schemes and the options they take, the operations that take none.
 */
export function authenticationSection(model: ApiModel) {
  const { schemes, declared, implied } = model.auth;
  const anonymous = model.operations.filter((operation) => operation.security.length === 0);
  const plain = schemes.length === 1 && schemes[0]!.kind === 'bearer' && !model.operations.some((operation) => operation.ownSecurity) && !implied;
  if (!declared || plain) return undefined;
  return {
    schemes: schemes.map((scheme) => {
      const takes =
        scheme.kind === 'bearer'
          ? '`token`, as `Authorization: Bearer <token>`'
          : scheme.kind === 'basic'
            ? '`username` and `password`, as `Authorization: Basic ...`'
            : `\`apiKey\`, as ${keyPlace(scheme)}`;
      return `\`${scheme.name}\`: ${takes}`;
    }),
    anonymous: anonymous.length > 0 ? anonymous.map((operation) => `\`${operation.methodName}\``).join(', ') : undefined,
    implied,
  };
}

/** The section on request bodies and answers that are not JSON, with an example of each kind the spec has. */
export function bodiesSection(model: ApiModel) {
  const first = (test: (operation: OperationModel) => boolean) => model.operations.find(test);
  const takes = (kind: MediaModel['kind']) => first((operation) => (operation.parts.body?.media ?? []).some((media) => media.kind === kind));
  const form = takes('form');
  const multipart = takes('multipart');
  const raw = first((operation) => (operation.parts.body?.media ?? []).some((media) => media.kind === 'binary' || media.kind === 'text'));
  const choice = first((operation) => (operation.parts.body?.media?.length ?? 0) > 1);
  const answers = (kind: string) => first((operation) => operation.response?.kind === kind);
  const download = answers('binary');
  const text = answers('text');
  const open = answers('any');
  if (!form && !multipart && !raw && !choice && !download && !text && !open) return undefined;
  return {
    form: form && `\`${form.methodName}\``,
    multipart: multipart && { methodName: multipart.methodName, call: callExample(multipart, multipart.parts.body!.media!.find((media) => media.kind === 'multipart')!) },
    raw: raw && `\`${raw.methodName}\``,
    choice: choice && {
      methodName: choice.methodName,
      types: choice.parts.body!.media!.map((media) => `\`${media.type}\``).join(', '),
      call: callExample(choice, choice.parts.body!.media![1]!),
    },
    download: download && `\`${download.methodName}\``,
    text: text && `\`${text.methodName}\``,
    open: open && `\`${open.methodName}\``,
  };
}

/** The section on header and cookie parameters, with a call that sends one. */
export function parametersSection(model: ApiModel) {
  const operation = model.operations.find((candidate) => candidate.parts.header || candidate.parts.cookie);
  if (!operation) return undefined;
  const request: Record<string, unknown> = minimalRequest(operation, undefined);
  for (const part of ['header', 'cookie'] as const) {
    const field = operation.parts[part]?.fields[0];
    if (field && request[part] === undefined) request[part] = { [field.name]: exampleValue(field, undefined) };
  }
  return {
    cookies: model.operations.some((candidate) => candidate.parts.cookie),
    call: `${operation.methodName}(${valueLiteral(withoutBody(request, operation))})`,
  };
}

/** A raw body has no fields to show: the README writes one in code. */
const RAW_BODY = '\u0000raw body\u0000';

/**
 * An operation's example request as code: its smallest request, with a body written out where its
 * default media type takes bytes or text (which no smallest request holds).
 */
export function exampleRequestCode(operation: OperationModel, request: Record<string, unknown>, indent = ''): string {
  const media = operation.parts.body?.media?.[0];
  const raw = media !== undefined && (media.kind === 'binary' || media.kind === 'text');
  if (!raw || !operation.parts.body!.required) return valueLiteral(request, indent);
  return valueLiteral({ ...request, body: RAW_BODY }, indent).split(valueLiteral(RAW_BODY)).join(rawBodyCode(media));
}

function rawBodyCode(media: MediaModel): string {
  return media.kind === 'text' ? "'...'" : "new Blob(['...'])";
}

/** A call of the operation with its body in `media`: the smallest request, a file for a multipart body's file fields. */
function callExample(operation: OperationModel, media: MediaModel): string {
  const request: Record<string, unknown> = { ...minimalRequest(operation, undefined) };
  if (media !== operation.parts.body!.media![0]) request.contentType = media.type;
  if (media.kind === 'binary' || media.kind === 'text') request.body = RAW_BODY;
  else if (media.kind === 'multipart') {
    const fields = media.schema.fields.filter((field) => field.required === true || field.schema.format === 'binary');
    request.body = Object.fromEntries(fields.map((field) => [field.name, field.schema.format === 'binary' ? RAW_BODY : exampleValue(field, undefined)]));
  } else if (media !== operation.parts.body!.media![0]) {
    request.body = Object.fromEntries(media.schema.fields.filter((field) => field.required === true).map((field) => [field.name, exampleValue(field, undefined)]));
  }
  const code = valueLiteral(withoutBody(request, operation));
  const raw = media.kind === 'multipart' ? "new File(['...'], 'report.pdf')" : rawBodyCode(media);
  return `${operation.methodName}(${code.split(valueLiteral(RAW_BODY)).join(raw)})`;
}

/** An optional body left empty by the smallest request is left out of the example. */
function withoutBody(request: Record<string, unknown>, operation: OperationModel): Record<string, unknown> {
  const body = request.body;
  const empty = typeof body === 'object' && body !== null && Object.keys(body).length === 0 && !operation.parts.body?.required;
  if (!empty) return request;
  const { body: _body, ...rest } = request;
  return rest;
}
