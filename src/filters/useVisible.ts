import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Graph } from '../model/schema';
import { useStore } from '../state/store';
import { visibleElements, type FilterView, type Visible } from './visible';

/** The filter part of the view, re-rendering only when one of those fields changes. */
export function useFilterView(): FilterView {
  return useStore(
    useShallow((s) => ({
      countries: s.view.countries,
      from: s.view.from,
      to: s.view.to,
      includeUndated: s.view.includeUndated,
      kinds: s.view.kinds,
      statuses: s.view.statuses,
      contestedOnly: s.view.contestedOnly,
      minOutlets: s.view.minOutlets,
      sources: s.view.sources,
      query: s.view.query,
    })),
  );
}

export function useVisible(graph: Graph): Visible {
  const filters = useFilterView();
  return useMemo(() => visibleElements(graph, filters), [graph, filters]);
}
