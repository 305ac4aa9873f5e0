/**
 * `request-bodies.ts`: openapi-typescript's types for the request bodies that need a reading of their
 * own. openapi-typescript takes a property with a `default` as always there (`defaultNonNullable`),
 * right for a response, where the server fills it in, but wrong for a request, which may leave it
 * to the server: OpenAI's `temperature` and `stream` would be required in every chat completion.
 * It reads properties so only in shared schemas (`#/components/schemas/...`); inline ones under a
 * request body are optional already. The operations whose bodies reach such a property (see
 * bodies.ts) read their body from here, a second transform, with `defaultNonNullable` off, of a
 * document holding only those request bodies and what they reference. Responses and `paths` stay as
 * openapi-typescript gives them.
 */
import { isPlainObject } from '../../extensions/index.js';
import { atPointer, type Json } from '../model/resolve.js';
import type { ApiModel } from '../model/types.js';
import { needsRequestReading } from './bodies.js';
import { emitPaths } from './paths.js';

/** The module's text, or undefined when no request body needs it. */
export async function emitRequestBodies(document: Json, model: ApiModel): Promise<string | undefined> {
  const operations = model.operations.filter((operation) => operation.parts.body && needsRequestReading(operation));
  if (operations.length === 0) return undefined;
  const reduced: Json = { openapi: document.openapi, info: document.info, paths: {} };
  const pending: unknown[] = [];
  for (const operation of operations) {
    const requestBody = atPointer(document, `${operation.pointer}/requestBody`);
    const paths = reduced.paths as Record<string, Json>;
    paths[operation.route] ??= {};
    paths[operation.route]![operation.method] = { requestBody, responses: {} };
    pending.push(requestBody);
  }
  // Everything the bodies reference, at the same pointers, so that every `$ref` still resolves.
  const copied = new Set<string>();
  const made = new WeakSet<object>();
  while (pending.length > 0) {
    for (const ref of references(pending.pop())) {
      if (copied.has(ref)) continue;
      copied.add(ref);
      const keys = pointerKeys(ref);
      const target = atKeys(document, keys);
      if (target === undefined) continue;
      place(reduced, keys, target, made);
      pending.push(target);
    }
  }
  return emitPaths(reduced, { defaultNonNullable: false });
}

/** The internal `$ref`s anywhere in a node. */
function references(node: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isPlainObject(value)) {
      if (typeof value.$ref === 'string' && value.$ref.startsWith('#/')) found.push(value.$ref);
      for (const item of Object.values(value)) walk(item);
    }
  };
  walk(node);
  return found;
}

/** `#/components/schemas/a~1b` -> `['components', 'schemas', 'a/b']`, as the resolver reads a `$ref`. */
function pointerKeys(ref: string): string[] {
  return ref.slice(2).split('/').map((raw) => decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function atKeys(document: Json, keys: string[]): unknown {
  let node: unknown = document;
  for (const key of keys) {
    if (!isPlainObject(node) && !Array.isArray(node)) return undefined;
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Sets `value` at `keys` of the reduced document, making the objects on the way (`made`); a place
 * already filled by the spec's own node, or one that holds it, is left as it is, so that the spec's
 * objects are never written to.
 */
function place(reduced: Json, keys: string[], value: unknown, made: WeakSet<object>): void {
  let node: Record<string, unknown> = reduced;
  for (const key of keys.slice(0, -1)) {
    if (!Object.hasOwn(node, key)) {
      const way = {};
      made.add(way);
      define(node, key, way);
    }
    const next = node[key];
    if (!isPlainObject(next)) return;
    node = next;
  }
  const last = keys.at(-1)!;
  // A way made for a node inside this one: this one holds it too.
  if (!Object.hasOwn(node, last) || made.has(node[last] as object)) define(node, last, value);
}

/** Defined, not assigned: a schema named `__proto__` is a key like any other. */
function define(node: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}
