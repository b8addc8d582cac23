/**
 * The search answer the views show for the query in the store: computed on the page for a
 * graph of ordinary size, by the search worker for a large one (remoteSearch.ts). There the
 * query goes to the worker straight from the store, and only what shows an answer renders
 * again when it arrives: the list (useSearch) and the graph's emphasis (useSearchMatches); the
 * rest of the page does not re-render for a keystroke. Until then the previous answer shows.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Graph } from '../model/schema';
import { useStore } from '../state/store';
import { answerSearch, emptyAnswer, type SearchAnswer } from './answer';
import { RemoteSearch, SEARCH_IN_WORKER_FROM } from './remoteSearch';
import { onFuzzySettled, typosPending } from './fuzzy';

/** Whether this graph is searched in a worker (where the page has workers). */
export const searchesInWorker = (graph: Pick<Graph, 'relations'>) => graph.relations.length >= SEARCH_IN_WORKER_FROM && typeof Worker !== 'undefined';

/** The one worker search, for the graph on screen; dropped once nothing uses it any more. */
let shared: { graph: Graph; search: RemoteSearch; users: number } | undefined;

function remoteSearchFor(graph: Graph): RemoteSearch {
  if (shared?.graph !== graph) {
    shared?.search.dispose();
    shared = { graph, search: new RemoteSearch(graph), users: 0 };
  }
  return shared.search;
}

/** Uses the search while mounted: it follows the store's query from now on. */
function hold(search: RemoteSearch): () => void {
  if (shared?.search === search) shared.users++;
  search.request(useStore.getState().view.query);
  // Only a new query asks: a brush step or a camera move changes the store too.
  const unsubscribe = useStore.subscribe((state, prev) => {
    if (state.view.query !== prev.view.query) search.request(state.view.query);
  });
  return () => {
    unsubscribe();
    if (shared?.search !== search || --shared.users > 0) return;
    // Later, not now: a component that re-mounts at once (React's strict mode does) takes it up again.
    setTimeout(() => {
      if (shared?.search !== search || shared.users > 0) return;
      search.dispose();
      shared = undefined;
    }, 0);
  };
}

/** For a graph searched on the page: a store that never changes (its snapshot must be one object). */
const NO_ANSWER = emptyAnswer();
const NO_STORE = { subscribe: () => () => {}, getSnapshot: () => NO_ANSWER, subscribeMatches: () => () => {}, getMatches: () => NO_ANSWER.matches };

function useRemoteSearch(graph: Graph | undefined) {
  // Found or made during render, so that the worker starts reading with the first paint.
  const search = graph ? remoteSearchFor(graph) : undefined;
  useEffect(() => (search ? hold(search) : undefined), [search]);
  return search ?? NO_STORE;
}

/** The answer for the search box: `query` is the text in it (the store's). */
/** Changes when the typo tier arrives (fuzzy.ts): a page search that waited for it answers again. */
const useTyposPending = () => useSyncExternalStore(onFuzzySettled, typosPending);

export function useSearch(graph: Graph, query: string): SearchAnswer {
  const inWorker = searchesInWorker(graph);
  const remote = useRemoteSearch(inWorker ? graph : undefined);
  const remoteAnswer = useSyncExternalStore(remote.subscribe, remote.getSnapshot);
  const pending = useTyposPending();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `pending` is read by answerSearch, through fuzzy.ts
  const local = useMemo(() => (inWorker ? undefined : answerSearch(graph, query)), [inWorker, graph, query, pending]);
  return local ?? remoteAnswer;
}

/**
 * The entities the store's query matches, for the graph and the list view. A worker's graph
 * does not re-render for the query here: its matches come from the worker, after the list.
 */
export function useSearchMatches(graph: Graph): ReadonlySet<string> {
  const inWorker = searchesInWorker(graph);
  const remote = useRemoteSearch(inWorker ? graph : undefined);
  const remoteMatches = useSyncExternalStore(remote.subscribeMatches, remote.getMatches);
  const query = useStore((s) => (inWorker ? '' : s.view.query));
  const pending = useTyposPending();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `pending` is read by answerSearch, through fuzzy.ts
  const local = useMemo(() => (inWorker ? undefined : answerSearch(graph, query).matches), [inWorker, graph, query, pending]);
  return local ?? remoteMatches;
}
