/**
 * The fields of each operation, each with the support it inherits. Support flows down: an operation's
 * `x-supported` bounds its parameters and its body and response properties; a property's bounds the
 * properties nested in it. Schemas are usually `$ref`s into other files and may be shared, so a field
 * is only meaningful in the context of the operation that reaches it; this walk supplies that context.
 *
 * What a rule finds in a schema depends only on the schema and the support it inherits, so a walk
 * (one per rule and lint run) enters each schema at most once per inherited support, whichever
 * operation or path reaches it: linear in the size of the spec. Walking every path through the
 * schema graph instead, as an earlier version did, is exponential in a spec whose schemas cross-link
 * (Stripe's 355 operations did not finish in 4 GB).
 */
import type { Location, Oas3Visitor, UserContext } from '@redocly/openapi-core';
import { X_SUPPORTED } from '../../extensions/index.ts';
import { viewOf, type NodeView, type ResolveFn } from './node-view.ts';
import { slugSet } from './slugs.ts';
import { specCarriesExtensions } from './spec-extensions.ts';

/** A set of integrations, and who declared it, as a message names it. */
export interface SupportScope {
  slugs: ReadonlySet<string>;
  declaredBy: string;
  /** Equal for two scopes that make every rule say the same thing. */
  key: string;
}

function supportScope(slugs: ReadonlySet<string>, declaredBy: string): SupportScope {
  return { slugs, declaredBy, key: `${declaredBy}\n${[...slugs].sort().join(' ')}` };
}

export interface Field {
  kind: 'parameter' | 'property';
  name: string;
  view: NodeView;
  /** The support the field inherits and must stay within; undefined when it cannot be known. */
  inherited: SupportScope | undefined;
}

export interface Operation {
  view: NodeView;
  label: string;
  support: SupportScope | undefined;
  parameters: NodeView[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

/** The operations of a path item as the PathItem visitor sees it (`node` may be a `$ref`). */
export function operationsOf(
  rawPathItem: unknown,
  location: Location,
  pathKey: string | number,
  resolve: ResolveFn,
): Operation[] {
  const pathItem = viewOf(rawPathItem, location, resolve);
  if (!pathItem) return [];
  const shared = pathItem.items('parameters');
  return METHODS.flatMap((method) => {
    const view = pathItem.child(method);
    if (!view) return [];
    const operationId = view.value('operationId');
    const label =
      typeof operationId === 'string'
        ? `operation "${operationId}"`
        : `operation ${method.toUpperCase()} ${String(pathKey)}`;
    const slugs = slugSet(view.value(X_SUPPORTED));
    return [{
      view,
      label,
      support: slugs && supportScope(slugs, label),
      parameters: withOverrides(shared, view.items('parameters')),
    }];
  });
}

/** Path-item parameters apply to every operation, unless the operation redefines one (same name and in). */
function withOverrides(shared: NodeView[], own: NodeView[]): NodeView[] {
  const identity = (parameter: NodeView) => `${String(parameter.value('in'))}:${String(parameter.value('name'))}`;
  const redefined = new Set(own.map(identity));
  return [...shared.filter((parameter) => !redefined.has(identity(parameter))), ...own];
}

/**
 * Walks operations' fields for one lint run. A field that this walk already gave with the same
 * inherited support (through another operation, or another path to a shared schema) is not given
 * again: a rule would find the same problems in it, at the same places, in the same words.
 */
export class FieldWalk {
  /** `<schema view identity> <scope key>` of every schema entered. */
  private readonly entered = new Set<string>();

  /** The operation's parameters, and the body and response properties it reaches that are new to this walk. */
  fieldsOf(operation: Operation): Field[] {
    const fields: Field[] = [];
    for (const parameter of operation.parameters) {
      const name = String(parameter.value('name'));
      fields.push({ kind: 'parameter', name, view: parameter, inherited: operation.support });
      const scope = scopeOf(parameter, `parameter "${name}"`, operation.support);
      this.collectProperties(parameter.child('schema'), scope, fields);
    }
    for (const schema of payloadSchemas(operation.view)) this.collectProperties(schema, operation.support, fields);
    return fields;
  }

  /**
   * Depth first, as a reader goes through the schema, with a stack of its own rather than the call
   * stack, which a long chain of nested schemas would overflow. Entering a schema marks it before its
   * parts are walked, which also ends the walk of a recursive schema (a group of groups).
   */
  private collectProperties(root: NodeView | undefined, rootScope: SupportScope | undefined, fields: Field[]): void {
    type Step = { schema: NodeView; scope: SupportScope | undefined } | { field: Field };
    const pending: Step[] = root ? [{ schema: root, scope: rootScope }] : [];
    while (pending.length > 0) {
      const step = pending.pop()!;
      if ('field' in step) {
        fields.push(step.field);
        continue;
      }
      const { schema, scope } = step;
      const entry = `${schema.identity}\n${scope?.key ?? ''}`;
      if (this.entered.has(entry)) continue;
      this.entered.add(entry);
      const next: Step[] = [];
      for (const [name, property] of schema.members('properties')) {
        next.push({ field: { kind: 'property', name, view: property, inherited: scope } });
        next.push({ schema: property, scope: scopeOf(property, `property "${name}"`, scope) });
      }
      for (const part of sameFieldParts(schema)) next.push({ schema: part, scope });
      for (let index = next.length - 1; index >= 0; index--) pending.push(next[index]!);
    }
  }
}

/** The request body and response schemas, of every media type. */
function payloadSchemas(operation: NodeView): NodeView[] {
  const bodies = [operation.child('requestBody'), ...operation.members('responses').map(([, view]) => view)];
  return bodies.flatMap((body) =>
    (body?.members('content') ?? []).flatMap(([, mediaType]) => mediaType.child('schema') ?? []),
  );
}

/**
 * The support a field hands down to what is nested in it: its own `x-supported` when it has one,
 * otherwise what it inherited.
 */
function scopeOf(field: NodeView, label: string, inherited: SupportScope | undefined): SupportScope | undefined {
  const own = slugSet(field.value(X_SUPPORTED));
  return own ? supportScope(own, `the enclosing ${label}`) : inherited;
}

/**
 * Subschemas that describe the same value as their parent (its items, its variants): their
 * properties sit at the parent's level.
 */
function sameFieldParts(schema: NodeView): NodeView[] {
  const single = ['items', 'additionalProperties'].flatMap((key) => schema.child(key) ?? []);
  const lists = ['allOf', 'anyOf', 'oneOf', 'prefixItems'].flatMap((key) => schema.items(key));
  return [...single, ...lists];
}

/**
 * The visitors of a rule that checks every field of every operation: `check` sees each field once
 * per support it inherits. `onRoot` starts the rule's lint run. In a spec without the project's
 * extensions there is nothing to check, and the operations are not walked.
 */
export function operationFieldsVisitor(rule: {
  onRoot: () => void;
  check: (field: Field, ctx: UserContext) => void;
}): Pick<Oas3Visitor, 'Root' | 'PathItem'> {
  let walk: FieldWalk | undefined;
  return {
    Root: {
      enter(root, ctx) {
        rule.onRoot();
        walk = specCarriesExtensions(root, ctx) ? new FieldWalk() : undefined;
      },
    },
    PathItem: {
      enter(_pathItem, ctx) {
        if (!walk) return;
        for (const operation of operationsOf(ctx.rawNode, ctx.rawLocation, ctx.key, ctx.resolve)) {
          for (const field of walk.fieldsOf(operation)) rule.check(field, ctx);
        }
      },
    },
  };
}
