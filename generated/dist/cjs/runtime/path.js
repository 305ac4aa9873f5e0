"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serializePath = serializePath;
const errors_js_1 = require("./errors.js");
const query_js_1 = require("./query.js");
const PARAMETER = /\{([^{}]+)\}/g;
/**
 * Fills each `{name}` of a route with its value, percent-encoded as exactly one segment: `a/b` is sent
 * as `a%2Fb`. Fits openapi-fetch's `pathSerializer` option.
 *
 * Throws a `RequestValidationError` for a missing or empty value (an empty segment would turn
 * `/users/{id}` into `/users/`, another endpoint) and for `.` and `..`: URL parsers resolve those as
 * relative steps even when percent-encoded (`%2E%2E`), so no encoding can send them as an id; and
 * for a string with a lone UTF-16 surrogate, which no percent-encoding can send.
 */
function serializePath(route, params) {
    return route.replace(PARAMETER, (_, name) => encodeSegment(name, Object.hasOwn(params, name) ? params[name] : undefined));
}
function encodeSegment(name, value) {
    const path = `path.${name}`;
    if (value === undefined || value === null || value === '') {
        throw new errors_js_1.RequestValidationError([{ path, code: 'missing_required', message: `${name} is required` }]);
    }
    const segment = (0, query_js_1.encode)(String(value), path);
    if (segment === '.' || segment === '..') {
        const message = `"${segment}" cannot be sent as a path segment: URLs resolve it as a relative step`;
        throw new errors_js_1.RequestValidationError([{ path, code: 'unsupported_value', message }]);
    }
    return segment;
}
