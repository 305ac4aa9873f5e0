/**
 * Finds, for each operation, the objects whose description the integration-facts decorator extends:
 * the operation, its parameters, the top-level properties of its request and response bodies, and
 * any nested property that carries an extension of its own.
 *
 * Why a walk of its own rather than Redocly's visitors: a field without `x-supported` has its
 * operation's support, so the operation must be known when the field is described; and the walker
 * visits a node once, however many operations reach it through `$ref`s. This walk goes through every
 * operation and reports every place a node is reached, so that the decorator can tell a field shared
 * by several operations from one that belongs to a single operation.
 */
import type { UserContext } from '@redocly/openapi-core';
import { X_INTEGRATION_NOTES, X_REQUIRED, X_SUPPORTED, X_SUPPORTED_VALUES, isPlainObject } from '../../extensions/index.ts';
import { operationIdFromRoute } from '../../generator/model/names.ts';

type Resolve = UserContext['resolve'];
type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const EXTENSIONS = [X_SUPPORTED, X_REQUIRED, X_SUPPORTED_VALUES, X_INTEGRATION_NOTES];

/** An object as written in its parent, and what it stands for once its `$ref`s are followed. */
export interface Written {
  /** The object in its parent: a `$ref` (perhaps with siblings), or the object itself. */
  holder: Json;
  /** The object at the end of the `$ref` chain; `holder` itself when it is no `$ref`. */
  target: Json;
  /** The file `target` is in: `$ref`s inside it are relative to it. */
  source: string;
}

export interface DescribedOperation {
  node: Written;
  /** operationId, or the name the generator gives an operation without one. */
  operationId: string;
  /** The operation's `x-supported`, when it has a list. */
  supported?: unknown[];
  fields: DescribedField[];
}

export interface DescribedField {
  node: Written;
  /** The slugs it inherits when it has no `x-supported` of its own, when they are known. */
  inherited: unknown[] | undefined;
  inheritedFrom: 'operation' | 'parent field';
  /** Plain OpenAPI `required`: the parameter's flag, or the name in its object's `required` list. */
  plainRequired: boolean;
}

/** The value of `key` as the node reads: a `$ref`'s own sibling first, then its target's. */
export function read(node: Written, key: string): unknown {
  return Object.hasOwn(node.holder, key) ? node.holder[key] : node.target[key];
}

export function describedOperations(root: Json, rootSource: string, resolve: Resolve): DescribedOperation[] {
  const operations: DescribedOperation[] = [];
  for (const [route, rawPathItem] of Object.entries(isPlainObject(root.paths) ? root.paths : {})) {
    const pathItem = follow(rawPathItem, rootSource, resolve);
    if (!pathItem) continue;
    for (const method of METHODS) {
      const operation = follow(pathItem.target[method], pathItem.source, resolve);
      if (!operation) continue;
      const operationId = typeof operation.target.operationId === 'string' ? operation.target.operationId : operationIdFromRoute(method, route);
      const supported = Array.isArray(read(operation, X_SUPPORTED)) ? (read(operation, X_SUPPORTED) as unknown[]) : undefined;
      operations.push({ node: operation, operationId, supported, fields: fieldsOf(pathItem, operation, supported, resolve) });
    }
  }
  return operations;
}

function fieldsOf(pathItem: Written, operation: Written, supported: unknown[] | undefined, resolve: Resolve): DescribedField[] {
  const fields: DescribedField[] = [];
  /** Adds a field, then the properties nested in its schema (a parameter's `schema`, or the property itself). */
  const add = (node: Written, schema: Written | undefined, inherited: unknown[] | undefined, inheritedFrom: DescribedField['inheritedFrom'], plainRequired: boolean) => {
    fields.push({ node, inherited, inheritedFrom, plainRequired });
    if (schema) nestedCarriers(schema, ownSupport(node) ?? inherited, resolve, (nested, scope, required) => add(nested, nested, scope, 'parent field', required), new Set());
  };

  for (const parameter of parametersOf(pathItem, operation, resolve)) {
    const plainRequired = read(parameter, 'required') === true || read(parameter, 'in') === 'path';
    add(parameter, follow(read(parameter, 'schema'), parameter.source, resolve), supported, 'operation', plainRequired);
  }
  for (const schema of payloadSchemas(operation, resolve)) {
    topLevelProperties(schema, resolve, new Set(), (property, plainRequired) => add(property, property, supported, 'operation', plainRequired));
  }
  return fields;
}

/** Path-item parameters apply to every operation under it, unless the operation redefines one. */
function parametersOf(pathItem: Written, operation: Written, resolve: Resolve): Written[] {
  const list = (owner: Written) =>
    (Array.isArray(owner.target.parameters) ? owner.target.parameters : []).flatMap((raw: unknown) => follow(raw, owner.source, resolve) ?? []);
  const identity = (parameter: Written) => `${String(read(parameter, 'in'))} ${String(read(parameter, 'name'))}`;
  const own = list(operation);
  const redefined = new Set(own.map(identity));
  return [...list(pathItem).filter((parameter) => !redefined.has(identity(parameter))), ...own];
}

/** The schemas of the request body and of every response, each media type. */
function payloadSchemas(operation: Written, resolve: Resolve): Written[] {
  const responses = follow(operation.target.responses, operation.source, resolve);
  const bodies = [
    follow(operation.target.requestBody, operation.source, resolve),
    ...Object.values(responses?.target ?? {}).map((response) => follow(response, responses!.source, resolve)),
  ];
  return bodies.flatMap((body) => {
    if (!body || !isPlainObject(body.target.content)) return [];
    return Object.values(body.target.content).flatMap((media) =>
      isPlainObject(media) ? (follow(media.schema, body.source, resolve) ?? []) : [],
    );
  });
}

/** The properties of an object schema, `allOf` members included, as the generator's model reads them. */
function topLevelProperties(
  schema: Written,
  resolve: Resolve,
  onPath: Set<Json>,
  visit: (property: Written, plainRequired: boolean) => void,
): void {
  if (onPath.has(schema.target)) return;
  onPath.add(schema.target);
  for (const member of Array.isArray(schema.target.allOf) ? schema.target.allOf : []) {
    const followed = follow(member, schema.source, resolve);
    if (followed) topLevelProperties(followed, resolve, onPath, visit);
  }
  const required = Array.isArray(schema.target.required) ? schema.target.required : [];
  for (const [name, raw] of Object.entries(isPlainObject(schema.target.properties) ? schema.target.properties : {})) {
    const property = follow(raw, schema.source, resolve);
    if (property) visit(property, required.includes(name));
  }
  onPath.delete(schema.target);
}

/**
 * Properties nested inside a field (in its items, its properties, its variants) that carry an
 * extension of their own. The others share their parent's support (CONTRACT.md section 2) and the
 * parent's block already says it.
 */
function nestedCarriers(
  schema: Written,
  scope: unknown[] | undefined,
  resolve: Resolve,
  add: (node: Written, inherited: unknown[] | undefined, plainRequired: boolean) => void,
  onPath: Set<Json>,
): void {
  if (onPath.has(schema.target)) return;
  onPath.add(schema.target);
  const required = Array.isArray(schema.target.required) ? schema.target.required : [];
  for (const [name, raw] of Object.entries(isPlainObject(schema.target.properties) ? schema.target.properties : {})) {
    const property = follow(raw, schema.source, resolve);
    if (!property) continue;
    if (EXTENSIONS.some((extension) => read(property, extension) !== undefined)) {
      add(property, scope, required.includes(name));
    } else {
      nestedCarriers(property, scope, resolve, add, onPath);
    }
  }
  const single = ['items', 'additionalProperties'].map((key) => schema.target[key]);
  const lists = ['allOf', 'anyOf', 'oneOf', 'prefixItems'].flatMap((key) => (Array.isArray(schema.target[key]) ? schema.target[key] : []));
  for (const raw of [...single, ...lists]) {
    const part = follow(raw, schema.source, resolve);
    if (part) nestedCarriers(part, scope, resolve, add, onPath);
  }
  onPath.delete(schema.target);
}

function ownSupport(node: Written): unknown[] | undefined {
  const own = read(node, X_SUPPORTED);
  return Array.isArray(own) ? own : undefined;
}

/** Follows `node`'s `$ref` chain; undefined for a scalar or a `$ref` that does not resolve (lint reports those). */
export function follow(node: unknown, source: string, resolve: Resolve): Written | undefined {
  if (!isPlainObject(node)) return undefined;
  let target: unknown = node;
  let at = source;
  const followed = new Set<string>();
  while (isPlainObject(target) && typeof target.$ref === 'string') {
    const step = `${at}#${target.$ref}`;
    if (followed.has(step)) return undefined;
    followed.add(step);
    const resolved = resolve({ $ref: target.$ref }, at);
    if (resolved.node === undefined || !resolved.location) return undefined;
    target = resolved.node;
    at = resolved.location.source.absoluteRef;
  }
  return isPlainObject(target) ? { holder: node, target, source: at } : undefined;
}
