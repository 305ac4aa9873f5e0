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
export class ApiPromise<T> extends Promise<T> {
  readonly #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<WithResponse<T>>) {
    // The promise itself is a placeholder: `then`, `catch` and `finally` read the call's result.
    super((resolve) => resolve(undefined as T));
    this.#result = result;
  }

  /** The data together with the `Response` it was read from. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#dataPromise().then(onfulfilled, onrejected);
  }

  override catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#dataPromise().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#dataPromise().finally(onfinally);
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.#result.then(({ data }) => data);
    return this.#data;
  }
}
