"use strict";
// Generated from openapi.json by the unified API generator. Do not edit: regenerate.
Object.defineProperty(exports, "__esModule", { value: true });

const client_js_1 = require('./client.js');
Object.defineProperty(exports, "createClient", { enumerable: true, get: function () { return client_js_1.createClient; } });
Object.defineProperty(exports, "operations", { enumerable: true, get: function () { return client_js_1.operations; } });
const integrations_js_1 = require('./integrations.js');
Object.defineProperty(exports, "integrations", { enumerable: true, get: function () { return integrations_js_1.integrations; } });
const index_js_1 = require('./runtime/index.js');
Object.defineProperty(exports, "AbortError", { enumerable: true, get: function () { return index_js_1.AbortError; } });
Object.defineProperty(exports, "ApiError", { enumerable: true, get: function () { return index_js_1.ApiError; } });
Object.defineProperty(exports, "ApiPromise", { enumerable: true, get: function () { return index_js_1.ApiPromise; } });
Object.defineProperty(exports, "ConnectionError", { enumerable: true, get: function () { return index_js_1.ConnectionError; } });
Object.defineProperty(exports, "InvalidResponseError", { enumerable: true, get: function () { return index_js_1.InvalidResponseError; } });
Object.defineProperty(exports, "RequestValidationError", { enumerable: true, get: function () { return index_js_1.RequestValidationError; } });
Object.defineProperty(exports, "TimeoutError", { enumerable: true, get: function () { return index_js_1.TimeoutError; } });
Object.defineProperty(exports, "UnifiedApiError", { enumerable: true, get: function () { return index_js_1.UnifiedApiError; } });
