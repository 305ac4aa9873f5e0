import { RequestValidationError } from './errors.js';

/**
 * A request body as JSON. A value JSON cannot hold (an object that contains itself, a BigInt) is a
 * `RequestValidationError` at `body`, with the serialiser's error as its cause, rather than the raw
 * `TypeError`. Fits openapi-fetch's `bodySerializer` option.
 */
export function serializeBody(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    const message = `cannot be sent as JSON: ${reason}`;
    throw new RequestValidationError([{ path: 'body', code: 'unsupported_value', message }], undefined, { cause });
  }
}
