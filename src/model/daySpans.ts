/**
 * Each relation's dates as day numbers in typed arrays, computed once per relation list: the
 * date filter, the timeline and the graph's time emphasis compare integers instead of parsing
 * date strings for every relation on every change.
 */
import { dateInterval } from './dates';
import type { Relation } from './schema';
import { RELATION_KINDS } from './vocabulary';

const MS_PER_DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The day number of an undated relation. Not -1: days before 1970 are negative, and a treaty of
 * 1961 would otherwise read as undated.
 */
export const UNDATED = -0x80000000;

/** Days since 1970-01-01 for YYYY-MM-DD (negative before it; years below 100 kept as written). */
export function dayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1;
  const date = Number(day.slice(8, 10));
  if (year >= 100) return Date.UTC(year, month, date) / MS_PER_DAY;
  // Date.UTC reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month, date);
  return d.getTime() / MS_PER_DAY;
}

export function dayString(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Each relation's covered days (first, last; -1 when undated) and kind, in typed arrays. */
export interface Spans {
  first: Int32Array;
  last: Int32Array;
  kind: Uint8Array;
  /** Earliest and latest day of any dated relation; undefined when none is dated. Undated relations hold UNDATED. */
  bounds?: { first: number; last: number };
}

const spansCache = new WeakMap<readonly Relation[], Spans>();

export function spansOf(relations: readonly Relation[]): Spans {
  const cached = spansCache.get(relations);
  if (cached) return cached;
  const n = relations.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const kind = new Uint8Array(n);
  const kindIndex = new Map(RELATION_KINDS.map((k, i) => [k, i]));
  const memo = new Map<string, [number, number]>();
  let lo = Infinity;
  let hi = -Infinity;
  relations.forEach((r, i) => {
    kind[i] = kindIndex.get(r.kind) ?? 0;
    if (r.date === undefined) {
      first[i] = UNDATED;
      last[i] = UNDATED;
      return;
    }
    const key = typeof r.date === 'string' ? r.date : `${r.date.start}/${r.date.end}`;
    let span = memo.get(key);
    if (!span) {
      const iv = dateInterval(r.date);
      span = [dayNumber(iv.first), dayNumber(iv.last)];
      memo.set(key, span);
    }
    first[i] = span[0];
    last[i] = span[1];
    if (span[0] < lo) lo = span[0];
    if (span[1] > hi) hi = span[1];
  });
  const spans: Spans = { first, last, kind, bounds: lo <= hi ? { first: lo, last: hi } : undefined };
  spansCache.set(relations, spans);
  return spans;
}
