/**
 * unified/integration-declared: every slug that x-supported, x-required, x-supported-values or
 * x-integration-notes names is declared in the root x-integrations.
 */
import type { Oas3Rule } from '@redocly/openapi-core';
import { X_INTEGRATIONS, isPlainObject } from '../../extensions/index.ts';
import { carrierVisitor } from '../support/extension-carriers.ts';
import { createOnceReporter, pointerNote, slugLocation } from '../support/report.ts';
import { SLUG_LIST_EXTENSIONS, SLUG_MAP_EXTENSIONS, closestSlug, declaredSlugs, namedSlugs } from '../support/slugs.ts';

export const integrationDeclared: Oas3Rule = () => {
  const reporter = createOnceReporter();
  let declared: ReadonlySet<string> | undefined;
  return {
    Root: {
      enter(root) {
        reporter.reset();
        declared = declaredSlugs(isPlainObject(root) ? root[X_INTEGRATIONS] : undefined);
      },
    },
    ...carrierVisitor((carrier, ctx) => {
      // Redocly visits the root with `any` before `Root`, so the root reads its own declarations.
      if (carrier.typeName === 'Root') declared = declaredSlugs(carrier.view.value(X_INTEGRATIONS));
      for (const extension of [...SLUG_LIST_EXTENSIONS, ...SLUG_MAP_EXTENSIONS]) {
        const written = carrier.extension(extension);
        if (!written) continue;
        for (const { slug, at, isKey } of namedSlugs(extension, written.value)) {
          if (declared?.has(slug)) continue;
          const naming = isKey ? `has an entry for "${slug}"` : `names "${slug}"`;
          const where = pointerNote(carrier.location);
          const suggestion = declared && closestSlug(slug, declared);
          reporter.report(ctx, {
            message: declared
              ? `${extension} ${naming}, which is not declared in the root ${X_INTEGRATIONS} ${where}`
              : `${extension} ${naming}, but the spec has no root ${X_INTEGRATIONS} to declare it in ${where}`,
            location: slugLocation(written.location, at, isKey),
            suggest: suggestion ? [suggestion] : [],
          });
        }
      }
    }),
  };
};
