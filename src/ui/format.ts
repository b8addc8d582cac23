import { formatDate, precisionOf, type DateLike } from '../model/dates';
import type { Entity, Origin } from '../model/schema';

/** "23 July 2024", "September 2023", "1994 – 2024": never more precise than the data. */
export function dateLabel(date: DateLike): string {
  return formatDate(date);
}

/** How precise the source is: a reader must not mistake a month for a day. */
export function precisionLabel(date: DateLike): string {
  if (typeof date !== 'string') return 'a span';
  return { day: 'a day', month: 'a month (day not given)', year: 'a year (month not given)' }[precisionOf(date)];
}

export const ORIGIN_LABELS: Record<Origin, { label: string; description: string }> = {
  extracted: { label: 'Extracted', description: 'found by the rule-based extractor' },
  curated: { label: 'Curated', description: 'extracted, then corrected by a curator' },
  manual: { label: 'Manual', description: 'added by a curator reading the article' },
};

export function entityName(entities: Pick<ReadonlyMap<string, Entity>, 'get'>, id: string): string {
  return entities.get(id)?.name ?? id;
}

/**
 * 12345 → "12,345", as toLocaleString('en') writes it, without Intl: the first Intl call of a
 * page sets up its number formatting (20–30 ms on the benchmark machine), and the overview's
 * note and the timeline made that call in the frame that first draws the graph.
 */
export function formatCount(n: number): string {
  if (!Number.isInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** "28 characters" → used for quote lengths; "1 quote" / "3 quotes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatPublished(day: string): string {
  return formatDate(day);
}
