// Generated from openapi.json by the unified API generator. Do not edit: regenerate.

export { createClient, operations } from './client.js';
export { integrations } from './integrations.js';
export {
  AbortError,
  ApiError,
  ApiPromise,
  ConnectionError,
  InvalidResponseError,
  RequestValidationError,
  TimeoutError,
  UnifiedApiError,
} from './runtime/index.js';
