/**
 * Checks of what the caller configures: the client's options and each call's. A value the client
 * cannot honour is refused at once with a `TypeError` naming the option, rather than, say, retrying
 * a 429 forever (`maxRetries: Infinity`) or timing out in a millisecond (`timeoutMs: Infinity`, which
 * `setTimeout` turns into 1). Messages never quote the token.
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
/**
 * The token goes into a header, so it must be a valid header value. Node's own check throws a
 * `TypeError` whose message holds the whole header, token included; this one says where the problem
 * is instead.
 */
export declare function checkToken(value: unknown): string;
export declare function checkBaseUrl(value: unknown): string;
/** The checked options of one call; `undefined` where the client's setting applies. */
export interface CheckedRequestOptions {
    signal: AbortSignal | undefined;
    headers: Record<string, string> | undefined;
    timeoutMs: number | undefined;
    maxRetries: number | undefined;
}
export declare function checkRequestOptions(where: string, options: unknown): CheckedRequestOptions;
//# sourceMappingURL=options.d.ts.map
