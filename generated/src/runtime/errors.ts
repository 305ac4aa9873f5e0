/**
 * Every error the client throws. They share one base class so that a single `instanceof
 * UnifiedApiError` catches them all; where something else failed first (a JSON parser, the network,
 * the caller's abort), `cause` keeps it. None of them keeps the request itself: its headers carry the
 * bearer token, and error objects end up in logs.
 *
 * Options the client cannot honour (a `maxRetries` of `Infinity`, a token with a line break) are
 * programming errors, not failures of a call: those are `TypeError`s, as Node's own APIs throw.
 */

/** Base class of the client's errors. */
export class UnifiedApiError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The operation a request was made for, as the error messages name it. */
export interface OperationRef {
  readonly operationId: string;
  readonly method: string;
  readonly route: string;
}

/** The server answered with a non-2xx status. */
export class ApiError extends UnifiedApiError {
  readonly status: number;
  /** The answer's body: parsed when it is JSON, the text otherwise, `undefined` when empty. */
  readonly body: unknown;
  readonly headers: Headers;

  constructor(operation: OperationRef, response: Response, body: unknown) {
    super(`${describeOperation(operation)} answered ${statusText(response)}`);
    this.status = response.status;
    this.body = body;
    this.headers = response.headers;
  }
}

/**
 * The server answered with a 2xx whose body is not what the operation promises: not JSON (an HTML
 * error page from a proxy, a truncated body), or empty where the operation returns an object.
 */
export class InvalidResponseError extends UnifiedApiError {
  readonly status: number;
  /** The body as text, as it arrived. */
  readonly body: string;
  readonly headers: Headers;

  constructor(operation: OperationRef, response: Response, body: string, problem: string, options?: ErrorOptions) {
    super(`${describeOperation(operation)} answered ${statusText(response)} ${problem}`, options);
    this.status = response.status;
    this.body = body;
    this.headers = response.headers;
  }
}

/** One way a request breaks the rules of its integration. */
export interface ValidationIssue {
  /** Where: `integration`, `path.id`, `query.organization_id`, `body.timezone`, `body.roles[1]`. */
  readonly path: string;
  readonly code:
    | 'unknown_integration'
    | 'unsupported_operation'
    | 'missing_required'
    | 'unsupported_field'
    | 'unsupported_value';
  /** A sentence that names the integration when the rule is the integration's. */
  readonly message: string;
}

/** The request was refused before anything was sent; `issues` holds every problem found. */
export class RequestValidationError extends UnifiedApiError {
  readonly issues: readonly ValidationIssue[];
  /** The operation the request was for, when known. */
  readonly operationId: string | undefined;

  constructor(issues: readonly ValidationIssue[], operationId?: string, options?: ErrorOptions) {
    const subject = operationId === undefined ? 'Invalid request' : `${operationId}: invalid request`;
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    const lines = issues.map((issue) => `\n  - ${issue.path} (${issue.code}): ${issue.message}`);
    super(`${subject}, not sent (${count}):${lines.join('')}`, options);
    this.issues = issues;
    this.operationId = operationId;
  }
}

/** An attempt took longer than `timeoutMs`, from sending the request to the end of its answer's body. */
export class TimeoutError extends UnifiedApiError {
  constructor(request: Request, timeoutMs: number, options?: ErrorOptions) {
    super(`${describe(request)} timed out after ${timeoutMs} ms`, options);
  }
}

/**
 * The caller's `signal` aborted the call: before it was sent, while it was under way, or while it
 * waited to retry. Nothing more is sent. `cause` is the signal's `reason`.
 */
export class AbortError extends UnifiedApiError {
  constructor(request: Request, reason: unknown) {
    super(`${describe(request)} was aborted`, { cause: reason });
  }
}

/** The request never got a whole answer: DNS failure, refused or reset connection, TLS error... */
export class ConnectionError extends UnifiedApiError {
  constructor(request: Request, cause: unknown) {
    super(`${describe(request)} failed: ${innermostMessage(cause)}`, { cause });
  }
}

function describeOperation(operation: OperationRef): string {
  return `${operation.operationId}: ${operation.method.toUpperCase()} ${operation.route}`;
}

function statusText(response: Response): string {
  return `${response.status} ${response.statusText}`.trim();
}

/** Method and URL without the query string, whose values are the caller's data. */
function describe(request: Request): string {
  const url = new URL(request.url);
  return `${request.method} ${url.origin}${url.pathname}`;
}

/** Node's fetch says only "fetch failed"; the useful part ("connect ECONNREFUSED ...") is its cause. */
function innermostMessage(error: unknown): string {
  let message = String(error);
  for (let current = error; current instanceof Error; current = current.cause) message = current.message;
  return message;
}
