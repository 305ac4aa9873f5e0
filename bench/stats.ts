/** Median, min and max of repeated measurements: the median resists one slow run, min and max show the spread. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** A spread of a figure that may be missing (TypeScript 7 does not print every figure): undefined if any run lacks it. */
export function spreadOf<T>(runs: T[], pick: (run: T) => number | undefined): Spread | undefined {
  const values = runs.map(pick);
  return values.every((value): value is number => value !== undefined) ? spread(values) : undefined;
}
