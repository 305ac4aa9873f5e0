/**
 * Schemas that are made of themselves with nothing in between: `A: { allOf: [$ref B] }` and
 * `B: { allOf: [$ref A] }`, or `A: { oneOf: [$ref A, ...] }`, or `A: { items: $ref A }`. A type can
 * only be named by expanding these keys (`$ref`, `allOf`, `anyOf`, `oneOf`, `items`,
 * `prefixItems`), so such a cycle has no type: openapi-typescript prints one that TypeScript
 * rejects, and any walk that merges the members never ends. Recursion through `properties` or
 * `additionalProperties` is fine (an object's members are named lazily) and is not a cycle here.
 *
 * Written once for the two that look for them: the lint rule `unified/no-composition-cycle`, on the
 * spec as written (its `$ref`s may lead into other files), and the generator's model, on the bundled
 * document, which refuses to build from one (generator/model/composition-cycles.ts). One depth-first
 * walk, each node once: linear in the size of the spec, iterative, so no depth of nesting overflows.
 */

/** A value in the spec, the JSON pointer where it is written, and its file (undefined: the root file). */
export interface SchemaPlace {
  node: unknown;
  pointer: string;
  file?: string;
}

/** Where a `$ref` written at `from` leads; undefined when it does not resolve (another check says so). */
export type RefResolver = (ref: string, from: SchemaPlace) => SchemaPlace | undefined;

/**
 * The cycles reachable from any of `starts`, each as the places it passes, the first repeated at the
 * end (`A -> A/allOf/0 -> B -> B/allOf/0 -> A`); at most `limit` of them.
 */
export function compositionCycles(starts: Iterable<SchemaPlace>, resolve: RefResolver, limit = Infinity): SchemaPlace[][] {
  const state = new Map<object, 'open' | 'done'>();
  const cycles: SchemaPlace[][] = [];
  for (const start of starts) {
    if (cycles.length >= limit) break;
    if (isObject(start.node) && !state.has(start.node)) walkFrom(start, resolve, state, cycles, limit);
  }
  return cycles;
}

/** Every object in `root` (a parsed document, a tree or a graph of shared nodes), each once, with its pointer. */
export function* everyPlace(root: unknown, file?: string): Generator<SchemaPlace> {
  const listed = new Set<object>();
  const queue: SchemaPlace[] = [{ node: root, pointer: '#', file }];
  for (let index = 0; index < queue.length; index++) {
    const place = queue[index]!;
    if (!isObject(place.node) || listed.has(place.node)) continue;
    listed.add(place.node);
    yield place;
    for (const [key, value] of Object.entries(place.node)) queue.push({ node: value, pointer: `${place.pointer}/${escapePointer(key)}`, file });
  }
}

/** What the cycle means and what to do, in the words both the lint rule and the generator use. */
export function describeCycle(cycle: readonly SchemaPlace[], show: (place: SchemaPlace) => string = (place) => place.pointer): string {
  const shown = cycle.length > 12 ? [...cycle.slice(0, 6).map(show), '...', ...cycle.slice(-5).map(show)] : cycle.map(show);
  return `the schema is made of itself through $ref/allOf/anyOf/oneOf/items alone, so it has no type: ${shown.join(' -> ')}. Break the cycle with an object property.`;
}

/** A resolver for a document whose `$ref`s are all internal (`#/...`): the bundled spec. */
export function internalRefs(document: unknown): RefResolver {
  return (ref) => (ref.startsWith('#') ? { node: lookup(document, ref), pointer: ref } : undefined);
}

interface Frame {
  place: SchemaPlace;
  edges: SchemaPlace[];
  next: number;
}

function walkFrom(start: SchemaPlace, resolve: RefResolver, state: Map<object, 'open' | 'done'>, cycles: SchemaPlace[][], limit: number): void {
  const stack: Frame[] = [];
  const open = (place: SchemaPlace) => {
    state.set(place.node as object, 'open');
    stack.push({ place, edges: compositionEdges(place, resolve), next: 0 });
  };
  open(start);
  while (stack.length > 0 && cycles.length < limit) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.edges.length) {
      state.set(frame.place.node as object, 'done');
      stack.pop();
      continue;
    }
    const edge = frame.edges[frame.next++]!;
    if (!isObject(edge.node)) continue;
    const seen = state.get(edge.node);
    if (seen === 'open') {
      const from = stack.findIndex((f) => f.place.node === edge.node);
      cycles.push([...stack.slice(from).map((f) => f.place), edge]);
    } else if (seen === undefined) {
      open(edge);
    }
  }
}

function compositionEdges(place: SchemaPlace, resolve: RefResolver): SchemaPlace[] {
  const node = place.node as Record<string, unknown>;
  const edges: SchemaPlace[] = [];
  if (typeof node.$ref === 'string') {
    const target = resolve(node.$ref, place);
    if (target) edges.push(target);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    const members = node[key];
    if (Array.isArray(members)) members.forEach((member, index) => edges.push({ node: member, pointer: `${place.pointer}/${key}/${index}`, file: place.file }));
  }
  if (isObject(node.items)) edges.push({ node: node.items, pointer: `${place.pointer}/items`, file: place.file });
  return edges;
}

function lookup(document: unknown, ref: string): unknown {
  let node: unknown = document;
  for (const raw of ref.replace(/^#\/?/, '').split('/').filter((segment, index, all) => segment !== '' || all.length > 1)) {
    let key: string;
    try {
      key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    node = isObject(node) && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
