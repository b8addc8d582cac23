/**
 * The overview of a large graph: what a year of reporting looks like from far out.
 *
 * Thousands of people and organizations are specks at that distance, and tens of thousands of
 * relations are a grey fog that costs seconds to draw. So the overview folds every entity into
 * its home — the country it belongs to, or itself when it belongs to none (countries, blocs,
 * international bodies) — and draws one *link* per pair of homes that the visible relations
 * connect, as thick as the number of relations it stands for. A link is a count, not a fact:
 * it is drawn differently from every relation (grey, no arrow, no status) and the relations
 * themselves appear as the user zooms in.
 */
import type { Graph } from '../model/schema';
import type { Visible } from '../filters/visible';
import { entityNodeId } from './elements';

/** Entity id → the id of the overview node that stands for it. */
export type Homes = ReadonlyMap<string, string>;

export function homesOf(graph: Graph): Homes {
  const countries = new Set(graph.entities.filter((e) => e.kind === 'country').map((e) => e.id));
  return new Map(graph.entities.map((e) => [e.id, e.kind !== 'country' && e.country && countries.has(e.country) ? e.country : e.id]));
}

/** The entities the overview draws: those that are their own home. */
export function overviewEntities(homes: Homes): string[] {
  return [...homes].filter(([id, home]) => id === home).map(([id]) => id);
}

export interface Link {
  /** Element id, `l:<home>|<home>` with the two homes in sorted order. */
  id: string;
  source: string;
  target: string;
  /** Visible relations the link stands for. */
  count: number;
}

export const linkId = (a: string, b: string) => `l:${a}|${b}`;

export interface Links {
  /** The strongest links, at most `limit`, by count then id. */
  shown: Link[];
  /** All pairs of homes the visible relations connect. */
  total: number;
}

/**
 * One link per pair of distinct homes among the participants of each visible relation (a
 * three-country relation adds to three pairs); relations inside one home add nothing.
 */
export function aggregateLinks(graph: Graph, homes: Homes, visible: Visible, limit: number): Links {
  // The filters' set is the same object while only the search changes (filters/useVisible.ts): count once per set.
  const byLimit = linksCache.get(visible.relations);
  const cached = byLimit?.get(homes)?.get(limit);
  if (cached) return cached;
  const pairs = pairsOf(graph, homes);
  const counts = new Map<string, number>();
  graph.relations.forEach((r, i) => {
    if (!visible.relations.has(r.id)) return;
    for (const key of pairs[i]) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const all = [...counts].map(([key, count]) => {
    const [a, b] = key.split('|');
    return { id: linkId(a, b), source: a, target: b, count };
  });
  all.sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1));
  const links = { shown: all.slice(0, limit), total: all.length };
  const forHomes = byLimit ?? new WeakMap<Homes, Map<number, Links>>();
  if (!byLimit) linksCache.set(visible.relations, forHomes);
  if (!forHomes.has(homes)) forHomes.set(homes, new Map());
  forHomes.get(homes)!.set(limit, links);
  return links;
}
const linksCache = new WeakMap<ReadonlySet<string>, WeakMap<Homes, Map<number, Links>>>();

/** Each relation's pairs of homes ("a|b", a < b), once per graph and homes: a filter change only counts. */
function pairsOf(graph: Graph, homes: Homes): readonly string[][] {
  let byGraph = pairsCache.get(homes);
  const cached = byGraph?.get(graph);
  if (cached) return cached;
  const pairs = graph.relations.map((r) => {
    const ends = [...new Set(r.participants.map((p) => homes.get(p) ?? p))].sort();
    const keys: string[] = [];
    for (let i = 0; i < ends.length; i++) for (let j = i + 1; j < ends.length; j++) keys.push(`${ends[i]}|${ends[j]}`);
    return keys;
  });
  if (!byGraph) pairsCache.set(homes, (byGraph = new WeakMap()));
  byGraph.set(graph, pairs);
  return pairs;
}
const pairsCache = new WeakMap<Homes, WeakMap<Graph, string[][]>>();

/** A link's weight on a log scale: 0 for one relation, 1 for the busiest pair. */
export function linkWeight(count: number, max: number): number {
  return max <= 1 ? 0 : Math.log(count) / Math.log(max);
}

export const linkEnds = (link: Link) => ({ source: entityNodeId(link.source), target: entityNodeId(link.target) });
