import createClient from 'openapi-fetch';
import { ApiPromise } from './api-promise.js';
import { ApiError, InvalidResponseError, RequestValidationError } from './errors.js';
import { checkBaseUrl, checkRequestOptions, checkRetries, checkTimeout, checkToken } from './options.js';
import { serializePath } from './path.js';
import { serializeBody } from './body.js';
import { serializeQuery } from './query.js';
import { createTransport } from './transport.js';
import { validateRequest } from './validate.js';
/** Keys that belong in a call's options, not in its request: a common slip, caught early. */
const OPTION_KEYS_IN_REQUEST = ['signal', 'timeoutMs', 'maxRetries'];
/**
 * The client all generated methods go through. `operations` holds each operation's table by
 * operationId; `knownIntegrations` lists every slug of the API, to tell an unknown integration from one
 * that lacks an operation.
 */
export function createCore(options, operations, knownIntegrations) {
    if (typeof options !== 'object' || options === null)
        throw new TypeError('createClient: options must be an object with a token');
    const token = checkToken(options.token);
    const baseUrl = checkBaseUrl(options.baseUrl);
    const defaults = {
        fetch: options.fetch,
        timeoutMs: checkTimeout('createClient', options.timeoutMs),
        maxRetries: checkRetries('createClient', options.maxRetries),
    };
    const raw = createClient({
        baseUrl,
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        querySerializer: serializeQuery,
        pathSerializer: serializePath,
        bodySerializer: serializeBody,
        fetch: createTransport(defaults),
    });
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
        // `path` is always given so that a missing parameter throws even when validation is off.
        const { error, response, data } = await request(table.method, table.route, {
            params: { path: input.path ?? {}, query: input.query },
            body: input.body,
            headers: settings.headers,
            signal: settings.signal,
            fetch: transport,
            parseAs: 'text',
        }).catch((failure) => {
            // The serialisers know the field, not the operation.
            if (failure instanceof RequestValidationError && failure.operationId === undefined) {
                throw new RequestValidationError(failure.issues, operationId, { cause: failure.cause });
            }
            throw failure;
        });
        const operation = { operationId, method: table.method, route: table.route };
        if (!response.ok)
            throw new ApiError(operation, response, error);
        return { data: parseData(operation, table, response, data), response };
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
/**
 * The data of a 2xx answer, from its text (openapi-fetch hands it over unparsed, `parseAs: 'text'`,
 * or `undefined` for a 204 or an empty `Content-Length`): JSON, or `undefined` when the answer is
 * empty and the operation returns nothing. A body that is not JSON, or an empty one where the
 * operation's table lists the fields it returns, is an `InvalidResponseError` rather than a value
 * that contradicts the method's type.
 */
function parseData(operation, table, response, text) {
    const body = typeof text === 'string' ? text : '';
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
