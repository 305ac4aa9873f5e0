/**
 * The one intermediate representation between the spec and every output: the package's types and
 * runtime tables, its README, the docs, each integration's own OpenAPI document and the change
 * report. Per-integration support is computed here, once (support.ts, views.ts), so that nothing
 * downstream reads an extension again.
 *
 * Every operation, field and schema says where it is written in the bundled document (a JSON
 * pointer, `#/components/schemas/User/properties/emails`), so that what rewrites the document (the
 * docs' decorator, the per-integration projection) changes the right node. Schemas are read once
 * per node: a schema shared by several fields is one `SchemaModel`, and a recursive one (a group of
 * groups) is a cycle in the graph, not an endless tree.
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
  /** How the API authenticates: its `securitySchemes`, and what the client asks of the caller for them. */
  auth: AuthModel;
}

/**
 * A way of authenticating that the client can send (`components.securitySchemes`): a bearer token
 * (`http` `bearer`, `oauth2`, `openIdConnect`), a basic user and password, or an API key in a header,
 * the query or a cookie. Schemes the client cannot send (`mutualTLS`, `http` `digest`) are not here;
 * a requirement that names one cannot be met.
 */
export interface SecuritySchemeModel {
  /** Its key in `components.securitySchemes`. */
  name: string;
  pointer: string;
  description?: string;
  kind: 'bearer' | 'basic' | 'apiKey';
  /** For an API key: where it goes, and under which name. */
  in?: 'header' | 'query' | 'cookie';
  parameterName?: string;
}

/** The client options that carry credentials, after the schemes that use them. */
export type CredentialName = 'token' | 'apiKey' | 'username' | 'password';

export interface AuthModel {
  /**
   * The schemes the client sends: the spec's, or, when it declares none (`declared: false`), one
   * bearer token sent when given, what most such APIs take.
   */
  schemes: SecuritySchemeModel[];
  declared: boolean;
  /**
   * The requirements of an operation that states none (the root `security`): alternatives, each the
   * schemes it needs together; `[]`: none. A spec that declares schemes but requires none anywhere
   * (GitHub's, Kubernetes') is read as accepting each of them (`implied`).
   */
  security: string[][];
  implied: boolean;
  /** Per credential option: `required` when every operation needs it, `optional` when some scheme uses it. */
  credentials: Partial<Record<CredentialName, 'required' | 'optional'>>;
}

export interface IntegrationModel {
  slug: string;
  name: string;
  /** operationIds of the operations this integration supports, in spec order. */
  operations: string[];
}

/** The parts of a request, in the order a request lists them. Parameters live in every part but `body`. */
export type PartName = 'path' | 'query' | 'header' | 'cookie' | 'body';

export const PART_NAMES: readonly PartName[] = ['path', 'query', 'header', 'cookie', 'body'];

/**
 * How a body of a media type is written and read (templates/runtime/media.ts decides, for the
 * generator and the client alike): JSON (`application/json`, any `+json`), a form, multipart form
 * data, text (`text/*`, XML, YAML), binary (anything else), or `any` (a wildcard such as
 * `application/*`: whatever is sent).
 */
export type MediaKind = 'json' | 'form' | 'multipart' | 'text' | 'binary' | 'any';

/** One media type a request body may be sent as, or the one a response is read as. */
export interface MediaModel {
  /** As the spec writes it: `application/json-patch+json`. */
  type: string;
  kind: MediaKind;
  /** Where its media type object is. */
  pointer: string;
  schema: SchemaModel;
  /** For a form or multipart body: the spec's `encoding` of its properties, where it says anything. */
  encoding?: Record<string, PropertyEncoding>;
}

/** How one property of a form or multipart body is written (OpenAPI's encoding object). */
export interface PropertyEncoding {
  style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode?: boolean;
  contentType?: string;
}

export interface OperationModel {
  operationId: string;
  /** `createUser` -> `createUser`: the client method. */
  methodName: string;
  /** `createUser` -> `CreateUser`: the prefix of the operation's types. */
  typeName: string;
  method: HttpMethod;
  route: string;
  /** Where the operation object is in the bundled document: `#/paths/~1users/post`. */
  pointer: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** The operation's `x-supported`; undefined when the spec names no integrations. */
  integrations?: string[];
  /** The request's parts that the operation has. */
  parts: Partial<Record<PartName, PartModel>>;
  /** The successful response the client reads, when the operation has one with a body. */
  response?: ResponseModel;
  /** The security requirements that apply to it: alternatives, each the schemes it needs together; `[]`: none. */
  security: string[][];
  /** `security` is written on the operation, rather than the API's default. */
  ownSecurity: boolean;
  /**
   * Header parameters OpenAPI says to ignore (`Accept`, `Content-Type`, `Authorization`: the client
   * sets those), as the spec names them.
   */
  ignoredHeaders?: string[];
  /** Per integration: what it accepts, requires and returns. Empty when there are no integrations. */
  support: Map<string, IntegrationSupport>;
}

export interface PartModel {
  /** For `body`: whether the request body is required (`requestBody.required`). Path: always true. */
  required: boolean;
  /** The schema lets in keys it does not list (`additionalProperties`, `oneOf`/`anyOf`, no `properties`). */
  open: boolean;
  /** For `body`: the default media type (the first JSON one, else the first), as `media[0]`. */
  mediaType?: string;
  fields: FieldModel[];
  /** For `body`: the default media type's schema (whose merged fields are `fields`). */
  schema?: SchemaModel;
  /**
   * For `body`: every media type the operation takes, the default first, then the others in spec
   * order. Per-integration rules (`fields`) are the default's.
   */
  media?: MediaModel[];
}

export interface ResponseModel {
  status: string;
  /** The media type read: the first JSON one of the first 2xx answer with a body, else its first. */
  mediaType: string;
  kind: MediaKind;
  description?: string;
  /** Top-level fields; empty for a body that is not an object. */
  fields: FieldModel[];
  schema: SchemaModel;
}

/**
 * An integration-aware key: a parameter, or a property of a request or response body, at the top
 * level or nested (in `schema.fields`, or in the fields of `schema.items` for an array). A nested
 * property without `x-supported` exists wherever its parent does (CONTRACT.md section 2).
 */
export interface FieldModel {
  name: string;
  /** Where the field is written: the property in its object, or the parameter in its list; perhaps a `$ref`. */
  pointer: string;
  /** The parameter object or property schema at the end of `pointer`'s `$ref`s. */
  resolved: string;
  /** What values it takes: a parameter's `schema`, a property itself. */
  schema: SchemaModel;
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
  /** It has a `default` (which the server fills in when the field is left out of a request). */
  hasDefault?: true;
}

/**
 * What a schema allows, as far as the per-integration views, documents and change report need. One
 * object per schema node of the bundled document; shared and recursive schemas make a graph.
 */
export interface SchemaModel {
  /** Where the schema is written, after its `$ref`s. */
  pointer: string;
  /** `$ref`'d as `#/components/schemas/<name>`: that name. */
  name?: string;
  /** The JSON types it allows (`type`, a list in 3.1; `nullable: true` adds `null`); undefined: any. */
  types?: string[];
  format?: string;
  enum?: EnumValue[];
  /** An array's items. */
  items?: SchemaModel;
  /** Its properties, `allOf` members merged in order (a later one wins). */
  fields: FieldModel[];
  /** Its `allOf` members, whose properties `fields` holds. */
  members?: SchemaModel[];
  /** `oneOf` / `anyOf` branches. */
  variants?: SchemaModel[];
  /** It lets in keys it does not list (`additionalProperties`, `oneOf`/`anyOf`, no `properties`). */
  open: boolean;
}

/** One integration's view of one operation, top-level field names in spec order (for the emitters' tables). */
export interface IntegrationSupport {
  parts: Partial<Record<PartName, { supported: string[]; required: string[] }>>;
  response: string[];
  /** Narrowed enums, by part and field. */
  values: Partial<Record<PartName | 'response', Record<string, EnumValue[]>>>;
}
