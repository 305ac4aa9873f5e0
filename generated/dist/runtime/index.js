/**
 * The hand-written runtime of the generated package: one client core over openapi-fetch, the wire
 * format (query and path serialisation, timeout and retries), the pre-send check and the errors.
 */
export { createCore, } from './core.js';
export { ApiError, ConnectionError, RequestValidationError, TimeoutError, UnifiedApiError, } from './errors.js';
export { serializePath } from './path.js';
export { serializeQuery } from './query.js';
export { createTransport } from './transport.js';
export { validateRequest } from './validate.js';
