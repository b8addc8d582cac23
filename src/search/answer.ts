/**
 * One search, as the views use it: every entity the query matches (the graph emphasises them
 * all) and the first few entities, relations and articles for the search box's list. Computed
 * here on the page for graphs of ordinary size, and by the search worker (searchWorkerCore.ts)
 * for large ones, which sends indices back in a wire form; both run `answerSearch`, so the page
 * shows the same answer either way.
 */
import type { Graph } from '../model/schema';
import { entitySearch, searchArticles, searchEntities, searchRelations, type ArticleMatch, type RelationMatch, type SearchMatch } from './search';

/** How many of each group the search box lists. */
export const LIST_LIMITS = { entities: 6, relations: 5, articles: 3 } as const;

export interface SearchAnswer {
  /** The query this answers (a worker's answer may trail the text in the box). */
  query: string;
  /** Every entity the query matches, visible or not; empty without a query. */
  matches: ReadonlySet<string>;
  entities: SearchMatch[];
  relations: RelationMatch[];
  articles: ArticleMatch[];
  /** Nothing matched as written and the typo tier is still on its way (fuzzy.ts): ask again when it arrives. */
  typosPending: boolean;
}

export type SearchableGraph = Pick<Graph, 'entities' | 'relations' | 'articles'>;

export const emptyAnswer = (query = ''): SearchAnswer => ({ query, matches: new Set(), entities: [], relations: [], articles: [], typosPending: false });

/** The last answer per graph: the list and the graph ask the same question on each keystroke. */
const lastAnswer = new WeakMap<SearchableGraph, SearchAnswer>();

export function answerSearch(graph: SearchableGraph, query: string): SearchAnswer {
  const last = lastAnswer.get(graph);
  if (last?.query === query) return last;
  const answer = computeAnswer(graph, query);
  if (!answer.typosPending) lastAnswer.set(graph, answer);
  return answer;
}

function computeAnswer(graph: SearchableGraph, query: string): SearchAnswer {
  if (!query.trim()) return emptyAnswer(query);
  const { matches: all, typosPending } = entitySearch(graph.entities, query);
  return {
    query,
    typosPending,
    matches: new Set(all.map((m) => m.entity.id)),
    entities: all.slice(0, LIST_LIMITS.entities),
    relations: searchRelations(graph, query, LIST_LIMITS.relations),
    // One article has nothing to choose between: the list leaves the group out.
    articles: graph.articles.length > 1 ? searchArticles(graph, query, LIST_LIMITS.articles) : [],
  };
}

/** An answer as the worker sends it: positions in the graph's arrays instead of objects. */
export interface WireAnswer {
  query: string;
  /** Every matched entity's position, best first. */
  matched: Int32Array;
  /** For the first LIST_LIMITS.entities of `matched`: the form that matched and its tier. */
  listed: Array<Pick<SearchMatch, 'matched' | 'tier'>>;
  relations: Array<{ index: number; evidence: number }>;
  articles: number[];
}

/** Positions of objects in the arrays they came from, built once per array (again if it grew: the worker's fills in slices). */
const positions = new WeakMap<readonly object[], Map<object, number>>();
function positionIn<T extends object>(array: readonly T[], item: T): number {
  let map = positions.get(array);
  if (!map || map.size !== array.length) positions.set(array, (map = new Map(array.map((x, i) => [x, i]))));
  return map.get(item) ?? -1;
}

export function toWire(graph: SearchableGraph, query: string): WireAnswer {
  const answer = answerSearch(graph, query);
  const all = query.trim() ? searchEntities(graph.entities, query) : [];
  return {
    query,
    matched: Int32Array.from(all, (m) => positionIn(graph.entities, m.entity)),
    listed: answer.entities.map(({ matched, tier }) => ({ matched, tier })),
    relations: answer.relations.map((m) => ({ index: positionIn(graph.relations, m.relation), evidence: m.evidence })),
    articles: answer.articles.map((m) => positionIn(graph.articles, m.article)),
  };
}

/** The page's answer from the worker's: the same objects the page's own search would return. */
export function fromWire(graph: SearchableGraph, wire: WireAnswer): SearchAnswer {
  const matches = new Set<string>();
  for (const i of wire.matched) matches.add(graph.entities[i].id);
  return {
    query: wire.query,
    matches,
    entities: wire.listed.map((m, k) => ({ entity: graph.entities[wire.matched[k]], ...m })),
    relations: wire.relations.map(({ index, evidence }) => ({ relation: graph.relations[index], evidence })),
    articles: wire.articles.map((i) => ({ article: graph.articles[i] })),
    typosPending: false,
  };
}
