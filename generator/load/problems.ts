import { relative } from 'node:path';
import type { NormalizedProblem } from '@redocly/openapi-core';

/** One line per Redocly problem: `file:line:col #/pointer message (rule)`. */
export function describeProblems(problems: readonly NormalizedProblem[]): string[] {
  // Redocly reports some problems twice (a discriminator mapping, for one): each line once.
  return [...new Set(problems.map((problem) => {
    const location = problem.location[0];
    if (!location) return `${problem.message} (${problem.ruleId})`;
    const file = relative(process.cwd(), location.source.absoluteRef) || location.source.absoluteRef;
    const lineCol = lineAndColumn(location);
    return `${file}${lineCol} ${location.pointer ?? ''} ${problem.message} (${problem.ruleId})`.replace(/\s+/g, ' ');
  }))];
}

function lineAndColumn(location: NormalizedProblem['location'][number]): string {
  try {
    const body = location.source.body;
    const pointer = location.pointer;
    if (!body || !pointer) return '';
    // Redocly resolves pointers to line/column lazily; the AST lookup is cheap for error paths.
    const { getLineColLocation } = requireCodeframes();
    const { start } = getLineColLocation(location);
    return start ? `:${start.line}:${start.col}` : '';
  } catch {
    return '';
  }
}

import * as core from '@redocly/openapi-core';
function requireCodeframes() {
  return core as unknown as { getLineColLocation: (l: unknown) => { start?: { line: number; col: number } } };
}
