import type { Middleware } from 'openapi-fetch';
import type { CredentialName, Credentials } from './options.js';
import type { OperationTable } from './table.js';
/** One of the API's security schemes, as the client sends it. */
export type SecurityScheme = 
/** `Authorization: Bearer <token>` (OpenAPI's `http` `bearer`, `oauth2` and `openIdConnect`). */
{
    readonly type: 'bearer';
}
/** `Authorization: Basic <username:password in base64>`. */
 | {
    readonly type: 'basic';
}
/** The API key under `name`, in a header, the query or a cookie. */
 | {
    readonly type: 'apiKey';
    readonly in: 'header' | 'query' | 'cookie';
    readonly name: string;
};
/** How an API authenticates: its schemes, what an operation needs by default, and what the client must be given. */
export interface Security {
    readonly schemes: {
        readonly [name: string]: SecurityScheme;
    };
    /** The requirements of an operation whose table states none: alternatives, each the schemes it needs together. */
    readonly security: readonly (readonly string[])[];
    /** The credentials `createClient` must be given: those no operation can do without. */
    readonly required: readonly CredentialName[];
}
/** A bearer token, required: what the client sends when an API says nothing else (CONTRACT.md section 4). */
export declare const BEARER_TOKEN: Security;
/**
 * The middleware that authenticates each request, the first the client runs: for the operation's
 * requirements (its table's, else the API's, found by method and route; `client.raw` included), the
 * first alternative whose credentials the client has is sent. An operation with `security: []` gets
 * none. A header or query key the request already has is left alone, so that a call's own `headers`
 * (another token, say) win over the client's. When no alternative can be met the request goes
 * without, and the API answers it.
 */
export declare function authentication(security: Security, credentials: Credentials, operations: Readonly<Record<string, OperationTable>>): Middleware;
//# sourceMappingURL=auth.d.ts.map
