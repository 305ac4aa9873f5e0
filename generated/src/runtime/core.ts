import createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import { ApiError, RequestValidationError } from './errors.js';
import { serializePath } from './path.js';
import { serializeQuery } from './query.js';
import type { HttpMethod, OperationTable } from './table.js';
import { createTransport } from './transport.js';
import { validateRequest, type OperationRequest } from './validate.js';

export interface ClientOptions {
  /** The API token, sent as `Authorization: Bearer <token>`. */
  token: string;
  /** Where requests go. Default: the spec's first server URL, when it has an absolute one. */
  baseUrl?: string | undefined;
  /** The fetch to send requests with; the global one by default. */
  fetch?: typeof fetch | undefined;
  /** Limit for each attempt, until the answer's headers arrive. Default 60 000. */
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
export type BoundOperations = Record<string, (request?: BoundInput) => Promise<unknown>>;

export interface Core<Paths extends {}> {
  /** The openapi-fetch client, with the same authentication, serialisation, timeout and retries. */
  readonly raw: Client<Paths>;
  /**
   * Checks and sends one request; resolves to the parsed answer, throws `ApiError` on a non-2xx.
   * `Result` is not checked: the generated methods name the type their operation's table promises.
   */
  send<Result = unknown>(operationId: string, request: OperationRequest): Promise<Result>;
  /**
   * The operations `integration` supports, with `query.integrated_account_id` filled in when given.
   * `Operations` is not checked: the generated client names the typed view of the same tables.
   */
  bind<Operations = BoundOperations>(integration: string, defaults: BindDefaults): Operations;
}

/** `raw.request` as `send` calls it: with routes and methods read from the tables, not literals. */
type UntypedRequest = (
  method: HttpMethod,
  route: string,
  init: { params: { path: object; query: object | undefined }; body: unknown },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

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
  if (!options.baseUrl) throw new TypeError('createClient: baseUrl is required (the spec names no absolute server URL)');
  const raw = createClient<Paths>({
    baseUrl: options.baseUrl,
    headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
    querySerializer: serializeQuery,
    pathSerializer: serializePath,
    fetch: createTransport({ fetch: options.fetch, timeoutMs: options.timeoutMs, maxRetries: options.maxRetries }),
  });
  const request = raw.request as unknown as UntypedRequest;
  const validate = options.validate ?? true;

  async function send<Result>(operationId: string, input: OperationRequest): Promise<Result> {
    const table = Object.hasOwn(operations, operationId) ? operations[operationId] : undefined;
    if (table === undefined) throw new TypeError(`Unknown operation "${operationId}"`);
    if (validate) {
      const issues = validateRequest(table, input, knownIntegrations);
      if (issues.length > 0) throw new RequestValidationError(issues, operationId);
    }
    // `path` is always given so that a missing parameter throws even when validation is off.
    const { data, error, response } = await request(table.method, table.route, {
      params: { path: input.path ?? {}, query: input.query },
      body: input.body,
    });
    if (!response.ok) throw new ApiError({ operationId, method: table.method, route: table.route }, response, error);
    return data as Result;
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
      bound[operationId] = (input = {}) =>
        send(operationId, {
          ...input,
          integration,
          query: fillsAccount ? { ...input.query, integrated_account_id: integratedAccountId } : input.query,
        });
    }
    return bound as Operations;
  }

  return { raw, send, bind };
}
