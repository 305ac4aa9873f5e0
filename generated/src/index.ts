// Generated from openapi.json by the unified API generator. Do not edit: regenerate.

export {
  createClient,
  operations,
  type Client,
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
  ApiError,
  ConnectionError,
  RequestValidationError,
  TimeoutError,
  UnifiedApiError,
  type ClientOptions,
  type ValidationIssue,
} from './runtime/index.js';
export type { paths, components } from './paths.js';
