/**
 * Seeded randomness for the data generator: the same seed gives the same sequence on every
 * machine (no Math.random, no Date.now), so a generated file is reproducible byte for byte.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast and well distributed enough for synthetic data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/**
 * Draws indices in proportion to their weights (cumulative sums + binary search): a few
 * heavy items (heads of state, great powers) become the hubs a real news graph has.
 */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private total = 0;
  constructor(
    readonly items: readonly T[],
    weight: (item: T, index: number) => number,
  ) {
    items.forEach((item, i) => {
      this.total += Math.max(0, weight(item, i));
      this.cumulative.push(this.total);
    });
    if (this.total <= 0) throw new Error('WeightedPicker needs at least one positive weight');
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
