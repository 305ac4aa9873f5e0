import type { Client as FetchClient } from 'openapi-fetch';
import type { paths } from './paths.js';
import { type ClientOptions } from './runtime/index.js';
import type { BoundRequest, OperationsOf } from './runtime/types.js';
import { type Integration } from './integrations.js';
import { type CreateUserIntegration, type CreateUserRequestFor, type CreateUserResponse } from './operations/createUser.js';
import { type UpdateUserIntegration, type UpdateUserRequestFor, type UpdateUserResponse } from './operations/updateUser.js';
/** Every operation's table, by client method name. */
export declare const operations: {
    createUser: {
        readonly method: "post";
        readonly route: "/unified/user-directory/users";
        readonly integrations: readonly ["activecampaign", "ciscomeraki", "filescom", "googleworkspace", "okta", "salesforce"];
        readonly parts: {
            readonly query: {
                readonly integrated_account_id: {
                    readonly required: true;
                };
                readonly truto_response_format: {
                    readonly enum: readonly ["unified", "raw", "normalized"];
                };
                readonly truto_ignore_remote_data: {};
                readonly truto_exclude_fields: {};
                readonly remote_query: {};
                readonly organization_id: {
                    readonly supported: readonly ["ciscomeraki"];
                    readonly required: readonly ["ciscomeraki"];
                };
                readonly workspace_id: {
                    readonly supported: readonly ["ciscomeraki"];
                    readonly required: readonly ["ciscomeraki"];
                };
            };
            readonly body: {
                readonly name: {
                    readonly supported: readonly ["activecampaign", "ciscomeraki", "filescom"];
                    readonly required: readonly ["activecampaign"];
                };
                readonly emails: {
                    readonly supported: readonly ["activecampaign", "ciscomeraki", "filescom", "googleworkspace", "okta", "salesforce"];
                    readonly required: readonly ["activecampaign", "salesforce"];
                };
                readonly password: {
                    readonly supported: readonly ["activecampaign", "googleworkspace"];
                    readonly required: readonly ["activecampaign", "googleworkspace"];
                };
                readonly username: {
                    readonly supported: readonly ["activecampaign", "filescom", "okta", "salesforce"];
                    readonly required: readonly ["activecampaign"];
                };
                readonly group: {
                    readonly supported: readonly ["activecampaign"];
                    readonly required: readonly ["activecampaign"];
                };
                readonly first_name: {
                    readonly supported: readonly ["googleworkspace", "okta", "salesforce"];
                    readonly required: readonly ["googleworkspace", "salesforce"];
                };
                readonly last_name: {
                    readonly supported: readonly ["googleworkspace", "okta", "salesforce"];
                    readonly required: readonly ["googleworkspace", "salesforce"];
                };
                readonly phones: {
                    readonly supported: readonly ["okta", "salesforce"];
                };
                readonly roles: {
                    readonly supported: readonly ["ciscomeraki", "filescom", "salesforce"];
                    readonly required: readonly ["salesforce"];
                };
                readonly timezone: {
                    readonly supported: readonly ["filescom", "salesforce"];
                    readonly required: readonly ["salesforce"];
                };
                readonly languages: {
                    readonly supported: readonly ["salesforce"];
                };
                readonly description: {
                    readonly supported: readonly ["filescom"];
                };
                readonly groups: {
                    readonly supported: readonly ["filescom"];
                };
                readonly status: {
                    readonly supported: readonly ["filescom"];
                    readonly enum: readonly ["active", "inactive", "deleted", "invited"];
                };
                readonly remote_data: {};
            };
        };
        readonly response: {
            readonly id: {
                readonly supported: readonly ["activecampaign", "ciscomeraki", "filescom", "googleworkspace", "okta", "salesforce"];
            };
            readonly external_id: {
                readonly supported: readonly [];
            };
            readonly identifiers: {
                readonly supported: readonly [];
            };
            readonly first_name: {
                readonly supported: readonly ["activecampaign", "googleworkspace", "okta", "salesforce"];
            };
            readonly last_name: {
                readonly supported: readonly ["activecampaign", "googleworkspace", "okta", "salesforce"];
            };
            readonly title: {
                readonly supported: readonly [];
            };
            readonly name: {
                readonly supported: readonly ["activecampaign", "ciscomeraki", "filescom", "googleworkspace", "okta", "salesforce"];
            };
            readonly username: {
                readonly supported: readonly ["activecampaign", "filescom", "okta", "salesforce"];
            };
            readonly emails: {
                readonly supported: readonly ["activecampaign", "ciscomeraki", "filescom", "googleworkspace", "okta", "salesforce"];
            };
            readonly phones: {
                readonly supported: readonly ["activecampaign", "googleworkspace", "okta", "salesforce"];
            };
            readonly status: {
                readonly supported: readonly ["ciscomeraki", "filescom", "googleworkspace", "okta", "salesforce"];
            };
            readonly is_email_verified: {
                readonly supported: readonly ["ciscomeraki"];
            };
            readonly is_2fa_enabled: {
                readonly supported: readonly ["ciscomeraki", "filescom", "googleworkspace"];
            };
            readonly roles: {
                readonly supported: readonly ["ciscomeraki", "filescom", "salesforce"];
            };
            readonly organizations: {
                readonly supported: readonly ["ciscomeraki"];
            };
            readonly user_type: {
                readonly supported: readonly [];
            };
            readonly licenses: {
                readonly supported: readonly ["ciscomeraki"];
            };
            readonly groups: {
                readonly supported: readonly ["filescom"];
            };
            readonly workspaces: {
                readonly supported: readonly ["ciscomeraki"];
            };
            readonly avatar: {
                readonly supported: readonly ["filescom", "googleworkspace", "salesforce"];
            };
            readonly timezone: {
                readonly supported: readonly ["filescom", "okta", "salesforce"];
            };
            readonly languages: {
                readonly supported: readonly ["filescom", "googleworkspace", "okta", "salesforce"];
            };
            readonly bio: {
                readonly supported: readonly ["salesforce"];
            };
            readonly created_at: {
                readonly supported: readonly ["ciscomeraki", "filescom", "googleworkspace", "okta", "salesforce"];
            };
            readonly updated_at: {
                readonly supported: readonly ["okta", "salesforce"];
            };
            readonly last_active_at: {
                readonly supported: readonly ["ciscomeraki", "filescom"];
            };
            readonly last_login_at: {
                readonly supported: readonly ["filescom", "googleworkspace", "okta", "salesforce"];
            };
            readonly status_changed_at: {
                readonly supported: readonly ["okta"];
            };
            readonly activated_at: {
                readonly supported: readonly ["filescom", "okta"];
            };
            readonly urls: {
                readonly supported: readonly [];
            };
            readonly remote_data: {};
        };
    };
    updateUser: {
        readonly method: "patch";
        readonly route: "/unified/user-directory/users/{id}";
        readonly integrations: readonly ["activecampaign", "adobemarketoengage", "airtable", "avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "crowdstrike", "databricks", "datadog", "domo", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "hubspot", "jfrog", "junipermist", "knowbe4", "looker", "opsgenie", "paralus", "pipedrive", "pipeliner", "powerbi", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "trello", "vanta", "vercel", "webex", "wordpress"];
        readonly parts: {
            readonly path: {
                readonly id: {
                    readonly required: true;
                };
            };
            readonly query: {
                readonly organization_id: {
                    readonly supported: readonly ["ciscomeraki", "clickup", "snyk", "trello"];
                    readonly required: readonly ["ciscomeraki", "clickup", "snyk", "trello"];
                };
                readonly workspace_id: {
                    readonly supported: readonly ["ciscomeraki", "gitlab"];
                    readonly required: readonly ["ciscomeraki"];
                };
                readonly group_id: {
                    readonly supported: readonly ["gitlab"];
                };
                readonly workspace: {
                    readonly supported: readonly ["powerbi", "wordpress"];
                    readonly required: readonly ["powerbi", "wordpress"];
                };
                readonly user_id: {
                    readonly supported: readonly ["torii"];
                    readonly required: readonly ["torii"];
                };
                readonly groups: {
                    readonly supported: readonly ["bigpanda", "canva", "databricks", "filescom", "freshcaller", "freshservice", "gitlab", "jfrog", "knowbe4", "paralus", "salesloft", "solarwindsservicedesk", "vanta", "vercel"];
                    readonly required: readonly ["vercel"];
                };
                readonly integrated_account_id: {
                    readonly required: true;
                };
                readonly truto_response_format: {
                    readonly enum: readonly ["unified", "raw", "normalized", "stream"];
                };
                readonly truto_ignore_remote_data: {};
                readonly truto_exclude_fields: {};
                readonly remote_query: {};
            };
            readonly body: {
                readonly id: {
                    readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "crowdstrike", "databricks", "datadog", "domo", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "hubspot", "jfrog", "junipermist", "knowbe4", "opsgenie", "paralus", "pipedrive", "pipeliner", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "vanta", "vercel", "webex"];
                    readonly required: true;
                };
                readonly active: {
                    readonly supported: readonly ["databricks"];
                };
                readonly avatar: {
                    readonly supported: readonly ["canva", "clickup", "datadog", "filescom", "fivetran", "gitlab", "pipedrive", "pipeliner", "salesforce", "surveysparrow", "teamworkdesk", "webex"];
                };
                readonly created_at: {
                    readonly supported: readonly ["avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "datadog", "drivewealth", "filescom", "fivetran", "freshdesk", "freshservice", "gitlab", "hubspot", "knowbe4", "opsgenie", "pipedrive", "pipeliner", "salesforce", "salesloft", "solarwindsservicedesk", "surveysparrow", "teamworkdesk", "torii", "vanta", "webex"];
                };
                readonly description: {
                    readonly supported: readonly ["filescom"];
                };
                readonly email: {
                    readonly supported: readonly ["activecampaign"];
                    readonly required: readonly ["activecampaign"];
                };
                readonly email_addresses: {
                    readonly supported: readonly ["airtable"];
                };
                readonly emails: {
                    readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "databricks", "datadog", "domo", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "jfrog", "junipermist", "knowbe4", "opsgenie", "paralus", "pipedrive", "pipeliner", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "vanta", "webex"];
                    readonly required: readonly ["paralus"];
                };
                readonly first_name: {
                    readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "crowdstrike", "databricks", "drivewealth", "fivetran", "freshservice", "hubspot", "junipermist", "knowbe4", "paralus", "pipeliner", "salesforce", "salesloft", "smartsheet", "teamworkdesk", "torii", "vanta", "webex"];
                    readonly required: readonly ["paralus"];
                };
                readonly group: {
                    readonly supported: readonly ["activecampaign"];
                    readonly required: readonly ["activecampaign"];
                };
                readonly groups: {
                    readonly supported: readonly ["bigpanda", "canva", "databricks", "filescom", "freshcaller", "freshservice", "gitlab", "jfrog", "knowbe4", "paralus", "salesloft", "solarwindsservicedesk", "vanta", "vercel"];
                };
                readonly languages: {
                    readonly supported: readonly ["activecampaign", "canva", "filescom", "freshcaller", "freshdesk", "freshservice", "knowbe4", "opsgenie", "salesforce"];
                };
                readonly last_name: {
                    readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "crowdstrike", "databricks", "drivewealth", "fivetran", "freshservice", "hubspot", "junipermist", "knowbe4", "paralus", "pipeliner", "salesforce", "salesloft", "smartsheet", "teamworkdesk", "torii", "vanta", "webex"];
                    readonly required: readonly ["paralus"];
                };
                readonly licensed_sheet_creator: {
                    readonly supported: readonly ["smartsheet"];
                };
                readonly licenses: {
                    readonly supported: readonly ["canva", "ciscomeraki", "clickup", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "knowbe4", "pipedrive", "salesloft", "smartsheet", "tableau", "teamworkdesk", "webex"];
                };
                readonly name: {
                    readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "databricks", "datadog", "domo", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "jfrog", "junipermist", "knowbe4", "opsgenie", "paralus", "pipedrive", "pipeliner", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "vanta", "webex"];
                    readonly required: readonly ["activecampaign"];
                };
                readonly organizations: {
                    readonly supported: readonly ["avalaraavatax", "ciscomeraki", "torii", "webex"];
                };
                readonly password: {
                    readonly supported: readonly ["activecampaign"];
                    readonly required: readonly ["activecampaign"];
                };
                readonly phones: {
                    readonly supported: readonly ["activecampaign", "bigpanda", "blackline", "canva", "drivewealth", "fivetran", "freshcaller", "freshdesk", "freshservice", "knowbe4", "pipedrive", "pipeliner", "salesforce", "solarwindsservicedesk", "surveysparrow"];
                };
                readonly remote_data: {};
                readonly roles: {
                    readonly supported: readonly ["adobemarketoengage", "avalaraavatax", "bigpanda", "canva", "ciscomeraki", "clickup", "databricks", "datadog", "domo", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "hubspot", "junipermist", "knowbe4", "looker", "opsgenie", "paralus", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "trello", "webex"];
                    readonly required: readonly ["clickup", "looker", "tableau", "trello"];
                };
                readonly status: {
                    readonly supported: readonly ["avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "databricks", "datadog", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "hubspot", "jfrog", "knowbe4", "paralus", "pipedrive", "pipeliner", "salesforce", "salesloft", "smartsheet", "solarwindsservicedesk", "tableau", "teamworkdesk", "torii", "vanta", "webex"];
                    readonly required: readonly ["torii"];
                    readonly enum: readonly ["active", "inactive", "deleted", "invited"];
                    readonly values: {
                        readonly bigpanda: readonly ["active", "inactive"];
                        readonly blackline: readonly ["active", "inactive"];
                        readonly freshcaller: readonly ["deleted", "active"];
                        readonly solarwindsservicedesk: readonly ["active", "inactive"];
                    };
                };
                readonly timezone: {
                    readonly supported: readonly ["activecampaign", "canva", "filescom", "freshdesk", "freshservice", "knowbe4", "opsgenie", "pipedrive", "pipeliner", "salesforce", "salesloft"];
                };
                readonly title: {
                    readonly supported: readonly ["blackline", "canva", "freshservice", "knowbe4", "pipeliner", "salesloft", "solarwindsservicedesk", "vanta", "webex"];
                };
                readonly urls: {
                    readonly supported: readonly ["canva"];
                };
                readonly user_type: {
                    readonly supported: readonly ["canva", "webex"];
                };
                readonly username: {
                    readonly supported: readonly ["activecampaign", "avalaraavatax", "bigpanda", "canva", "clickup", "databricks", "datadog", "domo", "filescom", "gitlab", "jfrog", "opsgenie", "paralus", "salesforce", "snyk"];
                    readonly required: readonly ["clickup"];
                };
                readonly workspaces: {
                    readonly supported: readonly ["avalaraavatax", "ciscomeraki", "gitlab"];
                };
            };
        };
        readonly response: {
            readonly id: {
                readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "crowdstrike", "databricks", "datadog", "domo", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "hubspot", "jfrog", "junipermist", "knowbe4", "opsgenie", "paralus", "pipedrive", "pipeliner", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "vanta", "vercel", "webex"];
            };
            readonly activated_at: {
                readonly supported: readonly ["drivewealth", "filescom"];
            };
            readonly avatar: {
                readonly supported: readonly ["canva", "clickup", "datadog", "filescom", "fivetran", "gitlab", "pipedrive", "pipeliner", "salesforce", "surveysparrow", "teamworkdesk", "webex"];
            };
            readonly bio: {
                readonly supported: readonly ["datadog", "salesforce"];
            };
            readonly created_at: {
                readonly supported: readonly ["avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "datadog", "drivewealth", "filescom", "fivetran", "freshdesk", "freshservice", "gitlab", "hubspot", "knowbe4", "opsgenie", "pipedrive", "pipeliner", "salesforce", "salesloft", "solarwindsservicedesk", "surveysparrow", "teamworkdesk", "torii", "vanta", "webex"];
            };
            readonly emails: {
                readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "databricks", "datadog", "domo", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "jfrog", "junipermist", "knowbe4", "opsgenie", "pipedrive", "pipeliner", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "vanta", "webex"];
            };
            readonly external_id: {
                readonly supported: readonly ["bigpanda", "canva"];
            };
            readonly first_name: {
                readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "crowdstrike", "databricks", "drivewealth", "fivetran", "freshservice", "hubspot", "junipermist", "knowbe4", "paralus", "pipeliner", "salesforce", "salesloft", "smartsheet", "teamworkdesk", "torii", "vanta", "webex"];
            };
            readonly groups: {
                readonly supported: readonly ["bigpanda", "canva", "databricks", "filescom", "freshcaller", "freshservice", "gitlab", "jfrog", "knowbe4", "paralus", "salesloft", "solarwindsservicedesk", "vanta", "vercel"];
            };
            readonly identifiers: {
                readonly supported: readonly ["drivewealth"];
            };
            readonly is_2fa_enabled: {
                readonly supported: readonly ["ciscomeraki", "filescom", "knowbe4"];
            };
            readonly is_email_verified: {
                readonly supported: readonly ["ciscomeraki", "datadog", "fivetran", "opsgenie", "surveysparrow"];
            };
            readonly languages: {
                readonly supported: readonly ["activecampaign", "canva", "filescom", "freshcaller", "freshdesk", "freshservice", "knowbe4", "opsgenie", "salesforce"];
            };
            readonly last_active_at: {
                readonly supported: readonly ["ciscomeraki", "clickup", "datadog", "filescom", "freshcaller", "freshdesk", "freshservice", "pipeliner"];
            };
            readonly last_login_at: {
                readonly supported: readonly ["adobemarketoengage", "datadog", "filescom", "fivetran", "freshdesk", "freshservice", "hubspot", "knowbe4", "paralus", "pipedrive", "salesforce", "smartsheet", "solarwindsservicedesk", "tableau"];
            };
            readonly last_name: {
                readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "crowdstrike", "databricks", "drivewealth", "fivetran", "freshservice", "hubspot", "junipermist", "knowbe4", "paralus", "pipeliner", "salesforce", "salesloft", "smartsheet", "teamworkdesk", "torii", "vanta", "webex"];
            };
            readonly licenses: {
                readonly supported: readonly ["canva", "ciscomeraki", "clickup", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "knowbe4", "pipedrive", "salesloft", "smartsheet", "tableau", "teamworkdesk", "webex"];
            };
            readonly name: {
                readonly supported: readonly ["activecampaign", "adobemarketoengage", "avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "databricks", "datadog", "domo", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "jfrog", "junipermist", "knowbe4", "opsgenie", "paralus", "pipedrive", "pipeliner", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "vanta", "webex"];
            };
            readonly organizations: {
                readonly supported: readonly ["avalaraavatax", "ciscomeraki", "torii", "webex"];
            };
            readonly phones: {
                readonly supported: readonly ["activecampaign", "bigpanda", "blackline", "canva", "drivewealth", "fivetran", "freshcaller", "freshdesk", "freshservice", "knowbe4", "pipedrive", "pipeliner", "salesforce", "solarwindsservicedesk", "surveysparrow"];
            };
            readonly remote_data: {};
            readonly roles: {
                readonly supported: readonly ["adobemarketoengage", "avalaraavatax", "bigpanda", "canva", "ciscomeraki", "clickup", "databricks", "datadog", "domo", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "hubspot", "junipermist", "knowbe4", "opsgenie", "paralus", "salesforce", "salesloft", "smartsheet", "snyk", "solarwindsservicedesk", "surveysparrow", "tableau", "teamworkdesk", "torii", "webex"];
            };
            readonly status: {
                readonly supported: readonly ["avalaraavatax", "bigpanda", "blackline", "canva", "ciscomeraki", "clickup", "databricks", "datadog", "drivewealth", "filescom", "fivetran", "freshcaller", "freshdesk", "freshservice", "gitlab", "hubspot", "jfrog", "knowbe4", "paralus", "pipedrive", "pipeliner", "salesforce", "salesloft", "smartsheet", "solarwindsservicedesk", "tableau", "teamworkdesk", "torii", "vanta", "webex"];
            };
            readonly status_changed_at: {
                readonly supported: readonly [];
            };
            readonly timezone: {
                readonly supported: readonly ["activecampaign", "canva", "filescom", "freshdesk", "freshservice", "knowbe4", "opsgenie", "pipedrive", "pipeliner", "salesforce", "salesloft"];
            };
            readonly title: {
                readonly supported: readonly ["blackline", "canva", "freshservice", "knowbe4", "pipeliner", "salesloft", "solarwindsservicedesk", "vanta", "webex"];
            };
            readonly updated_at: {
                readonly supported: readonly ["avalaraavatax", "bigpanda", "blackline", "canva", "datadog", "drivewealth", "freshdesk", "freshservice", "hubspot", "knowbe4", "pipedrive", "pipeliner", "salesforce", "salesloft", "solarwindsservicedesk", "teamworkdesk", "webex"];
            };
            readonly urls: {
                readonly supported: readonly ["canva"];
            };
            readonly user_type: {
                readonly supported: readonly ["canva", "webex"];
            };
            readonly username: {
                readonly supported: readonly ["activecampaign", "avalaraavatax", "bigpanda", "canva", "clickup", "databricks", "datadog", "domo", "filescom", "gitlab", "jfrog", "opsgenie", "paralus", "salesforce", "snyk"];
            };
            readonly workspaces: {
                readonly supported: readonly ["avalaraavatax", "ciscomeraki", "gitlab"];
            };
        };
    };
};
/** Every operation as one integration calls it: `integrated_account_id` is filled in. `IntegrationClient<I>` keeps the ones `I` supports. */
export interface IntegrationMethods<I extends Integration> {
    /**
     * Create a user
     *
     * Creates a user in the integrated account's application.
     *
     * Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
     * "Writing data using Unified APIs".
     *
     * `POST /unified/user-directory/users`
     */
    createUser(request: BoundRequest<CreateUserRequestFor<Extract<I, CreateUserIntegration>>>): Promise<CreateUserResponse<Extract<I, CreateUserIntegration>>>;
    /**
     * Update a user
     *
     * Updates a user in the integrated account's application.
     *
     * Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
     * "Writing data using Unified APIs".
     *
     * `PATCH /unified/user-directory/users/{id}`
     */
    updateUser(request: BoundRequest<UpdateUserRequestFor<Extract<I, UpdateUserIntegration>>>): Promise<UpdateUserResponse<Extract<I, UpdateUserIntegration>>>;
}
/** The client of one integration: only the operations it supports. */
export type IntegrationClient<I extends Integration> = Pick<IntegrationMethods<I>, OperationsOf<typeof operations, I>>;
/** A typed client for Unified User Directory API. */
export interface Client {
    /** The openapi-fetch client over the spec's `paths`, for anything the typed methods do not cover. */
    readonly raw: FetchClient<paths>;
    /**
     * Create a user
     *
     * Creates a user in the integrated account's application.
     *
     * Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
     * "Writing data using Unified APIs".
     *
     * `POST /unified/user-directory/users`
     */
    createUser<I extends CreateUserIntegration>(request: CreateUserRequestFor<I>): Promise<CreateUserResponse<I>>;
    /**
     * Update a user
     *
     * Updates a user in the integrated account's application.
     *
     * Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
     * "Writing data using Unified APIs".
     *
     * `PATCH /unified/user-directory/users/{id}`
     */
    updateUser<I extends UpdateUserIntegration>(request: UpdateUserRequestFor<I>): Promise<UpdateUserResponse<I>>;
    /** The operations of one integration, with `integration` and `integrated_account_id` filled in. Operations the integration does not support are not there. */
    forIntegration<I extends Integration>(integration: I, options: {
        integratedAccountId: string;
    }): IntegrationClient<I>;
}
/** Creates a client. Every request is checked against its integration's rules before it is sent (unless `validate: false`); failures throw `RequestValidationError`, non-2xx answers `ApiError`. */
export declare function createClient(options: ClientOptions): Client;
