/**
 * Visits every object that carries one of the project's extensions, exactly where it is written.
 *
 * Redocly's SpecExtension visitor cannot be used for this: its built-in `struct` rule tells the walker
 * to skip later visitors on any extension value that is not an object, so an x-supported list would
 * never be seen. Objects are visited by `any`; the siblings of a `$ref` (where OpenAPI 3.1 authors put
 * extensions next to a shared shape) are visited by `ref`, once per `$ref`, because `any` sees only
 * the target, and only the first time.
 */
import type { Location, Oas3Visitor, UserContext } from '@redocly/openapi-core';
import { hasExtension, isPlainObject } from '../../extensions/index.ts';
import { viewOf, type Located, type NodeView } from './node-view.ts';

export class Carrier {
  constructor(
    /** The object as written: for a `$ref`, its siblings only. */
    private readonly node: Record<string, unknown>,
    readonly location: Location,
    /** The node through its `$ref`, to read what the extensions refer to (its enum, its x-supported). */
    readonly view: NodeView,
    /** Redocly's name for the node's type: `Root`, `Operation`, `Parameter`, `Schema`, ... */
    readonly typeName: string,
  ) {}

  /** An extension written on this object (not one inherited from a `$ref` target). */
  extension(name: string): Located | undefined {
    if (!Object.hasOwn(this.node, name)) return undefined;
    return { value: this.node[name], location: this.location.child(name), owner: this.location };
  }
}

export type CarrierContext = Pick<UserContext, 'report' | 'resolve'>;

export function carrierVisitor(visit: (carrier: Carrier, ctx: CarrierContext) => void): Oas3Visitor {
  return {
    any: {
      enter(node: unknown, ctx) {
        if (!isPlainObject(node) || typeof node.$ref === 'string' || !hasExtension(node)) return;
        const view = viewOf(node, ctx.location, ctx.resolve);
        if (view) visit(new Carrier(node, ctx.location, view, ctx.type.name), ctx);
      },
    },
    ref: {
      enter(node, ctx) {
        const siblings = Object.fromEntries(Object.entries(node).filter(([key]) => key !== '$ref'));
        if (!hasExtension(siblings)) return;
        const view = viewOf(node, ctx.location, ctx.resolve);
        if (view) visit(new Carrier(siblings, ctx.location, view, ctx.type.name), ctx);
      },
    },
  };
}
