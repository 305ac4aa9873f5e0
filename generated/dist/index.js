// Generated from openapi.json by the unified API generator. Do not edit: regenerate.
export { createClient, operations, } from './client.js';
export { integrations } from './integrations.js';
export { ApiError, ConnectionError, RequestValidationError, TimeoutError, UnifiedApiError, } from './runtime/index.js';
