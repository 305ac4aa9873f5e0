/**
 * unified/extension-shape: every extension value has the shape CONTRACT.md section 2 gives it, and,
 * in a spec that declares x-integrations, every operation says which integrations it exists for.
 */
import type { Location, Oas3Rule } from '@redocly/openapi-core';
import {
  X_INTEGRATIONS,
  X_INTEGRATION_NOTES,
  X_REQUIRED,
  X_SUPPORTED,
  X_SUPPORTED_VALUES,
  isPlainObject,
  isProblem,
  readIntegrationNotes,
  readIntegrations,
  readSlugList,
  readSupportedValues,
  type ShapeProblem,
} from '../../extensions/index.ts';
import { carrierVisitor } from '../support/extension-carriers.ts';
import type { Located } from '../support/node-view.ts';
import { createOnceReporter, pointerNote } from '../support/report.ts';

type Reader = (value: unknown) => unknown;

/** Extensions whose value is a map: each entry is read alone, so that every bad entry is reported where it is. */
const MAP_READERS: Record<string, Reader> = {
  [X_INTEGRATIONS]: readIntegrations,
  [X_SUPPORTED_VALUES]: readSupportedValues,
  [X_INTEGRATION_NOTES]: readIntegrationNotes,
};
const LIST_READERS: Record<string, Reader> = {
  [X_SUPPORTED]: readSlugList,
  [X_REQUIRED]: readSlugList,
};

interface ShapeFinding {
  problem: ShapeProblem;
  location: Location;
}

function mapProblems(read: Reader, written: Located): ShapeFinding[] {
  const whole = read(written.value);
  if (!isProblem(whole)) return [];
  if (!isPlainObject(written.value)) return [{ problem: whole, location: written.location }];
  return Object.entries(written.value).flatMap(([key, entry]) => {
    const problem = read({ [key]: entry });
    return isProblem(problem) ? [{ problem, location: written.location.child(key).key() }] : [];
  });
}

/** A list reader stops at its first problem; point at the item it stopped at. */
function listProblems(read: Reader, written: Located): ShapeFinding[] {
  const problem = read(written.value);
  if (!isProblem(problem)) return [];
  const items: unknown[] = Array.isArray(written.value) ? written.value : [];
  const offending = items.findIndex((_, index) => isProblem(read(items.slice(0, index + 1))));
  return [{ problem, location: offending >= 0 ? written.location.child(offending) : written.location }];
}

export const extensionShape: Oas3Rule = () => {
  const reporter = createOnceReporter();
  let specDeclaresIntegrations = false;
  return {
    Root: {
      enter(root) {
        reporter.reset();
        specDeclaresIntegrations = isPlainObject(root) && X_INTEGRATIONS in root;
      },
    },
    ...carrierVisitor((carrier, ctx) => {
      for (const extension of [...Object.keys(MAP_READERS), ...Object.keys(LIST_READERS)]) {
        const written = carrier.extension(extension);
        if (!written) continue;
        const where = pointerNote(carrier.location);
        if (extension === X_INTEGRATIONS && carrier.typeName !== 'Root') {
          reporter.report(ctx, {
            message: `${X_INTEGRATIONS} belongs at the root of the spec; here it declares nothing ${where}`,
            location: written.location.key(),
          });
          continue;
        }
        const findings = extension in MAP_READERS
          ? mapProblems(MAP_READERS[extension]!, written)
          : listProblems(LIST_READERS[extension]!, written);
        for (const { problem, location } of findings) {
          reporter.report(ctx, { message: `${extension} ${problem} ${where}`, location });
        }
      }
    }),
    Operation: {
      enter(operation, ctx) {
        if (!specDeclaresIntegrations || X_SUPPORTED in operation) return;
        const name = typeof operation.operationId === 'string' ? `operation "${operation.operationId}"` : 'this operation';
        reporter.report(ctx, {
          message: `${name} has no ${X_SUPPORTED}: list the integrations it exists for ([] for none yet) ${pointerNote(ctx.location)}`,
          location: ctx.location.key(),
        });
      },
    },
  };
};
