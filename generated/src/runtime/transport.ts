import { ConnectionError, TimeoutError } from './errors.js';

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

/** The statuses that mean "try again later" and say nothing about the request itself. */
const RETRYABLE_STATUSES = new Set([429, 503]);
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/** A server asking for longer than this is not waited for longer than this. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * A fetch that adds a per-attempt timeout and retries rate-limited or unavailable answers, waiting what
 * `Retry-After` asks or else an exponential backoff with jitter. Once the retries are spent it returns
 * the last answer as is, for the caller to turn into an error. Pass it as openapi-fetch's `fetch`.
 *
 * Throws `TimeoutError` when an attempt runs out of time and `ConnectionError` when it gets no answer at
 * all; neither is retried, since the server may have acted on the request. An abort through the
 * request's own signal is passed through untouched.
 */
export function createTransport(options: TransportOptions = {}): typeof fetch {
  const {
    fetch: send = globalThis.fetch,
    timeoutMs = 60_000,
    maxRetries = 2,
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  } = options;

  async function attempt(request: Request): Promise<Response> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    try {
      return await send(new Request(request, { signal: AbortSignal.any([request.signal, timeout.signal]) }));
    } catch (error) {
      if (timeout.signal.aborted) throw new TimeoutError(request, timeoutMs);
      if (request.signal.aborted) throw error;
      throw new ConnectionError(request, error);
    } finally {
      clearTimeout(timer);
    }
  }

  return async function fetchWithRetries(input, init) {
    // A request body can be read once; every attempt sends a fresh copy of the untouched original.
    const original = new Request(input, init);
    for (let retry = 0; ; retry++) {
      const response = await attempt(original.clone());
      if (retry >= maxRetries || !RETRYABLE_STATUSES.has(response.status)) return response;
      await response.body?.cancel(); // frees the connection for the next attempt
      await sleep(retryDelayMs(response, retry));
    }
  };
}

function retryDelayMs(response: Response, retry: number): number {
  const asked = retryAfterMs(response.headers.get('retry-after'));
  if (asked !== undefined) return Math.min(asked, MAX_RETRY_AFTER_MS);
  const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS);
  // Up to 25% less, so that clients throttled together do not all come back at the same instant.
  return backoff * (1 - Math.random() * 0.25);
}

/** `Retry-After` is either a number of seconds or an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
