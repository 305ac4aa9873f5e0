/**
 * Checks of what the caller configures: the client's options and each call's. A value the client
 * cannot honour is refused at once with a `TypeError` naming the option, rather than, say, retrying
 * a 429 forever (`maxRetries: Infinity`) or timing out in a millisecond (`timeoutMs: Infinity`, which
 * `setTimeout` turns into 1). Messages never quote a credential.
 */
/** Options of one call: the second argument of every client method. */
export interface RequestOptions {
    /** Cancels the call, waits between retries included; it then rejects with `AbortError`. */
    signal?: AbortSignal | undefined;
    /** Headers added to this call's request, e.g. an `Idempotency-Key` or a trace id. */
    headers?: Record<string, string> | undefined;
    /** This call's limit per attempt, overriding the client's. */
    timeoutMs?: number | undefined;
    /** This call's retries of a 429 or 503 answer, overriding the client's. */
    maxRetries?: number | undefined;
}
/** setTimeout's largest delay; anything longer fires at once. */
export declare const MAX_TIMEOUT_MS: number;
export declare function checkTimeout(where: string, value: unknown): number | undefined;
export declare function checkRetries(where: string, value: unknown): number | undefined;
/** The credentials a client sends, after the API's security schemes (see auth.ts). */
export interface Credentials {
    /** A bearer token: `Authorization: Bearer <token>`. */
    token?: string | undefined;
    /** An API key, sent where the API's `apiKey` scheme says: a header, the query or a cookie. */
    apiKey?: string | undefined;
    /** Basic authentication's user name. */
    username?: string | undefined;
    /** Basic authentication's password; empty when left out. */
    password?: string | undefined;
}
export type CredentialName = keyof Credentials;
/**
 * The credentials among the client's options, checked: each given one a string it can send, each of
 * `required` given. A token or key goes into a header (or the query), so it must be a valid header
 * value: Node's own check throws a `TypeError` whose message holds the whole header, credential
 * included; this one says where the problem is instead.
 */
export declare function checkCredentials(options: Credentials, required: readonly CredentialName[]): Credentials;
export declare function checkBaseUrl(value: unknown): string;
/** The checked options of one call; `undefined` where the client's setting applies. */
export interface CheckedRequestOptions {
    signal: AbortSignal | undefined;
    headers: Record<string, string> | undefined;
    timeoutMs: number | undefined;
    maxRetries: number | undefined;
}
export declare function checkRequestOptions(where: string, options: unknown): CheckedRequestOptions;
/** An HTTP token: the characters a header name may have. */
export declare const HEADER_NAME: RegExp;
/** Why `value` is not a header value fetch would send unchanged, without quoting it; `undefined` if it is. */
export declare function headerValueProblem(value: string): string | undefined;
//# sourceMappingURL=options.d.ts.map
