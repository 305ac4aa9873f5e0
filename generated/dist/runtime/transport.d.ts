export interface TransportOptions {
    /** The fetch that does the actual work; the global one by default. */
    fetch?: typeof fetch | undefined;
    /** Limit for each attempt, until the answer's headers arrive. Default 60 000. */
    timeoutMs?: number | undefined;
    /** Retries after the first attempt, for 429 and 503 only. Default 2. */
    maxRetries?: number | undefined;
    /** How to wait between attempts; tests swap it for a recorder. */
    sleep?: ((ms: number) => Promise<void>) | undefined;
}
/**
 * A fetch that adds a per-attempt timeout and retries rate-limited or unavailable answers, waiting what
 * `Retry-After` asks or else an exponential backoff with jitter. Once the retries are spent it returns
 * the last answer as is, for the caller to turn into an error. Pass it as openapi-fetch's `fetch`.
 *
 * Throws `TimeoutError` when an attempt runs out of time and `ConnectionError` when it gets no answer at
 * all; neither is retried, since the server may have acted on the request. An abort through the
 * request's own signal is passed through untouched.
 */
export declare function createTransport(options?: TransportOptions): typeof fetch;
