// Generated from openapi.json by the unified API generator. Do not edit: regenerate.

import type { paths } from '../paths.js';
import type { IsOneOf, RequestPart, ResponsePart, UnknownIntegration } from '../runtime/types.js';

/** The integrations for which `updateUser` exists. */
export type UpdateUserIntegration =
  | 'activecampaign'
  | 'adobemarketoengage'
  | 'airtable'
  | 'avalaraavatax'
  | 'bigpanda'
  | 'blackline'
  | 'canva'
  | 'ciscomeraki'
  | 'clickup'
  | 'crowdstrike'
  | 'databricks'
  | 'datadog'
  | 'domo'
  | 'drivewealth'
  | 'filescom'
  | 'fivetran'
  | 'freshcaller'
  | 'freshdesk'
  | 'freshservice'
  | 'gitlab'
  | 'hubspot'
  | 'jfrog'
  | 'junipermist'
  | 'knowbe4'
  | 'looker'
  | 'opsgenie'
  | 'paralus'
  | 'pipedrive'
  | 'pipeliner'
  | 'powerbi'
  | 'salesforce'
  | 'salesloft'
  | 'smartsheet'
  | 'snyk'
  | 'solarwindsservicedesk'
  | 'surveysparrow'
  | 'tableau'
  | 'teamworkdesk'
  | 'torii'
  | 'trello'
  | 'vanta'
  | 'vercel'
  | 'webex'
  | 'wordpress';

/** What `updateUser` accepts and returns, per integration: the client checks every request against this table before sending it. */
export const updateUserOperation = {
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
  ] as readonly (
    'activecampaign' | 'adobemarketoengage' | 'airtable' | 'avalaraavatax' | 'bigpanda' |
    'blackline' | 'canva' | 'ciscomeraki' | 'clickup' | 'crowdstrike' | 'databricks' | 'datadog' |
    'domo' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' |
    'freshservice' | 'gitlab' | 'hubspot' | 'jfrog' | 'junipermist' | 'knowbe4' | 'looker' |
    'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' | 'powerbi' | 'salesforce' | 'salesloft' |
    'smartsheet' | 'snyk' | 'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' |
    'torii' | 'trello' | 'vanta' | 'vercel' | 'webex' | 'wordpress'
  )[],
  parts: {
    path: {
      id: {
        required: true,
      },
    },
    query: {
      organization_id: {
        supported: ['ciscomeraki', 'clickup', 'snyk', 'trello'] as readonly (
          'ciscomeraki' | 'clickup' | 'snyk' | 'trello'
        )[],
        required: ['ciscomeraki', 'clickup', 'snyk', 'trello'] as readonly (
          'ciscomeraki' | 'clickup' | 'snyk' | 'trello'
        )[],
      },
      workspace_id: {
        supported: ['ciscomeraki', 'gitlab'] as readonly ('ciscomeraki' | 'gitlab')[],
        required: ['ciscomeraki'] as readonly 'ciscomeraki'[],
      },
      group_id: {
        supported: ['gitlab'] as readonly 'gitlab'[],
      },
      workspace: {
        supported: ['powerbi', 'wordpress'] as readonly ('powerbi' | 'wordpress')[],
        required: ['powerbi', 'wordpress'] as readonly ('powerbi' | 'wordpress')[],
      },
      user_id: {
        supported: ['torii'] as readonly 'torii'[],
        required: ['torii'] as readonly 'torii'[],
      },
      groups: {
        supported: [
          'bigpanda', 'canva', 'databricks', 'filescom', 'freshcaller', 'freshservice', 'gitlab',
          'jfrog', 'knowbe4', 'paralus', 'salesloft', 'solarwindsservicedesk', 'vanta', 'vercel',
        ] as readonly (
          'bigpanda' | 'canva' | 'databricks' | 'filescom' | 'freshcaller' | 'freshservice' |
          'gitlab' | 'jfrog' | 'knowbe4' | 'paralus' | 'salesloft' | 'solarwindsservicedesk' |
          'vanta' | 'vercel'
        )[],
        required: ['vercel'] as readonly 'vercel'[],
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
        ] as readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'ciscomeraki' | 'clickup' | 'crowdstrike' | 'databricks' | 'datadog' | 'domo' |
          'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' |
          'gitlab' | 'hubspot' | 'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' |
          'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' |
          'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' |
          'vanta' | 'vercel' | 'webex'
        )[],
        required: true,
      },
      active: {
        supported: ['databricks'] as readonly 'databricks'[],
      },
      avatar: {
        supported: [
          'canva', 'clickup', 'datadog', 'filescom', 'fivetran', 'gitlab', 'pipedrive', 'pipeliner',
          'salesforce', 'surveysparrow', 'teamworkdesk', 'webex',
        ] as readonly (
          'canva' | 'clickup' | 'datadog' | 'filescom' | 'fivetran' | 'gitlab' | 'pipedrive' |
          'pipeliner' | 'salesforce' | 'surveysparrow' | 'teamworkdesk' | 'webex'
        )[],
      },
      created_at: {
        supported: [
          'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'ciscomeraki', 'clickup', 'datadog',
          'drivewealth', 'filescom', 'fivetran', 'freshdesk', 'freshservice', 'gitlab', 'hubspot',
          'knowbe4', 'opsgenie', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
          'solarwindsservicedesk', 'surveysparrow', 'teamworkdesk', 'torii', 'vanta', 'webex',
        ] as readonly (
          'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' |
          'datadog' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshdesk' | 'freshservice' |
          'gitlab' | 'hubspot' | 'knowbe4' | 'opsgenie' | 'pipedrive' | 'pipeliner' | 'salesforce' |
          'salesloft' | 'solarwindsservicedesk' | 'surveysparrow' | 'teamworkdesk' | 'torii' |
          'vanta' | 'webex'
        )[],
      },
      description: {
        supported: ['filescom'] as readonly 'filescom'[],
      },
      email: {
        supported: ['activecampaign'] as readonly 'activecampaign'[],
        required: ['activecampaign'] as readonly 'activecampaign'[],
      },
      email_addresses: {
        supported: ['airtable'] as readonly 'airtable'[],
      },
      emails: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'ciscomeraki', 'clickup', 'databricks', 'datadog', 'domo', 'drivewealth', 'filescom',
          'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'jfrog', 'junipermist',
          'knowbe4', 'opsgenie', 'paralus', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
          'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk',
          'torii', 'vanta', 'webex',
        ] as readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'ciscomeraki' | 'clickup' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' |
          'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' |
          'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' |
          'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
          'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[],
        required: ['paralus'] as readonly 'paralus'[],
      },
      first_name: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'crowdstrike', 'databricks', 'drivewealth', 'fivetran', 'freshservice', 'hubspot',
          'junipermist', 'knowbe4', 'paralus', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
          'teamworkdesk', 'torii', 'vanta', 'webex',
        ] as readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'crowdstrike' | 'databricks' | 'drivewealth' | 'fivetran' | 'freshservice' |
          'hubspot' | 'junipermist' | 'knowbe4' | 'paralus' | 'pipeliner' | 'salesforce' |
          'salesloft' | 'smartsheet' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[],
        required: ['paralus'] as readonly 'paralus'[],
      },
      group: {
        supported: ['activecampaign'] as readonly 'activecampaign'[],
        required: ['activecampaign'] as readonly 'activecampaign'[],
      },
      groups: {
        supported: [
          'bigpanda', 'canva', 'databricks', 'filescom', 'freshcaller', 'freshservice', 'gitlab',
          'jfrog', 'knowbe4', 'paralus', 'salesloft', 'solarwindsservicedesk', 'vanta', 'vercel',
        ] as readonly (
          'bigpanda' | 'canva' | 'databricks' | 'filescom' | 'freshcaller' | 'freshservice' |
          'gitlab' | 'jfrog' | 'knowbe4' | 'paralus' | 'salesloft' | 'solarwindsservicedesk' |
          'vanta' | 'vercel'
        )[],
      },
      languages: {
        supported: [
          'activecampaign', 'canva', 'filescom', 'freshcaller', 'freshdesk', 'freshservice',
          'knowbe4', 'opsgenie', 'salesforce',
        ] as readonly (
          'activecampaign' | 'canva' | 'filescom' | 'freshcaller' | 'freshdesk' | 'freshservice' |
          'knowbe4' | 'opsgenie' | 'salesforce'
        )[],
      },
      last_name: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'crowdstrike', 'databricks', 'drivewealth', 'fivetran', 'freshservice', 'hubspot',
          'junipermist', 'knowbe4', 'paralus', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
          'teamworkdesk', 'torii', 'vanta', 'webex',
        ] as readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'crowdstrike' | 'databricks' | 'drivewealth' | 'fivetran' | 'freshservice' |
          'hubspot' | 'junipermist' | 'knowbe4' | 'paralus' | 'pipeliner' | 'salesforce' |
          'salesloft' | 'smartsheet' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[],
        required: ['paralus'] as readonly 'paralus'[],
      },
      licensed_sheet_creator: {
        supported: ['smartsheet'] as readonly 'smartsheet'[],
      },
      licenses: {
        supported: [
          'canva', 'ciscomeraki', 'clickup', 'fivetran', 'freshcaller', 'freshdesk', 'freshservice',
          'gitlab', 'knowbe4', 'pipedrive', 'salesloft', 'smartsheet', 'tableau', 'teamworkdesk',
          'webex',
        ] as readonly (
          'canva' | 'ciscomeraki' | 'clickup' | 'fivetran' | 'freshcaller' | 'freshdesk' |
          'freshservice' | 'gitlab' | 'knowbe4' | 'pipedrive' | 'salesloft' | 'smartsheet' |
          'tableau' | 'teamworkdesk' | 'webex'
        )[],
      },
      name: {
        supported: [
          'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
          'ciscomeraki', 'clickup', 'databricks', 'datadog', 'domo', 'drivewealth', 'filescom',
          'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'jfrog', 'junipermist',
          'knowbe4', 'opsgenie', 'paralus', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
          'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk',
          'torii', 'vanta', 'webex',
        ] as readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'ciscomeraki' | 'clickup' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' |
          'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' |
          'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' |
          'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
          'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[],
        required: ['activecampaign'] as readonly 'activecampaign'[],
      },
      organizations: {
        supported: ['avalaraavatax', 'ciscomeraki', 'torii', 'webex'] as readonly (
          'avalaraavatax' | 'ciscomeraki' | 'torii' | 'webex'
        )[],
      },
      password: {
        supported: ['activecampaign'] as readonly 'activecampaign'[],
        required: ['activecampaign'] as readonly 'activecampaign'[],
      },
      phones: {
        supported: [
          'activecampaign', 'bigpanda', 'blackline', 'canva', 'drivewealth', 'fivetran',
          'freshcaller', 'freshdesk', 'freshservice', 'knowbe4', 'pipedrive', 'pipeliner',
          'salesforce', 'solarwindsservicedesk', 'surveysparrow',
        ] as readonly (
          'activecampaign' | 'bigpanda' | 'blackline' | 'canva' | 'drivewealth' | 'fivetran' |
          'freshcaller' | 'freshdesk' | 'freshservice' | 'knowbe4' | 'pipedrive' | 'pipeliner' |
          'salesforce' | 'solarwindsservicedesk' | 'surveysparrow'
        )[],
      },
      remote_data: {},
      roles: {
        supported: [
          'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'canva', 'ciscomeraki', 'clickup',
          'databricks', 'datadog', 'domo', 'filescom', 'fivetran', 'freshcaller', 'freshdesk',
          'freshservice', 'gitlab', 'hubspot', 'junipermist', 'knowbe4', 'looker', 'opsgenie',
          'paralus', 'salesforce', 'salesloft', 'smartsheet', 'snyk', 'solarwindsservicedesk',
          'surveysparrow', 'tableau', 'teamworkdesk', 'torii', 'trello', 'webex',
        ] as readonly (
          'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'canva' | 'ciscomeraki' |
          'clickup' | 'databricks' | 'datadog' | 'domo' | 'filescom' | 'fivetran' | 'freshcaller' |
          'freshdesk' | 'freshservice' | 'gitlab' | 'hubspot' | 'junipermist' | 'knowbe4' |
          'looker' | 'opsgenie' | 'paralus' | 'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' |
          'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' |
          'trello' | 'webex'
        )[],
        required: ['clickup', 'looker', 'tableau', 'trello'] as readonly (
          'clickup' | 'looker' | 'tableau' | 'trello'
        )[],
      },
      status: {
        supported: [
          'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'ciscomeraki', 'clickup', 'databricks',
          'datadog', 'drivewealth', 'filescom', 'fivetran', 'freshcaller', 'freshdesk',
          'freshservice', 'gitlab', 'hubspot', 'jfrog', 'knowbe4', 'paralus', 'pipedrive',
          'pipeliner', 'salesforce', 'salesloft', 'smartsheet', 'solarwindsservicedesk', 'tableau',
          'teamworkdesk', 'torii', 'vanta', 'webex',
        ] as readonly (
          'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' |
          'databricks' | 'datadog' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' |
          'freshdesk' | 'freshservice' | 'gitlab' | 'hubspot' | 'jfrog' | 'knowbe4' | 'paralus' |
          'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft' | 'smartsheet' |
          'solarwindsservicedesk' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[],
        required: ['torii'] as readonly 'torii'[],
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
        ] as readonly (
          'activecampaign' | 'canva' | 'filescom' | 'freshdesk' | 'freshservice' | 'knowbe4' |
          'opsgenie' | 'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft'
        )[],
      },
      title: {
        supported: [
          'blackline', 'canva', 'freshservice', 'knowbe4', 'pipeliner', 'salesloft',
          'solarwindsservicedesk', 'vanta', 'webex',
        ] as readonly (
          'blackline' | 'canva' | 'freshservice' | 'knowbe4' | 'pipeliner' | 'salesloft' |
          'solarwindsservicedesk' | 'vanta' | 'webex'
        )[],
      },
      urls: {
        supported: ['canva'] as readonly 'canva'[],
      },
      user_type: {
        supported: ['canva', 'webex'] as readonly ('canva' | 'webex')[],
      },
      username: {
        supported: [
          'activecampaign', 'avalaraavatax', 'bigpanda', 'canva', 'clickup', 'databricks',
          'datadog', 'domo', 'filescom', 'gitlab', 'jfrog', 'opsgenie', 'paralus', 'salesforce',
          'snyk',
        ] as readonly (
          'activecampaign' | 'avalaraavatax' | 'bigpanda' | 'canva' | 'clickup' | 'databricks' |
          'datadog' | 'domo' | 'filescom' | 'gitlab' | 'jfrog' | 'opsgenie' | 'paralus' |
          'salesforce' | 'snyk'
        )[],
        required: ['clickup'] as readonly 'clickup'[],
      },
      workspaces: {
        supported: ['avalaraavatax', 'ciscomeraki', 'gitlab'] as readonly (
          'avalaraavatax' | 'ciscomeraki' | 'gitlab'
        )[],
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
      ] as readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'ciscomeraki' | 'clickup' | 'crowdstrike' | 'databricks' | 'datadog' | 'domo' |
        'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' |
        'gitlab' | 'hubspot' | 'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' |
        'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' |
        'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' |
        'vercel' | 'webex'
      )[],
    },
    activated_at: {
      supported: ['drivewealth', 'filescom'] as readonly ('drivewealth' | 'filescom')[],
    },
    avatar: {
      supported: [
        'canva', 'clickup', 'datadog', 'filescom', 'fivetran', 'gitlab', 'pipedrive', 'pipeliner',
        'salesforce', 'surveysparrow', 'teamworkdesk', 'webex',
      ] as readonly (
        'canva' | 'clickup' | 'datadog' | 'filescom' | 'fivetran' | 'gitlab' | 'pipedrive' |
        'pipeliner' | 'salesforce' | 'surveysparrow' | 'teamworkdesk' | 'webex'
      )[],
    },
    bio: {
      supported: ['datadog', 'salesforce'] as readonly ('datadog' | 'salesforce')[],
    },
    created_at: {
      supported: [
        'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'ciscomeraki', 'clickup', 'datadog',
        'drivewealth', 'filescom', 'fivetran', 'freshdesk', 'freshservice', 'gitlab', 'hubspot',
        'knowbe4', 'opsgenie', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
        'solarwindsservicedesk', 'surveysparrow', 'teamworkdesk', 'torii', 'vanta', 'webex',
      ] as readonly (
        'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' |
        'datadog' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshdesk' | 'freshservice' |
        'gitlab' | 'hubspot' | 'knowbe4' | 'opsgenie' | 'pipedrive' | 'pipeliner' | 'salesforce' |
        'salesloft' | 'solarwindsservicedesk' | 'surveysparrow' | 'teamworkdesk' | 'torii' |
        'vanta' | 'webex'
      )[],
    },
    emails: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'ciscomeraki', 'clickup', 'databricks', 'datadog', 'domo', 'drivewealth', 'filescom',
        'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'jfrog', 'junipermist',
        'knowbe4', 'opsgenie', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
        'snyk', 'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk', 'torii',
        'vanta', 'webex',
      ] as readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'ciscomeraki' | 'clickup' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' |
        'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' |
        'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'pipedrive' | 'pipeliner' |
        'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
        'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[],
    },
    external_id: {
      supported: ['bigpanda', 'canva'] as readonly ('bigpanda' | 'canva')[],
    },
    first_name: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'crowdstrike', 'databricks', 'drivewealth', 'fivetran', 'freshservice', 'hubspot',
        'junipermist', 'knowbe4', 'paralus', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
        'teamworkdesk', 'torii', 'vanta', 'webex',
      ] as readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'crowdstrike' | 'databricks' | 'drivewealth' | 'fivetran' | 'freshservice' |
        'hubspot' | 'junipermist' | 'knowbe4' | 'paralus' | 'pipeliner' | 'salesforce' |
        'salesloft' | 'smartsheet' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[],
    },
    groups: {
      supported: [
        'bigpanda', 'canva', 'databricks', 'filescom', 'freshcaller', 'freshservice', 'gitlab',
        'jfrog', 'knowbe4', 'paralus', 'salesloft', 'solarwindsservicedesk', 'vanta', 'vercel',
      ] as readonly (
        'bigpanda' | 'canva' | 'databricks' | 'filescom' | 'freshcaller' | 'freshservice' |
        'gitlab' | 'jfrog' | 'knowbe4' | 'paralus' | 'salesloft' | 'solarwindsservicedesk' |
        'vanta' | 'vercel'
      )[],
    },
    identifiers: {
      supported: ['drivewealth'] as readonly 'drivewealth'[],
    },
    is_2fa_enabled: {
      supported: ['ciscomeraki', 'filescom', 'knowbe4'] as readonly (
        'ciscomeraki' | 'filescom' | 'knowbe4'
      )[],
    },
    is_email_verified: {
      supported: ['ciscomeraki', 'datadog', 'fivetran', 'opsgenie', 'surveysparrow'] as readonly (
        'ciscomeraki' | 'datadog' | 'fivetran' | 'opsgenie' | 'surveysparrow'
      )[],
    },
    languages: {
      supported: [
        'activecampaign', 'canva', 'filescom', 'freshcaller', 'freshdesk', 'freshservice',
        'knowbe4', 'opsgenie', 'salesforce',
      ] as readonly (
        'activecampaign' | 'canva' | 'filescom' | 'freshcaller' | 'freshdesk' | 'freshservice' |
        'knowbe4' | 'opsgenie' | 'salesforce'
      )[],
    },
    last_active_at: {
      supported: [
        'ciscomeraki', 'clickup', 'datadog', 'filescom', 'freshcaller', 'freshdesk', 'freshservice',
        'pipeliner',
      ] as readonly (
        'ciscomeraki' | 'clickup' | 'datadog' | 'filescom' | 'freshcaller' | 'freshdesk' |
        'freshservice' | 'pipeliner'
      )[],
    },
    last_login_at: {
      supported: [
        'adobemarketoengage', 'datadog', 'filescom', 'fivetran', 'freshdesk', 'freshservice',
        'hubspot', 'knowbe4', 'paralus', 'pipedrive', 'salesforce', 'smartsheet',
        'solarwindsservicedesk', 'tableau',
      ] as readonly (
        'adobemarketoengage' | 'datadog' | 'filescom' | 'fivetran' | 'freshdesk' | 'freshservice' |
        'hubspot' | 'knowbe4' | 'paralus' | 'pipedrive' | 'salesforce' | 'smartsheet' |
        'solarwindsservicedesk' | 'tableau'
      )[],
    },
    last_name: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'crowdstrike', 'databricks', 'drivewealth', 'fivetran', 'freshservice', 'hubspot',
        'junipermist', 'knowbe4', 'paralus', 'pipeliner', 'salesforce', 'salesloft', 'smartsheet',
        'teamworkdesk', 'torii', 'vanta', 'webex',
      ] as readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'crowdstrike' | 'databricks' | 'drivewealth' | 'fivetran' | 'freshservice' |
        'hubspot' | 'junipermist' | 'knowbe4' | 'paralus' | 'pipeliner' | 'salesforce' |
        'salesloft' | 'smartsheet' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[],
    },
    licenses: {
      supported: [
        'canva', 'ciscomeraki', 'clickup', 'fivetran', 'freshcaller', 'freshdesk', 'freshservice',
        'gitlab', 'knowbe4', 'pipedrive', 'salesloft', 'smartsheet', 'tableau', 'teamworkdesk',
        'webex',
      ] as readonly (
        'canva' | 'ciscomeraki' | 'clickup' | 'fivetran' | 'freshcaller' | 'freshdesk' |
        'freshservice' | 'gitlab' | 'knowbe4' | 'pipedrive' | 'salesloft' | 'smartsheet' |
        'tableau' | 'teamworkdesk' | 'webex'
      )[],
    },
    name: {
      supported: [
        'activecampaign', 'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'blackline', 'canva',
        'ciscomeraki', 'clickup', 'databricks', 'datadog', 'domo', 'drivewealth', 'filescom',
        'fivetran', 'freshcaller', 'freshdesk', 'freshservice', 'gitlab', 'jfrog', 'junipermist',
        'knowbe4', 'opsgenie', 'paralus', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
        'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow', 'tableau', 'teamworkdesk',
        'torii', 'vanta', 'webex',
      ] as readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'ciscomeraki' | 'clickup' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' |
        'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' |
        'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' |
        'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
        'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[],
    },
    organizations: {
      supported: ['avalaraavatax', 'ciscomeraki', 'torii', 'webex'] as readonly (
        'avalaraavatax' | 'ciscomeraki' | 'torii' | 'webex'
      )[],
    },
    phones: {
      supported: [
        'activecampaign', 'bigpanda', 'blackline', 'canva', 'drivewealth', 'fivetran',
        'freshcaller', 'freshdesk', 'freshservice', 'knowbe4', 'pipedrive', 'pipeliner',
        'salesforce', 'solarwindsservicedesk', 'surveysparrow',
      ] as readonly (
        'activecampaign' | 'bigpanda' | 'blackline' | 'canva' | 'drivewealth' | 'fivetran' |
        'freshcaller' | 'freshdesk' | 'freshservice' | 'knowbe4' | 'pipedrive' | 'pipeliner' |
        'salesforce' | 'solarwindsservicedesk' | 'surveysparrow'
      )[],
    },
    remote_data: {},
    roles: {
      supported: [
        'adobemarketoengage', 'avalaraavatax', 'bigpanda', 'canva', 'ciscomeraki', 'clickup',
        'databricks', 'datadog', 'domo', 'filescom', 'fivetran', 'freshcaller', 'freshdesk',
        'freshservice', 'gitlab', 'hubspot', 'junipermist', 'knowbe4', 'opsgenie', 'paralus',
        'salesforce', 'salesloft', 'smartsheet', 'snyk', 'solarwindsservicedesk', 'surveysparrow',
        'tableau', 'teamworkdesk', 'torii', 'webex',
      ] as readonly (
        'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'canva' | 'ciscomeraki' | 'clickup' |
        'databricks' | 'datadog' | 'domo' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' |
        'freshservice' | 'gitlab' | 'hubspot' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' |
        'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
        'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'webex'
      )[],
    },
    status: {
      supported: [
        'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'ciscomeraki', 'clickup', 'databricks',
        'datadog', 'drivewealth', 'filescom', 'fivetran', 'freshcaller', 'freshdesk',
        'freshservice', 'gitlab', 'hubspot', 'jfrog', 'knowbe4', 'paralus', 'pipedrive',
        'pipeliner', 'salesforce', 'salesloft', 'smartsheet', 'solarwindsservicedesk', 'tableau',
        'teamworkdesk', 'torii', 'vanta', 'webex',
      ] as readonly (
        'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' |
        'databricks' | 'datadog' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' |
        'freshdesk' | 'freshservice' | 'gitlab' | 'hubspot' | 'jfrog' | 'knowbe4' | 'paralus' |
        'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft' | 'smartsheet' |
        'solarwindsservicedesk' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[],
    },
    status_changed_at: {
      supported: [] as readonly never[],
    },
    timezone: {
      supported: [
        'activecampaign', 'canva', 'filescom', 'freshdesk', 'freshservice', 'knowbe4', 'opsgenie',
        'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
      ] as readonly (
        'activecampaign' | 'canva' | 'filescom' | 'freshdesk' | 'freshservice' | 'knowbe4' |
        'opsgenie' | 'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft'
      )[],
    },
    title: {
      supported: [
        'blackline', 'canva', 'freshservice', 'knowbe4', 'pipeliner', 'salesloft',
        'solarwindsservicedesk', 'vanta', 'webex',
      ] as readonly (
        'blackline' | 'canva' | 'freshservice' | 'knowbe4' | 'pipeliner' | 'salesloft' |
        'solarwindsservicedesk' | 'vanta' | 'webex'
      )[],
    },
    updated_at: {
      supported: [
        'avalaraavatax', 'bigpanda', 'blackline', 'canva', 'datadog', 'drivewealth', 'freshdesk',
        'freshservice', 'hubspot', 'knowbe4', 'pipedrive', 'pipeliner', 'salesforce', 'salesloft',
        'solarwindsservicedesk', 'teamworkdesk', 'webex',
      ] as readonly (
        'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'datadog' | 'drivewealth' |
        'freshdesk' | 'freshservice' | 'hubspot' | 'knowbe4' | 'pipedrive' | 'pipeliner' |
        'salesforce' | 'salesloft' | 'solarwindsservicedesk' | 'teamworkdesk' | 'webex'
      )[],
    },
    urls: {
      supported: ['canva'] as readonly 'canva'[],
    },
    user_type: {
      supported: ['canva', 'webex'] as readonly ('canva' | 'webex')[],
    },
    username: {
      supported: [
        'activecampaign', 'avalaraavatax', 'bigpanda', 'canva', 'clickup', 'databricks', 'datadog',
        'domo', 'filescom', 'gitlab', 'jfrog', 'opsgenie', 'paralus', 'salesforce', 'snyk',
      ] as readonly (
        'activecampaign' | 'avalaraavatax' | 'bigpanda' | 'canva' | 'clickup' | 'databricks' |
        'datadog' | 'domo' | 'filescom' | 'gitlab' | 'jfrog' | 'opsgenie' | 'paralus' |
        'salesforce' | 'snyk'
      )[],
    },
    workspaces: {
      supported: ['avalaraavatax', 'ciscomeraki', 'gitlab'] as readonly (
        'avalaraavatax' | 'ciscomeraki' | 'gitlab'
      )[],
    },
  },
} as const;

type Spec = paths['/unified/user-directory/users/{id}']['patch'];

type Table = typeof updateUserOperation;

/** The path parameters of `updateUser` for the one integration `I`, as its required and its optional keys. */
type UpdateUserPathRules<I extends string> = RequestPart<
  Table['parts']['path'],
  NonNullable<Spec['parameters']['path']>,
  I
>;

/** The path parameters of `updateUser` for the one integration `I`: one object type, which the compiler's messages call `UpdateUserPathOf<"activecampaign">`. */
type UpdateUserPathOf<I extends string> = { [K in keyof UpdateUserPathRules<I>]: UpdateUserPathRules<I>[K] };

/** The query parameters of `updateUser` for the one integration `I`, as its required and its optional keys. */
type UpdateUserQueryRules<I extends string> = RequestPart<
  Table['parts']['query'],
  NonNullable<Spec['parameters']['query']>,
  I
>;

/** The query parameters of `updateUser` for the one integration `I`: one object type, which the compiler's messages call `UpdateUserQueryOf<"activecampaign">`. */
type UpdateUserQueryOf<I extends string> = { [K in keyof UpdateUserQueryRules<I>]: UpdateUserQueryRules<I>[K] };

/** The request body of `updateUser` for the one integration `I`, as its required and its optional keys. */
type UpdateUserBodyRules<I extends string> = RequestPart<
  Table['parts']['body'],
  Spec['requestBody']['content']['application/json'],
  I
>;

/** The request body of `updateUser` for the one integration `I`: one object type, which the compiler's messages call `UpdateUserBodyOf<"activecampaign">`. */
type UpdateUserBodyOf<I extends string> = { [K in keyof UpdateUserBodyRules<I>]: UpdateUserBodyRules<I>[K] };

/** `UpdateUserPathOf` for each member of `I`. Written so that, while `I` is not known yet, TypeScript takes it for any object rather than building it for every integration. */
type UpdateUserPathAny<I extends string> = string extends I ? object : I extends unknown ? UpdateUserPathOf<I> : never;

/** `UpdateUserQueryOf` for each member of `I`. Written so that, while `I` is not known yet, TypeScript takes it for any object rather than building it for every integration. */
type UpdateUserQueryAny<I extends string> = string extends I ? object : I extends unknown ? UpdateUserQueryOf<I> : never;

/** `UpdateUserBodyOf` for each member of `I`. Written so that, while `I` is not known yet, TypeScript takes it for any value rather than building it for every integration. */
type UpdateUserBodyAny<I extends string> = string extends I ? unknown : I extends unknown ? UpdateUserBodyOf<I> : never;

/** The path parameters of `updateUser` for integration `I` (one type per member of a union): exactly the keys `I` supports, required where `I` requires them. */
export type UpdateUserPath<I extends UpdateUserIntegration = UpdateUserIntegration> = UpdateUserPathAny<I>;

/** The query parameters of `updateUser` for integration `I` (one type per member of a union): exactly the keys `I` supports, required where `I` requires them. */
export type UpdateUserQuery<I extends UpdateUserIntegration = UpdateUserIntegration> = UpdateUserQueryAny<I>;

/** The request body of `updateUser` for integration `I` (one type per member of a union): exactly the keys `I` supports, required where `I` requires them. */
export type UpdateUserBody<I extends UpdateUserIntegration = UpdateUserIntegration> = UpdateUserBodyAny<I>;

/** The response of `updateUser` for integration `I`: the fields `I` returns. */
export type UpdateUserResponse<I extends UpdateUserIntegration = UpdateUserIntegration> = ResponsePart<
  Table['response'],
  Spec['responses']['200']['content']['application/json'],
  I
>;

/** `updateUser` requests by integration, for the integrations in `K`. */
type UpdateUserRequests<K extends string> = {
  [I in K]: {
    integration: I;
    path: UpdateUserPathAny<NoInfer<I>>;
    query: UpdateUserQueryAny<NoInfer<I>>;
    body: UpdateUserBodyAny<NoInfer<I>>;
  };
};

/** One `updateUser` request, for integration `I`; for a union, any one of its members'. */
export type UpdateUserRequestFor<I extends UpdateUserIntegration> = UpdateUserRequests<I>[I];

/** Any `updateUser` request, discriminated by `integration`. */
export type UpdateUserRequest = UpdateUserRequestFor<UpdateUserIntegration>;

/** What `client.updateUser` takes: the request for `I`, or, while `integration` names no integration of `updateUser` (as while it is typed), only the integration, so that the error names the ones allowed. */
export type UpdateUserArgument<I extends string> = IsOneOf<I, UpdateUserIntegration> extends true ? UpdateUserRequests<I>[I] : UnknownIntegration<UpdateUserIntegration>;
