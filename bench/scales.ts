/**
 * The specs the benchmark runs on. "large" is the scale of a real unified API (a vendor's
 * user directory: dozens of operations over hundreds of integrations); "large-2x" and "huge" are
 * the same spec at 2x and 4x the integrations, for the growth table.
 */
import type { SpecOptions } from './synthetic-spec.ts';

export interface BenchCase {
  name: string;
  /** The shipped spec (path relative to the repository), or the synthetic spec's options. */
  spec: { file: string } | { synthetic: SpecOptions };
}

const LARGE: SpecOptions = { integrations: 200, operations: 60, fields: 40, density: 0.3, seed: 1 };

export const CASES: Record<string, BenchCase> = {
  seed: { name: 'seed', spec: { file: 'spec/openapi.yaml' } },
  large: { name: 'large', spec: { synthetic: LARGE } },
  'large-2x': { name: 'large-2x', spec: { synthetic: { ...LARGE, integrations: 2 * LARGE.integrations } } },
  huge: { name: 'huge', spec: { synthetic: { ...LARGE, integrations: 4 * LARGE.integrations } } },
};

/** The cases of the growth table, at 1x, 2x and 4x the integrations. */
export const GROWTH = ['large', 'large-2x', 'huge'] as const;

/** What `--scale` accepts: a case, or `growth` for the three growth cases. */
export function casesFor(scales: string[]): BenchCase[] {
  const names = scales.flatMap((scale) => (scale === 'growth' ? [...GROWTH] : [scale]));
  for (const name of names) {
    if (!CASES[name]) throw new Error(`unknown scale "${name}" (expected ${[...Object.keys(CASES), 'growth'].join(', ')})`);
  }
  return [...new Set(names)].map((name) => CASES[name]!);
}

export function describeCase(benchCase: BenchCase): string {
  if ('file' in benchCase.spec) return `the shipped spec (${benchCase.spec.file})`;
  const { integrations, operations, fields, density, seed } = benchCase.spec.synthetic;
  return `synthetic: ${integrations} integrations, ${operations} operations, ${fields} fields, density ${density}, seed ${seed}`;
}
