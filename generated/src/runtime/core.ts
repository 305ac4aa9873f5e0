import createClient from 'openapi-fetch';
import type { Client, Middleware } from 'openapi-fetch';
import { ApiPromise, type WithResponse } from './api-promise.js';
import { authentication, BEARER_TOKEN, type Security } from './auth.js';
import { encodeBody, serializeRawBody } from './body.js';
import { ApiError, InvalidResponseError, RequestValidationError, type OperationRef } from './errors.js';
import { mediaKind } from './media.js';
import { checkBaseUrl, checkCredentials, checkRequestOptions, checkRetries, checkTimeout, type Credentials, type RequestOptions } from './options.js';
import { cookieHeader, headerParameters } from './parameters.js';
import { serializePath } from './path.js';
import { serializeQuery } from './query.js';
import type { HttpMethod, OperationTable } from './table.js';
import { createTransport, type TransportOptions } from './transport.js';
import { validateRequest, type OperationRequest } from './validate.js';

/** The client's options other than its credentials, which each API names after its security schemes. */
export interface ConnectionOptions {
  /** Where requests go. Default: the spec's first server URL, when it has an absolute one. */
  baseUrl?: string | undefined;
  /** The fetch to send requests with; the global one by default. */
  fetch?: typeof fetch | undefined;
  /** Limit for each attempt, from sending the request to the end of the answer's body. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Retries of a 429 or 503 answer. Default 2. */
  maxRetries?: number | undefined;
  /** Check each request against its integration's rules before sending it. Default `true`. */
  validate?: boolean | undefined;
}

/** A request for a client bound to one integration and integrated account. */
export type BoundInput = Omit<OperationRequest, 'integration'>;

/** What the core knows of the API besides its operations. */
export interface ApiDescription {
  /** Every integration slug, to tell an unknown integration from one that lacks an operation. */
  integrations?: readonly string[] | undefined;
  /** How the API authenticates. Default: a bearer token, required (`token`). */
  security?: Security | undefined;
}

export interface BindDefaults {
  /** Sent as `query.integrated_account_id` by the operations that take it. */
  integratedAccountId?: string | undefined;
}

/** The operations of one integration, by operationId. The generated code gives them their types. */
export type BoundOperations = Record<string, (request?: BoundInput, options?: RequestOptions) => ApiPromise<unknown>>;

export interface Core<Paths extends {}> {
  /** The openapi-fetch client, with the same authentication, serialisation, timeout and retries. */
  readonly raw: Client<Paths>;
  /**
   * Checks and sends one request; resolves to the parsed answer, throws `ApiError` on a non-2xx.
   * `Result` is not checked: the generated methods name the type their operation's table promises.
   */
  send<Result = unknown>(operationId: string, request: OperationRequest, options?: RequestOptions): ApiPromise<Result>;
  /**
   * The operations `integration` supports, with `query.integrated_account_id` filled in when given.
   * `Operations` is not checked: the generated client names the typed view of the same tables.
   */
  bind<Operations = BoundOperations>(integration: string, defaults: BindDefaults): Operations;
  /** Adds openapi-fetch middleware to every call: the typed methods, bound clients' and `raw`'s. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware that `use` added. */
  eject(...middleware: Middleware[]): void;
}

/** `raw.request` as `send` calls it: with routes and methods read from the tables, not literals. */
type UntypedRequest = (
  method: HttpMethod,
  route: string,
  init: {
    params: { path: object; query: object | undefined };
    body: BodyInit | undefined;
    bodySerializer: (body: BodyInit) => BodyInit;
    headers: Headers;
    signal: AbortSignal | undefined;
    fetch: typeof fetch;
    parseAs: 'stream';
  },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Keys that belong in a call's options, not in its request: a common slip, caught early. */
const OPTION_KEYS_IN_REQUEST = ['signal', 'headers', 'timeoutMs', 'maxRetries'];

/** Answers that have no body, whatever their headers say. */
const NO_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * The client all generated methods go through. `operations` holds each operation's table by
 * operationId; `api` what else the client needs to know: the integrations and the security schemes.
 */
export function createCore<Paths extends {}>(
  options: ConnectionOptions & Credentials,
  operations: Readonly<Record<string, OperationTable>>,
  api: ApiDescription = {},
): Core<Paths> {
  const security = api.security ?? BEARER_TOKEN;
  const knownIntegrations = api.integrations;
  if (typeof options !== 'object' || options === null) {
    const needed = security.required.length > 0 ? ` with ${security.required.join(' and ')}` : '';
    throw new TypeError(`createClient: options must be an object${needed}`);
  }
  const credentials = checkCredentials(options, security.required);
  const baseUrl = checkBaseUrl(options.baseUrl);
  const defaults: TransportOptions = {
    fetch: options.fetch,
    timeoutMs: checkTimeout('createClient', options.timeoutMs),
    maxRetries: checkRetries('createClient', options.maxRetries),
  };
  const raw = createClient<Paths>({
    baseUrl,
    headers: { Accept: 'application/json' },
    querySerializer: serializeQuery,
    pathSerializer: serializePath,
    bodySerializer: serializeRawBody,
    fetch: createTransport(defaults),
  });
  // The first middleware, so that the caller's own see each request as it is sent.
  if (Object.keys(credentials).length > 0) raw.use(authentication(security, credentials, operations));
  const request = raw.request as unknown as UntypedRequest;
  const validate = options.validate ?? true;

  async function call<Result>(operationId: string, input: OperationRequest, given: RequestOptions | undefined): Promise<WithResponse<Result>> {
    const table = Object.hasOwn(operations, operationId) ? operations[operationId] : undefined;
    if (table === undefined) throw new TypeError(`Unknown operation "${operationId}"`);
    const settings = checkRequestOptions(operationId, given);
    const misplaced = OPTION_KEYS_IN_REQUEST.find((key) => typeof input === 'object' && input !== null && Object.hasOwn(input, key));
    if (misplaced !== undefined) {
      throw new TypeError(`${operationId}: ${misplaced} is a call option: pass it in the second argument, not in the request`);
    }
    if (validate) {
      const issues = validateRequest(table, input, knownIntegrations);
      if (issues.length > 0) throw new RequestValidationError(issues, operationId);
    }
    const transport = createTransport({
      ...defaults,
      signal: settings.signal,
      timeoutMs: settings.timeoutMs ?? defaults.timeoutMs,
      maxRetries: settings.maxRetries ?? defaults.maxRetries,
    });
    let prepared: { headers: Headers; body: BodyInit | undefined };
    try {
      prepared = prepare(table, input, settings.headers);
    } catch (failure) {
      rethrowForOperation(operationId, failure);
    }
    // `path` is always given so that a missing parameter throws even when validation is off.
    const { error, response } = await request(table.method, table.route, {
      params: { path: input.path ?? {}, query: input.query },
      body: prepared.body,
      bodySerializer: (body) => body,
      headers: prepared.headers,
      signal: settings.signal,
      fetch: transport,
      parseAs: 'stream',
    }).catch((failure: unknown) => rethrowForOperation(operationId, failure));
    const operation: OperationRef = { operationId, method: table.method, route: table.route };
    if (!response.ok) throw new ApiError(operation, response, error);
    return { data: (await readData(operation, table, response)) as Result, response };
  }

  function send<Result>(operationId: string, input: OperationRequest, given?: RequestOptions): ApiPromise<Result> {
    return new ApiPromise(call<Result>(operationId, input, given));
  }

  function bind<Operations>(integration: string, { integratedAccountId }: BindDefaults): Operations {
    if (knownIntegrations !== undefined && !knownIntegrations.includes(integration)) {
      const message = `"${integration}" is not a known integration`;
      throw new RequestValidationError([{ path: 'integration', code: 'unknown_integration', message }]);
    }
    const bound: BoundOperations = {};
    for (const [operationId, table] of Object.entries(operations)) {
      if (table.integrations !== undefined && !table.integrations.includes(integration)) continue;
      const fillsAccount =
        integratedAccountId !== undefined &&
        table.parts.query !== undefined &&
        Object.hasOwn(table.parts.query, 'integrated_account_id');
      bound[operationId] = (input = {}, given) =>
        send(
          operationId,
          {
            ...input,
            integration,
            query: fillsAccount ? { ...input.query, integrated_account_id: integratedAccountId } : input.query,
          },
          given,
        );
    }
    return bound as Operations;
  }

  return {
    raw,
    send,
    bind,
    use: (...middleware) => raw.use(...middleware),
    eject: (...middleware) => raw.eject(...middleware),
  };
}

/** The serialisers know the field, not the operation: their `RequestValidationError` gets its name. */
function rethrowForOperation(operationId: string, failure: unknown): never {
  if (failure instanceof RequestValidationError && failure.operationId === undefined) {
    throw new RequestValidationError(failure.issues, operationId, { cause: failure.cause });
  }
  throw failure;
}

/**
 * A call's headers and body: `Accept` for the answer it reads, the body written in its media type
 * (`Content-Type` with it, but for multipart, whose boundary fetch writes), the header and cookie
 * parameters, then the call's own `headers`, which win.
 */
function prepare(table: OperationTable, input: OperationRequest, callHeaders: Record<string, string> | undefined): { headers: Headers; body: BodyInit | undefined } {
  const headers = new Headers();
  if (table.responseType !== undefined) headers.set('Accept', table.responseType);
  let body: BodyInit | undefined;
  if (input.body !== undefined) {
    const contentType = input.contentType ?? table.contentTypes?.[0] ?? 'application/json';
    const encoded = encodeBody(input.body, contentType, table.encoding?.[contentType]);
    body = encoded.body;
    if (encoded.contentType !== undefined) headers.set('Content-Type', encoded.contentType);
  }
  for (const [name, value] of headerParameters(input.header)) headers.set(name, value);
  const cookie = cookieHeader(input.cookie);
  if (cookie !== undefined) headers.set('Cookie', cookie);
  for (const [name, value] of Object.entries(callHeaders ?? {})) headers.set(name, value);
  return { headers, body };
}

/**
 * The data of a 2xx answer, read as the operation's response media type says (media.ts): JSON
 * parsed, text as a string, anything else as a `Blob`; for a wildcard type, as the answer's own
 * `Content-Type` says. An answer without a body (204, an empty `Content-Length`, a HEAD) is
 * `undefined`.
 */
async function readData(operation: OperationRef, table: OperationTable, response: Response): Promise<unknown> {
  if (NO_BODY_STATUSES.has(response.status) || table.method === 'head') return parseJson(operation, table, response, '');
  const declared = table.responseType ?? 'application/json';
  const kind = mediaKind(declared);
  if (kind === 'binary') return response.blob();
  if (kind === 'text' || kind === 'form' || kind === 'multipart') return response.text();
  if (kind === 'json') return parseJson(operation, table, response, await response.text());
  // A wildcard: the answer says what it is.
  const actual = mediaKind(response.headers.get('content-type') ?? 'text/plain');
  if (actual === 'json') return parseJson(operation, table, response, await response.text());
  if (actual === 'binary') return response.blob();
  const text = await response.text();
  return text === '' ? undefined : text;
}

/**
 * JSON, or `undefined` when the answer is empty and the operation returns nothing. A body that is
 * not JSON, or an empty one where the operation's table lists the fields it returns, is an
 * `InvalidResponseError` rather than a value that contradicts the method's type.
 */
function parseJson(operation: OperationRef, table: OperationTable, response: Response, body: string): unknown {
  if (body.trim() === '') {
    if (table.response === undefined) return undefined;
    throw new InvalidResponseError(operation, response, body, 'with an empty body; the operation returns a JSON object');
  }
  try {
    return JSON.parse(body);
  } catch (cause) {
    const type = response.headers.get('content-type');
    const what = type === null ? 'a body' : `a ${type.split(';')[0]!.trim()} body`;
    throw new InvalidResponseError(operation, response, body, `with ${what} that is not valid JSON`, { cause });
  }
}
