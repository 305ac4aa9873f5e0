/**
 * Header parameters as headers, in OpenAPI's `simple` style: a scalar as it is, an array
 * comma-separated (`a,b`), an object as its keys and values (`role,admin,team,core`); `undefined` is
 * left out. A value no header can carry (a line break, a character outside Latin-1) is a
 * `RequestValidationError` at its parameter, which does not quote it: a header may hold a secret.
 */
export declare function headerParameters(header: object | undefined): [string, string][];
/**
 * Cookie parameters as one `Cookie` header (`session=abc; theme=dark`), values percent-encoded as
 * most servers' cookie parsers expect, in the `simple` style as headers are. Browsers do not let
 * fetch set `Cookie`: there the browser's own cookies are sent instead.
 */
export declare function cookieHeader(cookie: object | undefined): string | undefined;
//# sourceMappingURL=parameters.d.ts.map
