import { GeneratorError } from '../errors.js';
import { isPlainObject } from '../../extensions/index.js';

export type Json = Record<string, unknown>;

/**
 * Follows internal `$ref`s of a bundled document (the bundler has made every `$ref` internal).
 * A chain of references is followed to its end; a cycle or a dangling reference is an error that
 * names the reference.
 */
export function createResolver(document: Json) {
  return function resolve(node: unknown, where: string): Json {
    const seen = new Set<string>();
    let current = node;
    while (isPlainObject(current) && typeof current.$ref === 'string') {
      const ref = current.$ref;
      if (seen.has(ref)) throw new GeneratorError(`${where}: $ref cycle through ${ref}`);
      seen.add(ref);
      current = lookup(document, ref, where);
    }
    if (!isPlainObject(current)) throw new GeneratorError(`${where}: expected an object, found ${JSON.stringify(current)}`);
    return current;
  };
}

function lookup(document: Json, ref: string, where: string): unknown {
  if (!ref.startsWith('#/')) throw new GeneratorError(`${where}: $ref ${ref} is not internal; bundle the spec first`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isPlainObject(node) && !Array.isArray(node)) node = undefined;
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (node === undefined) throw new GeneratorError(`${where}: $ref ${ref} points to nothing`);
  }
  return node;
}
