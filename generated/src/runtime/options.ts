/**
 * Checks of what the caller configures: the client's options and each call's. A value the client
 * cannot honour is refused at once with a `TypeError` naming the option, rather than, say, retrying
 * a 429 forever (`maxRetries: Infinity`) or timing out in a millisecond (`timeoutMs: Infinity`, which
 * `setTimeout` turns into 1). Messages never quote a credential.
 */

/** Options of one call: the second argument of every client method. */
export interface RequestOptions {
  /** Cancels the call, waits between retries included; it then rejects with `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Headers added to this call's request, e.g. an `Idempotency-Key` or a trace id. */
  headers?: Record<string, string> | undefined;
  /** This call's limit per attempt, overriding the client's. */
  timeoutMs?: number | undefined;
  /** This call's retries of a 429 or 503 answer, overriding the client's. */
  maxRetries?: number | undefined;
}

/** setTimeout's largest delay; anything longer fires at once. */
export const MAX_TIMEOUT_MS: number = 2 ** 31 - 1;

const REQUEST_OPTION_KEYS = new Set(['signal', 'headers', 'timeoutMs', 'maxRetries']);

export function checkTimeout(where: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    throw new TypeError(`${where}: timeoutMs must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS}, not ${show(value)}`);
  }
  return value;
}

export function checkRetries(where: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new TypeError(`${where}: maxRetries must be a whole number of at least 0, not ${show(value)}`);
  }
  return value;
}

/** The credentials a client sends, after the API's security schemes (see auth.ts). */
export interface Credentials {
  /** A bearer token: `Authorization: Bearer <token>`. */
  token?: string | undefined;
  /** An API key, sent where the API's `apiKey` scheme says: a header, the query or a cookie. */
  apiKey?: string | undefined;
  /** Basic authentication's user name. */
  username?: string | undefined;
  /** Basic authentication's password; empty when left out. */
  password?: string | undefined;
}

export type CredentialName = keyof Credentials;

/**
 * The credentials among the client's options, checked: each given one a string it can send, each of
 * `required` given. A token or key goes into a header (or the query), so it must be a valid header
 * value: Node's own check throws a `TypeError` whose message holds the whole header, credential
 * included; this one says where the problem is instead.
 */
export function checkCredentials(options: Credentials, required: readonly CredentialName[]): Credentials {
  const checked: Credentials = {};
  for (const name of ['token', 'apiKey', 'username', 'password'] as const) {
    const value: unknown = options[name];
    if (value === undefined && !required.includes(name)) continue;
    if (typeof value !== 'string' || (value === '' && name !== 'password')) {
      throw new TypeError(`createClient: ${name} must be a non-empty string, not ${value === '' ? 'an empty string' : typeof value}`);
    }
    const problem = name === 'username' ? userNameProblem(value) : name === 'password' ? undefined : headerValueProblem(value);
    if (problem !== undefined) throw new TypeError(`createClient: ${name} cannot be sent in a header: ${problem}`);
    checked[name] = value;
  }
  return checked;
}

/** Basic authentication joins the user name and the password with a colon, so the name cannot hold one. */
function userNameProblem(value: string): string | undefined {
  const colon = value.indexOf(':');
  return colon === -1 ? undefined : `it holds a colon at character ${colon + 1} of ${value.length}, which basic authentication reads as the end of the name`;
}

export function checkBaseUrl(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new TypeError('createClient: baseUrl is required (the spec names no absolute server URL)');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`createClient: baseUrl must be an absolute http or https URL, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`createClient: baseUrl must be an absolute http or https URL, not a ${url.protocol} URL`);
  }
  return value;
}

/** The checked options of one call; `undefined` where the client's setting applies. */
export interface CheckedRequestOptions {
  signal: AbortSignal | undefined;
  headers: Record<string, string> | undefined;
  timeoutMs: number | undefined;
  maxRetries: number | undefined;
}

export function checkRequestOptions(where: string, options: unknown): CheckedRequestOptions {
  if (options === undefined || options === null) {
    return { signal: undefined, headers: undefined, timeoutMs: undefined, maxRetries: undefined };
  }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${where}: the second argument must be an options object ({ signal, headers, timeoutMs, maxRetries })`);
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!REQUEST_OPTION_KEYS.has(key)) {
      throw new TypeError(`${where}: unknown option ${JSON.stringify(key)} (expected signal, headers, timeoutMs or maxRetries)`);
    }
  }
  return {
    signal: checkSignal(where, given.signal),
    headers: checkHeaders(where, given.headers),
    timeoutMs: checkTimeout(where, given.timeoutMs),
    maxRetries: checkRetries(where, given.maxRetries),
  };
}

function checkSignal(where: string, value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  const looksLikeSignal =
    typeof value === 'object' && value !== null && typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function';
  if (!looksLikeSignal) throw new TypeError(`${where}: signal must be an AbortSignal`);
  return value as AbortSignal;
}

/** An HTTP token: the characters a header name may have. */
export const HEADER_NAME: RegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function checkHeaders(where: string, value: unknown): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${where}: headers must be an object of header names to string values`);
  }
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(value)) {
    if (!HEADER_NAME.test(name)) throw new TypeError(`${where}: ${JSON.stringify(name)} is not a valid header name`);
    if (typeof header !== 'string') throw new TypeError(`${where}: header ${name} must be a string, not ${typeof header}`);
    const problem = headerValueProblem(header);
    if (problem !== undefined) throw new TypeError(`${where}: header ${name} cannot be sent: ${problem}`);
    // Defined, not assigned: a header named `__proto__` is a header like any other.
    Object.defineProperty(headers, name, { value: header, enumerable: true, writable: true, configurable: true });
  }
  return headers;
}

/** Why `value` is not a header value fetch would send unchanged, without quoting it; `undefined` if it is. */
export function headerValueProblem(value: string): string | undefined {
  if (/^[ \t]|[ \t]$/.test(value)) return 'it starts or ends with a space or tab (read from a file? trim it)';
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const at = `at character ${index + 1} of ${value.length}`;
    if (code === 0x0a || code === 0x0d) return `it holds a line break ${at} (read from a file? trim it)`;
    if (code < 0x20 ? code !== 0x09 : code === 0x7f) return `it holds a control character ${at}`;
    if (code > 0xff) return `it holds a character outside Latin-1 ${at}`;
  }
  return undefined;
}

function show(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
