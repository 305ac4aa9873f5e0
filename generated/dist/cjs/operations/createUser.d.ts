// Generated from openapi.json by the unified API generator. Do not edit: regenerate.

import type { paths } from '../paths.js';
import type { IsOneOf, RequestPart, ResponsePart, UnknownIntegration } from '../runtime/types.js';

/** The integrations for which `createUser` exists. */
export type CreateUserIntegration =
  | 'activecampaign'
  | 'ciscomeraki'
  | 'filescom'
  | 'googleworkspace'
  | 'okta'
  | 'salesforce';

/** What `createUser` accepts and returns, per integration: the client checks every request against this table before sending it. */
export declare const createUserOperation: {
  readonly method: 'post';
  readonly route: '/unified/user-directory/users';
  readonly integrations: readonly (
    'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
  )[];
  readonly parts: {
    readonly query: {
      readonly integrated_account_id: {
        readonly required: true;
      };
      readonly truto_response_format: {
        readonly enum: readonly ['unified', 'raw', 'normalized'];
      };
      readonly truto_ignore_remote_data: {};
      readonly truto_exclude_fields: {};
      readonly remote_query: {};
      readonly organization_id: {
        readonly supported: readonly 'ciscomeraki'[];
        readonly required: readonly 'ciscomeraki'[];
      };
      readonly workspace_id: {
        readonly supported: readonly 'ciscomeraki'[];
        readonly required: readonly 'ciscomeraki'[];
      };
    };
    readonly body: {
      readonly name: {
        readonly supported: readonly ('activecampaign' | 'ciscomeraki' | 'filescom')[];
        readonly required: readonly 'activecampaign'[];
      };
      readonly emails: {
        readonly supported: readonly (
          'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' |
          'salesforce'
        )[];
        readonly required: readonly ('activecampaign' | 'salesforce')[];
      };
      readonly password: {
        readonly supported: readonly ('activecampaign' | 'googleworkspace')[];
        readonly required: readonly ('activecampaign' | 'googleworkspace')[];
      };
      readonly username: {
        readonly supported: readonly ('activecampaign' | 'filescom' | 'okta' | 'salesforce')[];
        readonly required: readonly 'activecampaign'[];
      };
      readonly group: {
        readonly supported: readonly 'activecampaign'[];
        readonly required: readonly 'activecampaign'[];
      };
      readonly first_name: {
        readonly supported: readonly ('googleworkspace' | 'okta' | 'salesforce')[];
        readonly required: readonly ('googleworkspace' | 'salesforce')[];
      };
      readonly last_name: {
        readonly supported: readonly ('googleworkspace' | 'okta' | 'salesforce')[];
        readonly required: readonly ('googleworkspace' | 'salesforce')[];
      };
      readonly phones: {
        readonly supported: readonly ('okta' | 'salesforce')[];
      };
      readonly roles: {
        readonly supported: readonly ('ciscomeraki' | 'filescom' | 'salesforce')[];
        readonly required: readonly 'salesforce'[];
      };
      readonly timezone: {
        readonly supported: readonly ('filescom' | 'salesforce')[];
        readonly required: readonly 'salesforce'[];
      };
      readonly languages: {
        readonly supported: readonly 'salesforce'[];
      };
      readonly description: {
        readonly supported: readonly 'filescom'[];
      };
      readonly groups: {
        readonly supported: readonly 'filescom'[];
      };
      readonly status: {
        readonly supported: readonly 'filescom'[];
        readonly enum: readonly ['active', 'inactive', 'deleted', 'invited'];
      };
      readonly remote_data: {};
    };
  };
  readonly response: {
    readonly id: {
      readonly supported: readonly (
        'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[];
    };
    readonly external_id: {
      readonly supported: readonly never[];
    };
    readonly identifiers: {
      readonly supported: readonly never[];
    };
    readonly first_name: {
      readonly supported: readonly ('activecampaign' | 'googleworkspace' | 'okta' | 'salesforce')[];
    };
    readonly last_name: {
      readonly supported: readonly ('activecampaign' | 'googleworkspace' | 'okta' | 'salesforce')[];
    };
    readonly title: {
      readonly supported: readonly never[];
    };
    readonly name: {
      readonly supported: readonly (
        'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[];
    };
    readonly username: {
      readonly supported: readonly ('activecampaign' | 'filescom' | 'okta' | 'salesforce')[];
    };
    readonly emails: {
      readonly supported: readonly (
        'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[];
    };
    readonly phones: {
      readonly supported: readonly ('activecampaign' | 'googleworkspace' | 'okta' | 'salesforce')[];
    };
    readonly status: {
      readonly supported: readonly (
        'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[];
    };
    readonly is_email_verified: {
      readonly supported: readonly 'ciscomeraki'[];
    };
    readonly is_2fa_enabled: {
      readonly supported: readonly ('ciscomeraki' | 'filescom' | 'googleworkspace')[];
    };
    readonly roles: {
      readonly supported: readonly ('ciscomeraki' | 'filescom' | 'salesforce')[];
    };
    readonly organizations: {
      readonly supported: readonly 'ciscomeraki'[];
    };
    readonly user_type: {
      readonly supported: readonly never[];
    };
    readonly licenses: {
      readonly supported: readonly 'ciscomeraki'[];
    };
    readonly groups: {
      readonly supported: readonly 'filescom'[];
    };
    readonly workspaces: {
      readonly supported: readonly 'ciscomeraki'[];
    };
    readonly avatar: {
      readonly supported: readonly ('filescom' | 'googleworkspace' | 'salesforce')[];
    };
    readonly timezone: {
      readonly supported: readonly ('filescom' | 'okta' | 'salesforce')[];
    };
    readonly languages: {
      readonly supported: readonly ('filescom' | 'googleworkspace' | 'okta' | 'salesforce')[];
    };
    readonly bio: {
      readonly supported: readonly 'salesforce'[];
    };
    readonly created_at: {
      readonly supported: readonly (
        'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[];
    };
    readonly updated_at: {
      readonly supported: readonly ('okta' | 'salesforce')[];
    };
    readonly last_active_at: {
      readonly supported: readonly ('ciscomeraki' | 'filescom')[];
    };
    readonly last_login_at: {
      readonly supported: readonly ('filescom' | 'googleworkspace' | 'okta' | 'salesforce')[];
    };
    readonly status_changed_at: {
      readonly supported: readonly 'okta'[];
    };
    readonly activated_at: {
      readonly supported: readonly ('filescom' | 'okta')[];
    };
    readonly urls: {
      readonly supported: readonly never[];
    };
    readonly remote_data: {};
  };
};

type Spec = paths['/unified/user-directory/users']['post'];

type Table = typeof createUserOperation;

/** The query parameters of `createUser` for the one integration `I`, as its required and its optional keys. */
type CreateUserQueryRules<I extends string> = RequestPart<
  Table['parts']['query'],
  NonNullable<Spec['parameters']['query']>,
  I
>;

/** The query parameters of `createUser` for the one integration `I`: one object type, which the compiler's messages call `CreateUserQueryOf<"activecampaign">`. */
type CreateUserQueryOf<I extends string> = { [K in keyof CreateUserQueryRules<I>]: CreateUserQueryRules<I>[K] };

/** The request body of `createUser` for the one integration `I`, as its required and its optional keys. */
type CreateUserBodyRules<I extends string> = RequestPart<
  Table['parts']['body'],
  Spec['requestBody']['content']['application/json'],
  I
>;

/** The request body of `createUser` for the one integration `I`: one object type, which the compiler's messages call `CreateUserBodyOf<"activecampaign">`. */
type CreateUserBodyOf<I extends string> = { [K in keyof CreateUserBodyRules<I>]: CreateUserBodyRules<I>[K] };

/** `CreateUserQueryOf` for each member of `I`. Written so that, while `I` is not known yet, TypeScript takes it for any object rather than building it for every integration. */
type CreateUserQueryAny<I extends string> = string extends I ? object : I extends unknown ? CreateUserQueryOf<I> : never;

/** `CreateUserBodyOf` for each member of `I`. Written so that, while `I` is not known yet, TypeScript takes it for any value rather than building it for every integration. */
type CreateUserBodyAny<I extends string> = string extends I ? unknown : I extends unknown ? CreateUserBodyOf<I> : never;

/** The query parameters of `createUser` for integration `I` (one type per member of a union): exactly the keys `I` supports, required where `I` requires them. */
export type CreateUserQuery<I extends CreateUserIntegration = CreateUserIntegration> = CreateUserQueryAny<I>;

/** The request body of `createUser` for integration `I` (one type per member of a union): exactly the keys `I` supports, required where `I` requires them. */
export type CreateUserBody<I extends CreateUserIntegration = CreateUserIntegration> = CreateUserBodyAny<I>;

/** The response of `createUser` for integration `I`: the fields `I` returns. */
export type CreateUserResponse<I extends CreateUserIntegration = CreateUserIntegration> = ResponsePart<
  Table['response'],
  Spec['responses']['201']['content']['application/json'],
  I
>;

/** `createUser` requests by integration, for the integrations in `K`. */
type CreateUserRequests<K extends string> = {
  [I in K]: {
    integration: I;
    query: CreateUserQueryAny<NoInfer<I>>;
    body: CreateUserBodyAny<NoInfer<I>>;
  };
};

/** One `createUser` request, for integration `I`; for a union, any one of its members'. */
export type CreateUserRequestFor<I extends CreateUserIntegration> = CreateUserRequests<I>[I];

/** Any `createUser` request, discriminated by `integration`. */
export type CreateUserRequest = CreateUserRequestFor<CreateUserIntegration>;

/** What `client.createUser` takes: the request for `I`, or, while `integration` names no integration of `createUser` (as while it is typed), only the integration, so that the error names the ones allowed. */
export type CreateUserArgument<I extends string> = IsOneOf<I, CreateUserIntegration> extends true ? CreateUserRequests<I>[I] : UnknownIntegration<CreateUserIntegration>;
export {};
//# sourceMappingURL=createUser.d.ts.map
