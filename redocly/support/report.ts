/** Reporting helpers shared by the rules: where a problem points, and reporting it once. */
import type { Location, UserContext } from '@redocly/openapi-core';

export interface Finding {
  message: string;
  location: Location;
  suggest?: string[];
}

/** The JSON pointer a message ends with, so the author finds the node even in plain-text output. */
export function pointerNote(location: Location): string {
  return `(${location.pointer})`;
}

/** The location of a slug as written: its item in a list, or its key in a map. */
export function slugLocation(extension: Location, at: string | number, isKey: boolean): Location {
  const location = extension.child(at);
  return isKey ? location.key() : location;
}

/**
 * Reports each finding once. A schema shared by several operations is walked once per operation,
 * and the same mistake must not be listed twice.
 */
export function createOnceReporter() {
  const reported = new Set<string>();
  return {
    reset(): void {
      reported.clear();
    },
    report(ctx: Pick<UserContext, 'report'>, finding: Finding): void {
      const identity = `${finding.location.absolutePointer}\u0000${finding.message}`;
      if (reported.has(identity)) return;
      reported.add(identity);
      ctx.report(finding);
    },
  };
}
