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
export interface OperationTable {
    readonly method: HttpMethod;
    /** The path template, as in the spec: `/unified/user-directory/users/{id}`. */
    readonly route: string;
    /** Integrations for which the operation exists. Absent when the spec names no integrations. */
    readonly integrations?: readonly string[];
    /** The request's parts; a part is absent when the operation has nothing of that kind. */
    readonly parts: {
        readonly path?: FieldTable;
        readonly query?: FieldTable;
        readonly body?: FieldTable;
    };
    /**
     * Parts whose schema lets in keys it does not list (`additionalProperties`, `oneOf`, no
     * `properties`): an unknown key there is the API's to judge, not the client's.
     */
    readonly open?: readonly ('path' | 'query' | 'body')[];
    /** The keys each integration returns in a successful response. */
    readonly response?: FieldTable;
}
//# sourceMappingURL=table.d.ts.map
