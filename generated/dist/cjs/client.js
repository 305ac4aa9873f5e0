"use strict";
// Generated from openapi.json by the unified API generator. Do not edit: regenerate.
Object.defineProperty(exports, "__esModule", { value: true });
exports.operations = void 0;
exports.createClient = createClient;
const index_js_1 = require("./runtime/index.js");
const integrations_js_1 = require("./integrations.js");
const createUser_js_1 = require("./operations/createUser.js");
const updateUser_js_1 = require("./operations/updateUser.js");
/** Every operation's table, by client method name. */
exports.operations = {
    createUser: createUser_js_1.createUserOperation,
    updateUser: updateUser_js_1.updateUserOperation,
};
/** How the API authenticates (its `securitySchemes`), what an operation needs unless it says otherwise, and which credentials every operation needs. */
const security = {
    schemes: {
        bearerAuth: { type: 'bearer' },
    },
    security: [['bearerAuth']],
    required: ['token'],
};
/** Creates a client. Every request is checked against its integration's rules before it is sent (unless `validate: false`); failures throw `RequestValidationError`, non-2xx answers `ApiError`. Options it cannot honour (a `maxRetries` of `Infinity`, a token with a line break) throw a `TypeError`. */
function createClient(options) {
    const core = (0, index_js_1.createCore)({ ...options, baseUrl: options.baseUrl ?? 'https://api.truto.one' }, exports.operations, { integrations: Object.keys(integrations_js_1.integrations), security });
    return {
        createUser: (request, options) => core.send('createUser', request, options),
        updateUser: (request, options) => core.send('updateUser', request, options),
        forIntegration: (integration, { integratedAccountId }) => core.bind(integration, { integratedAccountId }),
        use: core.use,
        eject: core.eject,
        raw: core.raw,
    };
}
