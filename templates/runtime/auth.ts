import type { Middleware } from 'openapi-fetch';
import type { CredentialName, Credentials } from './options.js';
import type { OperationTable } from './table.js';

/** One of the API's security schemes, as the client sends it. */
export type SecurityScheme =
  /** `Authorization: Bearer <token>` (OpenAPI's `http` `bearer`, `oauth2` and `openIdConnect`). */
  | { readonly type: 'bearer' }
  /** `Authorization: Basic <username:password in base64>`. */
  | { readonly type: 'basic' }
  /** The API key under `name`, in a header, the query or a cookie. */
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string };

/** How an API authenticates: its schemes, what an operation needs by default, and what the client must be given. */
export interface Security {
  readonly schemes: { readonly [name: string]: SecurityScheme };
  /** The requirements of an operation whose table states none: alternatives, each the schemes it needs together. */
  readonly security: readonly (readonly string[])[];
  /** The credentials `createClient` must be given: those no operation can do without. */
  readonly required: readonly CredentialName[];
}

/** A bearer token, required: what the client sends when an API says nothing else (CONTRACT.md section 4). */
export const BEARER_TOKEN: Security = { schemes: { bearer: { type: 'bearer' } }, security: [['bearer']], required: ['token'] };

/**
 * The middleware that authenticates each request, the first the client runs: for the operation's
 * requirements (its table's, else the API's, found by method and route; `client.raw` included), the
 * first alternative whose credentials the client has is sent. An operation with `security: []` gets
 * none. A header or query key the request already has is left alone, so that a call's own `headers`
 * (another token, say) win over the client's. When no alternative can be met the request goes
 * without, and the API answers it.
 */
export function authentication(security: Security, credentials: Credentials, operations: Readonly<Record<string, OperationTable>>): Middleware {
  const requirements = new Map<string, readonly (readonly string[])[]>();
  for (const table of Object.values(operations)) {
    requirements.set(`${table.method.toUpperCase()} ${table.route}`, table.security ?? security.security);
  }
  return {
    async onRequest({ request, schemaPath }) {
      const alternatives = requirements.get(`${request.method} ${schemaPath}`) ?? security.security;
      const chosen = alternatives.find((names) => names.length > 0 && names.every((name) => canSend(schemeNamed(security, name), credentials)));
      let authenticated = request;
      for (const name of chosen ?? []) authenticated = await apply(schemeNamed(security, name)!, credentials, authenticated);
      return authenticated;
    },
  };
}

/** Own keys only: a requirement naming `constructor` must not find Object.prototype's. */
function schemeNamed(security: Security, name: string): SecurityScheme | undefined {
  return Object.hasOwn(security.schemes, name) ? security.schemes[name] : undefined;
}

function canSend(scheme: SecurityScheme | undefined, credentials: Credentials): boolean {
  if (scheme === undefined) return false;
  if (scheme.type === 'bearer') return credentials.token !== undefined;
  if (scheme.type === 'basic') return credentials.username !== undefined;
  return credentials.apiKey !== undefined;
}

async function apply(scheme: SecurityScheme, credentials: Credentials, request: Request): Promise<Request> {
  const setHeader = (name: string, value: string) => {
    if (!request.headers.has(name)) request.headers.set(name, value);
    return request;
  };
  switch (scheme.type) {
    case 'bearer':
      return setHeader('Authorization', `Bearer ${credentials.token}`);
    case 'basic':
      return setHeader('Authorization', `Basic ${base64(`${credentials.username}:${credentials.password ?? ''}`)}`);
    case 'apiKey': {
      const key = credentials.apiKey!;
      if (scheme.in === 'header') return setHeader(scheme.name, key);
      if (scheme.in === 'cookie') {
        const cookie = request.headers.get('Cookie');
        const pair = `${scheme.name}=${encodeURIComponent(key)}`;
        if (cookie === null) request.headers.set('Cookie', pair);
        else if (!cookie.split(';').some((part) => part.trim().startsWith(`${scheme.name}=`))) request.headers.set('Cookie', `${cookie}; ${pair}`);
        return request;
      }
      const url = new URL(request.url);
      if (url.searchParams.has(scheme.name)) return request;
      // Appended to the query as written, so that the rest of it keeps its encoding (brackets).
      url.search = `${url.search === '' ? '' : `${url.search}&`}${encodeURIComponent(scheme.name)}=${encodeURIComponent(key)}`;
      return withUrl(request, url);
    }
  }
}

/**
 * The same request at another URL. Its body is read into memory first: a request made from another
 * one's body stream needs `duplex`, which not every runtime takes.
 */
async function withUrl(request: Request, url: URL): Promise<Request> {
  const { method, headers, signal, redirect, credentials, cache, integrity, keepalive, mode, referrer, referrerPolicy } = request;
  const body = request.body === null ? undefined : await request.arrayBuffer();
  return new Request(url, { method, headers, signal, redirect, credentials, cache, integrity, keepalive, mode, referrer, referrerPolicy, body });
}

/** Base64 of the text's UTF-8 bytes (RFC 7617), with what browsers and Node both have. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
