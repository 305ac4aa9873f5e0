/**
 * unified/required-within-supported: a field's x-required is a subset of its support: its own
 * x-supported, or, when it has none, the support it inherits from its operation or enclosing field.
 */
import type { Oas3Rule } from '@redocly/openapi-core';
import { X_REQUIRED, X_SUPPORTED } from '../../extensions/index.ts';
import { carrierVisitor } from '../support/extension-carriers.ts';
import type { Located, NodeView } from '../support/node-view.ts';
import { operationFieldsVisitor, type SupportScope } from '../support/operation-fields.ts';
import { createOnceReporter, pointerNote, slugLocation, type Finding } from '../support/report.ts';
import { namedSlugs, slugSet } from '../support/slugs.ts';

export const requiredWithinSupported: Oas3Rule = () => {
  const reporter = createOnceReporter();
  return {
    // A field with its own x-supported needs no context: check it wherever it is written, used or not.
    ...carrierVisitor((carrier, ctx) => {
      const required = carrier.extension(X_REQUIRED);
      if (!required) return;
      for (const finding of outsideOwnSupport(carrier.view, required)) reporter.report(ctx, finding);
    }),
    // A field without one inherits its support, so it is checked in each operation that reaches it.
    ...operationFieldsVisitor({
      onRoot: () => reporter.reset(),
      check({ view, inherited }, ctx) {
        const required = view.get(X_REQUIRED);
        if (!required) return;
        const findings = slugSet(view.value(X_SUPPORTED))
          ? outsideOwnSupport(view, required)
          : inherited
            ? outsideInheritedSupport(required, inherited)
            : [];
        for (const finding of findings) reporter.report(ctx, finding);
      },
    }),
  };
};

function outsideOwnSupport(field: NodeView, required: Located): Finding[] {
  const support = slugSet(field.value(X_SUPPORTED));
  if (!support) return [];
  return unsupported(required, support).map(({ slug, location }) => ({
    message: `${X_REQUIRED} names "${slug}", which is not in ${X_SUPPORTED} of this field ${pointerNote(required.owner)}`,
    location,
  }));
}

function outsideInheritedSupport(required: Located, inherited: SupportScope): Finding[] {
  return unsupported(required, inherited.slugs).map(({ slug, location }) => ({
    message:
      `${X_REQUIRED} names "${slug}", but this field has no ${X_SUPPORTED} of its own and ` +
      `${inherited.declaredBy} does not support "${slug}" ${pointerNote(required.owner)}`,
    location,
  }));
}

function unsupported(required: Located, support: ReadonlySet<string>) {
  return namedSlugs(X_REQUIRED, required.value)
    .filter(({ slug }) => !support.has(slug))
    .map(({ slug, at, isKey }) => ({ slug, location: slugLocation(required.location, at, isKey) }));
}
