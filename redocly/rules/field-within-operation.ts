/**
 * unified/field-within-operation: a parameter's or a body or response property's x-supported is a
 * subset of its operation's; a nested property's, of its nearest enclosing field's support. Checked
 * per operation, since a schema in another file only means something to the operations that use it.
 *
 * x-required is left to required-within-supported: it must lie within the field's support, which is
 * this same inherited support when the field has no x-supported, so one mistake makes one error.
 */
import type { Oas3Rule } from '@redocly/openapi-core';
import { X_SUPPORTED } from '../../extensions/index.ts';
import { operationFieldsVisitor } from '../support/operation-fields.ts';
import { createOnceReporter, pointerNote, slugLocation } from '../support/report.ts';
import { namedSlugs } from '../support/slugs.ts';

export const fieldWithinOperation: Oas3Rule = () => {
  const reporter = createOnceReporter();
  return operationFieldsVisitor({
    onRoot: () => reporter.reset(),
    check({ view, inherited }, ctx) {
      const supported = view.get(X_SUPPORTED);
      if (!supported || !inherited) return;
      for (const { slug, at, isKey } of namedSlugs(X_SUPPORTED, supported.value)) {
        if (inherited.slugs.has(slug)) continue;
        reporter.report(ctx, {
          message: `${X_SUPPORTED} names "${slug}", which ${inherited.declaredBy} does not support ${pointerNote(supported.owner)}`,
          location: slugLocation(supported.location, at, isKey),
        });
      }
    },
  });
};
