/**
 * Each relation's dates as day numbers in typed arrays, computed once per relation list: the
 * date filter, the timeline and the graph's time emphasis compare integers instead of parsing
 * date strings for every relation on every change.
 */
import { daysInMonth, pointInterval } from './dates';
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

/**
 * A date's first and last day numbers, into `out`. Read digit by digit: at 300,000 relations a
 * map from each date string to its interval spent 0.1 s of a large graph's first render hashing
 * strings. A point not in the schema's form goes the long way (dates.ts), which says what is wrong.
 */
function daysOf(date: NonNullable<Relation['date']>, out: [number, number]): void {
  if (typeof date === 'string') {
    out[0] = firstDay(date);
    out[1] = lastDay(date);
  } else {
    out[0] = firstDay(date.start);
    out[1] = lastDay(date.end);
  }
}

const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
};

/**
 * A point's year, month and day into `parts` (month and day 0 where the point does not give
 * them); false when it is not a valid YYYY, YYYY-MM or YYYY-MM-DD.
 */
const parts = [0, 0, 0];
function readPoint(point: string): boolean {
  const year = digits(point, 0, 4);
  let month = 0;
  let day = 0;
  if (point.length === 7 || point.length === 10) {
    if (point[4] !== '-') return false;
    month = digits(point, 5, 7);
    if (!(month >= 1 && month <= 12)) return false;
    if (point.length === 10) {
      if (point[7] !== '-') return false;
      day = digits(point, 8, 10);
      if (!(day >= 1 && day <= daysInMonth(year, month))) return false;
    }
  } else if (point.length !== 4) return false;
  if (!(year >= 1)) return false;
  parts[0] = year;
  parts[1] = month;
  parts[2] = day;
  return true;
}

function firstDay(point: string): number {
  if (!readPoint(point)) return dayNumber(pointInterval(point).first);
  return civilDay(parts[0], parts[1] || 1, parts[2] || 1);
}

function lastDay(point: string): number {
  if (!readPoint(point)) return dayNumber(pointInterval(point).last);
  const [year, month, day] = parts;
  if (!month) return civilDay(year, 12, 31);
  return civilDay(year, month, day || daysInMonth(year, month));
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil), as dayNumber gives. */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function spansOf(relations: readonly Relation[]): Spans {
  const cached = spansCache.get(relations);
  if (cached) return cached;
  const n = relations.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const kind = new Uint8Array(n);
  const kindIndex = new Map(RELATION_KINDS.map((k, i) => [k, i]));
  let lo = Infinity;
  let hi = -Infinity;
  const span: [number, number] = [0, 0];
  for (let i = 0; i < n; i++) {
    const r = relations[i];
    kind[i] = kindIndex.get(r.kind) ?? 0;
    if (r.date === undefined) {
      first[i] = UNDATED;
      last[i] = UNDATED;
      continue;
    }
    daysOf(r.date, span);
    first[i] = span[0];
    last[i] = span[1];
    if (span[0] < lo) lo = span[0];
    if (span[1] > hi) hi = span[1];
  }
  const spans: Spans = { first, last, kind, bounds: lo <= hi ? { first: lo, last: hi } : undefined };
  spansCache.set(relations, spans);
  return spans;
}
