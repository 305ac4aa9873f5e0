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
export const createUserOperation = {
  method: 'post',
  route: '/unified/user-directory/users',
  integrations: [
    'activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce',
  ] as readonly (
    'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
  )[],
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
        supported: ['ciscomeraki'] as readonly 'ciscomeraki'[],
        required: ['ciscomeraki'] as readonly 'ciscomeraki'[],
      },
      workspace_id: {
        supported: ['ciscomeraki'] as readonly 'ciscomeraki'[],
        required: ['ciscomeraki'] as readonly 'ciscomeraki'[],
      },
    },
    body: {
      name: {
        supported: ['activecampaign', 'ciscomeraki', 'filescom'] as readonly (
          'activecampaign' | 'ciscomeraki' | 'filescom'
        )[],
        required: ['activecampaign'] as readonly 'activecampaign'[],
      },
      emails: {
        supported: [
          'activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce',
        ] as readonly (
          'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' |
          'salesforce'
        )[],
        required: ['activecampaign', 'salesforce'] as readonly ('activecampaign' | 'salesforce')[],
      },
      password: {
        supported: ['activecampaign', 'googleworkspace'] as readonly (
          'activecampaign' | 'googleworkspace'
        )[],
        required: ['activecampaign', 'googleworkspace'] as readonly (
          'activecampaign' | 'googleworkspace'
        )[],
      },
      username: {
        supported: ['activecampaign', 'filescom', 'okta', 'salesforce'] as readonly (
          'activecampaign' | 'filescom' | 'okta' | 'salesforce'
        )[],
        required: ['activecampaign'] as readonly 'activecampaign'[],
      },
      group: {
        supported: ['activecampaign'] as readonly 'activecampaign'[],
        required: ['activecampaign'] as readonly 'activecampaign'[],
      },
      first_name: {
        supported: ['googleworkspace', 'okta', 'salesforce'] as readonly (
          'googleworkspace' | 'okta' | 'salesforce'
        )[],
        required: ['googleworkspace', 'salesforce'] as readonly (
          'googleworkspace' | 'salesforce'
        )[],
      },
      last_name: {
        supported: ['googleworkspace', 'okta', 'salesforce'] as readonly (
          'googleworkspace' | 'okta' | 'salesforce'
        )[],
        required: ['googleworkspace', 'salesforce'] as readonly (
          'googleworkspace' | 'salesforce'
        )[],
      },
      phones: {
        supported: ['okta', 'salesforce'] as readonly ('okta' | 'salesforce')[],
      },
      roles: {
        supported: ['ciscomeraki', 'filescom', 'salesforce'] as readonly (
          'ciscomeraki' | 'filescom' | 'salesforce'
        )[],
        required: ['salesforce'] as readonly 'salesforce'[],
      },
      timezone: {
        supported: ['filescom', 'salesforce'] as readonly ('filescom' | 'salesforce')[],
        required: ['salesforce'] as readonly 'salesforce'[],
      },
      languages: {
        supported: ['salesforce'] as readonly 'salesforce'[],
      },
      description: {
        supported: ['filescom'] as readonly 'filescom'[],
      },
      groups: {
        supported: ['filescom'] as readonly 'filescom'[],
      },
      status: {
        supported: ['filescom'] as readonly 'filescom'[],
        enum: ['active', 'inactive', 'deleted', 'invited'],
      },
      remote_data: {},
    },
  },
  response: {
    id: {
      supported: [
        'activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce',
      ] as readonly (
        'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    external_id: {
      supported: [] as readonly never[],
    },
    identifiers: {
      supported: [] as readonly never[],
    },
    first_name: {
      supported: ['activecampaign', 'googleworkspace', 'okta', 'salesforce'] as readonly (
        'activecampaign' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    last_name: {
      supported: ['activecampaign', 'googleworkspace', 'okta', 'salesforce'] as readonly (
        'activecampaign' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    title: {
      supported: [] as readonly never[],
    },
    name: {
      supported: [
        'activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce',
      ] as readonly (
        'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    username: {
      supported: ['activecampaign', 'filescom', 'okta', 'salesforce'] as readonly (
        'activecampaign' | 'filescom' | 'okta' | 'salesforce'
      )[],
    },
    emails: {
      supported: [
        'activecampaign', 'ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce',
      ] as readonly (
        'activecampaign' | 'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    phones: {
      supported: ['activecampaign', 'googleworkspace', 'okta', 'salesforce'] as readonly (
        'activecampaign' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    status: {
      supported: ['ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce'] as readonly (
        'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    is_email_verified: {
      supported: ['ciscomeraki'] as readonly 'ciscomeraki'[],
    },
    is_2fa_enabled: {
      supported: ['ciscomeraki', 'filescom', 'googleworkspace'] as readonly (
        'ciscomeraki' | 'filescom' | 'googleworkspace'
      )[],
    },
    roles: {
      supported: ['ciscomeraki', 'filescom', 'salesforce'] as readonly (
        'ciscomeraki' | 'filescom' | 'salesforce'
      )[],
    },
    organizations: {
      supported: ['ciscomeraki'] as readonly 'ciscomeraki'[],
    },
    user_type: {
      supported: [] as readonly never[],
    },
    licenses: {
      supported: ['ciscomeraki'] as readonly 'ciscomeraki'[],
    },
    groups: {
      supported: ['filescom'] as readonly 'filescom'[],
    },
    workspaces: {
      supported: ['ciscomeraki'] as readonly 'ciscomeraki'[],
    },
    avatar: {
      supported: ['filescom', 'googleworkspace', 'salesforce'] as readonly (
        'filescom' | 'googleworkspace' | 'salesforce'
      )[],
    },
    timezone: {
      supported: ['filescom', 'okta', 'salesforce'] as readonly (
        'filescom' | 'okta' | 'salesforce'
      )[],
    },
    languages: {
      supported: ['filescom', 'googleworkspace', 'okta', 'salesforce'] as readonly (
        'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    bio: {
      supported: ['salesforce'] as readonly 'salesforce'[],
    },
    created_at: {
      supported: ['ciscomeraki', 'filescom', 'googleworkspace', 'okta', 'salesforce'] as readonly (
        'ciscomeraki' | 'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    updated_at: {
      supported: ['okta', 'salesforce'] as readonly ('okta' | 'salesforce')[],
    },
    last_active_at: {
      supported: ['ciscomeraki', 'filescom'] as readonly ('ciscomeraki' | 'filescom')[],
    },
    last_login_at: {
      supported: ['filescom', 'googleworkspace', 'okta', 'salesforce'] as readonly (
        'filescom' | 'googleworkspace' | 'okta' | 'salesforce'
      )[],
    },
    status_changed_at: {
      supported: ['okta'] as readonly 'okta'[],
    },
    activated_at: {
      supported: ['filescom', 'okta'] as readonly ('filescom' | 'okta')[],
    },
    urls: {
      supported: [] as readonly never[],
    },
    remote_data: {},
  },
} as const;

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
