/**
 * Query strings in the bracket style the API documents:
 *
 *   a=1
 *   truto_exclude_fields[]=id&truto_exclude_fields[]=name
 *   remote_query[foo]=bar, remote_query[a][b]=c
 *   groups[0][id]=g1&groups[0][name]=x          (array items that are themselves structured)
 *
 * `undefined` is left out and `null` is sent empty (`a=`). Keys and values are percent-encoded, the
 * brackets are not, as in the documentation's examples. Fits openapi-fetch's `querySerializer` option.
 *
 * What no query string can hold is a `RequestValidationError` naming the place: an object that
 * contains itself (which would recurse forever), or a string with a lone UTF-16 surrogate (which no
 * percent-encoding can send).
 */
export declare function serializeQuery(query: Record<string, unknown>): string;
/** A key as it goes on the wire, as its unencoded segments (`null` for `[]`), and as an error names it. */
export interface BracketName {
    /** Percent-encoded, brackets kept: `remote_query[a%20b]`. */
    wire: string;
    /** As written, for a multipart field name: `remote_query[a b]`. */
    raw: string;
    /** Where the value is in the request: `query.remote_query.a b`. */
    path: string;
}
/**
 * The key-value pairs of one value in the bracket style (deepObject, as PHP, Rails and `qs` read it):
 * scalars as they are, arrays of scalars as `a[]`, structured array items with their index, objects
 * by key. Each value is a scalar's text (`null` as empty, a `Date` as ISO 8601); `undefined` is left
 * out. Shared by query strings, form bodies and multipart field names.
 */
export declare function bracketPairs(key: string, value: unknown, path: string): [BracketName, string][];
/** `encodeURIComponent`, whose `URIError` for a lone surrogate becomes a validation issue at `path`. */
export declare function encode(text: string, path: string): string;
export declare function isStructured(value: unknown): value is object;
export declare function scalarText(value: unknown): string;
//# sourceMappingURL=query.d.ts.map
