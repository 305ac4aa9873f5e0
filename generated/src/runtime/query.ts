import { RequestValidationError } from './errors.js';

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
export function serializeQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const [name, text] of bracketPairs(key, value, `query.${key}`)) pairs.push(`${name.wire}=${encode(text, name.path)}`);
  }
  return pairs.join('&');
}

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
export function bracketPairs(key: string, value: unknown, path: string): [BracketName, string][] {
  const pairs: [BracketName, string][] = [];
  appendPairs(pairs, { wire: encode(key, path), raw: key, path }, value, []);
  return pairs;
}

function appendPairs(pairs: [BracketName, string][], name: BracketName, value: unknown, ancestors: readonly object[]): void {
  if (value === undefined) return;
  if (isStructured(value) && ancestors.includes(value)) {
    throw new RequestValidationError([{ path: name.path, code: 'unsupported_value', message: `contains itself, so it cannot be sent in ${where(name.path)}` }]);
  }
  const inside = isStructured(value) ? [...ancestors, value] : ancestors;
  if (Array.isArray(value)) {
    // `[]` cannot keep an object's fields together with its siblings' fields: those need an index.
    value.forEach((item, index) => {
      const segment = isStructured(item) ? `[${index}]` : '[]';
      appendPairs(pairs, { wire: `${name.wire}${segment}`, raw: `${name.raw}${segment}`, path: `${name.path}[${index}]` }, item, inside);
    });
  } else if (isStructured(value)) {
    for (const [key, item] of Object.entries(value)) {
      const path = `${name.path}.${key}`;
      appendPairs(pairs, { wire: `${name.wire}[${encode(key, path)}]`, raw: `${name.raw}[${key}]`, path }, item, inside);
    }
  } else {
    pairs.push([name, scalarText(value)]);
  }
}

function where(path: string): string {
  return path.startsWith('body') ? 'a form body' : 'a query string';
}

/** `encodeURIComponent`, whose `URIError` for a lone surrogate becomes a validation issue at `path`. */
export function encode(text: string, path: string): string {
  try {
    return encodeURIComponent(text);
  } catch (cause) {
    const message = 'holds a lone UTF-16 surrogate (half of an emoji?), which cannot be sent in a URL';
    throw new RequestValidationError([{ path, code: 'unsupported_value', message }], undefined, { cause });
  }
}

export function isStructured(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

export function scalarText(value: unknown): string {
  if (value === null) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}
