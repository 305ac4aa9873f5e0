/**
 * The change report for two inputs, each a spec file (a YAML root or a bundled JSON) or
 * `git:<ref>`: both are read as the generator reads a spec (generator/load-spec.ts) and their models
 * compared (changes.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { loadSpec, type LoadedSpec } from '../generator/load-spec.js';
import type { Json } from '../generator/model/resolve.js';
import { compareModels, type Change } from './changes.js';
import { changeMessage } from './describe.js';
import { parseGitInput, specAtRef } from './git-spec.js';
import { requiredBump, type Semver } from './semver.js';

export const DEFAULT_SPEC = 'spec/openapi.yaml';

export interface SpecChanges {
  semver: Semver;
  changes: Change[];
  names: Map<string, string>;
  base: { label: string; version: string };
  head: { label: string; version: string };
}

/** The contract's JSON: `{ semver, changes: [{ integration, operation, where, breaking, message }] }`. */
export interface JsonReport {
  semver: Semver;
  changes: { integration: string; operation: string; where: string; breaking: boolean; message: string }[];
}

export async function compareSpecs(baseInput: string, headInput: string): Promise<SpecChanges> {
  const [base, head] = await Promise.all([readInput(baseInput), readInput(headInput)]);
  return specChanges(base, head, baseInput, headInput);
}

export function specChanges(base: LoadedSpec, head: LoadedSpec, baseLabel: string, headLabel: string): SpecChanges {
  const { changes, names } = compareModels(base.model, head.model);
  return {
    semver: requiredBump(changes, !isDeepStrictEqual(withoutVersion(base.document), withoutVersion(head.document))),
    changes,
    names,
    base: { label: baseLabel, version: base.model.version },
    head: { label: headLabel, version: head.model.version },
  };
}

export function jsonReport(result: SpecChanges): JsonReport {
  return {
    semver: result.semver,
    changes: result.changes.map((change) => ({
      integration: change.integration,
      operation: change.operation,
      where: change.where,
      breaking: change.breaking,
      message: changeMessage(change, result.names),
    })),
  };
}

async function readInput(input: string): Promise<LoadedSpec> {
  const git = parseGitInput(input, DEFAULT_SPEC);
  if (!git) return loadSpec(input);
  const copy = await specAtRef(git.ref, git.specFile);
  try {
    return await loadSpec(copy.path);
  } finally {
    copy.remove();
  }
}

/** The version is what --check-version looks at; any other difference in the document is at least a patch. */
function withoutVersion(document: Json): Json {
  const info = document.info && typeof document.info === 'object' ? { ...(document.info as Json), version: undefined } : document.info;
  return { ...document, info };
}
