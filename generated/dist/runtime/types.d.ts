/**
 * Type-level reading of the runtime tables (see table.ts): from an operation's table and the shape
 * openapi-typescript gives a part, the part as one integration sees it. Each helper distributes over
 * a union of integrations, so `CreateUserBody<'okta' | 'salesforce'>` is the union of the two bodies.
 */
import type { FieldRule, FieldTable } from './table.js';
/** Flattens an intersection into one object type, so that editors show the fields themselves. */
export type Simplify<T> = {
    [K in keyof T]: T[K];
} & {};
type SupportedBy<Rule, I extends string> = Rule extends {
    readonly supported: readonly (infer S)[];
} ? I extends S ? true : false : true;
type RequiredBy<Rule, I extends string> = SupportedBy<Rule, I> extends false ? false : Rule extends {
    readonly required: true;
} ? true : Rule extends {
    readonly required: readonly (infer R)[];
} ? I extends R ? true : false : false;
/** The value a key takes for `I`: the spec's type, narrowed to `I`'s own enum values where it has them. */
type ValueFor<Rule, Value, I extends string> = Rule extends {
    readonly values: infer V;
} ? I extends keyof V ? V[I] extends readonly (infer E)[] ? Value extends readonly unknown[] ? E[] : E : Value : Value : Value;
type RuleOf<Table, K> = K extends keyof Table ? Table[K] : FieldRule;
/**
 * A request part (path, query or body) for integration `I`: exactly the keys `I` supports, required
 * exactly when `I` requires them, enums narrowed to `I`'s values. `Shape` is openapi-typescript's type
 * for the whole part; `Table` the operation's table for that part.
 */
export type RequestPart<Table extends FieldTable, Shape, I extends string> = I extends string ? Simplify<{
    -readonly [K in keyof Shape as RequiredBy<RuleOf<Table, K>, I> extends true ? K : never]-?: ValueFor<RuleOf<Table, K>, Exclude<Shape[K], undefined>, I>;
} & {
    -readonly [K in keyof Shape as SupportedBy<RuleOf<Table, K>, I> extends true ? RequiredBy<RuleOf<Table, K>, I> extends true ? never : K : never]+?: ValueFor<RuleOf<Table, K>, Exclude<Shape[K], undefined>, I>;
}> : never;
/** A response body for integration `I`: the keys `I` returns, as the spec types them. */
export type ResponsePart<Table extends FieldTable, Shape, I extends string> = I extends string ? Simplify<{
    [K in keyof Shape as SupportedBy<RuleOf<Table, K>, I> extends true ? K : never]: ValueFor<RuleOf<Table, K>, Shape[K], I>;
}> : never;
/** `{ query: Q }` when `Q` has a required key, `{ query?: Q }` when every key may be left out. */
export type PartSlot<Name extends string, Part> = {} extends Part ? {
    [K in Name]?: Part;
} : {
    [K in Name]: Part;
};
/** The operations of a table map that integration `I` supports. */
export type OperationsOf<Operations, I extends string> = {
    [O in keyof Operations]: Operations[O] extends {
        readonly integrations: readonly (infer S)[];
    } ? (I extends S ? O : never) : never;
}[keyof Operations];
/** A request sent through `forIntegration`: the integration is fixed and `integrated_account_id` is filled in. */
export type BoundRequest<Request> = Simplify<Omit<Request, 'integration' | 'query'> & (Request extends {
    query?: infer Q;
} ? PartSlot<'query', Simplify<Omit<Q, 'integrated_account_id'>>> : {})>;
export {};
