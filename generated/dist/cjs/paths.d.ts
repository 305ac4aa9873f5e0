// Generated from openapi.json by the unified API generator. Do not edit: regenerate.

export interface paths {
    "/unified/user-directory/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a user
         * @description Creates a user in the integrated account's application.
         *
         *     Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
         *     "Writing data using Unified APIs".
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unified/user-directory/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the resource.
                 * @example 23423523
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Updates a user in the integrated account's application.
         *
         *     Query parameters: refer to "Specifying query parameters in Truto APIs". Request body: refer to
         *     "Writing data using Unified APIs".
         */
        patch: operations["updateUser"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Email
         * @description An email address of a user.
         */
        Email: {
            /** @description The email address */
            email?: string;
            /** @description Whether the email address is primary */
            is_primary?: boolean;
            /** @description The type of email address */
            type?: string;
        };
        /**
         * PhoneInput
         * @description A phone number of a user, as sent in a request: number and type are required.
         */
        PhoneInput: {
            /** @description The phone number */
            number: string;
            /**
             * @description The type of phone number
             * @enum {string}
             */
            type: "phone" | "mobile";
            /** @description The extension of the phone number */
            extension?: string;
        };
        /**
         * RoleInput
         * @description A role of the user, as sent in a request: the name is required.
         */
        RoleInput: {
            /**
             * @description The name of the role
             * @enum {string}
             */
            name: "admin" | "group_admin";
            /** @description The role of the user in the group. This is available when the user can have different roles in different groups or teams in an application. */
            group?: string;
            /**
             * @description The unique identifier for a role
             * @enum {string}
             */
            id?: "admin" | "group_admin";
            /** @description The role of the user in the organization. This is available when the user can have different roles in different organizations in an application. */
            organization?: string;
            /** @description The role of the user in the workspace. This is available when the user can have different roles in different workspaces in an application. */
            workspace?: string;
        };
        /**
         * Group
         * @description A group the user belongs to.
         */
        Group: {
            /** @description The unique identifier for a group */
            id?: string;
            /** @description The name of the group */
            name?: string;
            /** @description The unique identifier of the organization to which the group belongs */
            organization?: string;
        };
        /**
         * CreateUserRequestBody
         * @description The user to create. Each field lists the integrations that accept it (`x-supported`) and those that require it (`x-required`).
         */
        CreateUserRequestBody: {
            /** @description The name of the user */
            name?: string;
            /** @description The emails of the user */
            emails?: components["schemas"]["Email"][];
            password?: string;
            /** @description The username of the user */
            username?: string;
            group?: number;
            /** @description The first name of the user */
            first_name?: string;
            /** @description The last name of the user */
            last_name?: string;
            /** @description The phones of the user */
            phones?: components["schemas"]["PhoneInput"][];
            /** @description The roles of the user */
            roles?: components["schemas"]["RoleInput"][];
            /** @description The timezone of the user */
            timezone?: string;
            /** @description The languages preferred by the user */
            languages?: string[];
            description?: unknown;
            /** @description The groups of the user */
            groups?: components["schemas"]["Group"][];
            /**
             * @description The status of the user. If no clear mapping is available, then the raw value is returned.
             * @enum {string}
             */
            status?: "active" | "inactive" | "deleted" | "invited";
            /** @description Any additional data that should be passed as part of the request body. This data is not transformed by Truto and is passed as is to the remote API. */
            remote_data?: {
                [key: string]: unknown;
            };
        };
        /**
         * Phone
         * @description A phone number of a user, as returned.
         */
        Phone: {
            /** @description The extension of the phone number */
            extension?: string;
            /** @description The phone number */
            number?: string;
            /** @description The type of phone number */
            type?: string;
        };
        /**
         * Role
         * @description A role of the user, as returned.
         */
        Role: {
            /** @description The role of the user in the group. This is available when the user can have different roles in different groups or teams in an application. */
            group?: string;
            /** @description The unique identifier for a role */
            id?: string;
            /** @description The name of the role */
            name?: string;
            /** @description The role of the user in the organization. This is available when the user can have different roles in different organizations in an application. */
            organization?: string;
            /** @description The role of the user in the workspace. This is available when the user can have different roles in different workspaces in an application. */
            workspace?: string;
        };
        /**
         * Organization
         * @description An organization the user belongs to.
         */
        Organization: {
            /** @description The unique identifier for an organization */
            id?: string;
            /** @description The name of the organization */
            name?: string;
        };
        /**
         * License
         * @description A license of the user, or a product the user has access to.
         */
        License: {
            /** @description The unique identifier for a license */
            id?: string;
            /**
             * Format: date-time
             * @description The date and time the user was last active for the license
             */
            last_active_at?: string;
            /** @description The name of the license */
            name?: string;
            /** @description The unique identifier of the organization to which the license belongs */
            organization?: string;
        };
        /**
         * Workspace
         * @description A workspace the user belongs to.
         */
        Workspace: {
            /** @description The unique identifier for a workspace */
            id?: string;
            /** @description The name of the workspaces */
            name?: string;
        };
        /**
         * Url
         * @description A URL of the user.
         */
        Url: {
            /** @description The type of URL */
            type?: string;
            /** @description The URL */
            url?: string;
        };
        /**
         * CreateUserResponseBody
         * @description The created user. Each field lists the integrations that return it (`x-supported`).
         */
        CreateUserResponseBody: {
            /** @description The unique identifier for a user */
            id: string;
            /** @description The external identifier for a user. This is set when the SCIM API is being used. */
            external_id?: string;
            /** @description The identifiers of the user. */
            identifiers?: {
                [key: string]: unknown;
            };
            /** @description The first name of the user */
            first_name?: string;
            /** @description The last name of the user */
            last_name?: string;
            /** @description The title of the user */
            title?: string;
            /** @description The name of the user */
            name?: string;
            /** @description The username of the user */
            username?: string;
            /** @description The emails of the user */
            emails?: components["schemas"]["Email"][];
            /** @description The phones of the user */
            phones?: components["schemas"]["Phone"][];
            /**
             * @description The status of the user. If no clear mapping is available, then the raw value is returned.
             * @enum {string}
             */
            status?: "active" | "inactive" | "deleted" | "invited";
            /** @description Whether the user's email has been verified */
            is_email_verified?: boolean;
            /** @description Whether the user has 2FA enabled */
            is_2fa_enabled?: boolean;
            /** @description The roles of the user */
            roles?: components["schemas"]["Role"][];
            /** @description The organizations of the user */
            organizations?: components["schemas"]["Organization"][];
            /** @description The type of user */
            user_type?: string;
            /** @description The licenses of the user or the products the user has access to */
            licenses?: components["schemas"]["License"][];
            /** @description The groups of the user */
            groups?: components["schemas"]["Group"][];
            /** @description The workspaces of the user */
            workspaces?: components["schemas"]["Workspace"][];
            /** @description The avatar of the user */
            avatar?: string;
            /** @description The timezone of the user */
            timezone?: string;
            /** @description The languages preferred by the user */
            languages?: string[];
            /** @description The bio of the user. Usually a short description set by the user about them. */
            bio?: string;
            /**
             * Format: date-time
             * @description The date and time the user was created
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description The date and time the user was last updated
             */
            updated_at?: string;
            /**
             * Format: date-time
             * @description The date and time the user was last active
             */
            last_active_at?: string;
            /**
             * Format: date-time
             * @description The date and time the user was last logged in
             */
            last_login_at?: string;
            /**
             * Format: date-time
             * @description The date and time the user's status was last changed
             */
            status_changed_at?: string;
            /**
             * Format: date-time
             * @description The date and time the user was activated
             */
            activated_at?: string;
            /** @description The URLs of the user */
            urls?: components["schemas"]["Url"][];
            /** @description Raw data returned from the remote API call. */
            remote_data?: {
                [key: string]: unknown;
            };
        };
        /**
         * UpdateUserRequestBody
         * @description The fields of a user to update. Each field lists the integrations that accept it (`x-supported`) and those that require it (`x-required`).
         */
        UpdateUserRequestBody: {
            /** @description The unique identifier for a user */
            id: string;
            active?: unknown;
            /** @description The avatar of the user */
            avatar?: string;
            /**
             * Format: date-time
             * @description The date and time the user was created
             */
            created_at?: string;
            description?: unknown;
            email?: unknown;
            email_addresses?: unknown;
            /** @description The emails of the user */
            emails?: components["schemas"]["Email"][];
            /** @description The first name of the user */
            first_name?: string;
            group?: number;
            /** @description The groups of the user */
            groups?: components["schemas"]["Group"][];
            /** @description The languages preferred by the user */
            languages?: string[];
            /** @description The last name of the user */
            last_name?: string;
            /** @description Whether the user is a licensed user. */
            licensed_sheet_creator?: boolean;
            /** @description The licenses of the user or the products the user has access to */
            licenses?: components["schemas"]["License"][];
            /** @description The name of the user */
            name?: string;
            /** @description The organizations of the user */
            organizations?: components["schemas"]["Organization"][];
            password?: string;
            /** @description The phones of the user */
            phones?: components["schemas"]["PhoneInput"][];
            /** @description Any additional data that should be passed as part of the request body. This data is not transformed by Truto and is passed as is to the remote API. */
            remote_data?: {
                [key: string]: unknown;
            };
            /** @description The roles of the user */
            roles?: components["schemas"]["RoleInput"][];
            /**
             * @description lifecycle status of the user
             * @enum {string}
             */
            status?: "active" | "inactive" | "deleted" | "invited";
            /** @description The timezone of the user */
            timezone?: string;
            /** @description The title of the user */
            title?: string;
            /** @description The URLs of the user */
            urls?: components["schemas"]["Url"][];
            /** @description The type of user */
            user_type?: string;
            /** @description The username of the user */
            username?: string;
            /** @description The workspaces of the user */
            workspaces?: components["schemas"]["Workspace"][];
        };
        /**
         * UpdateUserResponseBody
         * @description The updated user. Each field lists the integrations that return it (`x-supported`).
         */
        UpdateUserResponseBody: {
            /** @description The unique identifier for a user */
            id: string;
            /**
             * Format: date-time
             * @description The date and time the user was activated
             */
            activated_at?: string;
            /** @description The avatar of the user */
            avatar?: string;
            /** @description The bio of the user. Usually a short description set by the user about them. */
            bio?: string;
            /**
             * Format: date-time
             * @description The date and time the user was created
             */
            created_at?: string;
            /** @description The emails of the user */
            emails?: components["schemas"]["Email"][];
            /** @description The external identifier for a user. This is set when the SCIM API is being used. */
            external_id?: string;
            /** @description The first name of the user */
            first_name?: string;
            /** @description The groups of the user */
            groups?: components["schemas"]["Group"][];
            /** @description The identifiers of the user. */
            identifiers?: {
                [key: string]: unknown;
            };
            /** @description Whether the user has 2FA enabled */
            is_2fa_enabled?: boolean;
            /** @description Whether the user's email has been verified */
            is_email_verified?: boolean;
            /** @description The languages preferred by the user */
            languages?: string[];
            /**
             * Format: date-time
             * @description The date and time the user was last active
             */
            last_active_at?: string;
            /**
             * Format: date-time
             * @description The date and time the user was last logged in
             */
            last_login_at?: string;
            /** @description The last name of the user */
            last_name?: string;
            /** @description The licenses of the user or the products the user has access to */
            licenses?: components["schemas"]["License"][];
            /** @description The name of the user */
            name?: string;
            /** @description The organizations of the user */
            organizations?: components["schemas"]["Organization"][];
            /** @description The phones of the user */
            phones?: components["schemas"]["Phone"][];
            /** @description Raw data returned from the remote API call. */
            remote_data?: {
                [key: string]: unknown;
            };
            /** @description The roles of the user */
            roles?: components["schemas"]["Role"][];
            /**
             * @description The status of the user. If no clear mapping is available, then the raw value is returned.
             * @enum {string}
             */
            status?: "active" | "inactive" | "deleted" | "invited";
            /**
             * Format: date-time
             * @description The date and time the user's status was last changed
             */
            status_changed_at?: string;
            /** @description The timezone of the user */
            timezone?: string;
            /** @description The title of the user */
            title?: string;
            /**
             * Format: date-time
             * @description The date and time the user was last updated
             */
            updated_at?: string;
            /** @description The URLs of the user */
            urls?: components["schemas"]["Url"][];
            /** @description The type of user */
            user_type?: string;
            /** @description The username of the user */
            username?: string;
            /** @description The workspaces of the user */
            workspaces?: components["schemas"]["Workspace"][];
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The ID of the integrated account to use for the request.
         * @example 62f44730-dd91-461e-bd6a-aedd9e0ad79d
         */
        integrated_account_id: string;
        /** @description Excludes the `remote_data` attribute from the response. */
        truto_ignore_remote_data: boolean;
        /**
         * @description Array of fields to exclude from the response.
         *
         *     Sent with brackets, one pair per field: `truto_exclude_fields[]=id&truto_exclude_fields[]=name`.
         * @example [
         *       "id",
         *       "name"
         *     ]
         */
        truto_exclude_fields: string[];
        /**
         * @description Query parameters to pass to the underlying API without any transformations. Refer this guide to
         *     see how to structure the query parameters.
         *
         *     Sent as bracketed keys: `remote_query[foo]=bar`.
         * @example {
         *       "foo": "bar"
         *     }
         */
        remote_query: {
            [key: string]: unknown;
        };
        /**
         * @description The ID of the resource.
         * @example 23423523
         */
        id: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createUser: {
        parameters: {
            query: {
                /**
                 * @description The ID of the integrated account to use for the request.
                 * @example 62f44730-dd91-461e-bd6a-aedd9e0ad79d
                 */
                integrated_account_id: components["parameters"]["integrated_account_id"];
                /**
                 * @description The format of the response.
                 *
                 *     - `unified` will return the response with unified mappings applied.
                 *     - `raw` will return the raw response from the remote API.
                 *     - `normalized` will apply the unified mappings and return the data in a normalized format.
                 *
                 *     Defaults to `unified`.
                 * @example unified
                 */
                truto_response_format?: "unified" | "raw" | "normalized";
                /** @description Excludes the `remote_data` attribute from the response. */
                truto_ignore_remote_data?: components["parameters"]["truto_ignore_remote_data"];
                /**
                 * @description Array of fields to exclude from the response.
                 *
                 *     Sent with brackets, one pair per field: `truto_exclude_fields[]=id&truto_exclude_fields[]=name`.
                 * @example [
                 *       "id",
                 *       "name"
                 *     ]
                 */
                truto_exclude_fields?: components["parameters"]["truto_exclude_fields"];
                /**
                 * @description Query parameters to pass to the underlying API without any transformations. Refer this guide to
                 *     see how to structure the query parameters.
                 *
                 *     Sent as bracketed keys: `remote_query[foo]=bar`.
                 * @example {
                 *       "foo": "bar"
                 *     }
                 */
                remote_query?: components["parameters"]["remote_query"];
                /** @description The ID of the organization to create the user in. */
                organization_id?: string;
                /** @description The ID of the workspace to create the user in. */
                workspace_id?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The user to create. Refer to "Writing data using Unified APIs". */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequestBody"];
            };
        };
        responses: {
            /** @description The created user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateUserResponseBody"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query: {
                /** @description The ID of the organization the user belongs to. Some integrations describe it in a note of their own. */
                organization_id?: string;
                /** @description The ID of the workspace. */
                workspace_id?: unknown;
                /** @description The ID of the group. */
                group_id?: unknown;
                /** @description The workspace. */
                workspace?: unknown;
                /** @description The unique identifier of a user */
                user_id?: string;
                /**
                 * @description The groups of the user
                 *
                 *     Sent with indices: `groups[0][id]=g1&groups[0][name]=Admins`.
                 */
                groups?: components["schemas"]["Group"][];
                /**
                 * @description The ID of the integrated account to use for the request.
                 * @example 62f44730-dd91-461e-bd6a-aedd9e0ad79d
                 */
                integrated_account_id: components["parameters"]["integrated_account_id"];
                /**
                 * @description The format of the response.
                 *
                 *     - `unified` returns the response with unified mappings applied.
                 *     - `raw` returns the unprocessed, raw response from the remote API.
                 *     - `normalized` applies the unified mappings and returns the data in a normalized format.
                 *     - `stream` returns the response as a stream, which is ideal for transmitting large datasets,
                 *       files, or binary data. Using streaming mode helps to efficiently handle large payloads or
                 *       real-time data flows without requiring the entire data to be buffered in memory.
                 *
                 *     Defaults to `unified`.
                 * @example unified
                 */
                truto_response_format?: "unified" | "raw" | "normalized" | "stream";
                /** @description Excludes the `remote_data` attribute from the response. */
                truto_ignore_remote_data?: components["parameters"]["truto_ignore_remote_data"];
                /**
                 * @description Array of fields to exclude from the response.
                 *
                 *     Sent with brackets, one pair per field: `truto_exclude_fields[]=id&truto_exclude_fields[]=name`.
                 * @example [
                 *       "id",
                 *       "name"
                 *     ]
                 */
                truto_exclude_fields?: components["parameters"]["truto_exclude_fields"];
                /**
                 * @description Query parameters to pass to the underlying API without any transformations. Refer this guide to
                 *     see how to structure the query parameters.
                 *
                 *     Sent as bracketed keys: `remote_query[foo]=bar`.
                 * @example {
                 *       "foo": "bar"
                 *     }
                 */
                remote_query?: components["parameters"]["remote_query"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the resource.
                 * @example 23423523
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The fields to update. Refer to "Writing data using Unified APIs". */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequestBody"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateUserResponseBody"];
                };
            };
        };
    };
}
//# sourceMappingURL=paths.d.ts.map
