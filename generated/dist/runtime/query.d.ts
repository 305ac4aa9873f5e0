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
/** `encodeURIComponent`, whose `URIError` for a lone surrogate becomes a validation issue at `path`. */
export declare function encode(text: string, path: string): string;
//# sourceMappingURL=query.d.ts.map
