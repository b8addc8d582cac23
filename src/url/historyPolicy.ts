/**
 * How a view change enters the browser history. Discrete steps (a checkbox, a click on a node)
 * push an entry; typing (search text, a date) is a 'replace' change — but the first keystroke
 * of a run still pushes, so Back returns to the view from before the typing instead of
 * skipping past it. A run is consecutive 'replace' changes to the same fields. Moving the
 * camera amends the current entry: panning about is no step to go Back through.
 */
import type { HistoryMode, ViewState } from '../state/viewState';

export type HistoryWrite = 'push' | 'replace' | 'none';

export interface LastWrite {
  mode: HistoryMode;
  /** The fields the last change touched, sorted and joined. */
  fields: string;
}

/** Which top-level fields differ (by identity; the store replaces what it changes). */
export function changedFields(prev: ViewState, next: ViewState): string {
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)] as Array<keyof ViewState>);
  return [...keys]
    .filter((k) => prev[k] !== next[k])
    .sort()
    .join(',');
}

/**
 * Decide the write for a change whose canonical query went from `currentSearch` to `nextSearch`.
 * Equal queries never write: a change that does not alter the URL is no history step.
 */
export function decideWrite(
  currentSearch: string,
  nextSearch: string,
  mode: HistoryMode,
  fields: string,
  last: LastWrite | undefined,
): HistoryWrite {
  if (normalizeSearch(currentSearch) === normalizeSearch(nextSearch)) return 'none';
  if (mode === 'push') return 'push';
  if (mode === 'amend') return 'replace';
  const continuesTyping = last?.mode === 'replace' && last.fields === fields;
  return continuesTyping ? 'replace' : 'push';
}

function normalizeSearch(search: string): string {
  return search === '?' ? '' : search;
}
