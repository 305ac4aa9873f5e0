import createClient from 'openapi-fetch';
import { ApiPromise } from './api-promise.js';
import { authentication, BEARER_TOKEN } from './auth.js';
import { encodeBody, serializeRawBody } from './body.js';
import { ApiError, InvalidResponseError, RequestValidationError } from './errors.js';
import { mediaKind } from './media.js';
import { checkBaseUrl, checkCredentials, checkRequestOptions, checkRetries, checkTimeout } from './options.js';
import { cookieHeader, headerParameters } from './parameters.js';
import { serializePath } from './path.js';
import { serializeQuery } from './query.js';
import { createTransport } from './transport.js';
import { validateRequest } from './validate.js';
/** Keys that belong in a call's options, not in its request: a common slip, caught early. */
const OPTION_KEYS_IN_REQUEST = ['signal', 'headers', 'timeoutMs', 'maxRetries'];
/** Answers that have no body, whatever their headers say. */
const NO_BODY_STATUSES = new Set([204, 205, 304]);
/**
 * The client all generated methods go through. `operations` holds each operation's table by
 * operationId; `api` what else the client needs to know: the integrations and the security schemes.
 */
export function createCore(options, operations, api = {}) {
    const security = api.security ?? BEARER_TOKEN;
    const knownIntegrations = api.integrations;
    if (typeof options !== 'object' || options === null) {
        const needed = security.required.length > 0 ? ` with ${security.required.join(' and ')}` : '';
        throw new TypeError(`createClient: options must be an object${needed}`);
    }
    const credentials = checkCredentials(options, security.required);
    const baseUrl = checkBaseUrl(options.baseUrl);
    const defaults = {
        fetch: options.fetch,
        timeoutMs: checkTimeout('createClient', options.timeoutMs),
        maxRetries: checkRetries('createClient', options.maxRetries),
    };
    const raw = createClient({
        baseUrl,
        headers: { Accept: 'application/json' },
        querySerializer: serializeQuery,
        pathSerializer: serializePath,
        bodySerializer: serializeRawBody,
        fetch: createTransport(defaults),
    });
    // The first middleware, so that the caller's own see each request as it is sent.
    if (Object.keys(credentials).length > 0)
        raw.use(authentication(security, credentials, operations));
    const request = raw.request;
    const validate = options.validate ?? true;
    async function call(operationId, input, given) {
        const table = Object.hasOwn(operations, operationId) ? operations[operationId] : undefined;
        if (table === undefined)
            throw new TypeError(`Unknown operation "${operationId}"`);
        const settings = checkRequestOptions(operationId, given);
        const misplaced = OPTION_KEYS_IN_REQUEST.find((key) => typeof input === 'object' && input !== null && Object.hasOwn(input, key));
        if (misplaced !== undefined) {
            throw new TypeError(`${operationId}: ${misplaced} is a call option: pass it in the second argument, not in the request`);
        }
        if (validate) {
            const issues = validateRequest(table, input, knownIntegrations);
            if (issues.length > 0)
                throw new RequestValidationError(issues, operationId);
        }
        const transport = createTransport({
            ...defaults,
            signal: settings.signal,
            timeoutMs: settings.timeoutMs ?? defaults.timeoutMs,
            maxRetries: settings.maxRetries ?? defaults.maxRetries,
        });
        let prepared;
        try {
            prepared = prepare(table, input, settings.headers);
        }
        catch (failure) {
            rethrowForOperation(operationId, failure);
        }
        // `path` is always given so that a missing parameter throws even when validation is off.
        const { error, response } = await request(table.method, table.route, {
            params: { path: input.path ?? {}, query: input.query },
            body: prepared.body,
            bodySerializer: (body) => body,
            headers: prepared.headers,
            signal: settings.signal,
            fetch: transport,
            parseAs: 'stream',
        }).catch((failure) => rethrowForOperation(operationId, failure));
        const operation = { operationId, method: table.method, route: table.route };
        if (!response.ok)
            throw new ApiError(operation, response, error);
        return { data: (await readData(operation, table, response)), response };
    }
    function send(operationId, input, given) {
        return new ApiPromise(call(operationId, input, given));
    }
    function bind(integration, { integratedAccountId }) {
        if (knownIntegrations !== undefined && !knownIntegrations.includes(integration)) {
            const message = `"${integration}" is not a known integration`;
            throw new RequestValidationError([{ path: 'integration', code: 'unknown_integration', message }]);
        }
        const bound = {};
        for (const [operationId, table] of Object.entries(operations)) {
            if (table.integrations !== undefined && !table.integrations.includes(integration))
                continue;
            const fillsAccount = integratedAccountId !== undefined &&
                table.parts.query !== undefined &&
                Object.hasOwn(table.parts.query, 'integrated_account_id');
            bound[operationId] = (input = {}, given) => send(operationId, {
                ...input,
                integration,
                query: fillsAccount ? { ...input.query, integrated_account_id: integratedAccountId } : input.query,
            }, given);
        }
        return bound;
    }
    return {
        raw,
        send,
        bind,
        use: (...middleware) => raw.use(...middleware),
        eject: (...middleware) => raw.eject(...middleware),
    };
}
/** The serialisers know the field, not the operation: their `RequestValidationError` gets its name. */
function rethrowForOperation(operationId, failure) {
    if (failure instanceof RequestValidationError && failure.operationId === undefined) {
        throw new RequestValidationError(failure.issues, operationId, { cause: failure.cause });
    }
    throw failure;
}
/**
 * A call's headers and body: `Accept` for the answer it reads, the body written in its media type
 * (`Content-Type` with it, but for multipart, whose boundary fetch writes), the header and cookie
 * parameters, then the call's own `headers`, which win.
 */
function prepare(table, input, callHeaders) {
    const headers = new Headers();
    if (table.responseType !== undefined)
        headers.set('Accept', table.responseType);
    let body;
    if (input.body !== undefined) {
        const contentType = input.contentType ?? table.contentTypes?.[0] ?? 'application/json';
        const encoded = encodeBody(input.body, contentType, table.encoding?.[contentType]);
        body = encoded.body;
        if (encoded.contentType !== undefined)
            headers.set('Content-Type', encoded.contentType);
    }
    for (const [name, value] of headerParameters(input.header))
        headers.set(name, value);
    const cookie = cookieHeader(input.cookie);
    if (cookie !== undefined)
        headers.set('Cookie', cookie);
    for (const [name, value] of Object.entries(callHeaders ?? {}))
        headers.set(name, value);
    return { headers, body };
}
/**
 * The data of a 2xx answer, read as the operation's response media type says (media.ts): JSON
 * parsed, text as a string, anything else as a `Blob`; for a wildcard type, as the answer's own
 * `Content-Type` says. An answer without a body (204, an empty `Content-Length`, a HEAD) is
 * `undefined`.
 */
async function readData(operation, table, response) {
    if (NO_BODY_STATUSES.has(response.status) || table.method === 'head')
        return parseJson(operation, table, response, '');
    const declared = table.responseType ?? 'application/json';
    const kind = mediaKind(declared);
    if (kind === 'binary')
        return response.blob();
    if (kind === 'text' || kind === 'form' || kind === 'multipart')
        return response.text();
    if (kind === 'json')
        return parseJson(operation, table, response, await response.text());
    // A wildcard: the answer says what it is.
    const actual = mediaKind(response.headers.get('content-type') ?? 'text/plain');
    if (actual === 'json')
        return parseJson(operation, table, response, await response.text());
    if (actual === 'binary')
        return response.blob();
    const text = await response.text();
    return text === '' ? undefined : text;
}
/**
 * JSON, or `undefined` when the answer is empty and the operation returns nothing. A body that is
 * not JSON, or an empty one where the operation's table lists the fields it returns, is an
 * `InvalidResponseError` rather than a value that contradicts the method's type.
 */
function parseJson(operation, table, response, body) {
    if (body.trim() === '') {
        if (table.response === undefined)
            return undefined;
        throw new InvalidResponseError(operation, response, body, 'with an empty body; the operation returns a JSON object');
    }
    try {
        return JSON.parse(body);
    }
    catch (cause) {
        const type = response.headers.get('content-type');
        const what = type === null ? 'a body' : `a ${type.split(';')[0].trim()} body`;
        throw new InvalidResponseError(operation, response, body, `with ${what} that is not valid JSON`, { cause });
    }
}
