/**
 * Long lists in the panel — a year of sources, a country's hundreds of relations — show their
 * first items and a button for more, so opening the panel never builds thousands of rows the
 * reader will not scroll to.
 */
import { useState, type JSX } from 'react';
import { formatCount } from './format';

export const FIRST_ROWS = 40;

/** How many of `total` rows to render, and a "Show more" button when some are left (else null). */
export function useShowMore(total: number, what: string, step = FIRST_ROWS): [number, JSX.Element | null] {
  const [limit, setLimit] = useState(step);
  if (total <= limit) return [total, null];
  const next = Math.min(step * 4, total - limit);
  const button = (
    <button
      type="button"
      onClick={() => setLimit((l) => l + next)}
      className="mt-2 rounded-md border border-slate-200 px-2.5 py-1 text-sm font-medium text-sky-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600"
    >
      Show {formatCount(next)} more {what} ({formatCount(total - limit)} not shown)
    </button>
  );
  return [limit, button];
}
