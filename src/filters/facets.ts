/**
 * The counts beside each filter choice, within the view the other filters give: how many
 * relations ticking that choice would show, given everything else the user has set. A count
 * that stayed at its total while other filters narrowed the view would promise relations that
 * are not there. Each facet ignores its own filter (ticking a second kind adds to the first).
 */
import type { Graph, RelationKind, Status } from '../model/schema';
import { countryFocus, passesDate, reportingFilter, type FilterView } from './visible';

export interface FacetCounts {
  kinds: Map<RelationKind, number>;
  statuses: Map<Status, number>;
  /** By country id: relations that country, its people or its bodies take part in. */
  countries: Map<string, number>;
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

export function facetCounts(graph: Graph, view: FilterView): FacetCounts {
  const focus = countryFocus(graph, view.countries);
  const reporting = reportingFilter(graph, view);
  const countryOf = new Map(graph.entities.map((e) => [e.id, e.kind === 'country' ? e.id : e.country]));
  const counts: FacetCounts = { kinds: new Map(), statuses: new Map(), countries: new Map() };
  for (const r of graph.relations) {
    if (!passesDate(r, view) || (reporting && !reporting(r))) continue;
    const kindOk = view.kinds.length === 0 || view.kinds.includes(r.kind);
    const statusOk = view.statuses.length === 0 || view.statuses.includes(r.status);
    const countryOk = !focus || r.participants.some((p) => focus.has(p));
    if (statusOk && countryOk) bump(counts.kinds, r.kind);
    if (kindOk && countryOk) bump(counts.statuses, r.status);
    if (kindOk && statusOk) {
      const countries = new Set(r.participants.map((p) => countryOf.get(p)).filter((c) => c != null));
      for (const c of countries) bump(counts.countries, c);
    }
  }
  return counts;
}
