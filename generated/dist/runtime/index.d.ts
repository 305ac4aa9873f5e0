/**
 * The hand-written runtime of the generated package: one client core over openapi-fetch, the wire
 * format (query and path serialisation, timeout and retries), the pre-send check and the errors.
 */
export { createCore, type BindDefaults, type BoundOperations, type BoundInput, type ClientOptions, type Core, } from './core.js';
export { ApiError, ConnectionError, RequestValidationError, TimeoutError, UnifiedApiError, type OperationRef, type ValidationIssue, } from './errors.js';
export { serializePath } from './path.js';
export { serializeQuery } from './query.js';
export type { EnumValue, FieldRule, FieldTable, HttpMethod, OperationTable } from './table.js';
export { createTransport, type TransportOptions } from './transport.js';
export { validateRequest, type OperationRequest } from './validate.js';
