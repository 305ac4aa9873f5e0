import { RequestValidationError } from './errors.js';
import { HEADER_NAME, headerValueProblem } from './options.js';
import { encode, isStructured, scalarText } from './query.js';

/**
 * Header parameters as headers, in OpenAPI's `simple` style: a scalar as it is, an array
 * comma-separated (`a,b`), an object as its keys and values (`role,admin,team,core`); `undefined` is
 * left out. A value no header can carry (a line break, a character outside Latin-1) is a
 * `RequestValidationError` at its parameter, which does not quote it: a header may hold a secret.
 */
export function headerParameters(header: object | undefined): [string, string][] {
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(header ?? {})) {
    if (value === undefined) continue;
    const path = `header.${name}`;
    if (!HEADER_NAME.test(name)) throw issue(path, `${JSON.stringify(name)} is not a valid header name`);
    const text = simpleStyle(value);
    const problem = headerValueProblem(text);
    if (problem !== undefined) throw issue(path, `cannot be sent in a header: ${problem}`);
    headers.push([name, text]);
  }
  return headers;
}

/**
 * Cookie parameters as one `Cookie` header (`session=abc; theme=dark`), values percent-encoded as
 * most servers' cookie parsers expect, in the `simple` style as headers are. Browsers do not let
 * fetch set `Cookie`: there the browser's own cookies are sent instead.
 */
export function cookieHeader(cookie: object | undefined): string | undefined {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(cookie ?? {})) {
    if (value === undefined) continue;
    const path = `cookie.${name}`;
    if (!HEADER_NAME.test(name)) throw issue(path, `${JSON.stringify(name)} is not a valid cookie name`);
    pairs.push(`${name}=${encode(simpleStyle(value), path)}`);
  }
  return pairs.length > 0 ? pairs.join('; ') : undefined;
}

function simpleStyle(value: unknown): string {
  if (Array.isArray(value)) return value.map(scalarText).join(',');
  if (isStructured(value)) return Object.entries(value).flatMap(([key, item]) => [key, scalarText(item)]).join(',');
  return scalarText(value);
}

function issue(path: string, message: string): RequestValidationError {
  return new RequestValidationError([{ path, code: 'unsupported_value', message }]);
}
