/**
 * Drops the components nothing uses any more: an integration's document keeps only the schemas,
 * parameters, responses, ... that its own operations reach, directly or through other components
 * (Redocly's `no-unused-components`). Security schemes are named, not `$ref`'d, and all stay.
 */
import { isPlainObject } from '../extensions/index.js';
import { atPointer, type Json } from '../generator/model/resolve.js';

const REFERENCED_SECTIONS = ['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'links', 'callbacks', 'pathItems'];

export function pruneComponents(document: Json): void {
  const components = document.components;
  if (!isPlainObject(components)) return;
  const used = new Set<string>();
  const pending: unknown[] = [];
  // Everything outside `components`, then each component as it is found to be used.
  for (const [key, value] of Object.entries(document)) if (key !== 'components') pending.push(value);
  for (const [section, entries] of Object.entries(components)) {
    if (!REFERENCED_SECTIONS.includes(section)) pending.push(entries);
  }
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
    } else if (isPlainObject(node)) {
      if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/')) {
        const target = componentOf(decodeURIComponent(node.$ref));
        if (target && !used.has(target)) {
          used.add(target);
          pending.push(atPointer(document, target));
        }
      }
      for (const value of Object.values(node)) pending.push(value);
    }
  }
  for (const section of REFERENCED_SECTIONS) {
    const entries = components[section];
    if (!isPlainObject(entries)) continue;
    for (const name of Object.keys(entries)) {
      if (!used.has(`#/components/${section}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`)) delete entries[name];
    }
    if (Object.keys(entries).length === 0) delete components[section];
  }
  if (Object.keys(components).length === 0) delete document.components;
}

/** `#/components/schemas/User/properties/id` -> `#/components/schemas/User` */
function componentOf(ref: string): string | undefined {
  const match = /^#\/components\/[^/]+\/[^/]+/.exec(ref);
  return match?.[0];
}
