import { GeneratorError, pointer } from '../errors.js';
import { isPlainObject } from '../../extensions/index.js';

export type Json = Record<string, unknown>;

export interface Located {
  node: Json;
  /** Where `node` is in the document: the end of the `$ref` chain, or where it was found. */
  pointer: string;
}

/**
 * Follows internal `$ref`s of a bundled document (the bundler has made every `$ref` internal).
 * A chain of references is followed to its end; a cycle or a dangling reference is an error that
 * names the reference. `locate` also says where the node it ends at is written.
 */
export function createResolver(document: Json) {
  function locate(node: unknown, where: string): Located {
    const seen = new Set<string>();
    let current = node;
    let at = where;
    while (isPlainObject(current) && typeof current.$ref === 'string') {
      const ref = current.$ref;
      if (seen.has(ref)) throw new GeneratorError(`${where}: $ref cycle through ${ref}`);
      seen.add(ref);
      const segments = refSegments(ref, where);
      current = lookup(document, segments, ref, where);
      at = pointer(segments);
    }
    if (!isPlainObject(current)) throw new GeneratorError(`${where}: expected an object, found ${JSON.stringify(current)}`);
    return { node: current, pointer: at };
  }
  const resolve = (node: unknown, where: string): Json => locate(node, where).node;
  return Object.assign(resolve, { locate });
}

export type Resolver = ReturnType<typeof createResolver>;

/** `#/paths/~1users~1%7Bid%7D` -> `['paths', '/users/{id}']` */
function refSegments(ref: string, where: string): string[] {
  if (!ref.startsWith('#/')) throw new GeneratorError(`${where}: $ref ${ref} is not internal; bundle the spec first`);
  return ref.slice(2).split('/').map((raw) => decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lookup(document: Json, segments: string[], ref: string, where: string): unknown {
  let node: unknown = document;
  for (const key of segments) {
    if (!isPlainObject(node) && !Array.isArray(node)) node = undefined;
    node = node !== undefined && Object.hasOwn(node as object, key) ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) throw new GeneratorError(`${where}: $ref ${ref} points to nothing`);
  }
  return node;
}

/** The node at a pointer the model gave (`#/components/schemas/User`), or undefined. */
export function atPointer(document: unknown, where: string): unknown {
  if (where === '#') return document;
  let node: unknown = document;
  for (const raw of where.replace(/^#\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if ((!isPlainObject(node) && !Array.isArray(node)) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
