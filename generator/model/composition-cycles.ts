import { GeneratorError } from '../errors.js';
import type { Json } from './resolve.js';

/**
 * Schemas that are made of themselves with nothing in between: `A: { allOf: [$ref B] }` and
 * `B: { allOf: [$ref A] }`, or `A: { oneOf: [$ref A, ...] }`, or `A: { items: $ref A }`. A type can
 * only be named by expanding these keys (`$ref`, `allOf`, `anyOf`, `oneOf`, `items`,
 * `prefixItems`), so such a cycle has no type: openapi-typescript prints one that TypeScript
 * rejects, and any walk that merges the members never ends. Recursion through `properties` or
 * `additionalProperties` is fine (an object's members are named lazily) and is not a cycle here.
 *
 * One depth-first walk over the whole document, each node once: linear in its size, iterative.
 */
export function assertNoCompositionCycle(document: Json): void {
  const state = new Map<object, 'open' | 'done'>();
  const everyNode: { node: unknown; pointer: string }[] = [{ node: document, pointer: '#' }];
  const listed = new Set<object>();
  for (let index = 0; index < everyNode.length; index++) {
    const { node, pointer } = everyNode[index]!;
    if (!isObject(node) || listed.has(node)) continue;
    listed.add(node);
    if (!state.has(node)) {
      const cycle = findCycle(document, node, pointer, state);
      if (cycle) {
        const shown = cycle.length > 12 ? [...cycle.slice(0, 6), '...', ...cycle.slice(-5)] : cycle;
        throw new GeneratorError(
          `${cycle[0]}: the schema is made of itself through $ref/allOf/anyOf/oneOf/items alone, so it has no type: ${shown.join(' -> ')}. Break the cycle with an object property.`,
        );
      }
    }
    for (const [key, value] of Object.entries(node)) everyNode.push({ node: value, pointer: `${pointer}/${escape(key)}` });
  }
}

interface Frame {
  node: Json;
  pointer: string;
  edges: { node: unknown; pointer: string }[];
  next: number;
}

/** The pointers of a cycle reachable from `start` through composition keys alone, if there is one. */
function findCycle(document: Json, start: Json, pointer: string, state: Map<object, 'open' | 'done'>): string[] | undefined {
  const stack: Frame[] = [];
  const open = (node: Json, at: string) => {
    state.set(node, 'open');
    stack.push({ node, pointer: at, edges: compositionEdges(document, node, at), next: 0 });
  };
  open(start, pointer);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.edges.length) {
      state.set(frame.node, 'done');
      stack.pop();
      continue;
    }
    const edge = frame.edges[frame.next++]!;
    if (!isObject(edge.node)) continue;
    const seen = state.get(edge.node);
    if (seen === 'open') {
      const from = stack.findIndex((f) => f.node === edge.node);
      return [...stack.slice(from).map((f) => f.pointer), edge.pointer];
    }
    if (seen === undefined) open(edge.node, edge.pointer);
  }
  return undefined;
}

function compositionEdges(document: Json, node: Json, pointer: string): { node: unknown; pointer: string }[] {
  const edges: { node: unknown; pointer: string }[] = [];
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) edges.push({ node: lookup(document, node.$ref), pointer: node.$ref });
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    const members = node[key];
    if (Array.isArray(members)) members.forEach((member, index) => edges.push({ node: member, pointer: `${pointer}/${key}/${index}` }));
  }
  if (isObject(node.items)) edges.push({ node: node.items, pointer: `${pointer}/items` });
  return edges;
}

function lookup(document: Json, ref: string): unknown {
  let node: unknown = document;
  for (const raw of ref.replace(/^#\/?/, '').split('/').filter((segment, index, all) => segment !== '' || all.length > 1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
