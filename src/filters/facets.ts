/**
 * The counts beside each filter choice, within the view the other filters give: how many
 * relations ticking that choice would show, given everything else the user has set. A count
 * that stayed at its total while other filters narrowed the view would promise relations that
 * are not there. Each facet ignores its own filter (ticking a second kind adds to the first).
 */
import type { Graph, RelationKind, Status } from '../model/schema';
import { RELATION_KINDS, STATUSES } from '../model/vocabulary';
import { spansOf, UNDATED } from '../model/daySpans';
import { countryFocus, dayRange, reportingFilter, type FilterView } from './visible';
import { codeMask, relationCountriesOf, statusCodesOf } from './relationCodes';
import { entityOrderOf, participantNumbersOf } from '../model/participants';

export interface FacetCounts {
  kinds: Map<RelationKind, number>;
  statuses: Map<Status, number>;
  /** By country id: relations that country, its people or its bodies take part in. */
  countries: Map<string, number>;
}

export function facetCounts(graph: Graph, view: FilterView): FacetCounts {
  const focus = countryFocus(graph, view.countries);
  const reporting = reportingFilter(graph, view);
  // Typed arrays by relation (filters/relationCodes.ts), as in filteredElements: a brush step
  // recounts every facet over 60,000 relations.
  const spans = spansOf(graph.relations);
  const { from, to } = dayRange(view);
  const undated = view.includeUndated;
  const statusCode = statusCodesOf(graph);
  const kindOk = view.kinds.length ? codeMask(RELATION_KINDS, view.kinds) : undefined;
  const statusOk = view.statuses.length ? codeMask(STATUSES, view.statuses) : undefined;
  const participants = participantNumbersOf(graph);
  const inFocus = focus ? focusMask(graph, focus) : undefined;
  const countries = relationCountriesOf(graph);
  const kindCount = new Uint32Array(RELATION_KINDS.length);
  const statusCount = new Uint32Array(STATUSES.length);
  const countryCount = new Uint32Array(countries.ids.length);
  const relations = graph.relations;
  for (let i = 0; i < relations.length; i++) {
    const day = spans.first[i];
    if (day === UNDATED ? !undated : spans.last[i] < from || day > to) continue;
    if (reporting && !reporting(relations[i])) continue;
    const kind = spans.kind[i];
    const status = statusCode[i];
    const kindPasses = !kindOk || kindOk[kind] === 1;
    const statusPasses = !statusOk || statusOk[status] === 1;
    let countryPasses = !inFocus;
    if (inFocus) for (let k = participants.first[i]; k < participants.first[i + 1] && !countryPasses; k++) countryPasses = inFocus[participants.list[k]] === 1;
    if (statusPasses && countryPasses) kindCount[kind]++;
    if (kindPasses && countryPasses) statusCount[status]++;
    if (kindPasses && statusPasses) for (let k = countries.first[i]; k < countries.first[i + 1]; k++) countryCount[countries.list[k]]++;
  }
  return {
    kinds: countsByName(RELATION_KINDS, kindCount) as Map<RelationKind, number>,
    statuses: countsByName(STATUSES, statusCount) as Map<Status, number>,
    countries: countsByName(countries.ids, countryCount),
  };
}

/** Non-zero counts by name, in the order of the names. */
function countsByName(names: readonly string[], counts: Uint32Array): Map<string, number> {
  const out = new Map<string, number>();
  names.forEach((name, i) => void (counts[i] && out.set(name, counts[i])));
  return out;
}

/** The focus as a mask over entity positions. */
function focusMask(graph: Graph, focus: ReadonlySet<string>): Uint8Array {
  const order = entityOrderOf(graph);
  const mask = new Uint8Array(graph.entities.length);
  for (const id of focus) {
    const n = order.get(id);
    if (n !== undefined) mask[n] = 1;
  }
  return mask;
}
