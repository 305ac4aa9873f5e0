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
export function serializeQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) appendPairs(pairs, encodeURIComponent(key), value);
  return pairs.join('&');
}

function appendPairs(pairs: string[], name: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    // `[]` cannot keep an object's fields together with its siblings' fields: those need an index.
    value.forEach((item, index) => appendPairs(pairs, isStructured(item) ? `${name}[${index}]` : `${name}[]`, item));
  } else if (isStructured(value)) {
    for (const [key, item] of Object.entries(value)) appendPairs(pairs, `${name}[${encodeURIComponent(key)}]`, item);
  } else {
    pairs.push(`${name}=${encodeURIComponent(scalarText(value))}`);
  }
}

function isStructured(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function scalarText(value: unknown): string {
  if (value === null) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}
