/**
 * The hand-written runtime of the generated package: one client core over openapi-fetch, the wire
 * format (query, path, header, cookie and body serialisation by media type, authentication, timeout
 * and retries), the pre-send check, the checks of the caller's options, the promise every call
 * returns, and the errors.
 */
export { ApiPromise, type WithResponse } from './api-promise.js';
export { authentication, BEARER_TOKEN, type Security, type SecurityScheme } from './auth.js';
export { encodeBody, serializeBody, serializeRawBody, type BodyEncoding, type EncodedBody, type PropertyEncoding, type RawBody } from './body.js';
export {
  createCore,
  type ApiDescription,
  type BindDefaults,
  type BoundOperations,
  type BoundInput,
  type ConnectionOptions,
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
export { mediaKind, preferredMediaType, type MediaKind } from './media.js';
export { checkRequestOptions, type CredentialName, type Credentials, type RequestOptions } from './options.js';
export { cookieHeader, headerParameters } from './parameters.js';
export { serializePath } from './path.js';
export { serializeQuery } from './query.js';
export type { EnumValue, FieldRule, FieldTable, HttpMethod, OperationTable, PartName } from './table.js';
export { createTransport, type TransportOptions } from './transport.js';
export { validateRequest, type OperationRequest } from './validate.js';
