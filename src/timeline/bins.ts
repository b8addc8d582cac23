/**
 * The timeline's numbers: relations over time, binned by day, month or year to suit the span
 * shown, stacked by kind. Mixed precision is "active during": a relation counts in every bin
 * its dates cover (a month-precise meeting in each day of that month, a span in each bin of its
 * span), so nothing is pinned to a 1st of the month it never claimed. Aggregated into typed
 * arrays, never one object per relation: the strip costs the same at 60,000 relations.
 * Pure; the date spans of a graph's relations are computed once per relation list.
 */
import { dayNumber, dayString, spansOf, UNDATED, type Spans } from '../model/daySpans';
import { RELATION_KINDS } from '../model/vocabulary';

export { dayNumber, dayString, spansOf, type Spans };

const MS_PER_DAY = 86_400_000;

export type BinUnit = 'day' | 'month' | 'year';

/** Day, month or year bins, whichever gives a readable number of bars for the span. */
export function chooseUnit(firstDay: number, lastDay: number): BinUnit {
  const days = lastDay - firstDay + 1;
  if (days <= 120) return 'day';
  if (days <= 366 * 8) return 'month';
  return 'year';
}

/** Bins covering [firstDay, lastDay] whole: each bin's first day, plus the day after the last. */
export function binEdges(firstDay: number, lastDay: number, unit: BinUnit): number[] {
  if (unit === 'day') return Array.from({ length: lastDay - firstDay + 2 }, (_, i) => firstDay + i);
  const start = new Date(firstDay * MS_PER_DAY);
  let y = start.getUTCFullYear();
  let m = unit === 'year' ? 0 : start.getUTCMonth();
  const edges: number[] = [];
  for (;;) {
    const edge = Date.UTC(y, m, 1) / MS_PER_DAY;
    edges.push(edge);
    if (edge > lastDay) break;
    if (unit === 'year') y += 1;
    else if (++m === 12) {
      m = 0;
      y += 1;
    }
  }
  return edges;
}

/** A bin's start as the date a link writes at the bin's precision: 2023, 2023-08 or 2023-08-18. */
export function binLabel(edge: number, unit: BinUnit): string {
  const day = dayString(edge);
  return unit === 'year' ? day.slice(0, 4) : unit === 'month' ? day.slice(0, 7) : day;
}

/** The bin holding a day (edges sorted); -1 before the first, bins count after the last. */
export function binOf(edges: readonly number[], day: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  if (day < edges[0]) return -1;
  if (day >= edges[hi]) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] <= day) lo = mid;
    else hi = mid;
  }
  return lo;
}

export interface Histogram {
  edges: number[];
  unit: BinUnit;
  /** counts[bin * KINDS + kind]: relations active during the bin. */
  counts: Uint32Array;
  /** The largest stacked total of one bin. */
  max: number;
  /** Relations counted that carry no date. */
  undated: number;
  /** Dated relations counted (each once, however many bins it covers). */
  dated: number;
  /** Dated relations entirely before or after the bins shown. */
  outside: number;
}

export const KINDS = RELATION_KINDS.length;

/**
 * Counts the relations `include` accepts (by index) in the bins of [firstDay, lastDay].
 * A relation outside the window adds nothing but is still counted as dated.
 */
export function histogram(spans: Spans, firstDay: number, lastDay: number, include: (i: number) => boolean, unit = chooseUnit(firstDay, lastDay)): Histogram {
  const edges = binEdges(firstDay, lastDay, unit);
  const bins = edges.length - 1;
  const counts = new Uint32Array(bins * KINDS);
  let undated = 0;
  let dated = 0;
  let outside = 0;
  const n = spans.first.length;
  for (let i = 0; i < n; i++) {
    if (!include(i)) continue;
    const f = spans.first[i];
    if (f === UNDATED) {
      undated++;
      continue;
    }
    dated++;
    const l = spans.last[i];
    if (l < edges[0] || f >= edges[bins]) {
      outside++;
      continue;
    }
    const a = Math.max(0, binOf(edges, f));
    const b = Math.min(bins - 1, binOf(edges, l));
    const k = spans.kind[i];
    for (let bin = a; bin <= b; bin++) counts[bin * KINDS + k]++;
  }
  let max = 0;
  for (let bin = 0; bin < bins; bin++) {
    let total = 0;
    for (let k = 0; k < KINDS; k++) total += counts[bin * KINDS + k];
    if (total > max) max = total;
  }
  return { edges, unit, counts, max, undated, dated, outside };
}

const focusCache = new WeakMap<Spans, { first: number; last: number }>();

/**
 * The span the strip shows first: where the dates are. A few stray dates decades away (an
 * anniversary, a target year) would otherwise squeeze everything else into one bar, so when the
 * middle 90% of dated relations covers less than half the whole span, that is the default and
 * the rest is counted as outside. The user can still widen it to the whole span.
 */
export function focusSpan(spans: Spans): { first: number; last: number } | undefined {
  if (!spans.bounds) return undefined;
  if (focusCache.has(spans)) return focusCache.get(spans);
  let dated = 0;
  for (let i = 0; i < spans.first.length; i++) if (spans.first[i] !== UNDATED) dated++;
  // Typed arrays sort numerically in native code: a large graph's strip opens (and re-renders) without a 30 ms sort.
  const firsts = new Int32Array(dated);
  const lasts = new Int32Array(dated);
  for (let i = 0, j = 0; i < spans.first.length; i++) {
    if (spans.first[i] === UNDATED) continue;
    firsts[j] = spans.first[i];
    lasts[j++] = spans.last[i];
  }
  firsts.sort();
  lasts.sort();
  const cut = Math.floor(firsts.length * 0.05);
  const first = firsts[cut];
  const last = lasts[lasts.length - 1 - cut];
  const whole = spans.bounds.last - spans.bounds.first;
  const focus = last - first < whole / 2 ? { first, last } : spans.bounds;
  focusCache.set(spans, focus);
  return focus;
}
