/** What `.withResponse()` resolves to. */
export interface WithResponse<T> {
    /** The parsed body, as the call itself resolves to it. */
    data: T;
    /** The answer that was used (after any retries): its status and headers. Its body has been read. */
    response: Response;
}
/**
 * The promise every client method returns: it resolves to the response data, and
 * `.withResponse()` gives the same data with the fetch `Response` it came from, for its status and
 * headers (a request id, rate-limit headers). Both read the one answer: the request is sent once,
 * and its body read once, however the result is taken.
 *
 * Like any promise, it rejects (with the package's errors) when the call fails; nothing is parsed
 * until it is awaited or `.withResponse()` is called.
 */
export declare class ApiPromise<T> extends Promise<T> {
    #private;
    constructor(result: Promise<WithResponse<T>>);
    /** The data together with the `Response` it was read from. */
    withResponse(): Promise<WithResponse<T>>;
    then<A = T, B = never>(onfulfilled?: ((value: T) => A | PromiseLike<A>) | null, onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B>;
    catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B>;
    finally(onfinally?: (() => void) | null): Promise<T>;
}
//# sourceMappingURL=api-promise.d.ts.map
