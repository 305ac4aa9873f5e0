/** How one property of a form or multipart body is written: the spec's encoding object. */
export interface PropertyEncoding {
    readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
    readonly explode?: boolean;
    readonly contentType?: string;
}
export interface BodyEncoding {
    readonly [property: string]: PropertyEncoding;
}
/** A body ready for fetch, and the `Content-Type` to send it with (none for multipart: fetch writes it, boundary included). */
export interface EncodedBody {
    body: BodyInit;
    contentType: string | undefined;
}
/** What a body sent as it is may be: bytes or text. */
export type RawBody = Blob | ArrayBuffer | ArrayBufferView | string;
/**
 * A request body written as `contentType` says (see media.ts):
 *
 * - JSON and `+json` types: `JSON.stringify`, sent with its own type (`application/json-patch+json`);
 * - a form: the properties as `key=value` pairs, each as its `encoding` says (Stripe's `deepObject`:
 *   `metadata[plan]=pro&expand[]=customer`); without one, scalars as they are, arrays of scalars
 *   repeated (`tag=a&tag=b`, OpenAPI's default) and objects in brackets;
 * - multipart: a `FormData`, `Blob`s and `File`s as files, scalars as text, arrays repeated, objects
 *   as JSON text (or in brackets with `deepObject`); fetch sets the boundary;
 * - text and binary types: a `Blob`, `ArrayBuffer`, typed array or string, sent as it is;
 * - a wildcard type (any type at all, `application/*`): such a value as it is, anything else as JSON.
 *
 * A value the media type cannot carry is a `RequestValidationError` at `body`, naming what it takes.
 */
export declare function encodeBody(body: unknown, contentType: string, encoding?: BodyEncoding): EncodedBody;
/**
 * A request body as JSON. A value JSON cannot hold (an object that contains itself, a BigInt) is a
 * `RequestValidationError` at `body`, with the serialiser's error as its cause, rather than the raw
 * `TypeError`.
 */
export declare function serializeBody(body: unknown): string;
/**
 * `client.raw`'s body serialiser (openapi-fetch's `bodySerializer`): a `FormData`, `Blob`, buffer or
 * `URLSearchParams` goes as it is, an object as a form when the call's `Content-Type` says so, and
 * anything else as JSON.
 */
export declare function serializeRawBody(body: unknown, headers?: Headers | Record<string, string | undefined>): BodyInit;
export declare function isRawBody(body: unknown): body is RawBody;
//# sourceMappingURL=body.d.ts.map
