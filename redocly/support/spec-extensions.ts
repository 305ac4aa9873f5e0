/**
 * Whether a spec uses the project's extensions at all. A spec that declares no `x-integrations` and
 * carries no `x-supported`, `x-required`, `x-supported-values` or `x-integration-notes` anywhere
 * gives the per-operation rules nothing to check (each reports only on a field that carries one), so
 * they skip their walk of its operations: Stripe's or GitHub's spec then costs them nothing.
 *
 * One scan of every object the spec reaches (through its `$ref`s, into other files), once per lint
 * run, whichever rule asks first.
 */
import type { UserContext } from '@redocly/openapi-core';
import { hasExtension, isPlainObject } from '../../extensions/index.ts';

/** Per root document: a lint run's rules share its one answer. */
const answers = new WeakMap<object, boolean>();

/** `root` as the Root visitor receives it, with that visitor's context. */
export function specCarriesExtensions(root: unknown, ctx: Pick<UserContext, 'resolve' | 'location'>): boolean {
  if (!isPlainObject(root)) return false;
  let answer = answers.get(root);
  if (answer === undefined) {
    answer = scan(root, ctx.location.source.absoluteRef, ctx.resolve);
    answers.set(root, answer);
  }
  return answer;
}

function scan(root: Record<string, unknown>, rootFile: string, resolve: UserContext['resolve']): boolean {
  const seen = new WeakSet<object>();
  // Each value with the file its `$ref`s are relative to.
  const pending: [unknown, string][] = [[root, rootFile]];
  while (pending.length > 0) {
    const [node, file] = pending.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) pending.push([item, file]);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (hasExtension(record)) return true;
    if (typeof record.$ref === 'string') {
      const target = resolve(record, file);
      if (target.location) pending.push([target.node, target.location.source.absoluteRef]);
    }
    for (const value of Object.values(record)) pending.push([value, file]);
  }
  return false;
}
