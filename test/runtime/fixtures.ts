/**
 * Shared by the runtime tests: hand-made operation tables modeled on the User Directory pages, and a
 * loopback HTTP server that records what reaches the wire.
 */
import type { OperationTable } from '../../templates/runtime/index.js';

export const knownIntegrations = ['salesforce', 'okta', 'vercel'] as const;

/** Modeled on PATCH /unified/user-directory/users/{id}. */
export const updateUser: OperationTable = {
  method: 'patch',
  route: '/unified/user-directory/users/{id}',
  integrations: ['salesforce', 'okta'],
  parts: {
    path: { id: { required: true } },
    query: {
      integrated_account_id: { required: true },
      organization_id: { supported: ['salesforce'], required: ['salesforce'] },
      truto_exclude_fields: {},
      remote_query: {},
    },
    body: {
      first_name: {},
      timezone: { supported: ['salesforce'] },
      status: { enum: ['active', 'inactive', 'suspended'], values: { okta: ['active', 'suspended'] } },
      roles: { enum: ['admin', 'member', 'guest'], values: { salesforce: ['admin', 'member'] } },
    },
  },
};

export const listUsers: OperationTable = {
  method: 'get',
  route: '/unified/user-directory/users',
  integrations: ['salesforce', 'okta', 'vercel'],
  parts: { query: { integrated_account_id: { required: true } } },
};

export const createUser: OperationTable = {
  method: 'post',
  route: '/unified/user-directory/users',
  integrations: ['okta', 'vercel'],
  parts: {
    query: { integrated_account_id: { required: true } },
    body: { email: { required: true }, password: { required: ['okta'] } },
  },
  // A JSON response: an empty 2xx answer contradicts it.
  response: { id: {}, email: {} },
};

export const operations = { updateUser, listUsers, createUser };

export {
  json,
  startRecordingServer as startServer,
  type Handler,
  type RecordedRequest,
  type RecordingServer as TestServer,
} from '../support/recording-server.js';
