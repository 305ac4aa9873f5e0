// Generated from openapi.json by the unified API generator. Do not edit: regenerate.

export {
  createClient,
  operations,
  type Client,
  type ClientOptions,
  type IntegrationClient,
  type IntegrationMethods,
} from './client.js';
export { integrations, type Integration } from './integrations.js';
export type {
  CreateUserIntegration,
  CreateUserRequest,
  CreateUserRequestFor,
  CreateUserQuery,
  CreateUserBody,
  CreateUserResponse,
} from './operations/createUser.js';
export type {
  UpdateUserIntegration,
  UpdateUserRequest,
  UpdateUserRequestFor,
  UpdateUserPath,
  UpdateUserQuery,
  UpdateUserBody,
  UpdateUserResponse,
} from './operations/updateUser.js';
export {
  AbortError,
  ApiError,
  ApiPromise,
  ConnectionError,
  InvalidResponseError,
  RequestValidationError,
  TimeoutError,
  UnifiedApiError,
  type RequestOptions,
  type ValidationIssue,
  type WithResponse,
} from './runtime/index.js';
export type { paths, components } from './paths.js';
export type { Middleware } from 'openapi-fetch';
//# sourceMappingURL=index.d.ts.map
