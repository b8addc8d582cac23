/**
 * The counts beside each filter choice, within the view the other filters give: how many
 * relations ticking that choice would show, given everything else the user has set. A count
 * that stayed at its total while other filters narrowed the view would promise relations that
 * are not there. Each facet ignores its own filter (ticking a second kind adds to the first).
 */
import type { Graph, RelationKind, Status } from '../model/schema';
import { countryFocus, dateTest, reportingFilter, type FilterView } from './visible';

export interface FacetCounts {
  kinds: Map<RelationKind, number>;
  statuses: Map<Status, number>;
  /** By country id: relations that country, its people or its bodies take part in. */
  countries: Map<string, number>;
}

/** Per relation, the distinct countries of its participants (a country, or the country a person or body belongs to): fixed per graph, so computed once. */
const countriesCache = new WeakMap<Graph, string[][]>();

function relationCountries(graph: Graph): string[][] {
  let out = countriesCache.get(graph);
  if (out) return out;
  const countryOf = new Map(graph.entities.map((e) => [e.id, e.kind === 'country' ? e.id : e.country]));
  out = graph.relations.map((r) => {
    const cs: string[] = [];
    for (const p of r.participants) {
      const c = countryOf.get(p);
      if (c != null && !cs.includes(c)) cs.push(c);
    }
    return cs;
  });
  countriesCache.set(graph, out);
  return out;
}

export function facetCounts(graph: Graph, view: FilterView): FacetCounts {
  const focus = countryFocus(graph, view.countries);
  const reporting = reportingFilter(graph, view);
  const passesDates = dateTest(graph, view);
  const countriesOf = relationCountries(graph);
  const kinds = view.kinds.length ? new Set<string>(view.kinds) : undefined;
  const statuses = view.statuses.length ? new Set<string>(view.statuses) : undefined;
  // Counted in plain objects and turned into maps once: a map update per relation was most of the time.
  const kindCount: Record<string, number> = {};
  const statusCount: Record<string, number> = {};
  const countryCount: Record<string, number> = {};
  const relations = graph.relations;
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i];
    if (!passesDates(i) || (reporting && !reporting(r))) continue;
    const kindOk = !kinds || kinds.has(r.kind);
    const statusOk = !statuses || statuses.has(r.status);
    const countryOk = !focus || r.participants.some((p) => focus.has(p));
    if (statusOk && countryOk) kindCount[r.kind] = (kindCount[r.kind] ?? 0) + 1;
    if (kindOk && countryOk) statusCount[r.status] = (statusCount[r.status] ?? 0) + 1;
    if (kindOk && statusOk) for (const c of countriesOf[i]) countryCount[c] = (countryCount[c] ?? 0) + 1;
  }
  return {
    kinds: new Map(Object.entries(kindCount)) as Map<RelationKind, number>,
    statuses: new Map(Object.entries(statusCount)) as Map<Status, number>,
    countries: new Map(Object.entries(countryCount)),
  };
}
