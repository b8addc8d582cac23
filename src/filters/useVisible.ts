import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Graph } from '../model/schema';
import { useStore } from '../state/store';
import { filteredElements, filtersPrepared, onFiltersPrepared, prepareFilters, type FilterView, type Visible } from './visible';
import { useSearchMatches } from '../search/useSearch';

type StoreState = ReturnType<typeof useStore.getState>;

/** The filter fields of the view, search query excepted. */
const filtersOf = (s: StoreState): Omit<FilterView, 'query'> => ({
  countries: s.view.countries,
  from: s.view.from,
  to: s.view.to,
  includeUndated: s.view.includeUndated,
  kinds: s.view.kinds,
  statuses: s.view.statuses,
  contestedOnly: s.view.contestedOnly,
  minOutlets: s.view.minOutlets,
  sources: s.view.sources,
});

/** The filter part of the view without the search query: typing does not recompute what is visible. */
export function useFiltersOnly(): Omit<FilterView, 'query'> {
  return useStore(useShallow(filtersOf));
}

export function useVisible(graph: Graph): Visible {
  const filters = useFiltersOnly();
  const filtered = useMemo(() => filteredElements(graph, filters), [graph, filters]);
  useEffect(() => prepareFilters(graph), [graph]);
  const matches = useSearchMatches(graph);
  return useMemo(() => ({ ...filtered, matches }), [filtered, matches]);
}

/** Whether the graph's filter indices are built (visible.ts, filtersPrepared): re-renders when they are. */
export function useFiltersPrepared(graph: Graph): boolean {
  return useSyncExternalStore(onFiltersPrepared, () => filtersPrepared(graph));
}
