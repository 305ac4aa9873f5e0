"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateRequest = exports.createTransport = exports.serializeQuery = exports.serializePath = exports.headerParameters = exports.cookieHeader = exports.checkRequestOptions = exports.preferredMediaType = exports.mediaKind = exports.UnifiedApiError = exports.TimeoutError = exports.RequestValidationError = exports.InvalidResponseError = exports.ConnectionError = exports.ApiError = exports.AbortError = exports.createCore = exports.serializeRawBody = exports.serializeBody = exports.encodeBody = exports.BEARER_TOKEN = exports.authentication = exports.ApiPromise = void 0;
/**
 * The hand-written runtime of the generated package: one client core over openapi-fetch, the wire
 * format (query, path, header, cookie and body serialisation by media type, authentication, timeout
 * and retries), the pre-send check, the checks of the caller's options, the promise every call
 * returns, and the errors.
 */
var api_promise_js_1 = require("./api-promise.js");
Object.defineProperty(exports, "ApiPromise", { enumerable: true, get: function () { return api_promise_js_1.ApiPromise; } });
var auth_js_1 = require("./auth.js");
Object.defineProperty(exports, "authentication", { enumerable: true, get: function () { return auth_js_1.authentication; } });
Object.defineProperty(exports, "BEARER_TOKEN", { enumerable: true, get: function () { return auth_js_1.BEARER_TOKEN; } });
var body_js_1 = require("./body.js");
Object.defineProperty(exports, "encodeBody", { enumerable: true, get: function () { return body_js_1.encodeBody; } });
Object.defineProperty(exports, "serializeBody", { enumerable: true, get: function () { return body_js_1.serializeBody; } });
Object.defineProperty(exports, "serializeRawBody", { enumerable: true, get: function () { return body_js_1.serializeRawBody; } });
var core_js_1 = require("./core.js");
Object.defineProperty(exports, "createCore", { enumerable: true, get: function () { return core_js_1.createCore; } });
var errors_js_1 = require("./errors.js");
Object.defineProperty(exports, "AbortError", { enumerable: true, get: function () { return errors_js_1.AbortError; } });
Object.defineProperty(exports, "ApiError", { enumerable: true, get: function () { return errors_js_1.ApiError; } });
Object.defineProperty(exports, "ConnectionError", { enumerable: true, get: function () { return errors_js_1.ConnectionError; } });
Object.defineProperty(exports, "InvalidResponseError", { enumerable: true, get: function () { return errors_js_1.InvalidResponseError; } });
Object.defineProperty(exports, "RequestValidationError", { enumerable: true, get: function () { return errors_js_1.RequestValidationError; } });
Object.defineProperty(exports, "TimeoutError", { enumerable: true, get: function () { return errors_js_1.TimeoutError; } });
Object.defineProperty(exports, "UnifiedApiError", { enumerable: true, get: function () { return errors_js_1.UnifiedApiError; } });
var media_js_1 = require("./media.js");
Object.defineProperty(exports, "mediaKind", { enumerable: true, get: function () { return media_js_1.mediaKind; } });
Object.defineProperty(exports, "preferredMediaType", { enumerable: true, get: function () { return media_js_1.preferredMediaType; } });
var options_js_1 = require("./options.js");
Object.defineProperty(exports, "checkRequestOptions", { enumerable: true, get: function () { return options_js_1.checkRequestOptions; } });
var parameters_js_1 = require("./parameters.js");
Object.defineProperty(exports, "cookieHeader", { enumerable: true, get: function () { return parameters_js_1.cookieHeader; } });
Object.defineProperty(exports, "headerParameters", { enumerable: true, get: function () { return parameters_js_1.headerParameters; } });
var path_js_1 = require("./path.js");
Object.defineProperty(exports, "serializePath", { enumerable: true, get: function () { return path_js_1.serializePath; } });
var query_js_1 = require("./query.js");
Object.defineProperty(exports, "serializeQuery", { enumerable: true, get: function () { return query_js_1.serializeQuery; } });
var transport_js_1 = require("./transport.js");
Object.defineProperty(exports, "createTransport", { enumerable: true, get: function () { return transport_js_1.createTransport; } });
var validate_js_1 = require("./validate.js");
Object.defineProperty(exports, "validateRequest", { enumerable: true, get: function () { return validate_js_1.validateRequest; } });
