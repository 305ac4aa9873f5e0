import { compositionCycles, describeCycle, everyPlace, internalRefs } from '../../redocly/support/composition-cycles.js';
import { GeneratorError } from '../errors.js';
import type { Json } from './resolve.js';

/**
 * A schema made of itself through `$ref`, `allOf`, `anyOf`, `oneOf` or `items` alone has no type,
 * and every walk that merges its members never ends: the model refuses the bundled document, with
 * the pointers of the first such cycle. The search is the lint rule's (redocly/support/composition-cycles.ts).
 */
export function assertNoCompositionCycle(document: Json): void {
  const [cycle] = compositionCycles(everyPlace(document), internalRefs(document), 1);
  if (cycle) throw new GeneratorError(`${cycle[0]!.pointer}: ${describeCycle(cycle)}`);
}
