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
 */
export declare function serializeQuery(query: Record<string, unknown>): string;
