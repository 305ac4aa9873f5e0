"use strict";
// Generated from openapi.json by the unified API generator. Do not edit: regenerate.
Object.defineProperty(exports, "__esModule", { value: true });

const { createCore } = require('./runtime/index.js');
const { integrations } = require('./integrations.js');
const { createUserOperation } = require('./operations/createUser.js');
const { updateUserOperation } = require('./operations/updateUser.js');

/** Every operation's table, by client method name. */
const operations = {
  createUser: createUserOperation,
  updateUser: updateUserOperation,
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
  const core = createCore({ ...options, baseUrl: options.baseUrl ?? 'https://api.truto.one' }, operations, { integrations: Object.keys(integrations), security });
  return {
    createUser: (request, options) => core.send('createUser', request, options),
    updateUser: (request, options) => core.send('updateUser', request, options),
    forIntegration: (integration, { integratedAccountId }) => core.bind(integration, { integratedAccountId }),
    use: core.use,
    eject: core.eject,
    raw: core.raw,
  };
}
exports.operations = operations;
exports.createClient = createClient;
