/**
 * Every error the client throws. They share one base class so that a single `instanceof
 * UnifiedApiError` catches them all, and none of them keeps the request itself: its headers carry the
 * bearer token, and error objects end up in logs.
 */
/** Base class of the client's errors. */
export declare class UnifiedApiError extends Error {
    constructor(message: string, options?: ErrorOptions);
}
/** The operation a request was made for, as the error messages name it. */
export interface OperationRef {
    readonly operationId: string;
    readonly method: string;
    readonly route: string;
}
/** The server answered with a non-2xx status. */
export declare class ApiError extends UnifiedApiError {
    readonly status: number;
    /** The answer's body: parsed when it is JSON, the text otherwise, `undefined` when empty. */
    readonly body: unknown;
    readonly headers: Headers;
    constructor(operation: OperationRef, response: Response, body: unknown);
}
/** One way a request breaks the rules of its integration. */
export interface ValidationIssue {
    /** Where: `integration`, `path.id`, `query.organization_id`, `body.timezone`, `body.roles[1]`. */
    readonly path: string;
    readonly code: 'unknown_integration' | 'unsupported_operation' | 'missing_required' | 'unsupported_field' | 'unsupported_value';
    readonly message: string;
}
/** The request was refused before anything was sent; `issues` holds every problem found. */
export declare class RequestValidationError extends UnifiedApiError {
    readonly issues: readonly ValidationIssue[];
    constructor(issues: readonly ValidationIssue[], operationId?: string);
}
/** No answer arrived within `timeoutMs`; the attempt was aborted. */
export declare class TimeoutError extends UnifiedApiError {
    constructor(request: Request, timeoutMs: number);
}
/** The request never got an answer: DNS failure, refused or reset connection, TLS error... */
export declare class ConnectionError extends UnifiedApiError {
    constructor(request: Request, cause: unknown);
}
