// Generated from openapi.json by the unified API generator. Do not edit: regenerate.

import { createCore } from './runtime/index.js';
import { integrations } from './integrations.js';
import { createUserOperation } from './operations/createUser.js';
import { updateUserOperation } from './operations/updateUser.js';

/** Every operation's table, by client method name. */
export const operations = {
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
export function createClient(options) {
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
