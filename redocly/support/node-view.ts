/**
 * A read-only view of one spec node through its `$ref`s. In OpenAPI 3.1 a `$ref` may carry siblings
 * (`{ $ref: ./shapes/Status.yaml, x-supported: [...] }`), and the siblings override the target. The
 * view keeps every layer with its own location, so a rule reads the merged node yet reports each
 * key in the file and at the line where it is written.
 */
import type { Location, UserContext } from '@redocly/openapi-core';
import { isPlainObject } from '../../extensions/index.ts';

/** Redocly's `$ref` resolver, as a visitor receives it in `ctx.resolve`. */
export type ResolveFn = UserContext['resolve'];

interface Layer {
  node: Record<string, unknown>;
  location: Location;
}

/** A value read through a view: where it is written, and the object that holds it. */
export interface Located {
  value: unknown;
  location: Location;
  owner: Location;
}

export class NodeView {
  constructor(
    private readonly layers: readonly Layer[],
    private readonly resolve: ResolveFn,
  ) {}

  /** Where the node is written (the referencing object when the node is a `$ref`). */
  get location(): Location {
    return this.layers[0]!.location;
  }

  /** Identifies the node after all `$ref`s; two views of one target share it. */
  get targetPointer(): string {
    return this.layers[this.layers.length - 1]!.location.absolutePointer;
  }

  /**
   * Identifies the view: its layers, each where it is written. Two views with the same identity read
   * the same keys from the same places; two `$ref`s to one target, one of them with siblings, do not.
   */
  get identity(): string {
    return this.layers.map((layer) => layer.location.absolutePointer).join('\n');
  }

  get(key: string): Located | undefined {
    for (const layer of this.layers) {
      if (Object.hasOwn(layer.node, key)) {
        return { value: layer.node[key], location: layer.location.child(key), owner: layer.location };
      }
    }
    return undefined;
  }

  value(key: string): unknown {
    return this.get(key)?.value;
  }

  child(key: string): NodeView | undefined {
    const located = this.get(key);
    return located && viewOf(located.value, located.location, this.resolve);
  }

  /** The object-valued entries of a map such as `properties` or `content`. */
  members(key: string): Array<[string, NodeView]> {
    const located = this.get(key);
    if (!located || !isPlainObject(located.value)) return [];
    return Object.entries(located.value).flatMap(([name, value]) => {
      const view = viewOf(value, located.location.child(name), this.resolve);
      return view ? [[name, view] as [string, NodeView]] : [];
    });
  }

  /** The object-valued items of an array such as `parameters` or `allOf`. */
  items(key: string): NodeView[] {
    const located = this.get(key);
    if (!located || !Array.isArray(located.value)) return [];
    return located.value.flatMap((value: unknown, index) => {
      const view = viewOf(value, located.location.child(index), this.resolve);
      return view ? [view] : [];
    });
  }
}

/**
 * Views `node` (written at `location`) through its `$ref` chain. Undefined when there is no object
 * to view: a scalar, or a `$ref` that does not resolve (Redocly's own rules report that).
 */
export function viewOf(node: unknown, location: Location, resolve: ResolveFn): NodeView | undefined {
  const layers: Layer[] = [];
  const followed = new Set<string>();
  let current = node;
  let at = location;
  while (isPlainObject(current) && typeof current.$ref === 'string') {
    if (followed.has(at.absolutePointer)) return undefined;
    followed.add(at.absolutePointer);
    const { $ref: ref, ...siblings } = current;
    if (Object.keys(siblings).length > 0) layers.push({ node: siblings, location: at });
    const resolved = resolve({ $ref: ref }, at.source.absoluteRef);
    if (resolved.node === undefined) break;
    current = resolved.node;
    at = resolved.location;
  }
  if (isPlainObject(current) && !(typeof current.$ref === 'string')) layers.push({ node: current, location: at });
  return layers.length > 0 ? new NodeView(layers, resolve) : undefined;
}
