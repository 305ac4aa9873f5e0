"use strict";
// Generated from openapi.json by the unified API generator. Do not edit: regenerate.
Object.defineProperty(exports, "__esModule", { value: true });

/** What `updateUser` accepts and returns, per integration: the client checks every request against this table before sending it. */
const updateUserOperation = {
  method: 'patch',
  route: '/unified/user-directory/users/{id}',
  integrations: [
    'activecampaign', 'adobemarketoengage', 'airtable', 'avalaraavatax', 'bigpanda', 'blackline',
    'canva', 'ciscomeraki', 'clickup', 'crowdstrike', 'databricks', 'datadog', 'domo',
    'drivewealth', 'filescom', 'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab',
    'hubspot', 'jfrog', 'junipermist', 'knowbe4', 'looker', 'opsgenie', 'paralus', 'pipedrive',
    'pipeliner', 'powerbi', 'salesforce', 'salesloft', 'smartsheet', 'snyk',
    'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk', 'torii', 'trello', 'vanta',
    'vercel', 'webex', 'wordpress',
  ],
  parts: {
    path: {
      id: {
        required: true,
      },
    },
    query: {
      organization_id: {
        supported: ['ciscomeraki', 'clickup', 'snyk', 'trello'],
        required: ['ciscomeraki', 'clickup', 'snyk', 'trello'],
      },
      workspace_id: {
        supported: ['ciscomeraki', 'gitlab'],
        required: ['ciscomeraki'],
      },
      group_id: {
        supported: ['gitlab'],
      },
      workspace: {
        supported: ['powerbi', 'wordpress'],
        required: ['powerbi', 'wordpress'],
      },
      user_id: {
        supported: ['torii'],
        required: ['torii'],
      },
      groups: {
        supported: [
          'bigpanda', 'canva', 'databricks', 'filescom', 'freshcaller', 'freshservice', 'gitlab',
          'jfrog', 'knowbe4', 'paralus', 'salesloft', 'solarwindsservicedesk', 'vanta', 'vercel',
        ],
        required: ['vercel'],
      },
      integrated_account_id: {
        required: true,
      },
      truto_response_format: {
        enum: ['unified', 'raw', 'normalized', 'stream'],
      },
      truto_ignore_remote_data: {},
      truto_exclude_fields: {},
      remote_query: {},
    },
    body: {
      id: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'ciscomeraki', 'clickup', 'crowdstrike', 'databricks', 'datadog', 'domo', 'drivewealth',
          'filescom', 'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'hubspot',
          'jfrog', 'junipermist', 'knowbe4', 'opsgenie', 'paralus', 'pipedrive', 'pipeliner',
          'salesforce', 'salesloft', 'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow',
          'tableau', 'teamworkdesk', 'torii', 'vanta', 'vercel', 'webex',
        ],
        required: true,
      },
      active: {
        supported: ['databricks'],
      },
      avatar: {
        supported: [
          'canva', 'clickup', 'datadog', 'filescom', 'fivetran', 'gitlab', 'pipedrive', 'pipeliner',
          'salesforce', 'surveysparrow', 'teamworkdesk', 'webex',
        ],
      },
      created_at: {
        supported: [
          'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'ciscomeraki', 'clickup', 'datadog',
          'drivewealth', 'filescom', 'fivetran', 'freshdesk', 'freshservice', 'gitlab', 'hubspot',
          'knowbe4', 'opsgenie', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
          'solarwindsservicedesk', 'surveysparrow', 'teamworkdesk', 'torii', 'vanta', 'webex',
        ],
      },
      description: {
        supported: ['filescom'],
      },
      email: {
        supported: ['activecampaign'],
        required: ['activecampaign'],
      },
      email_addresses: {
        supported: ['airtable'],
      },
      emails: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'ciscomeraki', 'clickup', 'databricks', 'datadog', 'domo', 'drivewealth', 'filescom',
          'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'jfrog', 'junipermist',
          'knowbe4', 'opsgenie', 'paralus', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
          'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk',
          'torii', 'vanta', 'webex',
        ],
        required: ['paralus'],
      },
      first_name: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'crowdstrike', 'databricks', 'drivewealth', 'fivetran', 'freshservice', 'hubspot',
          'junipermist', 'knowbe4', 'paralus', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
          'teamworkdesk', 'torii', 'vanta', 'webex',
        ],
        required: ['paralus'],
      },
      group: {
        supported: ['activecampaign'],
        required: ['activecampaign'],
      },
      groups: {
        supported: [
          'bigpanda', 'canva', 'databricks', 'filescom', 'freshcaller', 'freshservice', 'gitlab',
          'jfrog', 'knowbe4', 'paralus', 'salesloft', 'solarwindsservicedesk', 'vanta', 'vercel',
        ],
      },
      languages: {
        supported: [
          'activecampaign', 'canva', 'filescom', 'freshcaller', 'freshdesk', 'freshservice',
          'knowbe4', 'opsgenie', 'salesforce',
        ],
      },
      last_name: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'crowdstrike', 'databricks', 'drivewealth', 'fivetran', 'freshservice', 'hubspot',
          'junipermist', 'knowbe4', 'paralus', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
          'teamworkdesk', 'torii', 'vanta', 'webex',
        ],
        required: ['paralus'],
      },
      licensed_sheet_creator: {
        supported: ['smartsheet'],
      },
      licenses: {
        supported: [
          'canva', 'ciscomeraki', 'clickup', 'fivetran', 'freshcaller', 'freshdesk', 'freshservice',
          'gitlab', 'knowbe4', 'pipedrive', 'salesloft', 'smartsheet', 'tableau', 'teamworkdesk',
          'webex',
        ],
      },
      name: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'ciscomeraki', 'clickup', 'databricks', 'datadog', 'domo', 'drivewealth', 'filescom',
          'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'jfrog', 'junipermist',
          'knowbe4', 'opsgenie', 'paralus', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
          'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk',
          'torii', 'vanta', 'webex',
        ],
        required: ['activecampaign'],
      },
      organizations: {
        supported: ['avalaraavatax', 'ciscomeraki', 'torii', 'webex'],
      },
      password: {
        supported: ['activecampaign'],
        required: ['activecampaign'],
      },
      phones: {
        supported: [
          'activecampaign', 'bigpanda', 'blackline', 'canva', 'drivewealth', 'fivetran',
          'freshcaller', 'freshdesk', 'freshservice', 'knowbe4', 'pipedrive', 'pipeliner',
          'salesforce', 'solarwindsservicedesk', 'surveysparrow',
        ],
      },
      remote_data: {},
      roles: {
        supported: [
          'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'canva', 'ciscomeraki', 'clickup',
          'databricks', 'datadog', 'domo', 'filescom', 'fivetran', 'freshcaller', 'freshdesk',
          'freshservice', 'gitlab', 'hubspot', 'junipermist', 'knowbe4', 'looker', 'opsgenie',
          'paralus', 'salesforce', 'salesloft', 'smartsheet', 'snyk', 'solarwindsservicedesk',
          'surveysparrow', 'tableau', 'teamworkdesk', 'torii', 'trello', 'webex',
        ],
        required: ['clickup', 'looker', 'tableau', 'trello'],
      },
      status: {
        supported: [
          'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'ciscomeraki', 'clickup', 'databricks',
          'datadog', 'drivewealth', 'filescom', 'fivetran', 'freshcaller', 'freshdesk',
          'freshservice', 'gitlab', 'hubspot', 'jfrog', 'knowbe4', 'paralus', 'pipedrive',
          'pipeliner', 'salesforce', 'salesloft', 'smartsheet', 'solarwindsservicedesk', 'tableau',
          'teamworkdesk', 'torii', 'vanta', 'webex',
        ],
        required: ['torii'],
        enum: ['active', 'inactive', 'deleted', 'invited'],
        values: {
          bigpanda: ['active', 'inactive'],
          blackline: ['active', 'inactive'],
          freshcaller: ['deleted', 'active'],
          solarwindsservicedesk: ['active', 'inactive'],
        },
      },
      timezone: {
        supported: [
          'activecampaign', 'canva', 'filescom', 'freshdesk', 'freshservice', 'knowbe4', 'opsgenie',
          'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
        ],
      },
      title: {
        supported: [
          'blackline', 'canva', 'freshservice', 'knowbe4', 'pipeliner', 'salesloft',
          'solarwindsservicedesk', 'vanta', 'webex',
        ],
      },
      urls: {
        supported: ['canva'],
      },
      user_type: {
        supported: ['canva', 'webex'],
      },
      username: {
        supported: [
          'activecampaign', 'avalaraavatax', 'bigpanda', 'canva', 'clickup', 'databricks',
          'datadog', 'domo', 'filescom', 'gitlab', 'jfrog', 'opsgenie', 'paralus', 'salesforce',
          'snyk',
        ],
        required: ['clickup'],
      },
      workspaces: {
        supported: ['avalaraavatax', 'ciscomeraki', 'gitlab'],
      },
    },
  },
  response: {
    id: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'ciscomeraki', 'clickup', 'crowdstrike', 'databricks', 'datadog', 'domo', 'drivewealth',
        'filescom', 'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'hubspot',
        'jfrog', 'junipermist', 'knowbe4', 'opsgenie', 'paralus', 'pipedrive', 'pipeliner',
        'salesforce', 'salesloft', 'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow',
        'tableau', 'teamworkdesk', 'torii', 'vanta', 'vercel', 'webex',
      ],
    },
    activated_at: {
      supported: ['drivewealth', 'filescom'],
    },
    avatar: {
      supported: [
        'canva', 'clickup', 'datadog', 'filescom', 'fivetran', 'gitlab', 'pipedrive', 'pipeliner',
        'salesforce', 'surveysparrow', 'teamworkdesk', 'webex',
      ],
    },
    bio: {
      supported: ['datadog', 'salesforce'],
    },
    created_at: {
      supported: [
        'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'ciscomeraki', 'clickup', 'datadog',
        'drivewealth', 'filescom', 'fivetran', 'freshdesk', 'freshservice', 'gitlab', 'hubspot',
        'knowbe4', 'opsgenie', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
        'solarwindsservicedesk', 'surveysparrow', 'teamworkdesk', 'torii', 'vanta', 'webex',
      ],
    },
    emails: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'ciscomeraki', 'clickup', 'databricks', 'datadog', 'domo', 'drivewealth', 'filescom',
        'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'jfrog', 'junipermist',
        'knowbe4', 'opsgenie', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
        'snyk', 'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk', 'torii',
        'vanta', 'webex',
      ],
    },
    external_id: {
      supported: ['bigpanda', 'canva'],
    },
    first_name: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'crowdstrike', 'databricks', 'drivewealth', 'fivetran', 'freshservice', 'hubspot',
        'junipermist', 'knowbe4', 'paralus', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
        'teamworkdesk', 'torii', 'vanta', 'webex',
      ],
    },
    groups: {
      supported: [
        'bigpanda', 'canva', 'databricks', 'filescom', 'freshcaller', 'freshservice', 'gitlab',
        'jfrog', 'knowbe4', 'paralus', 'salesloft', 'solarwindsservicedesk', 'vanta', 'vercel',
      ],
    },
    identifiers: {
      supported: ['drivewealth'],
    },
    is_2fa_enabled: {
      supported: ['ciscomeraki', 'filescom', 'knowbe4'],
    },
    is_email_verified: {
      supported: ['ciscomeraki', 'datadog', 'fivetran', 'opsgenie', 'surveysparrow'],
    },
    languages: {
      supported: [
        'activecampaign', 'canva', 'filescom', 'freshcaller', 'freshdesk', 'freshservice',
        'knowbe4', 'opsgenie', 'salesforce',
      ],
    },
    last_active_at: {
      supported: [
        'ciscomeraki', 'clickup', 'datadog', 'filescom', 'freshcaller', 'freshdesk', 'freshservice',
        'pipeliner',
      ],
    },
    last_login_at: {
      supported: [
        'adobemarketoengage', 'datadog', 'filescom', 'fivetran', 'freshdesk', 'freshservice',
        'hubspot', 'knowbe4', 'paralus', 'pipedrive', 'salesforce', 'smartsheet',
        'solarwindsservicedesk', 'tableau',
      ],
    },
    last_name: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'crowdstrike', 'databricks', 'drivewealth', 'fivetran', 'freshservice', 'hubspot',
        'junipermist', 'knowbe4', 'paralus', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
        'teamworkdesk', 'torii', 'vanta', 'webex',
      ],
    },
    licenses: {
      supported: [
        'canva', 'ciscomeraki', 'clickup', 'fivetran', 'freshcaller', 'freshdesk', 'freshservice',
        'gitlab', 'knowbe4', 'pipedrive', 'salesloft', 'smartsheet', 'tableau', 'teamworkdesk',
        'webex',
      ],
    },
    name: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'ciscomeraki', 'clickup', 'databricks', 'datadog', 'domo', 'drivewealth', 'filescom',
        'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'jfrog', 'junipermist',
        'knowbe4', 'opsgenie', 'paralus', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
        'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk',
        'torii', 'vanta', 'webex',
      ],
    },
    organizations: {
      supported: ['avalaraavatax', 'ciscomeraki', 'torii', 'webex'],
    },
    phones: {
      supported: [
        'activecampaign', 'bigpanda', 'blackline', 'canva', 'drivewealth', 'fivetran',
        'freshcaller', 'freshdesk', 'freshservice', 'knowbe4', 'pipedrive', 'pipeliner',
        'salesforce', 'solarwindsservicedesk', 'surveysparrow',
      ],
    },
    remote_data: {},
    roles: {
      supported: [
        'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'canva', 'ciscomeraki', 'clickup',
        'databricks', 'datadog', 'domo', 'filescom', 'fivetran', 'freshcaller', 'freshdesk',
        'freshservice', 'gitlab', 'hubspot', 'junipermist', 'knowbe4', 'opsgenie', 'paralus',
        'salesforce', 'salesloft', 'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow',
        'tableau', 'teamworkdesk', 'torii', 'webex',
      ],
    },
    status: {
      supported: [
        'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'ciscomeraki', 'clickup', 'databricks',
        'datadog', 'drivewealth', 'filescom', 'fivetran', 'freshcaller', 'freshdesk',
        'freshservice', 'gitlab', 'hubspot', 'jfrog', 'knowbe4', 'paralus', 'pipedrive',
        'pipeliner', 'salesforce', 'salesloft', 'smartsheet', 'solarwindsservicedesk', 'tableau',
        'teamworkdesk', 'torii', 'vanta', 'webex',
      ],
    },
    status_changed_at: {
      supported: [],
    },
    timezone: {
      supported: [
        'activecampaign', 'canva', 'filescom', 'freshdesk', 'freshservice', 'knowbe4', 'opsgenie',
        'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
      ],
    },
    title: {
      supported: [
        'blackline', 'canva', 'freshservice', 'knowbe4', 'pipeliner', 'salesloft',
        'solarwindsservicedesk', 'vanta', 'webex',
      ],
    },
    updated_at: {
      supported: [
        'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'datadog', 'drivewealth', 'freshdesk',
        'freshservice', 'hubspot', 'knowbe4', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
        'solarwindsservicedesk', 'teamworkdesk', 'webex',
      ],
    },
    urls: {
      supported: ['canva'],
    },
    user_type: {
      supported: ['canva', 'webex'],
    },
    username: {
      supported: [
        'activecampaign', 'avalaraavatax', 'bigpanda', 'canva', 'clickup', 'databricks', 'datadog',
        'domo', 'filescom', 'gitlab', 'jfrog', 'opsgenie', 'paralus', 'salesforce', 'snyk',
      ],
    },
    workspaces: {
      supported: ['avalaraavatax', 'ciscomeraki', 'gitlab'],
    },
  },
};
exports.updateUserOperation = updateUserOperation;
