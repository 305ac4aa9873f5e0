"use strict";
// Generated from openapi.json by the unified API generator. Do not edit: regenerate.
Object.defineProperty(exports, "__esModule", { value: true });

/** What `createUser` accepts and returns, per integration: the client checks every request against this table before sending it. */
const createUserOperation = {
  method: 'post',
  route: '/unified/user-directory/users',
  integrations: ['activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce'],
  parts: {
    query: {
      integrated_account_id: {
        required: true,
      },
      truto_response_format: {
        enum: ['unified', 'raw', 'normalized'],
      },
      truto_ignore_remote_data: {},
      truto_exclude_fields: {},
      remote_query: {},
      organization_id: {
        supported: ['ciscomeraki'],
        required: ['ciscomeraki'],
      },
      workspace_id: {
        supported: ['ciscomeraki'],
        required: ['ciscomeraki'],
      },
    },
    body: {
      name: {
        supported: ['activecampaign', 'ciscomeraki', 'filescom'],
        required: ['activecampaign'],
      },
      emails: {
        supported: [
          'activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce',
        ],
        required: ['activecampaign', 'salesforce'],
      },
      password: {
        supported: ['activecampaign', 'googleworkspace'],
        required: ['activecampaign', 'googleworkspace'],
      },
      username: {
        supported: ['activecampaign', 'filescom', 'okta', 'salesforce'],
        required: ['activecampaign'],
      },
      group: {
        supported: ['activecampaign'],
        required: ['activecampaign'],
      },
      first_name: {
        supported: ['googleworkspace', 'okta', 'salesforce'],
        required: ['googleworkspace', 'salesforce'],
      },
      last_name: {
        supported: ['googleworkspace', 'okta', 'salesforce'],
        required: ['googleworkspace', 'salesforce'],
      },
      phones: {
        supported: ['okta', 'salesforce'],
      },
      roles: {
        supported: ['ciscomeraki', 'filescom', 'salesforce'],
        required: ['salesforce'],
      },
      timezone: {
        supported: ['filescom', 'salesforce'],
        required: ['salesforce'],
      },
      languages: {
        supported: ['salesforce'],
      },
      description: {
        supported: ['filescom'],
      },
      groups: {
        supported: ['filescom'],
      },
      status: {
        supported: ['filescom'],
        enum: ['active', 'inactive', 'deleted', 'invited'],
      },
      remote_data: {},
    },
  },
  response: {
    id: {
      supported: ['activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce'],
    },
    external_id: {
      supported: [],
    },
    identifiers: {
      supported: [],
    },
    first_name: {
      supported: ['activecampaign', 'googleworkspace', 'okta', 'salesforce'],
    },
    last_name: {
      supported: ['activecampaign', 'googleworkspace', 'okta', 'salesforce'],
    },
    title: {
      supported: [],
    },
    name: {
      supported: ['activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce'],
    },
    username: {
      supported: ['activecampaign', 'filescom', 'okta', 'salesforce'],
    },
    emails: {
      supported: ['activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce'],
    },
    phones: {
      supported: ['activecampaign', 'googleworkspace', 'okta', 'salesforce'],
    },
    status: {
      supported: ['ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce'],
    },
    is_email_verified: {
      supported: ['ciscomeraki'],
    },
    is_2fa_enabled: {
      supported: ['ciscomeraki', 'filescom', 'googleworkspace'],
    },
    roles: {
      supported: ['ciscomeraki', 'filescom', 'salesforce'],
    },
    organizations: {
      supported: ['ciscomeraki'],
    },
    user_type: {
      supported: [],
    },
    licenses: {
      supported: ['ciscomeraki'],
    },
    groups: {
      supported: ['filescom'],
    },
    workspaces: {
      supported: ['ciscomeraki'],
    },
    avatar: {
      supported: ['filescom', 'googleworkspace', 'salesforce'],
    },
    timezone: {
      supported: ['filescom', 'okta', 'salesforce'],
    },
    languages: {
      supported: ['filescom', 'googleworkspace', 'okta', 'salesforce'],
    },
    bio: {
      supported: ['salesforce'],
    },
    created_at: {
      supported: ['ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce'],
    },
    updated_at: {
      supported: ['okta', 'salesforce'],
    },
    last_active_at: {
      supported: ['ciscomeraki', 'filescom'],
    },
    last_login_at: {
      supported: ['filescom', 'googleworkspace', 'okta', 'salesforce'],
    },
    status_changed_at: {
      supported: ['okta'],
    },
    activated_at: {
      supported: ['filescom', 'okta'],
    },
    urls: {
      supported: [],
    },
    remote_data: {},
  },
};
exports.createUserOperation = createUserOperation;
