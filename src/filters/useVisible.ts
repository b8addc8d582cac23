import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Graph } from '../model/schema';
import { useStore } from '../state/store';
import { filteredElements, prepareFilters, searchMatches, type FilterView, type Visible } from './visible';

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

/** The filter part of the view, re-rendering only when one of those fields changes. */
export function useFilterView(): FilterView {
  return useStore(useShallow((s) => ({ ...filtersOf(s), query: s.view.query })));
}

/** The filter part of the view without the search query: typing does not recompute what is visible. */
export function useFiltersOnly(): Omit<FilterView, 'query'> {
  return useStore(useShallow(filtersOf));
}

export function useVisible(graph: Graph): Visible {
  const filters = useFiltersOnly();
  const query = useStore((s) => s.view.query);
  const filtered = useMemo(() => filteredElements(graph, filters), [graph, filters]);
  useEffect(() => prepareFilters(graph), [graph]);
  const matches = useMemo(() => searchMatches(graph, query), [graph, query]);
  return useMemo(() => ({ ...filtered, matches }), [filtered, matches]);
}
