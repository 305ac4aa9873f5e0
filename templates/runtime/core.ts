import createClient from 'openapi-fetch';
import type { Client, Middleware } from 'openapi-fetch';
import { ApiPromise, type WithResponse } from './api-promise.js';
import { ApiError, InvalidResponseError, RequestValidationError, type OperationRef } from './errors.js';
import { checkBaseUrl, checkRequestOptions, checkRetries, checkTimeout, checkToken, type RequestOptions } from './options.js';
import { serializePath } from './path.js';
import { serializeBody } from './body.js';
import { serializeQuery } from './query.js';
import type { HttpMethod, OperationTable } from './table.js';
import { createTransport, type TransportOptions } from './transport.js';
import { validateRequest, type OperationRequest } from './validate.js';

export interface ClientOptions {
  /** The API token, sent as `Authorization: Bearer <token>`. */
  token: string;
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
    body: unknown;
    headers: Record<string, string> | undefined;
    signal: AbortSignal | undefined;
    fetch: typeof fetch;
    parseAs: 'text';
  },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Keys that belong in a call's options, not in its request: a common slip, caught early. */
const OPTION_KEYS_IN_REQUEST = ['signal', 'timeoutMs', 'maxRetries'];

/**
 * The client all generated methods go through. `operations` holds each operation's table by
 * operationId; `knownIntegrations` lists every slug of the API, to tell an unknown integration from one
 * that lacks an operation.
 */
export function createCore<Paths extends {}>(
  options: ClientOptions,
  operations: Readonly<Record<string, OperationTable>>,
  knownIntegrations?: readonly string[],
): Core<Paths> {
  if (typeof options !== 'object' || options === null) throw new TypeError('createClient: options must be an object with a token');
  const token = checkToken(options.token);
  const baseUrl = checkBaseUrl(options.baseUrl);
  const defaults: TransportOptions = {
    fetch: options.fetch,
    timeoutMs: checkTimeout('createClient', options.timeoutMs),
    maxRetries: checkRetries('createClient', options.maxRetries),
  };
  const raw = createClient<Paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    querySerializer: serializeQuery,
    pathSerializer: serializePath,
    bodySerializer: serializeBody,
    fetch: createTransport(defaults),
  });
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
    // `path` is always given so that a missing parameter throws even when validation is off.
    const { error, response, data } = await request(table.method, table.route, {
      params: { path: input.path ?? {}, query: input.query },
      body: input.body,
      headers: settings.headers,
      signal: settings.signal,
      fetch: transport,
      parseAs: 'text',
    }).catch((failure: unknown) => {
      // The serialisers know the field, not the operation.
      if (failure instanceof RequestValidationError && failure.operationId === undefined) {
        throw new RequestValidationError(failure.issues, operationId, { cause: failure.cause });
      }
      throw failure;
    });
    const operation: OperationRef = { operationId, method: table.method, route: table.route };
    if (!response.ok) throw new ApiError(operation, response, error);
    return { data: parseData(operation, table, response, data) as Result, response };
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

/**
 * The data of a 2xx answer, from its text (openapi-fetch hands it over unparsed, `parseAs: 'text'`,
 * or `undefined` for a 204 or an empty `Content-Length`): JSON, or `undefined` when the answer is
 * empty and the operation returns nothing. A body that is not JSON, or an empty one where the
 * operation's table lists the fields it returns, is an `InvalidResponseError` rather than a value
 * that contradicts the method's type.
 */
function parseData(operation: OperationRef, table: OperationTable, response: Response, text: unknown): unknown {
  const body = typeof text === 'string' ? text : '';
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
