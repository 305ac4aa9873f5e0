export interface TransportOptions {
    /** The fetch that does the actual work; the global one by default. */
    fetch?: typeof fetch | undefined;
    /** Limit for each attempt, from sending the request to the end of its answer's body. Default 60 000. */
    timeoutMs?: number | undefined;
    /** Retries after the first attempt, for 429 and 503 only. Default 2. */
    maxRetries?: number | undefined;
    /** The caller's signal, besides the request's own: aborting it stops the call, retry waits included. */
    signal?: AbortSignal | undefined;
    /** How to wait between attempts; tests swap it for a recorder. It should stop when `signal` aborts. */
    sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
}
/**
 * A fetch that bounds each attempt in time and retries rate-limited or unavailable answers, waiting
 * what `Retry-After` asks or else an exponential backoff with jitter. Once the retries are spent it
 * returns the last answer as is, for the caller to turn into an error. Pass it as openapi-fetch's
 * `fetch`.
 *
 * The timeout covers the whole answer: the body is read within the attempt, and the answer returned
 * holds it in memory. A server that sends its headers and then stalls cannot hang a call.
 *
 * Throws `TimeoutError` when an attempt runs out of time, `AbortError` when the request's or the
 * caller's signal aborts (before sending, during an attempt, or while waiting to retry: nothing more
 * is sent), and `ConnectionError` when an attempt gets no whole answer. Timeouts and connection
 * failures are not retried, since the server may have acted on the request.
 *
 * Signals are linked by hand rather than with `AbortSignal.any`, which Node 18 lacks before 18.17.
 */
export declare function createTransport(options?: TransportOptions): typeof fetch;
//# sourceMappingURL=transport.d.ts.map
