import { escapePointerFragment } from '@redocly/openapi-core';
import { GeneratorError } from '../errors.js';
import type { Json } from '../model/resolve.js';

/**
 * A bundled document refers only to itself. Redocly follows `$ref`s where OpenAPI allows them and in
 * extensions and examples, but leaves one inside, say, a `default` value as it is written; the next
 * tool to read the bundle (openapi-typescript, Redoc, whoever installs the package and reads its
 * openapi.json) may follow it. So a `$ref` left pointing outside the document is an error here,
 * named by its JSON pointer.
 */
export function assertInternalRefs(document: Json, specPath: string): void {
  const visited = new Set<object>();
  const queue: { node: unknown; pointer: string }[] = [{ node: document, pointer: '#' }];
  const found: string[] = [];
  for (let index = 0; index < queue.length && found.length < 5; index++) {
    const { node, pointer } = queue[index]!;
    if (typeof node !== 'object' || node === null || visited.has(node)) continue;
    visited.add(node);
    for (const [key, value] of Object.entries(node)) {
      const child = `${pointer}/${escapePointerFragment(key)}`;
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) {
        found.push(`${child}: $ref ${JSON.stringify(value)} is not resolved where it is written (Redocly follows none there); write the value itself`);
      }
      queue.push({ node: value, pointer: child });
    }
  }
  if (found.length > 0) throw new GeneratorError(`${specPath} refers outside itself where no tool should follow:`, found);
}
