/**
 * Fills each `{name}` of a route with its value, percent-encoded as exactly one segment: `a/b` is sent
 * as `a%2Fb`. Fits openapi-fetch's `pathSerializer` option.
 *
 * Throws a `RequestValidationError` for a missing or empty value (an empty segment would turn
 * `/users/{id}` into `/users/`, another endpoint) and for `.` and `..`: URL parsers resolve those as
 * relative steps even when percent-encoded (`%2E%2E`), so no encoding can send them as an id; and
 * for a string with a lone UTF-16 surrogate, which no percent-encoding can send.
 */
export declare function serializePath(route: string, params: Record<string, unknown>): string;
//# sourceMappingURL=path.d.ts.map
