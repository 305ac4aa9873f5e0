import createClient from 'openapi-fetch';
import { ApiError, RequestValidationError } from './errors.js';
import { serializePath } from './path.js';
import { serializeQuery } from './query.js';
import { createTransport } from './transport.js';
import { validateRequest } from './validate.js';
/**
 * The client all generated methods go through. `operations` holds each operation's table by
 * operationId; `knownIntegrations` lists every slug of the API, to tell an unknown integration from one
 * that lacks an operation.
 */
export function createCore(options, operations, knownIntegrations) {
    if (!options.baseUrl)
        throw new TypeError('createClient: baseUrl is required (the spec names no absolute server URL)');
    const raw = createClient({
        baseUrl: options.baseUrl,
        headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
        querySerializer: serializeQuery,
        pathSerializer: serializePath,
        fetch: createTransport({ fetch: options.fetch, timeoutMs: options.timeoutMs, maxRetries: options.maxRetries }),
    });
    const request = raw.request;
    const validate = options.validate ?? true;
    async function send(operationId, input) {
        const table = Object.hasOwn(operations, operationId) ? operations[operationId] : undefined;
        if (table === undefined)
            throw new TypeError(`Unknown operation "${operationId}"`);
        if (validate) {
            const issues = validateRequest(table, input, knownIntegrations);
            if (issues.length > 0)
                throw new RequestValidationError(issues, operationId);
        }
        // `path` is always given so that a missing parameter throws even when validation is off.
        const { data, error, response } = await request(table.method, table.route, {
            params: { path: input.path ?? {}, query: input.query },
            body: input.body,
        });
        if (!response.ok)
            throw new ApiError({ operationId, method: table.method, route: table.route }, response, error);
        return data;
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
            bound[operationId] = (input = {}) => send(operationId, {
                ...input,
                integration,
                query: fillsAccount ? { ...input.query, integrated_account_id: integratedAccountId } : input.query,
            });
        }
        return bound;
    }
    return { raw, send, bind };
}
