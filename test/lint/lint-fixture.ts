/**
 * Lints fixtures in-process with the project's plugin and only its rules: much faster than a CLI run
 * per case. cli.test.ts covers the real CLI end to end.
 */
import { createConfig, lint, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { fileURLToPath } from 'node:url';
import plugin from '../../redocly/plugin.ts';

export const RULE_IDS = [
  'unified/integration-declared',
  'unified/required-within-supported',
  'unified/field-within-operation',
  'unified/supported-values-valid',
  'unified/extension-shape',
  'unified/integration-names-distinct',
  'unified/no-composition-cycle',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const FIXTURES = fileURLToPath(new URL('../fixtures/lint/', import.meta.url));

/** A problem as a spec author reads it: rule, message, the file relative to FIXTURES, the pointer. */
export interface Finding {
  ruleId: string;
  message: string;
  file: string;
  pointer: string | undefined;
  suggest: string[];
}

/** Lints `<fixture>/openapi.yaml` under test/fixtures/lint. */
export async function lintFixture(fixture: string): Promise<Finding[]> {
  const problems = await lint({ ref: `${FIXTURES}${fixture}/openapi.yaml`, config: await unifiedConfig() });
  return findings(problems);
}

/** Lints a single-file spec given inline; its findings name the file `inline/openapi.yaml`. */
export async function lintSource(source: string): Promise<Finding[]> {
  const absoluteRef = `${FIXTURES}inline/openapi.yaml`;
  return findings(await lintFromString({ source, absoluteRef, config: await unifiedConfig() }));
}

export function findingsOf(all: Finding[], ruleId: RuleId): Finding[] {
  return all.filter((finding) => finding.ruleId === ruleId);
}

async function unifiedConfig() {
  // The setup of fixtures/lint/redocly.yaml, with the plugin passed as an object: inside vitest,
  // Redocly cannot import a .ts plugin by path as the CLI does with tsx.
  return createConfig({
    extends: ['minimal'],
    plugins: [plugin()],
    rules: Object.fromEntries(RULE_IDS.map((id) => [id, 'error'])),
  });
}

function findings(problems: NormalizedProblem[]): Finding[] {
  return problems.filter((problem) => problem.ruleId.startsWith('unified/')).map((problem) => {
    const [location] = problem.location;
    return {
      ruleId: problem.ruleId,
      message: problem.message,
      file: location ? location.source.absoluteRef.slice(FIXTURES.length) : '',
      pointer: location?.pointer,
      suggest: problem.suggest,
    };
  });
}

/** An inline single-file spec: the `openapi` and `info` every spec needs, then `body`. */
export function spec(body: string): string {
  return `openapi: 3.1.0
info: { title: Inline fixture, version: 1.0.0 }
${body}`;
}
