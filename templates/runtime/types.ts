/**
 * Type-level reading of the runtime tables (see table.ts): from an operation's table and the shape
 * openapi-typescript gives a part, the part as one integration sees it. `ResponsePart` distributes
 * over a union of integrations; `RequestPart` reads one integration at a time (see there).
 *
 * These types are read by an editor at every keystroke, with a fresh checker each time, so what they
 * cost per integration matters more than what they cost per program: see the README's Performance
 * section for the measurements behind each choice below.
 */
import type { FieldTable } from './table.js';

export type { RawBody } from './body.js';

/** Flattens an intersection into one object type, so that editors show the fields themselves. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/*
 * Each table is read once, into three maps by key: who supports the key, who requires it, and the
 * narrowed enums. A request type for one integration then asks one question per key (`I extends
 * Supporters[K]`) of maps TypeScript has already built, instead of re-reading every rule for every
 * integration: at hundreds of integrations that is the difference between an editor that keeps up
 * and one that does not (see the README's Performance section).
 *
 * The tables type each list of integrations as an array of their union (`readonly ('okta' |
 * 'salesforce')[]`), not as a tuple: to TypeScript a tuple of hundreds of names is a generic type
 * with a parameter per element, and reading one used to cost more than the rest of a request type.
 */

/** Per key: the integrations that support it; `string` (everyone) when the rule does not say. */
type Supporters<Table> = {
  [K in keyof Table]: Table[K] extends { readonly supported: readonly (infer S)[] } ? S : string;
};

/** Per key: the integrations that require it; `never` when none do. */
type Requirers<Table> = {
  [K in keyof Table]: Table[K] extends { readonly required: true }
    ? Supporters<Table>[K]
    : Table[K] extends { readonly required: readonly (infer R)[] }
      ? R & Supporters<Table>[K]
      : never;
};

/** Per key: the narrowed enums by integration (`x-supported-values`); `{}` when there are none. */
type Narrowed<Table> = {
  [K in keyof Table]: Table[K] extends { readonly values: infer V } ? V : {};
};

/** Keys the spec's shape has and the table does not: supported by every integration, required by none. */
type SupportersOf<Table, K> = K extends keyof Table ? Supporters<Table>[K] : string;
type RequirersOf<Table, K> = K extends keyof Table ? Requirers<Table>[K] : never;

/** The value a key takes for `I`: the spec's type, narrowed to `I`'s own enum values where it has them. */
type ValueFor<Table, K, Value, I extends string> = K extends keyof Table
  ? I extends keyof Narrowed<Table>[K]
    ? Narrowed<Table>[K][I] extends readonly (infer E)[]
      ? Value extends readonly unknown[]
        ? E[]
        : E
      : Value
    : Value
  : Value;

/**
 * A request part (path, query or body) for the one integration `I`: exactly the keys `I` supports,
 * required exactly when `I` requires them, enums narrowed to `I`'s values. `Shape` is
 * openapi-typescript's type for the whole part; `Table` the operation's table for that part.
 *
 * `I` is never a union here (a union would blend its members' rules): the operation's types split a
 * union of integrations before they get here. Leaving the split to them, rather than distributing
 * here, is what lets a request type be one member per integration, each built once.
 *
 * The required and the optional keys come as an intersection: each operation flattens it into one
 * object type under a name of its own, so that the compiler's messages name the integration
 * ("'password' does not exist in type 'CreateUserBodyOf<"okta">'"). A generic flattening type here
 * would lend the messages its own name instead.
 */
export type RequestPart<Table extends FieldTable, Shape, I extends string> = {
  -readonly [K in keyof Shape as I extends RequirersOf<Table, K> ? K : never]-?: ValueFor<Table, K, Exclude<Shape[K], undefined>, I>;
} & {
  -readonly [K in keyof Shape as I extends SupportersOf<Table, K>
    ? I extends RequirersOf<Table, K>
      ? never
      : K
    : never]+?: ValueFor<Table, K, Exclude<Shape[K], undefined>, I>;
};

/** A response body for integration `I`: the keys `I` returns, as the spec types them. */
export type ResponsePart<Table extends FieldTable, Shape, I extends string> = I extends string
  ? Simplify<{
      [K in keyof Shape as I extends SupportersOf<Table, K> ? K : never]: ValueFor<Table, K, Shape[K], I>;
    }>
  : never;

/** `{ query: Q }` when `Q` has a required key, `{ query?: Q }` when every key may be left out. */
export type PartSlot<Name extends string, Part> = {} extends Part ? { [K in Name]?: Part } : { [K in Name]: Part };

/**
 * `true` when `I` is one of `Integrations`. As the condition of a request type it leaves `I` as it
 * is in the true branch: `I extends Integrations ? ...` would narrow `I` there to `I & Integrations`,
 * which TypeScript spreads into one intersection per integration whenever it looks at the branch
 * with `I` still generic (as it does while inferring `I`).
 */
export type IsOneOf<I, Integrations> = [I] extends [Integrations] ? true : false;

/**
 * What a method takes while `integration` names none of the operation's integrations (as while it
 * is being typed): the integration and nothing else checked, so that the error says which names
 * are allowed, and the editor offers them, without weighing the request against every integration's.
 */
export type UnknownIntegration<Integrations extends string> = {
  integration: Integrations;
  path?: object;
  query?: object;
  header?: object;
  cookie?: object;
  contentType?: string;
  body?: unknown;
};

/** The operations of a table map that integration `I` supports. */
export type OperationsOf<Operations, I extends string> = {
  [O in keyof Operations]: Operations[O] extends { readonly integrations: readonly (infer S)[] } ? (I extends S ? O : never) : never;
}[keyof Operations];

/** A request sent through `forIntegration`: the integration is fixed and `integrated_account_id` is filled in. */
export type BoundRequest<Request> = Simplify<
  Omit<Request, 'integration' | 'query'> &
    (Request extends { query?: infer Q } ? PartSlot<'query', Simplify<Omit<Q, 'integrated_account_id'>>> : {})
>;

/** One operation of a JSON Patch (RFC 6902): the body of an `application/json-patch+json` request is a list of them. */
export type JsonPatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

/**
 * A `multipart/form-data` body: its fields as the spec types them, where any text field (or list of
 * them) may also be a file, a `Blob` or `File` (a spec often types an upload as a plain string).
 */
export type MultipartBody<T> = { [K in keyof T]: MultipartValue<T[K]> };

type MultipartValue<V> = V extends unknown
  ? string extends V
    ? V | Blob
    : V extends readonly (infer E)[]
      ? MultipartValue<E>[]
      : V
  : never;
