/**
 * The one intermediate representation between the spec and every output: the package's types and
 * runtime tables, its README and the docs' coverage pages. Per-integration support is computed here,
 * once, so that no emitter has to read an extension again.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export type EnumValue = string | number | boolean | null;

export interface ApiModel {
  title: string;
  version: string;
  description?: string;
  /** The first server's URL, the client's default base URL. */
  serverUrl?: string;
  /** `info.license`: an SPDX `identifier` (OpenAPI 3.1), a name, a URL; any may be missing. */
  license?: { identifier?: string; name?: string; url?: string };
  /** `externalDocs.url`: where the API's own documentation lives. */
  docsUrl?: string;
  /** Every integration the spec declares, by slug order. Empty for a spec without extensions. */
  integrations: IntegrationModel[];
  operations: OperationModel[];
}

export interface IntegrationModel {
  slug: string;
  name: string;
  /** operationIds of the operations this integration supports, in spec order. */
  operations: string[];
}

export type PartName = 'path' | 'query' | 'body';

export interface OperationModel {
  operationId: string;
  /** `createUser` -> `createUser`: the client method. */
  methodName: string;
  /** `createUser` -> `CreateUser`: the prefix of the operation's types. */
  typeName: string;
  method: HttpMethod;
  route: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** The operation's `x-supported`; undefined when the spec names no integrations. */
  integrations?: string[];
  /** The request's parts that the operation has. */
  parts: Partial<Record<PartName, PartModel>>;
  /** The successful JSON response, when the operation has one. */
  response?: ResponseModel;
  /** Per integration: what it accepts, requires and returns. Empty when there are no integrations. */
  support: Map<string, IntegrationSupport>;
}

export interface PartModel {
  /** For `body`: whether the request body is required (`requestBody.required`). Path: always true. */
  required: boolean;
  /** The schema lets in keys it does not list (`additionalProperties`, `oneOf`/`anyOf`, no `properties`). */
  open: boolean;
  /** For `body`: the media type sent. */
  mediaType?: string;
  fields: FieldModel[];
}

export interface ResponseModel {
  status: string;
  mediaType: string;
  description?: string;
  fields: FieldModel[];
}

/** An integration-aware key: a parameter, or a top-level property of a request or response body. */
export interface FieldModel {
  name: string;
  description?: string;
  /** The integrations that accept or return it; undefined: every integration of the operation. */
  supported?: string[];
  /** `true`: required wherever supported (plain `required`); a list: required for these only. */
  required?: true | string[];
  enum?: EnumValue[];
  /** `x-supported-values`: narrower enums for some integrations. */
  values?: Record<string, EnumValue[]>;
  /** `x-integration-notes`. */
  notes?: Record<string, string>;
  /** An example value from the spec, used in READMEs and docs. */
  example?: unknown;
  /** The field's JSON schema type, for building example values. */
  schemaType?: string;
}

/** One integration's view of one operation. Field names in spec order. */
export interface IntegrationSupport {
  parts: Partial<Record<PartName, { supported: string[]; required: string[] }>>;
  response: string[];
  /** Narrowed enums, by part and field. */
  values: Partial<Record<PartName | 'response', Record<string, EnumValue[]>>>;
}
