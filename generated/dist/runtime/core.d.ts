import type { Client, Middleware } from 'openapi-fetch';
import { ApiPromise } from './api-promise.js';
import { type Security } from './auth.js';
import { type Credentials, type RequestOptions } from './options.js';
import type { OperationTable } from './table.js';
import { type OperationRequest } from './validate.js';
/** The client's options other than its credentials, which each API names after its security schemes. */
export interface ConnectionOptions {
    /** Where requests go. Default: the spec's first server URL, when it has an absolute one. */
    baseUrl?: string | undefined;
    /** The fetch to send requests with; the global one by default. */
    fetch?: typeof fetch | undefined;
    /** Limit for each attempt, from sending the request to the end of the answer's body. Default 60 000. */
    timeoutMs?: number | undefined;
    /** Retries of a 429 or 503 answer. Default 2. */
    maxRetries?: number | undefined;
    /** Check each request against its integration's rules before sending it. Default `true`. */
    validate?: boolean | undefined;
}
/** A request for a client bound to one integration and integrated account. */
export type BoundInput = Omit<OperationRequest, 'integration'>;
/** What the core knows of the API besides its operations. */
export interface ApiDescription {
    /** Every integration slug, to tell an unknown integration from one that lacks an operation. */
    integrations?: readonly string[] | undefined;
    /** How the API authenticates. Default: a bearer token, required (`token`). */
    security?: Security | undefined;
}
export interface BindDefaults {
    /** Sent as `query.integrated_account_id` by the operations that take it. */
    integratedAccountId?: string | undefined;
}
/** The operations of one integration, by operationId. The generated code gives them their types. */
export type BoundOperations = Record<string, (request?: BoundInput, options?: RequestOptions) => ApiPromise<unknown>>;
export interface Core<Paths extends {}> {
    /** The openapi-fetch client, with the same authentication, serialisation, timeout and retries. */
    readonly raw: Client<Paths>;
    /**
     * Checks and sends one request; resolves to the parsed answer, throws `ApiError` on a non-2xx.
     * `Result` is not checked: the generated methods name the type their operation's table promises.
     */
    send<Result = unknown>(operationId: string, request: OperationRequest, options?: RequestOptions): ApiPromise<Result>;
    /**
     * The operations `integration` supports, with `query.integrated_account_id` filled in when given.
     * `Operations` is not checked: the generated client names the typed view of the same tables.
     */
    bind<Operations = BoundOperations>(integration: string, defaults: BindDefaults): Operations;
    /** Adds openapi-fetch middleware to every call: the typed methods, bound clients' and `raw`'s. */
    use(...middleware: Middleware[]): void;
    /** Removes middleware that `use` added. */
    eject(...middleware: Middleware[]): void;
}
/**
 * The client all generated methods go through. `operations` holds each operation's table by
 * operationId; `api` what else the client needs to know: the integrations and the security schemes.
 */
export declare function createCore<Paths extends {}>(options: ConnectionOptions & Credentials, operations: Readonly<Record<string, OperationTable>>, api?: ApiDescription): Core<Paths>;
//# sourceMappingURL=core.d.ts.map
