/**
 * The largest and smallest of many numbers. `Math.max(...values)` passes every value as an
 * argument, and past about 100,000 of them (one per relation at XXL) the call overflows the stack.
 * Here, in the lowest layer, so that the app, the layout and the CLIs can all use it.
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}
