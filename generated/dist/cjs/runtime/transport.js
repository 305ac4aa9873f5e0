"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTransport = createTransport;
const errors_js_1 = require("./errors.js");
/** The statuses that mean "try again later" and say nothing about the request itself. */
const RETRYABLE_STATUSES = new Set([429, 503]);
/** Statuses whose answers have no body by definition (a `Response` refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/** A server asking for longer than this is not waited for longer than this. */
const MAX_RETRY_AFTER_MS = 60_000;
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
function createTransport(options = {}) {
    const { fetch: send = globalThis.fetch, timeoutMs = 60_000, maxRetries = 2, signal: callerSignal, sleep = abortableSleep, } = options;
    async function attempt(request, signals) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeoutMs);
        const unlink = linkAbort(controller, signals);
        try {
            const response = await untilAborted(send(new Request(request, { signal: controller.signal })), controller.signal);
            return await untilAborted(buffered(response), controller.signal);
        }
        catch (error) {
            if (timedOut)
                throw new errors_js_1.TimeoutError(request, timeoutMs);
            const aborted = signals.find((signal) => signal.aborted);
            if (aborted)
                throw new errors_js_1.AbortError(request, aborted.reason);
            if (error instanceof errors_js_1.UnifiedApiError)
                throw error;
            throw new errors_js_1.ConnectionError(request, error);
        }
        finally {
            clearTimeout(timer);
            unlink();
        }
    }
    async function wait(ms, request, signals) {
        const controller = new AbortController();
        const unlink = linkAbort(controller, signals);
        try {
            await untilAborted(sleep(ms, controller.signal), controller.signal);
        }
        catch (error) {
            const aborted = signals.find((signal) => signal.aborted);
            if (aborted)
                throw new errors_js_1.AbortError(request, aborted.reason);
            throw error;
        }
        finally {
            unlink();
        }
    }
    return async function fetchWithRetries(input, init) {
        // A request body can be read once; every attempt sends a fresh copy of the untouched original.
        const original = new Request(input, init);
        const signals = callerSignal === undefined ? [original.signal] : [original.signal, callerSignal];
        for (let retry = 0;; retry++) {
            const aborted = signals.find((signal) => signal.aborted);
            if (aborted)
                throw new errors_js_1.AbortError(original, aborted.reason);
            const response = await attempt(original.clone(), signals);
            if (retry >= maxRetries || !RETRYABLE_STATUSES.has(response.status))
                return response;
            await wait(retryDelayMs(response, retry), original, signals);
        }
    };
}
/** Waits `ms`, or less when `signal` aborts: the timer goes too, so that it cannot keep a process alive. */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        const stop = () => {
            clearTimeout(timer);
            resolve();
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', stop);
            resolve();
        }, ms);
        signal.addEventListener('abort', stop, { once: true });
    });
}
/** Aborts `controller` when any of `signals` does; returns the function that unlinks them again. */
function linkAbort(controller, signals) {
    const abort = () => controller.abort();
    for (const signal of signals) {
        if (signal.aborted) {
            abort();
            return () => undefined;
        }
    }
    for (const signal of signals)
        signal.addEventListener('abort', abort);
    return () => {
        for (const signal of signals)
            signal.removeEventListener('abort', abort);
    };
}
/** Settles with `promise`, or rejects as soon as `signal` aborts: a custom fetch may ignore signals. */
function untilAborted(promise, signal) {
    if (signal.aborted) {
        promise.catch(() => undefined);
        return Promise.reject(signal.reason);
    }
    return new Promise((resolve, reject) => {
        const abort = () => reject(signal.reason);
        signal.addEventListener('abort', abort);
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
}
/** The same answer with its body read into memory, so that reading it counts against the timeout. */
async function buffered(response) {
    const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
    const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperties(copy, { url: { value: response.url }, redirected: { value: response.redirected } });
    return copy;
}
function retryDelayMs(response, retry) {
    const asked = retryAfterMs(response.headers.get('retry-after'));
    if (asked !== undefined)
        return Math.min(asked, MAX_RETRY_AFTER_MS);
    const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS);
    // Up to 25% less, so that clients throttled together do not all come back at the same instant.
    return backoff * (1 - Math.random() * 0.25);
}
/** `Retry-After` is either a number of seconds or an HTTP date. */
function retryAfterMs(header) {
    if (header === null)
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(header))
        return Number(header) * 1000;
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
