"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateRequest = exports.createTransport = exports.serializeQuery = exports.serializePath = exports.checkRequestOptions = exports.UnifiedApiError = exports.TimeoutError = exports.RequestValidationError = exports.InvalidResponseError = exports.ConnectionError = exports.ApiError = exports.AbortError = exports.createCore = exports.serializeBody = exports.ApiPromise = void 0;
/**
 * The hand-written runtime of the generated package: one client core over openapi-fetch, the wire
 * format (query, path and body serialisation, timeout and retries), the pre-send check, the checks of
 * the caller's options, the promise every call returns, and the errors.
 */
var api_promise_js_1 = require("./api-promise.js");
Object.defineProperty(exports, "ApiPromise", { enumerable: true, get: function () { return api_promise_js_1.ApiPromise; } });
var body_js_1 = require("./body.js");
Object.defineProperty(exports, "serializeBody", { enumerable: true, get: function () { return body_js_1.serializeBody; } });
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
var options_js_1 = require("./options.js");
Object.defineProperty(exports, "checkRequestOptions", { enumerable: true, get: function () { return options_js_1.checkRequestOptions; } });
var path_js_1 = require("./path.js");
Object.defineProperty(exports, "serializePath", { enumerable: true, get: function () { return path_js_1.serializePath; } });
var query_js_1 = require("./query.js");
Object.defineProperty(exports, "serializeQuery", { enumerable: true, get: function () { return query_js_1.serializeQuery; } });
var transport_js_1 = require("./transport.js");
Object.defineProperty(exports, "createTransport", { enumerable: true, get: function () { return transport_js_1.createTransport; } });
var validate_js_1 = require("./validate.js");
Object.defineProperty(exports, "validateRequest", { enumerable: true, get: function () { return validate_js_1.validateRequest; } });
