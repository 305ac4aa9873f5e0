/**
 * The fields of each operation, each with the support it inherits. Support flows down: an operation's
 * `x-supported` bounds its parameters and its body and response properties; a property's bounds the
 * properties nested in it. Schemas are usually `$ref`s into other files and may be shared, so a field
 * is only meaningful in the context of the operation that reaches it; this walk supplies that context.
 */
import type { Location } from '@redocly/openapi-core';
import { X_SUPPORTED } from '../../extensions/index.ts';
import { viewOf, type NodeView, type ResolveFn } from './node-view.ts';
import { slugSet } from './slugs.ts';

/** A set of integrations, and who declared it, as a message names it. */
export interface SupportScope {
  slugs: ReadonlySet<string>;
  declaredBy: string;
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
      support: slugs && { slugs, declaredBy: label },
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

/** Every parameter and body or response property of the operation, nested ones included. */
export function fieldsOf(operation: Operation): Field[] {
  const fields: Field[] = [];
  for (const parameter of operation.parameters) {
    const name = String(parameter.value('name'));
    fields.push({ kind: 'parameter', name, view: parameter, inherited: operation.support });
    const scope = scopeOf(parameter, `parameter "${name}"`, operation.support);
    collectProperties(parameter.child('schema'), scope, fields, new Set());
  }
  for (const schema of payloadSchemas(operation.view)) {
    collectProperties(schema, operation.support, fields, new Set());
  }
  return fields;
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
  return own ? { slugs: own, declaredBy: `the enclosing ${label}` } : inherited;
}

function collectProperties(
  schema: NodeView | undefined,
  scope: SupportScope | undefined,
  fields: Field[],
  onPath: Set<string>,
): void {
  // A recursive schema (a group of groups) would otherwise be walked forever.
  if (!schema || onPath.has(schema.targetPointer)) return;
  onPath.add(schema.targetPointer);
  for (const [name, property] of schema.members('properties')) {
    fields.push({ kind: 'property', name, view: property, inherited: scope });
    collectProperties(property, scopeOf(property, `property "${name}"`, scope), fields, onPath);
  }
  for (const part of sameFieldParts(schema)) collectProperties(part, scope, fields, onPath);
  onPath.delete(schema.targetPointer);
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
