/**
 * The hand-written runtime of the generated package: one client core over openapi-fetch, the wire
 * format (query, path and body serialisation, timeout and retries), the pre-send check, the checks of
 * the caller's options, the promise every call returns, and the errors.
 */
export { ApiPromise } from './api-promise.js';
export { serializeBody } from './body.js';
export { createCore, } from './core.js';
export { AbortError, ApiError, ConnectionError, InvalidResponseError, RequestValidationError, TimeoutError, UnifiedApiError, } from './errors.js';
export { checkRequestOptions } from './options.js';
export { serializePath } from './path.js';
export { serializeQuery } from './query.js';
export { createTransport } from './transport.js';
export { validateRequest } from './validate.js';
