/**
 * Dates with precision. A relation's date is a day, a month or a year, or a span of
 * those; filtering compares the whole interval it covers, so "2023-09" overlaps any
 * range touching September 2023 and is never silently narrowed to the 1st.
 */

export type Precision = 'year' | 'month' | 'day';
export type DateLike = string | { start: string; end: string };

/** A closed interval of calendar days, each as YYYY-MM-DD (string order = time order). */
export interface DayInterval {
  first: string;
  last: string;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isValidDatePoint(value: string): boolean {
  const m = POINT.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return year >= 1 && year <= 9999;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const dayOfMonth = Number(m[3]);
  return dayOfMonth >= 1 && dayOfMonth <= daysInMonth(year, month);
}

export function precisionOf(point: string): Precision {
  const parts = point.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/**
 * Intervals already worked out, by point. A large graph asks for the same few thousand dates
 * hundreds of thousands of times (date bounds, contested claims, the timeline): at 300,000
 * relations parsing each again took over half a second of the first render. Frozen, as they are shared.
 */
const intervals = new Map<string, Readonly<DayInterval>>();
const MAX_REMEMBERED_INTERVALS = 100_000;

/** The days a date point covers: "2023-09" is 2023-09-01 … 2023-09-30. */
export function pointInterval(point: string): Readonly<DayInterval> {
  let interval = intervals.get(point);
  if (!interval) {
    interval = Object.freeze(computePointInterval(point));
    if (intervals.size >= MAX_REMEMBERED_INTERVALS) intervals.clear();
    intervals.set(point, interval);
  }
  return interval;
}

function computePointInterval(point: string): DayInterval {
  const m = POINT.exec(point);
  if (!m || !isValidDatePoint(point)) throw new Error(`Not a date: ${point}`);
  const year = m[1];
  if (m[2] === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = m[2];
  if (m[3] === undefined) {
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${pad(daysInMonth(Number(year), Number(month)))}` };
  }
  return { first: point, last: point };
}

export function dateInterval(date: DateLike): Readonly<DayInterval> {
  if (typeof date === 'string') return pointInterval(date);
  return { first: pointInterval(date.start).first, last: pointInterval(date.end).last };
}

/** Whether a (possibly imprecise) date shares at least one day with [from, to]; open ends allowed. */
export function overlapsRange(date: DateLike, from?: string, to?: string): boolean {
  const { first, last } = dateInterval(date);
  if (from && last < pointInterval(from).first) return false;
  if (to && first > pointInterval(to).last) return false;
  return true;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024", "July 2024", "23 July 2024" — never more precise than the data. */
export function formatPoint(point: string): string {
  const [y, m, d] = point.split('-');
  if (m === undefined) return y;
  const month = MONTHS[Number(m) - 1];
  if (d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function formatDate(date: DateLike): string {
  if (typeof date === 'string') return formatPoint(date);
  if (date.start === date.end) return formatPoint(date.start);
  return `${formatPoint(date.start)} – ${formatPoint(date.end)}`;
}

/** The earliest and latest day over many dates, for the bounds of a date filter. */
export function dateBounds(dates: Iterable<DateLike>): DayInterval | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const d of dates) {
    const iv = dateInterval(d);
    if (!first || iv.first < first) first = iv.first;
    if (!last || iv.last > last) last = iv.last;
  }
  return first && last ? { first, last } : undefined;
}

/** Sort key: the first day a date covers. */
export function dateSortKey(date: DateLike | undefined): string {
  return date === undefined ? '' : dateInterval(date).first;
}

export function addDays(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + delta));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
