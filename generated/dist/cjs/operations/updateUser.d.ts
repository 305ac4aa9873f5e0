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
export declare const updateUserOperation: {
  readonly method: 'patch';
  readonly route: '/unified/user-directory/users/{id}';
  readonly integrations: readonly (
    'activecampaign' | 'adobemarketoengage' | 'airtable' | 'avalaraavatax' | 'bigpanda' |
    'blackline' | 'canva' | 'ciscomeraki' | 'clickup' | 'crowdstrike' | 'databricks' | 'datadog' |
    'domo' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' |
    'freshservice' | 'gitlab' | 'hubspot' | 'jfrog' | 'junipermist' | 'knowbe4' | 'looker' |
    'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' | 'powerbi' | 'salesforce' | 'salesloft' |
    'smartsheet' | 'snyk' | 'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' |
    'torii' | 'trello' | 'vanta' | 'vercel' | 'webex' | 'wordpress'
  )[];
  readonly parts: {
    readonly path: {
      readonly id: {
        readonly required: true;
      };
    };
    readonly query: {
      readonly organization_id: {
        readonly supported: readonly ('ciscomeraki' | 'clickup' | 'snyk' | 'trello')[];
        readonly required: readonly ('ciscomeraki' | 'clickup' | 'snyk' | 'trello')[];
      };
      readonly workspace_id: {
        readonly supported: readonly ('ciscomeraki' | 'gitlab')[];
        readonly required: readonly 'ciscomeraki'[];
      };
      readonly group_id: {
        readonly supported: readonly 'gitlab'[];
      };
      readonly workspace: {
        readonly supported: readonly ('powerbi' | 'wordpress')[];
        readonly required: readonly ('powerbi' | 'wordpress')[];
      };
      readonly user_id: {
        readonly supported: readonly 'torii'[];
        readonly required: readonly 'torii'[];
      };
      readonly groups: {
        readonly supported: readonly (
          'bigpanda' | 'canva' | 'databricks' | 'filescom' | 'freshcaller' | 'freshservice' |
          'gitlab' | 'jfrog' | 'knowbe4' | 'paralus' | 'salesloft' | 'solarwindsservicedesk' |
          'vanta' | 'vercel'
        )[];
        readonly required: readonly 'vercel'[];
      };
      readonly integrated_account_id: {
        readonly required: true;
      };
      readonly truto_response_format: {
        readonly enum: readonly ['unified', 'raw', 'normalized', 'stream'];
      };
      readonly truto_ignore_remote_data: {};
      readonly truto_exclude_fields: {};
      readonly remote_query: {};
    };
    readonly body: {
      readonly id: {
        readonly supported: readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'ciscomeraki' | 'clickup' | 'crowdstrike' | 'databricks' | 'datadog' | 'domo' |
          'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' |
          'gitlab' | 'hubspot' | 'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' |
          'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' |
          'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' |
          'vanta' | 'vercel' | 'webex'
        )[];
        readonly required: true;
      };
      readonly active: {
        readonly supported: readonly 'databricks'[];
      };
      readonly avatar: {
        readonly supported: readonly (
          'canva' | 'clickup' | 'datadog' | 'filescom' | 'fivetran' | 'gitlab' | 'pipedrive' |
          'pipeliner' | 'salesforce' | 'surveysparrow' | 'teamworkdesk' | 'webex'
        )[];
      };
      readonly created_at: {
        readonly supported: readonly (
          'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' |
          'datadog' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshdesk' | 'freshservice' |
          'gitlab' | 'hubspot' | 'knowbe4' | 'opsgenie' | 'pipedrive' | 'pipeliner' | 'salesforce' |
          'salesloft' | 'solarwindsservicedesk' | 'surveysparrow' | 'teamworkdesk' | 'torii' |
          'vanta' | 'webex'
        )[];
      };
      readonly description: {
        readonly supported: readonly 'filescom'[];
      };
      readonly email: {
        readonly supported: readonly 'activecampaign'[];
        readonly required: readonly 'activecampaign'[];
      };
      readonly email_addresses: {
        readonly supported: readonly 'airtable'[];
      };
      readonly emails: {
        readonly supported: readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'ciscomeraki' | 'clickup' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' |
          'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' |
          'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' |
          'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
          'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[];
        readonly required: readonly 'paralus'[];
      };
      readonly first_name: {
        readonly supported: readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'crowdstrike' | 'databricks' | 'drivewealth' | 'fivetran' | 'freshservice' |
          'hubspot' | 'junipermist' | 'knowbe4' | 'paralus' | 'pipeliner' | 'salesforce' |
          'salesloft' | 'smartsheet' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[];
        readonly required: readonly 'paralus'[];
      };
      readonly group: {
        readonly supported: readonly 'activecampaign'[];
        readonly required: readonly 'activecampaign'[];
      };
      readonly groups: {
        readonly supported: readonly (
          'bigpanda' | 'canva' | 'databricks' | 'filescom' | 'freshcaller' | 'freshservice' |
          'gitlab' | 'jfrog' | 'knowbe4' | 'paralus' | 'salesloft' | 'solarwindsservicedesk' |
          'vanta' | 'vercel'
        )[];
      };
      readonly languages: {
        readonly supported: readonly (
          'activecampaign' | 'canva' | 'filescom' | 'freshcaller' | 'freshdesk' | 'freshservice' |
          'knowbe4' | 'opsgenie' | 'salesforce'
        )[];
      };
      readonly last_name: {
        readonly supported: readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'crowdstrike' | 'databricks' | 'drivewealth' | 'fivetran' | 'freshservice' |
          'hubspot' | 'junipermist' | 'knowbe4' | 'paralus' | 'pipeliner' | 'salesforce' |
          'salesloft' | 'smartsheet' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[];
        readonly required: readonly 'paralus'[];
      };
      readonly licensed_sheet_creator: {
        readonly supported: readonly 'smartsheet'[];
      };
      readonly licenses: {
        readonly supported: readonly (
          'canva' | 'ciscomeraki' | 'clickup' | 'fivetran' | 'freshcaller' | 'freshdesk' |
          'freshservice' | 'gitlab' | 'knowbe4' | 'pipedrive' | 'salesloft' | 'smartsheet' |
          'tableau' | 'teamworkdesk' | 'webex'
        )[];
      };
      readonly name: {
        readonly supported: readonly (
          'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
          'canva' | 'ciscomeraki' | 'clickup' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' |
          'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' |
          'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' |
          'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
          'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[];
        readonly required: readonly 'activecampaign'[];
      };
      readonly organizations: {
        readonly supported: readonly ('avalaraavatax' | 'ciscomeraki' | 'torii' | 'webex')[];
      };
      readonly password: {
        readonly supported: readonly 'activecampaign'[];
        readonly required: readonly 'activecampaign'[];
      };
      readonly phones: {
        readonly supported: readonly (
          'activecampaign' | 'bigpanda' | 'blackline' | 'canva' | 'drivewealth' | 'fivetran' |
          'freshcaller' | 'freshdesk' | 'freshservice' | 'knowbe4' | 'pipedrive' | 'pipeliner' |
          'salesforce' | 'solarwindsservicedesk' | 'surveysparrow'
        )[];
      };
      readonly remote_data: {};
      readonly roles: {
        readonly supported: readonly (
          'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'canva' | 'ciscomeraki' |
          'clickup' | 'databricks' | 'datadog' | 'domo' | 'filescom' | 'fivetran' | 'freshcaller' |
          'freshdesk' | 'freshservice' | 'gitlab' | 'hubspot' | 'junipermist' | 'knowbe4' |
          'looker' | 'opsgenie' | 'paralus' | 'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' |
          'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' |
          'trello' | 'webex'
        )[];
        readonly required: readonly ('clickup' | 'looker' | 'tableau' | 'trello')[];
      };
      readonly status: {
        readonly supported: readonly (
          'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' |
          'databricks' | 'datadog' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' |
          'freshdesk' | 'freshservice' | 'gitlab' | 'hubspot' | 'jfrog' | 'knowbe4' | 'paralus' |
          'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft' | 'smartsheet' |
          'solarwindsservicedesk' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
        )[];
        readonly required: readonly 'torii'[];
        readonly enum: readonly ['active', 'inactive', 'deleted', 'invited'];
        readonly values: {
          readonly bigpanda: readonly ['active', 'inactive'];
          readonly blackline: readonly ['active', 'inactive'];
          readonly freshcaller: readonly ['deleted', 'active'];
          readonly solarwindsservicedesk: readonly ['active', 'inactive'];
        };
      };
      readonly timezone: {
        readonly supported: readonly (
          'activecampaign' | 'canva' | 'filescom' | 'freshdesk' | 'freshservice' | 'knowbe4' |
          'opsgenie' | 'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft'
        )[];
      };
      readonly title: {
        readonly supported: readonly (
          'blackline' | 'canva' | 'freshservice' | 'knowbe4' | 'pipeliner' | 'salesloft' |
          'solarwindsservicedesk' | 'vanta' | 'webex'
        )[];
      };
      readonly urls: {
        readonly supported: readonly 'canva'[];
      };
      readonly user_type: {
        readonly supported: readonly ('canva' | 'webex')[];
      };
      readonly username: {
        readonly supported: readonly (
          'activecampaign' | 'avalaraavatax' | 'bigpanda' | 'canva' | 'clickup' | 'databricks' |
          'datadog' | 'domo' | 'filescom' | 'gitlab' | 'jfrog' | 'opsgenie' | 'paralus' |
          'salesforce' | 'snyk'
        )[];
        readonly required: readonly 'clickup'[];
      };
      readonly workspaces: {
        readonly supported: readonly ('avalaraavatax' | 'ciscomeraki' | 'gitlab')[];
      };
    };
  };
  readonly response: {
    readonly id: {
      readonly supported: readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'ciscomeraki' | 'clickup' | 'crowdstrike' | 'databricks' | 'datadog' | 'domo' |
        'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' |
        'gitlab' | 'hubspot' | 'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' |
        'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' |
        'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' |
        'vercel' | 'webex'
      )[];
    };
    readonly activated_at: {
      readonly supported: readonly ('drivewealth' | 'filescom')[];
    };
    readonly avatar: {
      readonly supported: readonly (
        'canva' | 'clickup' | 'datadog' | 'filescom' | 'fivetran' | 'gitlab' | 'pipedrive' |
        'pipeliner' | 'salesforce' | 'surveysparrow' | 'teamworkdesk' | 'webex'
      )[];
    };
    readonly bio: {
      readonly supported: readonly ('datadog' | 'salesforce')[];
    };
    readonly created_at: {
      readonly supported: readonly (
        'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' |
        'datadog' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshdesk' | 'freshservice' |
        'gitlab' | 'hubspot' | 'knowbe4' | 'opsgenie' | 'pipedrive' | 'pipeliner' | 'salesforce' |
        'salesloft' | 'solarwindsservicedesk' | 'surveysparrow' | 'teamworkdesk' | 'torii' |
        'vanta' | 'webex'
      )[];
    };
    readonly emails: {
      readonly supported: readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'ciscomeraki' | 'clickup' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' |
        'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' |
        'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'pipedrive' | 'pipeliner' |
        'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
        'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[];
    };
    readonly external_id: {
      readonly supported: readonly ('bigpanda' | 'canva')[];
    };
    readonly first_name: {
      readonly supported: readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'crowdstrike' | 'databricks' | 'drivewealth' | 'fivetran' | 'freshservice' |
        'hubspot' | 'junipermist' | 'knowbe4' | 'paralus' | 'pipeliner' | 'salesforce' |
        'salesloft' | 'smartsheet' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[];
    };
    readonly groups: {
      readonly supported: readonly (
        'bigpanda' | 'canva' | 'databricks' | 'filescom' | 'freshcaller' | 'freshservice' |
        'gitlab' | 'jfrog' | 'knowbe4' | 'paralus' | 'salesloft' | 'solarwindsservicedesk' |
        'vanta' | 'vercel'
      )[];
    };
    readonly identifiers: {
      readonly supported: readonly 'drivewealth'[];
    };
    readonly is_2fa_enabled: {
      readonly supported: readonly ('ciscomeraki' | 'filescom' | 'knowbe4')[];
    };
    readonly is_email_verified: {
      readonly supported: readonly (
        'ciscomeraki' | 'datadog' | 'fivetran' | 'opsgenie' | 'surveysparrow'
      )[];
    };
    readonly languages: {
      readonly supported: readonly (
        'activecampaign' | 'canva' | 'filescom' | 'freshcaller' | 'freshdesk' | 'freshservice' |
        'knowbe4' | 'opsgenie' | 'salesforce'
      )[];
    };
    readonly last_active_at: {
      readonly supported: readonly (
        'ciscomeraki' | 'clickup' | 'datadog' | 'filescom' | 'freshcaller' | 'freshdesk' |
        'freshservice' | 'pipeliner'
      )[];
    };
    readonly last_login_at: {
      readonly supported: readonly (
        'adobemarketoengage' | 'datadog' | 'filescom' | 'fivetran' | 'freshdesk' | 'freshservice' |
        'hubspot' | 'knowbe4' | 'paralus' | 'pipedrive' | 'salesforce' | 'smartsheet' |
        'solarwindsservicedesk' | 'tableau'
      )[];
    };
    readonly last_name: {
      readonly supported: readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'crowdstrike' | 'databricks' | 'drivewealth' | 'fivetran' | 'freshservice' |
        'hubspot' | 'junipermist' | 'knowbe4' | 'paralus' | 'pipeliner' | 'salesforce' |
        'salesloft' | 'smartsheet' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[];
    };
    readonly licenses: {
      readonly supported: readonly (
        'canva' | 'ciscomeraki' | 'clickup' | 'fivetran' | 'freshcaller' | 'freshdesk' |
        'freshservice' | 'gitlab' | 'knowbe4' | 'pipedrive' | 'salesloft' | 'smartsheet' |
        'tableau' | 'teamworkdesk' | 'webex'
      )[];
    };
    readonly name: {
      readonly supported: readonly (
        'activecampaign' | 'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'blackline' |
        'canva' | 'ciscomeraki' | 'clickup' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' |
        'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' |
        'jfrog' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' |
        'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
        'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[];
    };
    readonly organizations: {
      readonly supported: readonly ('avalaraavatax' | 'ciscomeraki' | 'torii' | 'webex')[];
    };
    readonly phones: {
      readonly supported: readonly (
        'activecampaign' | 'bigpanda' | 'blackline' | 'canva' | 'drivewealth' | 'fivetran' |
        'freshcaller' | 'freshdesk' | 'freshservice' | 'knowbe4' | 'pipedrive' | 'pipeliner' |
        'salesforce' | 'solarwindsservicedesk' | 'surveysparrow'
      )[];
    };
    readonly remote_data: {};
    readonly roles: {
      readonly supported: readonly (
        'adobemarketoengage' | 'avalaraavatax' | 'bigpanda' | 'canva' | 'ciscomeraki' | 'clickup' |
        'databricks' | 'datadog' | 'domo' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' |
        'freshservice' | 'gitlab' | 'hubspot' | 'junipermist' | 'knowbe4' | 'opsgenie' | 'paralus' |
        'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' |
        'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'webex'
      )[];
    };
    readonly status: {
      readonly supported: readonly (
        'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' |
        'databricks' | 'datadog' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' |
        'freshdesk' | 'freshservice' | 'gitlab' | 'hubspot' | 'jfrog' | 'knowbe4' | 'paralus' |
        'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft' | 'smartsheet' |
        'solarwindsservicedesk' | 'tableau' | 'teamworkdesk' | 'torii' | 'vanta' | 'webex'
      )[];
    };
    readonly status_changed_at: {
      readonly supported: readonly never[];
    };
    readonly timezone: {
      readonly supported: readonly (
        'activecampaign' | 'canva' | 'filescom' | 'freshdesk' | 'freshservice' | 'knowbe4' |
        'opsgenie' | 'pipedrive' | 'pipeliner' | 'salesforce' | 'salesloft'
      )[];
    };
    readonly title: {
      readonly supported: readonly (
        'blackline' | 'canva' | 'freshservice' | 'knowbe4' | 'pipeliner' | 'salesloft' |
        'solarwindsservicedesk' | 'vanta' | 'webex'
      )[];
    };
    readonly updated_at: {
      readonly supported: readonly (
        'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'datadog' | 'drivewealth' |
        'freshdesk' | 'freshservice' | 'hubspot' | 'knowbe4' | 'pipedrive' | 'pipeliner' |
        'salesforce' | 'salesloft' | 'solarwindsservicedesk' | 'teamworkdesk' | 'webex'
      )[];
    };
    readonly urls: {
      readonly supported: readonly 'canva'[];
    };
    readonly user_type: {
      readonly supported: readonly ('canva' | 'webex')[];
    };
    readonly username: {
      readonly supported: readonly (
        'activecampaign' | 'avalaraavatax' | 'bigpanda' | 'canva' | 'clickup' | 'databricks' |
        'datadog' | 'domo' | 'filescom' | 'gitlab' | 'jfrog' | 'opsgenie' | 'paralus' |
        'salesforce' | 'snyk'
      )[];
    };
    readonly workspaces: {
      readonly supported: readonly ('avalaraavatax' | 'ciscomeraki' | 'gitlab')[];
    };
  };
};

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
export {};
//# sourceMappingURL=updateUser.d.ts.map
