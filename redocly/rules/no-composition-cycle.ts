/**
 * unified/no-composition-cycle: no schema is made of itself through `$ref`, `allOf`, `anyOf`, `oneOf`
 * or `items` alone (`A: allOf [B]`, `B: allOf [A]`). Such a schema has no type; the generator
 * refuses it, and this says so where the spec is written: one problem per cycle, at the schema where
 * the search entered it, naming every place it passes. The search follows `$ref`s into other files.
 */
import type { Oas3Rule, Source } from '@redocly/openapi-core';
import { compositionCycles, describeCycle, everyPlace, type SchemaPlace } from '../support/composition-cycles.ts';

export const noCompositionCycle: Oas3Rule = () => ({
  Root: {
    enter(root, ctx) {
      const rootSource = ctx.location.source;
      const sources = new Map<string, Source>();
      const cycles = compositionCycles(everyPlace(root), (ref, from) => {
        const target = ctx.resolve({ $ref: ref }, from.file ?? rootSource.absoluteRef);
        if (!target.location) return undefined;
        const source = target.location.source;
        // Redocly writes a whole file's pointer `#/`; members are added to it as to `#`.
        const pointer = target.location.pointer === '#/' ? '#' : target.location.pointer;
        if (source === rootSource) return { node: target.node, pointer };
        sources.set(source.absoluteRef, source);
        return { node: target.node, pointer, file: source.absoluteRef };
      });
      // A place in another file is shown with that file, from the root file's folder when below it.
      const folder = rootSource.absoluteRef.slice(0, rootSource.absoluteRef.lastIndexOf('/') + 1);
      const show = (place: SchemaPlace) => {
        if (!place.file) return place.pointer;
        const file = place.file.startsWith(folder) ? place.file.slice(folder.length) : place.file;
        return place.pointer === '#' ? file : `${file}${place.pointer}`;
      };
      for (const cycle of cycles) {
        const first = cycle[0]!;
        const source = first.file ? sources.get(first.file)! : rootSource;
        ctx.report({ message: describeCycle(cycle, show), location: { source, pointer: first.pointer === '#' ? '#/' : first.pointer, reportOnKey: false } });
      }
    },
  },
});
