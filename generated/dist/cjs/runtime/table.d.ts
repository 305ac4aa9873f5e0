import type { BodyEncoding } from './body.js';
/**
 * The shape of the runtime tables the generator writes for each operation. The client reads them to
 * build the request and to check it against its integration's rules before sending; the package's
 * types are derived from the same tables, so the two cannot disagree.
 */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export type EnumValue = string | number | boolean | null;
/** What one integration-aware key (parameter or top-level body/response property) allows. */
export interface FieldRule {
    /** Integrations that accept (or return) the key. Absent: every integration of the operation. */
    readonly supported?: readonly string[];
    /** `true`: required wherever supported (plain OpenAPI `required`). A list: required for these only. */
    readonly required?: true | readonly string[];
    /** The spec's enum for the key, when it has one. */
    readonly enum?: readonly EnumValue[];
    /** Narrower enums for some integrations (`x-supported-values`). */
    readonly values?: {
        readonly [integration: string]: readonly EnumValue[];
    };
}
export interface FieldTable {
    readonly [key: string]: FieldRule;
}
/** The parts of a request that hold keys: its parameters by location, and its body's fields. */
export type PartName = 'path' | 'query' | 'header' | 'cookie' | 'body';
export interface OperationTable {
    readonly method: HttpMethod;
    /** The path template, as in the spec: `/unified/user-directory/users/{id}`. */
    readonly route: string;
    /** Integrations for which the operation exists. Absent when the spec names no integrations. */
    readonly integrations?: readonly string[];
    /** The request's parts; a part is absent when the operation has nothing of that kind. */
    readonly parts: {
        readonly [Part in PartName]?: FieldTable;
    };
    /**
     * Parts whose schema lets in keys it does not list (`additionalProperties`, `oneOf`, no
     * `properties`): an unknown key there is the API's to judge, not the client's.
     */
    readonly open?: readonly PartName[];
    /** The keys each integration returns in a successful response. */
    readonly response?: FieldTable;
    /**
     * The media types the request body may be sent as (a request's `contentType`), the default first;
     * `parts.body` holds the default's fields. Absent: `application/json` alone.
     */
    readonly contentTypes?: readonly string[];
    /** For form and multipart media types: how their properties are written (the spec's `encoding`). */
    readonly encoding?: {
        readonly [contentType: string]: BodyEncoding;
    };
    /** The media type of the answer the client reads: sent as `Accept`, and read as it says (media.ts). Absent: JSON. */
    readonly responseType?: string;
    /**
     * The security requirements: alternatives, each the schemes it needs together (names in the
     * client's security schemes); `[]` when the operation takes no credentials. Absent: the API's default.
     */
    readonly security?: readonly (readonly string[])[];
}
//# sourceMappingURL=table.d.ts.map
