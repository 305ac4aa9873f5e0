/**
 * unified/supported-values-valid: x-supported-values narrows an enum (the field's own, or its items'),
 * lists only values of that enum, and has entries only for integrations that support the field.
 */
import type { Oas3Rule } from '@redocly/openapi-core';
import { X_SUPPORTED, X_SUPPORTED_VALUES, isPlainObject } from '../../extensions/index.ts';
import { carrierVisitor } from '../support/extension-carriers.ts';
import type { Located, NodeView } from '../support/node-view.ts';
import { operationFieldsVisitor, type SupportScope } from '../support/operation-fields.ts';
import { createOnceReporter, pointerNote, slugLocation, type Finding } from '../support/report.ts';
import { namedSlugs, slugSet } from '../support/slugs.ts';

export const supportedValuesValid: Oas3Rule = () => {
  const reporter = createOnceReporter();
  return {
    ...carrierVisitor((carrier, ctx) => {
      const supportedValues = carrier.extension(X_SUPPORTED_VALUES);
      if (!supportedValues) return;
      const findings = [...outsideEnum(carrier.view, supportedValues), ...entriesOutside(carrier.view, supportedValues)];
      for (const finding of findings) reporter.report(ctx, finding);
    }),
    // Without its own x-supported a field's support is inherited, so its entries are checked per operation.
    ...operationFieldsVisitor({
      onRoot: () => reporter.reset(),
      check({ view, inherited }, ctx) {
        const supportedValues = view.get(X_SUPPORTED_VALUES);
        if (!supportedValues) return;
        for (const finding of entriesOutside(view, supportedValues, inherited)) reporter.report(ctx, finding);
      },
    }),
  };
};

function outsideEnum(field: NodeView, supportedValues: Located): Finding[] {
  const where = pointerNote(supportedValues.owner);
  const allowed = enumOf(field);
  if (!allowed) {
    const slugs = namedSlugs(X_SUPPORTED_VALUES, supportedValues.value).map(({ slug }) => `"${slug}"`);
    return [{
      message: `${X_SUPPORTED_VALUES} (for ${slugs.join(', ') || 'no integration'}) narrows an enum, but this field has no enum, nor do its items ${where}`,
      location: supportedValues.location,
    }];
  }
  if (!isPlainObject(supportedValues.value)) return [];
  return Object.entries(supportedValues.value).flatMap(([slug, values]) =>
    (Array.isArray(values) ? values : []).flatMap((candidate: unknown, index) =>
      allowed.some((member) => sameValue(member, candidate))
        ? []
        : [{
            message: `${X_SUPPORTED_VALUES} lists ${JSON.stringify(candidate)} for "${slug}", which is not in this field's enum ${JSON.stringify(allowed)} ${where}`,
            location: supportedValues.location.child([slug, index]),
          }],
    ),
  );
}

/** Entries for integrations outside the field's own x-supported or, failing that, its inherited support. */
function entriesOutside(field: NodeView, supportedValues: Located, inherited?: SupportScope): Finding[] {
  const own = slugSet(field.value(X_SUPPORTED));
  const support = own
    ? { slugs: own, why: () => `which is not in ${X_SUPPORTED} of this field` }
    : inherited && {
        slugs: inherited.slugs,
        why: (slug: string) =>
          `but this field has no ${X_SUPPORTED} of its own and ${inherited.declaredBy} does not support "${slug}"`,
      };
  if (!support) return [];
  const where = pointerNote(supportedValues.owner);
  return namedSlugs(X_SUPPORTED_VALUES, supportedValues.value)
    .filter(({ slug }) => !support.slugs.has(slug))
    .map(({ slug, at, isKey }) => ({
      message: `${X_SUPPORTED_VALUES} has an entry for "${slug}", ${support.why(slug)} ${where}`,
      location: slugLocation(supportedValues.location, at, isKey),
    }));
}

/** The enum a field's values come from: its schema's (a parameter's lives under `schema`), or its items'. */
function enumOf(field: NodeView): unknown[] | undefined {
  const schema = typeof field.value('in') === 'string' ? field.child('schema') : field;
  const own = schema?.value('enum');
  if (Array.isArray(own)) return own;
  const ofItems = schema?.child('items')?.value('enum');
  return Array.isArray(ofItems) ? ofItems : undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
