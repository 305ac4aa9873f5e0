/**
 * Every error the client throws. They share one base class so that a single `instanceof
 * UnifiedApiError` catches them all, and none of them keeps the request itself: its headers carry the
 * bearer token, and error objects end up in logs.
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
    const status = `${response.status} ${response.statusText}`.trim();
    super(`${operation.operationId}: ${operation.method.toUpperCase()} ${operation.route} answered ${status}`);
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
  readonly message: string;
}

/** The request was refused before anything was sent; `issues` holds every problem found. */
export class RequestValidationError extends UnifiedApiError {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], operationId?: string) {
    const subject = operationId === undefined ? 'Invalid request' : `${operationId}: invalid request`;
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    const lines = issues.map((issue) => `\n  - ${issue.path} (${issue.code}): ${issue.message}`);
    super(`${subject}, not sent (${count}):${lines.join('')}`);
    this.issues = issues;
  }
}

/** No answer arrived within `timeoutMs`; the attempt was aborted. */
export class TimeoutError extends UnifiedApiError {
  constructor(request: Request, timeoutMs: number) {
    super(`${describe(request)} timed out after ${timeoutMs} ms`);
  }
}

/** The request never got an answer: DNS failure, refused or reset connection, TLS error... */
export class ConnectionError extends UnifiedApiError {
  constructor(request: Request, cause: unknown) {
    super(`${describe(request)} failed: ${innermostMessage(cause)}`, { cause });
  }
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
