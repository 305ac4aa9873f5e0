"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateRequest = validateRequest;
const body_js_1 = require("./body.js");
const PARAMETER_PARTS = ['path', 'query', 'header', 'cookie'];
/**
 * Checks a request against its operation's table and the rules of its integration, and returns every
 * issue found (empty when the request may be sent), each with a message that names the integration
 * whose rule it breaks ("okta does not support password"): an integration that is unknown or lacks the
 * operation, keys the operation or the integration does not support, required keys that are missing,
 * values outside the integration's enum. `knownIntegrations` (every slug of the API) tells an unknown
 * integration from one that merely lacks this operation.
 *
 * Without a usable integration (the spec names none, or the request's is wrong) only what holds for
 * every integration is checked: unknown keys, plainly required keys, the spec's enums.
 *
 * The body's fields are checked when it is sent in the operation's default media type, whose schema
 * the table holds, as an object (not a `Blob` or text the caller wrote): another media type's schema
 * is the API's to judge. A `contentType` the operation does not take is an issue of its own.
 */
function validateRequest(table, request, knownIntegrations) {
    const issues = [];
    const integration = checkIntegration(table, request.integration, knownIntegrations, issues);
    for (const part of PARAMETER_PARTS)
        checkPart(part, table, request[part], integration, issues);
    const contentTypes = table.contentTypes ?? ['application/json'];
    if (request.contentType !== undefined && !contentTypes.includes(request.contentType)) {
        const expected = contentTypes.map((type) => JSON.stringify(type)).join(', ');
        issues.push({ path: 'contentType', code: 'unsupported_value', message: `${JSON.stringify(request.contentType)} is not a media type of this operation; expected one of ${expected}` });
    }
    else if ((request.contentType ?? contentTypes[0]) === contentTypes[0] && !isWritten(request.body)) {
        checkPart('body', table, request.body, integration, issues);
    }
    return issues;
}
/** A body the caller wrote out for the wire (bytes, text, a form of their own): it has no fields to check. */
function isWritten(body) {
    return (0, body_js_1.isRawBody)(body) || body instanceof FormData || body instanceof URLSearchParams;
}
/** Returns the integration to judge the fields by, or `undefined` when there is none to trust. */
function checkIntegration(table, integration, knownIntegrations, issues) {
    if (table.integrations === undefined)
        return undefined;
    const path = 'integration';
    if (integration === undefined) {
        issues.push({ path, code: 'missing_required', message: 'integration is required' });
    }
    else if (table.integrations.includes(integration)) {
        return integration;
    }
    else if (knownIntegrations?.includes(integration)) {
        issues.push({ path, code: 'unsupported_operation', message: `${integration} does not support this operation` });
    }
    else {
        const known = knownIntegrations === undefined ? "one of this operation's integrations" : 'a known integration';
        issues.push({ path, code: 'unknown_integration', message: `"${integration}" is not ${known}` });
    }
    return undefined;
}
function checkPart(part, table, value, integration, issues) {
    const fields = table.parts[part] ?? {};
    const open = table.open?.includes(part) ?? false;
    const given = fieldsOf(value);
    for (const [key, value] of given) {
        if (value === undefined)
            continue;
        const path = `${part}.${key}`;
        const rule = Object.hasOwn(fields, key) ? fields[key] : undefined;
        if (rule === undefined) {
            if (open)
                continue;
            issues.push({ path, code: 'unsupported_field', message: `${key} is not a ${part} key of this operation` });
        }
        else if (!isSupported(rule, integration)) {
            issues.push({ path, code: 'unsupported_field', message: `${integration} does not support ${key}` });
        }
        else {
            checkValue(path, key, value, rule, integration, issues);
        }
    }
    for (const [key, rule] of Object.entries(fields)) {
        if (given.get(key) === undefined && isRequired(rule, integration)) {
            const message = integration === undefined ? `${key} is required` : `${integration} requires ${key}`;
            issues.push({ path: `${part}.${key}`, code: 'missing_required', message });
        }
    }
}
function checkValue(path, key, value, rule, integration, issues) {
    // Own keys only: an integration slug such as `constructor` must not find Object.prototype's.
    const narrowed = integration !== undefined && rule.values && Object.hasOwn(rule.values, integration) ? rule.values[integration] : undefined;
    const allowed = narrowed ?? rule.enum;
    if (allowed === undefined)
        return;
    const check = (item, itemPath) => {
        if (allowed.includes(item))
            return;
        const expected = `expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
        const message = narrowed === undefined
            ? `${JSON.stringify(item)} is not a value of ${key}; ${expected}`
            : `${integration} does not accept ${JSON.stringify(item)} for ${key}; ${expected}`;
        issues.push({ path: itemPath, code: 'unsupported_value', message });
    };
    if (Array.isArray(value))
        value.forEach((item, index) => check(item, `${path}[${index}]`));
    else
        check(value, path);
}
/** `supported` absent means every integration of the operation, which the caller has already checked. */
function isSupported(rule, integration) {
    return integration === undefined || rule.supported === undefined || rule.supported.includes(integration);
}
function isRequired(rule, integration) {
    if (rule.required === true)
        return isSupported(rule, integration);
    return integration !== undefined && rule.required !== undefined && rule.required.includes(integration);
}
/** A part's keys; a Map so that keys such as `constructor` cannot reach `Object.prototype`. */
function fieldsOf(part) {
    const isRecord = typeof part === 'object' && part !== null && !Array.isArray(part);
    return new Map(isRecord ? Object.entries(part) : []);
}
