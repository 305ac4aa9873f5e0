import { RequestValidationError } from './errors.js';
import { encode } from './query.js';

const PARAMETER = /\{([^{}]+)\}/g;

/**
 * Fills each `{name}` of a route with its value, percent-encoded as exactly one segment: `a/b` is sent
 * as `a%2Fb`. Fits openapi-fetch's `pathSerializer` option.
 *
 * Throws a `RequestValidationError` for a missing or empty value (an empty segment would turn
 * `/users/{id}` into `/users/`, another endpoint) and for `.` and `..`: URL parsers resolve those as
 * relative steps even when percent-encoded (`%2E%2E`), so no encoding can send them as an id; and
 * for a string with a lone UTF-16 surrogate, which no percent-encoding can send.
 */
export function serializePath(route: string, params: Record<string, unknown>): string {
  return route.replace(PARAMETER, (_, name: string) =>
    encodeSegment(name, Object.hasOwn(params, name) ? params[name] : undefined),
  );
}

function encodeSegment(name: string, value: unknown): string {
  const path = `path.${name}`;
  if (value === undefined || value === null || value === '') {
    throw new RequestValidationError([{ path, code: 'missing_required', message: `${name} is required` }]);
  }
  const segment = encode(String(value), path);
  if (segment === '.' || segment === '..') {
    const message = `"${segment}" cannot be sent as a path segment: URLs resolve it as a relative step`;
    throw new RequestValidationError([{ path, code: 'unsupported_value', message }]);
  }
  return segment;
}
