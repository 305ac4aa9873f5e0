/**
 * A small seeded PRNG (mulberry32) and the few draws the synthetic spec needs. Math.random cannot be
 * seeded, and the spec must be the same bytes for the same seed so that runs compare like with like.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Each item kept with probability `p`, order preserved. */
  sample<T>(items: readonly T[], p: number): T[];
}

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample: (items, p) => items.filter(() => next() < p),
  };
}
