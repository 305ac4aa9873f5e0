"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encodeBody = encodeBody;
exports.serializeBody = serializeBody;
exports.serializeRawBody = serializeRawBody;
exports.isRawBody = isRawBody;
const errors_js_1 = require("./errors.js");
const media_js_1 = require("./media.js");
const query_js_1 = require("./query.js");
/**
 * A request body written as `contentType` says (see media.ts):
 *
 * - JSON and `+json` types: `JSON.stringify`, sent with its own type (`application/json-patch+json`);
 * - a form: the properties as `key=value` pairs, each as its `encoding` says (Stripe's `deepObject`:
 *   `metadata[plan]=pro&expand[]=customer`); without one, scalars as they are, arrays of scalars
 *   repeated (`tag=a&tag=b`, OpenAPI's default) and objects in brackets;
 * - multipart: a `FormData`, `Blob`s and `File`s as files, scalars as text, arrays repeated, objects
 *   as JSON text (or in brackets with `deepObject`); fetch sets the boundary;
 * - text and binary types: a `Blob`, `ArrayBuffer`, typed array or string, sent as it is;
 * - a wildcard type (any type at all, `application/*`): such a value as it is, anything else as JSON.
 *
 * A value the media type cannot carry is a `RequestValidationError` at `body`, naming what it takes.
 */
function encodeBody(body, contentType, encoding) {
    switch ((0, media_js_1.mediaKind)(contentType)) {
        case 'json':
            return { body: serializeBody(body), contentType };
        case 'form':
            return { body: body instanceof URLSearchParams ? body.toString() : formBody(body, encoding ?? {}), contentType };
        case 'multipart':
            return { body: body instanceof FormData ? body : multipartBody(body, encoding ?? {}), contentType: undefined };
        case 'any':
            return isRawBody(body) ? rawBody(body, contentType) : { body: serializeBody(body), contentType: 'application/json' };
        default:
            if (!isRawBody(body))
                throw bodyIssue(`a ${contentType} body is sent as it is: give a string, Blob, ArrayBuffer or typed array`);
            return rawBody(body, contentType);
    }
}
/**
 * A request body as JSON. A value JSON cannot hold (an object that contains itself, a BigInt) is a
 * `RequestValidationError` at `body`, with the serialiser's error as its cause, rather than the raw
 * `TypeError`.
 */
function serializeBody(body) {
    try {
        return JSON.stringify(body);
    }
    catch (cause) {
        const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
        throw bodyIssue(`cannot be sent as JSON: ${reason}`, cause);
    }
}
/**
 * `client.raw`'s body serialiser (openapi-fetch's `bodySerializer`): a `FormData`, `Blob`, buffer or
 * `URLSearchParams` goes as it is, an object as a form when the call's `Content-Type` says so, and
 * anything else as JSON.
 */
function serializeRawBody(body, headers) {
    if (body instanceof FormData || body instanceof URLSearchParams || body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
        return body;
    }
    const type = headers instanceof Headers ? headers.get('content-type') : (headers?.['Content-Type'] ?? headers?.['content-type']);
    return type != null && (0, media_js_1.mediaKind)(type) === 'form' ? formBody(body, {}) : serializeBody(body);
}
function isRawBody(body) {
    return typeof body === 'string' || body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body);
}
/** A wildcard media type (`image/*`) is no `Content-Type`: a `Blob` says its own, else bytes or text. */
function rawBody(body, contentType) {
    if (!contentType.includes('*'))
        return { body: body, contentType };
    const own = body instanceof Blob && body.type !== '' ? body.type : undefined;
    return { body: body, contentType: own ?? (typeof body === 'string' ? 'text/plain;charset=UTF-8' : 'application/octet-stream') };
}
function formBody(body, encoding) {
    const pairs = [];
    for (const [key, value] of fieldsOf(body, 'a form')) {
        const rule = Object.hasOwn(encoding, key) ? encoding[key] : undefined;
        pairs.push(...formPairs(key, value, rule));
    }
    return pairs.join('&');
}
const DELIMITERS = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };
/**
 * One property of a form body. With an encoding, its style and explode as OpenAPI defines them, for
 * the depth they define (a scalar, an array of scalars, an object of scalars); deeper values, and
 * `deepObject`, in brackets. Without one, OpenAPI's default (`form`, exploded) for scalars and arrays
 * of scalars, and brackets for objects, which `form` would flatten into the body's own keys.
 */
function formPairs(key, value, rule) {
    const path = `body.${key}`;
    const pair = (name, text) => `${(0, query_js_1.encode)(name, path)}=${(0, query_js_1.encode)(text, path)}`;
    const style = rule?.style ?? 'form';
    const explode = rule?.explode ?? style === 'form';
    const flat = isFlat(value);
    if (value === undefined)
        return [];
    if (style === 'deepObject' || !flat || (rule === undefined && (0, query_js_1.isStructured)(value) && !Array.isArray(value))) {
        return (0, query_js_1.bracketPairs)(key, value, path).map(([name, text]) => `${name.wire}=${(0, query_js_1.encode)(text, name.path)}`);
    }
    if (Array.isArray(value)) {
        if (explode)
            return value.map((item) => pair(key, (0, query_js_1.scalarText)(item)));
        return [pair(key, value.map(query_js_1.scalarText).join(DELIMITERS[style]))];
    }
    if ((0, query_js_1.isStructured)(value)) {
        const entries = Object.entries(value).filter(([, item]) => item !== undefined);
        if (explode)
            return entries.map(([name, item]) => pair(name, (0, query_js_1.scalarText)(item)));
        return [pair(key, entries.flatMap(([name, item]) => [name, (0, query_js_1.scalarText)(item)]).join(DELIMITERS[style]))];
    }
    return [pair(key, (0, query_js_1.scalarText)(value))];
}
/** A scalar, or an array or object of scalars: what a form style other than `deepObject` can write. */
function isFlat(value) {
    if (!(0, query_js_1.isStructured)(value))
        return true;
    return Object.values(value).every((item) => !(0, query_js_1.isStructured)(item));
}
function multipartBody(body, encoding) {
    const form = new FormData();
    for (const [key, value] of fieldsOf(body, 'a multipart')) {
        const rule = Object.hasOwn(encoding, key) ? encoding[key] : undefined;
        if (value === undefined)
            continue;
        if (rule?.style === 'deepObject' && (0, query_js_1.isStructured)(value) && !isFile(value)) {
            for (const [name, text] of (0, query_js_1.bracketPairs)(key, value, `body.${key}`))
                form.append(name.raw, text);
        }
        else if (Array.isArray(value)) {
            value.forEach((item, index) => appendPart(form, key, item, `body.${key}[${index}]`));
        }
        else {
            appendPart(form, key, value, `body.${key}`);
        }
    }
    return form;
}
function appendPart(form, name, value, path) {
    if (value === undefined)
        return;
    if (value instanceof Blob)
        form.append(name, value);
    else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
        form.append(name, new Blob([value]));
    else if ((0, query_js_1.isStructured)(value))
        form.append(name, serializePart(value, path));
    else
        form.append(name, (0, query_js_1.scalarText)(value));
}
/** An object in a multipart body is a JSON part (OpenAPI's default for objects). */
function serializePart(value, path) {
    try {
        return JSON.stringify(value);
    }
    catch (cause) {
        const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
        throw new errors_js_1.RequestValidationError([{ path, code: 'unsupported_value', message: `cannot be sent as JSON: ${reason}` }], undefined, { cause });
    }
}
function isFile(value) {
    return value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}
function fieldsOf(body, what) {
    if (!(0, query_js_1.isStructured)(body) || Array.isArray(body) || isFile(body))
        throw bodyIssue(`${what} body must be an object of its fields`);
    return Object.entries(body);
}
function bodyIssue(message, cause) {
    return new errors_js_1.RequestValidationError([{ path: 'body', code: 'unsupported_value', message }], undefined, cause === undefined ? undefined : { cause });
}
