/**
 * The hand-written runtime of the generated package: one client core over openapi-fetch, the wire
 * format (query, path, header, cookie and body serialisation by media type, authentication, timeout
 * and retries), the pre-send check, the checks of the caller's options, the promise every call
 * returns, and the errors.
 */
export { ApiPromise } from './api-promise.js';
export { authentication, BEARER_TOKEN } from './auth.js';
export { encodeBody, serializeBody, serializeRawBody } from './body.js';
export { createCore, } from './core.js';
export { AbortError, ApiError, ConnectionError, InvalidResponseError, RequestValidationError, TimeoutError, UnifiedApiError, } from './errors.js';
export { mediaKind, preferredMediaType } from './media.js';
export { checkRequestOptions } from './options.js';
export { cookieHeader, headerParameters } from './parameters.js';
export { serializePath } from './path.js';
export { serializeQuery } from './query.js';
export { createTransport } from './transport.js';
export { validateRequest } from './validate.js';
