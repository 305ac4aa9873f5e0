/**
 * A request body as JSON. A value JSON cannot hold (an object that contains itself, a BigInt) is a
 * `RequestValidationError` at `body`, with the serialiser's error as its cause, rather than the raw
 * `TypeError`. Fits openapi-fetch's `bodySerializer` option.
 */
export declare function serializeBody(body: unknown): string;
//# sourceMappingURL=body.d.ts.map
