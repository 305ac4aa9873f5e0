import { describe, expect, it, vi } from 'vitest';
import { AbortError, ConnectionError, createTransport, TimeoutError, UnifiedApiError } from '../../templates/runtime/index.js';

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** A fetch that answers with the given statuses in turn and keeps the bodies it was sent. */
function scriptedFetch(answers: { status: number; headers?: Record<string, string> }[]) {
  const bodies: string[] = [];
  const fetch = async (input: string | URL | Request) => {
    bodies.push(await (input as Request).text());
    const { status, headers } = answers[Math.min(bodies.length - 1, answers.length - 1)]!;
    return new Response(`attempt ${bodies.length}`, { status, headers });
  };
  return { fetch: fetch as typeof globalThis.fetch, bodies };
}

function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

const post = ['http://example.test/users', { method: 'POST', body: '{"email":"a@b.c"}' }] as const;

describe('createTransport', () => {
  it('backs off exponentially with jitter, re-sends the same body, and returns the last answer', async () => {
    const { fetch, bodies } = scriptedFetch([{ status: 503 }]);
    const { delays, sleep } = recordingSleep();
    const response = await createTransport({ fetch, sleep })(...post);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('attempt 3');
    expect(bodies).toEqual(Array(3).fill('{"email":"a@b.c"}'));
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(375);
    expect(delays[0]).toBeLessThanOrEqual(500);
    expect(delays[1]).toBeGreaterThanOrEqual(750);
    expect(delays[1]).toBeLessThanOrEqual(1000);
  });

  it('stops retrying at the first answer that is not 429 or 503', async () => {
    const { fetch, bodies } = scriptedFetch([{ status: 429 }, { status: 500 }]);
    const response = await createTransport({ fetch, sleep: recordingSleep().sleep, maxRetries: 5 })(...post);
    expect(response.status).toBe(500);
    expect(bodies).toHaveLength(2);
  });

  it('does not retry when maxRetries is 0', async () => {
    const { fetch, bodies } = scriptedFetch([{ status: 429 }]);
    expect((await createTransport({ fetch, maxRetries: 0 })(...post)).status).toBe(429);
    expect(bodies).toHaveLength(1);
  });

  it('waits what Retry-After asks, in seconds or as a date, up to a minute', async () => {
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    const { fetch } = scriptedFetch([
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 503, headers: { 'Retry-After': inFiveSeconds } },
      { status: 429, headers: { 'Retry-After': '3600' } },
      { status: 429, headers: { 'Retry-After': new Date(Date.now() - 10_000).toUTCString() } },
      { status: 200 },
    ]);
    const { delays, sleep } = recordingSleep();
    await createTransport({ fetch, sleep, maxRetries: 4 })(...post);
    expect(delays[0]).toBe(2_000);
    expect(delays[1]).toBeGreaterThan(3_000); // HTTP dates have whole seconds
    expect(delays[1]).toBeLessThanOrEqual(5_000);
    expect(delays[2]).toBe(60_000);
    expect(delays[3]).toBe(0);
  });

  it('falls back to backoff when Retry-After cannot be read', async () => {
    const { fetch } = scriptedFetch([{ status: 429, headers: { 'Retry-After': 'soon' } }, { status: 200 }]);
    const { delays, sleep } = recordingSleep();
    await createTransport({ fetch, sleep })(...post);
    expect(delays[0]).toBeGreaterThanOrEqual(375);
    expect(delays[0]).toBeLessThanOrEqual(500);
  });

  it('wraps a failure to get any answer in ConnectionError, with the cause', async () => {
    const cause = new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND example.test') });
    const fetch = async () => Promise.reject(cause);
    const error = await createTransport({ fetch })(...post).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBe(cause);
    expect((error as ConnectionError).message).toBe(
      'POST http://example.test/users failed: getaddrinfo ENOTFOUND example.test',
    );
  });

  it("turns the request's own abort into AbortError, keeping the signal's reason", async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    const caller = new AbortController();
    const pending = createTransport({ fetch: hang as typeof fetch })('http://example.test/', { signal: caller.signal });
    const reason = new Error('user navigated away');
    caller.abort(reason);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toBeInstanceOf(UnifiedApiError);
    expect((error as Error).name).toBe('AbortError');
    expect((error as Error).cause).toBe(reason);
    expect((error as Error).message).toBe('GET http://example.test/ was aborted');
  });

  it('stops at once when the signal aborts during a retry wait, and sends nothing more', async () => {
    const { fetch, bodies } = scriptedFetch([{ status: 429, headers: { 'Retry-After': '30' } }]);
    const caller = new AbortController();
    const waits: number[] = [];
    // The real wait (30 s) would time the test out: only an abort can end it.
    const sleep = (ms: number) => {
      waits.push(ms);
      setTimeout(() => caller.abort(), 20);
      return new Promise<void>(() => undefined);
    };
    const started = performance.now();
    const error = await createTransport({ fetch, sleep, signal: caller.signal })(...post).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(waits).toEqual([30_000]);
    expect(bodies).toHaveLength(1);
  });

  it('leaves no timer behind after an abort during a retry wait, so that the process can exit', async () => {
    const { fetch } = scriptedFetch([{ status: 429, headers: { 'Retry-After': '30' } }]);
    // The transport's own timers, told apart from whatever else the test process runs.
    const waits: unknown[] = [];
    const cleared = new Set<unknown>();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((handler: () => void, ms?: number) => {
      const timer = realSetTimeout(handler, ms);
      if (ms === 30_000) waits.push(timer);
      return timer;
    }) as typeof setTimeout);
    const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((timer: Parameters<typeof clearTimeout>[0]) => {
      cleared.add(timer);
      realClearTimeout(timer);
    }) as typeof clearTimeout);
    try {
      const caller = new AbortController();
      const pending = createTransport({ fetch, signal: caller.signal })(...post);
      await new Promise((resolve) => realSetTimeout(resolve, 20));
      expect(waits).toHaveLength(1); // the 30 s wait
      caller.abort();
      await expect(pending).rejects.toBeInstanceOf(AbortError);
      expect(cleared.has(waits[0])).toBe(true);
    } finally {
      setTimeoutSpy.mockRestore();
      clearTimeoutSpy.mockRestore();
    }
  });

  it('sends nothing when the signal has already aborted', async () => {
    const { fetch, bodies } = scriptedFetch([{ status: 200 }]);
    const error = await createTransport({ fetch, signal: AbortSignal.abort() })(...post).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(bodies).toHaveLength(0);
  });

  it('does not wait for a custom fetch that ignores the abort', async () => {
    const deaf = () => new Promise<Response>(() => undefined);
    const caller = new AbortController();
    const pending = createTransport({ fetch: deaf as typeof fetch, signal: caller.signal })(...post);
    setTimeout(() => caller.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await expect(createTransport({ fetch: deaf as typeof fetch, timeoutMs: 20 })(...post)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('reads the body within the attempt, so that a stalled body times out', async () => {
    const stalled = () => {
      const body = new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"id":')) });
      return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    const error = await createTransport({ fetch: stalled as typeof fetch, timeoutMs: 50 })(...post).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('POST http://example.test/users timed out after 50 ms');
  });
});
