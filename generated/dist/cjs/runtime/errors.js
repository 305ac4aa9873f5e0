"use strict";
/**
 * Every error the client throws. They share one base class so that a single `instanceof
 * UnifiedApiError` catches them all; where something else failed first (a JSON parser, the network,
 * the caller's abort), `cause` keeps it. None of them keeps the request itself: its headers carry the
 * bearer token, and error objects end up in logs.
 *
 * Options the client cannot honour (a `maxRetries` of `Infinity`, a token with a line break) are
 * programming errors, not failures of a call: those are `TypeError`s, as Node's own APIs throw.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConnectionError = exports.AbortError = exports.TimeoutError = exports.RequestValidationError = exports.InvalidResponseError = exports.ApiError = exports.UnifiedApiError = void 0;
/** Base class of the client's errors. */
class UnifiedApiError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
exports.UnifiedApiError = UnifiedApiError;
/** The server answered with a non-2xx status. */
class ApiError extends UnifiedApiError {
    status;
    /** The answer's body: parsed when it is JSON, the text otherwise, `undefined` when empty. */
    body;
    headers;
    constructor(operation, response, body) {
        super(`${describeOperation(operation)} answered ${statusText(response)}`);
        this.status = response.status;
        this.body = body;
        this.headers = response.headers;
    }
}
exports.ApiError = ApiError;
/**
 * The server answered with a 2xx whose body is not what the operation promises: not JSON (an HTML
 * error page from a proxy, a truncated body), or empty where the operation returns an object.
 */
class InvalidResponseError extends UnifiedApiError {
    status;
    /** The body as text, as it arrived. */
    body;
    headers;
    constructor(operation, response, body, problem, options) {
        super(`${describeOperation(operation)} answered ${statusText(response)} ${problem}`, options);
        this.status = response.status;
        this.body = body;
        this.headers = response.headers;
    }
}
exports.InvalidResponseError = InvalidResponseError;
/** The request was refused before anything was sent; `issues` holds every problem found. */
class RequestValidationError extends UnifiedApiError {
    issues;
    /** The operation the request was for, when known. */
    operationId;
    constructor(issues, operationId, options) {
        const subject = operationId === undefined ? 'Invalid request' : `${operationId}: invalid request`;
        const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
        const lines = issues.map((issue) => `\n  - ${issue.path} (${issue.code}): ${issue.message}`);
        super(`${subject}, not sent (${count}):${lines.join('')}`, options);
        this.issues = issues;
        this.operationId = operationId;
    }
}
exports.RequestValidationError = RequestValidationError;
/** An attempt took longer than `timeoutMs`, from sending the request to the end of its answer's body. */
class TimeoutError extends UnifiedApiError {
    constructor(request, timeoutMs, options) {
        super(`${describe(request)} timed out after ${timeoutMs} ms`, options);
    }
}
exports.TimeoutError = TimeoutError;
/**
 * The caller's `signal` aborted the call: before it was sent, while it was under way, or while it
 * waited to retry. Nothing more is sent. `cause` is the signal's `reason`.
 */
class AbortError extends UnifiedApiError {
    constructor(request, reason) {
        super(`${describe(request)} was aborted`, { cause: reason });
    }
}
exports.AbortError = AbortError;
/** The request never got a whole answer: DNS failure, refused or reset connection, TLS error... */
class ConnectionError extends UnifiedApiError {
    constructor(request, cause) {
        super(`${describe(request)} failed: ${innermostMessage(cause)}`, { cause });
    }
}
exports.ConnectionError = ConnectionError;
function describeOperation(operation) {
    return `${operation.operationId}: ${operation.method.toUpperCase()} ${operation.route}`;
}
function statusText(response) {
    return `${response.status} ${response.statusText}`.trim();
}
/** Method and URL without the query string, whose values are the caller's data. */
function describe(request) {
    const url = new URL(request.url);
    return `${request.method} ${url.origin}${url.pathname}`;
}
/** Node's fetch says only "fetch failed"; the useful part ("connect ECONNREFUSED ...") is its cause. */
function innermostMessage(error) {
    let message = String(error);
    for (let current = error; current instanceof Error; current = current.cause)
        message = current.message;
    return message;
}
