// Generated from openapi.json by the unified API generator. Do not edit: regenerate.

import type { Client as FetchClient, Middleware } from 'openapi-fetch';
import type { paths } from './paths.js';
import {
  createCore,
  type ApiPromise,
  type ConnectionOptions,
  type Core,
  type RequestOptions,
  type Security,
} from './runtime/index.js';
import type { BoundRequest, OperationsOf } from './runtime/types.js';
import { integrations, type Integration } from './integrations.js';
import {
  createUserOperation,
  type CreateUserArgument,
  type CreateUserIntegration,
  type CreateUserRequestFor,
  type CreateUserResponse,
} from './operations/createUser.js';
import {
  updateUserOperation,
  type UpdateUserArgument,
  type UpdateUserIntegration,
  type UpdateUserRequestFor,
  type UpdateUserResponse,
} from './operations/updateUser.js';

/** Every operation's table, by client method name. */
export declare const operations: {
  createUser: typeof createUserOperation;
  updateUser: typeof updateUserOperation;
};

/** How to reach the API, and the credentials to send. */
export interface ClientOptions extends ConnectionOptions {
  /** Sent as `Authorization: Bearer <token>` (`bearerAuth`: Your Truto API token: `Authorization: Bearer <your_api_token>`). */
  token: string;
}

/** How the API authenticates (its `securitySchemes`), what an operation needs unless it says otherwise, and which credentials every operation needs. */
declare const security: Security;

/** Every operation as one integration calls it: `integrated_account_id` is filled in. `IntegrationClient<I>` keeps the ones `I` supports. */
export interface IntegrationMethods<I extends Integration> {
  /**
   * Create a user
   *
   * Creates a user in the integrated account's application.
   *
   * Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
   * "Writing data using Unified APIs".
   *
   * `POST /unified/user-directory/users`
   */
  createUser(request: BoundRequest<CreateUserRequestFor<Extract<I, CreateUserIntegration>>>, options?: RequestOptions): ApiPromise<CreateUserResponse<Extract<I, CreateUserIntegration>>>;
  /**
   * Update a user
   *
   * Updates a user in the integrated account's application.
   *
   * Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
   * "Writing data using Unified APIs".
   *
   * `PATCH /unified/user-directory/users/{id}`
   */
  updateUser(request: BoundRequest<UpdateUserRequestFor<Extract<I, UpdateUserIntegration>>>, options?: RequestOptions): ApiPromise<UpdateUserResponse<Extract<I, UpdateUserIntegration>>>;
}

/** The client of one integration: only the operations it supports. */
export type IntegrationClient<I extends Integration> = Pick<IntegrationMethods<I>, OperationsOf<typeof operations, I>>;

/** A typed client for Unified User Directory API. */
export interface Client {
  /** The openapi-fetch client over the spec's `paths`, for anything the typed methods do not cover. */
  readonly raw: FetchClient<paths>;
  /**
   * Create a user
   *
   * Creates a user in the integrated account's application.
   *
   * Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
   * "Writing data using Unified APIs".
   *
   * `POST /unified/user-directory/users`
   */
  createUser<I extends string>(request: CreateUserArgument<I>, options?: RequestOptions): ApiPromise<CreateUserResponse<Extract<I, CreateUserIntegration>>>;
  /**
   * Update a user
   *
   * Updates a user in the integrated account's application.
   *
   * Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
   * "Writing data using Unified APIs".
   *
   * `PATCH /unified/user-directory/users/{id}`
   */
  updateUser<I extends string>(request: UpdateUserArgument<I>, options?: RequestOptions): ApiPromise<UpdateUserResponse<Extract<I, UpdateUserIntegration>>>;
  /** The operations of one integration, with `integration` and `integrated_account_id` filled in. Operations the integration does not support are not there. */
  forIntegration<I extends Integration>(integration: I, options: { integratedAccountId: string }): IntegrationClient<I>;
  /** Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) to every call: each method's, those of the clients `forIntegration` gives, and `raw`'s. `onRequest` sees each call once, before retries. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware that `use` added. */
  eject(...middleware: Middleware[]): void;
}

/** Creates a client. Every request is checked against its integration's rules before it is sent (unless `validate: false`); failures throw `RequestValidationError`, non-2xx answers `ApiError`. Options it cannot honour (a `maxRetries` of `Infinity`, a token with a line break) throw a `TypeError`. */
export declare function createClient(options: ClientOptions): Client;
export {};
//# sourceMappingURL=client.d.ts.map
