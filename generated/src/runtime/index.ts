/**
 * The hand-written runtime of the generated package: one client core over openapi-fetch, the wire
 * format (query, path and body serialisation, timeout and retries), the pre-send check, the checks of
 * the caller's options, the promise every call returns, and the errors.
 */
export { ApiPromise, type WithResponse } from './api-promise.js';
export { serializeBody } from './body.js';
export {
  createCore,
  type BindDefaults,
  type BoundOperations,
  type BoundInput,
  type ClientOptions,
  type Core,
} from './core.js';
export {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidResponseError,
  RequestValidationError,
  TimeoutError,
  UnifiedApiError,
  type OperationRef,
  type ValidationIssue,
} from './errors.js';
export { checkRequestOptions, type RequestOptions } from './options.js';
export { serializePath } from './path.js';
export { serializeQuery } from './query.js';
export type { EnumValue, FieldRule, FieldTable, HttpMethod, OperationTable } from './table.js';
export { createTransport, type TransportOptions } from './transport.js';
export { validateRequest, type OperationRequest } from './validate.js';
