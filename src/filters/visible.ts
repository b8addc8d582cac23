/**
 * What the user sees: a pure function of the data and the view state. The graph view,
 * the list view and the count line all read this one derivation, so they cannot disagree.
 *
 * Rules (issue 2):
 * - A relation is visible when it passes the kind, status and date filters and — under a
 *   country filter — at least one participant is in the focus: the selected countries plus
 *   the people, organizations and places that belong to them.
 * - Date filter: a dated relation is visible when its whole interval (day, month, year or
 *   span, at its own precision) overlaps [from, to] (either end may be open); an undated one
 *   unless "include undated" is off — also without a range, so the toggle always does what
 *   it says.
 * - Every participant of a visible relation is visible, so a relation is shown whole
 *   (a trilateral one with all three countries) — that is "the other participants".
 * - Other entities stay visible only while one of their relations is visible, except:
 *   countries are always visible unless a country filter leaves them out of the focus, and
 *   entities with no relations at all in the data stay visible unless a country filter
 *   leaves them out of the focus (there is nothing to hide them behind).
 *
 * Search does not hide anything: `query` yields `matches`, which the views emphasise (the
 * graph fades the rest, the list marks the rows) while the filters alone decide what is
 * visible and counted. Hiding on every keystroke would scatter the picture the user is
 * looking at; highlighting keeps the context and still says where the matches are.
 */
import { advanceContested, contestedOf, outletCounts } from '../model/claims';
import { articleMentions, sourcesByOutlet } from './sources';
import { overlapsRange, pointInterval } from '../model/dates';
import { dayNumber, spansOf, UNDATED } from '../model/daySpans';
import type { Graph, Relation } from '../model/schema';
import type { ViewState } from '../state/viewState';
import { searchEntities } from '../search/search';
import { whileIdle } from '../perf/idle';
import { RELATION_KINDS, STATUSES } from '../model/vocabulary';
import { MaskSet } from './maskSet';
import { positionsOf } from '../model/positions';
import { codeMask, relationCountriesOf, relationsByEntityOf, statusCodesOf } from './relationCodes';
import { entityOrderOf, participantNumbersOf } from '../model/participants';

export interface Visible {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** Entities the search query matches (among all, visible or not); empty without a query. */
  matches: ReadonlySet<string>;
}

export type FilterView = Pick<ViewState, 'countries' | 'from' | 'to' | 'includeUndated' | 'kinds' | 'statuses' | 'query'> &
  Partial<Pick<ViewState, 'contestedOnly' | 'minOutlets' | 'sources'>>;

/** What the reporting filters need, computed once per graph (model/claims.ts). */
export function reportingOf(graph: Graph): { outlets: Map<string, number>; contested: Map<string, string[]> } {
  let r = reportingCache.get(graph);
  if (!r) reportingCache.set(graph, (r = { outlets: outletCounts(graph.relations, graph.articles), contested: contestedOf(graph.relations) }));
  return r;
}
const reportingCache = new WeakMap<Graph, { outlets: Map<string, number>; contested: Map<string, string[]> }>();

/** The reporting filters: contested only, at least N outlets, mentioned in one of the chosen sources. */
export function reportingFilter(graph: Graph, view: FilterView): ((r: Relation) => boolean) | undefined {
  const contestedOnly = !!view.contestedOnly;
  const minOutlets = view.minOutlets ?? 1;
  const sources = view.sources?.length ? new Set(view.sources) : undefined;
  if (!contestedOnly && minOutlets <= 1 && !sources) return undefined;
  const { outlets, contested } = reportingOf(graph);
  return (r) =>
    (!contestedOnly || contested.has(r.id)) && (minOutlets <= 1 || (outlets.get(r.id) ?? 1) >= minOutlets) && (!sources || r.evidence.some((e) => sources.has(e.article)));
}

/** Selected countries plus everything that belongs to one of them; undefined when there is no country filter. */
export function countryFocus(graph: Graph, countries: readonly string[]): ReadonlySet<string> | undefined {
  if (countries.length === 0) return undefined;
  // The visible set, the facet counts and the timeline ask for the same focus after each filter change: worked out once.
  const key = countries.join(',');
  const last = lastFocus.get(graph);
  if (last?.key === key) return last.focus;
  const focus = computeCountryFocus(graph, countries);
  lastFocus.set(graph, { key, focus });
  return focus;
}
const lastFocus = new WeakMap<Graph, { key: string; focus: ReadonlySet<string> }>();

function computeCountryFocus(graph: Graph, countries: readonly string[]): ReadonlySet<string> {
  const selected = new Set(countries);
  const order = entityOrderOf(graph);
  const members = membersOf(graph);
  const ids = [...selected].flatMap((c) => [...(order.has(c) ? [c] : []), ...(members.get(c) ?? [])]);
  // In data order, as everything else is: the order elements reach the canvas follows it.
  return new Set([...new Set(ids)].sort((a, b) => order.get(a)! - order.get(b)!));
}

export function passesDate(relation: Relation, view: Pick<ViewState, 'from' | 'to' | 'includeUndated'>): boolean {
  if (relation.date === undefined) return view.includeUndated;
  if (!view.from && !view.to) return true;
  return overlapsRange(relation.date, view.from, view.to);
}

export function passesRelationFilters(relation: Relation, view: FilterView): boolean {
  if (view.kinds.length > 0 && !view.kinds.includes(relation.kind)) return false;
  if (view.statuses.length > 0 && !view.statuses.includes(relation.status)) return false;
  return passesDate(relation, view);
}

/** The days a date filter keeps, as day numbers (open ends as ±Infinity). */
export function dayRange(view: Pick<ViewState, 'from' | 'to'>): { from: number; to: number } {
  return {
    from: view.from ? dayNumber(pointInterval(view.from).first) : -Infinity,
    to: view.to ? dayNumber(pointInterval(view.to).last) : Infinity,
  };
}

/** Per graph: the ids of the entities that belong to each country (people, bodies, places), in data order. */
function membersOf(graph: Graph): ReadonlyMap<string, string[]> {
  let members = membersCache.get(graph);
  if (!members) {
    const byCountry = new Map<string, string[]>();
    for (const e of graph.entities) {
      if (e.country == null) continue;
      const list = byCountry.get(e.country);
      if (list) list.push(e.id);
      else byCountry.set(e.country, [e.id]);
    }
    membersCache.set(graph, (members = byCountry));
  }
  return members;
}
const membersCache = new WeakMap<Graph, ReadonlyMap<string, string[]>>();

/**
 * 1 for each relation (by index into graph.relations) at least one of these entities takes part in.
 * Kept per focus (countryFocus hands out the same set for the same countries), so the visible set and
 * the timeline share one: read it, never change it.
 */
export function relationFocusMask(graph: Graph, focus: ReadonlySet<string>): Uint8Array {
  let marked = maskCache.get(focus);
  if (marked?.length === graph.relations.length) return marked;
  const { first, list } = relationsByEntityOf(graph);
  const order = entityOrderOf(graph);
  marked = new Uint8Array(graph.relations.length);
  for (const id of focus) {
    const e = order.get(id);
    if (e !== undefined) for (let k = first[e]; k < first[e + 1]; k++) marked[list[k]] = 1;
  }
  maskCache.set(focus, marked);
  return marked;
}
const maskCache = new WeakMap<ReadonlySet<string>, Uint8Array>();

/**
 * The relations at least one of these entities takes part in, as ascending indices. Marked in a
 * typed array and read back in order: a Set of numbers and a sort took 13 ms for the busiest
 * country at 60,000 relations, most of a country filter's own work.
 */
function relationsTouching(graph: Graph, focus: ReadonlySet<string>): Int32Array {
  const marked = relationFocusMask(graph, focus);
  let count = 0;
  for (let i = 0; i < marked.length; i++) count += marked[i];
  const touching = new Int32Array(count);
  for (let i = 0, j = 0; j < count; i++) if (marked[i]) touching[j++] = i;
  return touching;
}

/** Rules at the top of the file. */
export function visibleElements(graph: Graph, view: FilterView): Visible {
  return { ...filteredElements(graph, view), matches: searchMatches(graph, view.query) };
}

/** Per graph: 1 for the entities shown whatever their relations (countries, and entities in no relation). */
function alwaysShownOf(graph: Graph): Uint8Array {
  let standing = alwaysShownCache.get(graph);
  if (!standing) {
    const { first } = relationsByEntityOf(graph);
    standing = Uint8Array.from(graph.entities, (e, i) => (e.kind === 'country' || first[i + 1] === first[i] ? 1 : 0));
    alwaysShownCache.set(graph, standing);
  }
  return standing;
}
const alwaysShownCache = new WeakMap<Graph, Uint8Array>();

/** What the filters leave visible, without the search (which hides nothing). */
export function filteredElements(graph: Graph, view: Omit<FilterView, 'query'>): Omit<Visible, 'matches'> {
  // No filter: everything (every entity is in a relation, a country, or in none). The common
  // first view, on the load path, needs none of the per-graph indices below (prepareFilters warms them).
  if (!hasActiveFilters(view)) return { entities: MaskSet.all(graph.entities), relations: MaskSet.all(graph.relations) };
  const focus = countryFocus(graph, view.countries);
  const relations = new Uint8Array(graph.relations.length);
  const reporting = reportingFilter(graph, { ...view, query: '' });
  // Everything the loop reads is a typed array indexed by relation: a brush step at 60,000
  // relations runs this loop before the JIT has warmed it, where each property read and closure call counts.
  const spans = spansOf(graph.relations);
  const { from, to } = dayRange(view);
  const undated = view.includeUndated;
  const kindOk = view.kinds.length ? codeMask(RELATION_KINDS, view.kinds) : undefined;
  const statusOk = view.statuses.length ? codeMask(STATUSES, view.statuses) : undefined;
  const statusCode = statusCodesOf(graph);
  // Participants are marked by entity number and gathered once at the end: at 60,000 relations
  // a string set's insert per participant was most of a filter change.
  const { first, list } = participantNumbersOf(graph);
  const shown = new Uint8Array(graph.entities.length);
  // Under a country filter only the focus's relations can pass: visit those (in data order), not all.
  const touching = focus ? relationsTouching(graph, focus) : undefined;
  const n = touching ? touching.length : graph.relations.length;
  for (let j = 0; j < n; j++) {
    const i = touching ? touching[j] : j;
    if (kindOk && !kindOk[spans.kind[i]]) continue;
    if (statusOk && !statusOk[statusCode[i]]) continue;
    const day = spans.first[i];
    if (day === UNDATED ? !undated : spans.last[i] < from || day > to) continue;
    if (reporting && !reporting(graph.relations[i])) continue;
    relations[i] = 1;
    for (let k = first[i]; k < first[i + 1]; k++) shown[list[k]] = 1;
  }

  // Countries, and entities in no relation at all (nothing to hide them behind), unless the country filter leaves them out.
  const standing = alwaysShownOf(graph);
  for (let i = 0; i < shown.length; i++) if (!shown[i] && standing[i] && (!focus || focus.has(graph.entities[i].id))) shown[i] = 1;
  return { entities: new MaskSet(graph.entities, shown), relations: new MaskSet(graph.relations, relations) };
}

/** The entities a search query matches (all of them, visible or not); empty without a query. */
export function searchMatches(graph: Graph, query: string): ReadonlySet<string> {
  return query.trim() ? new Set(searchEntities(graph.entities, query).map((m) => m.entity.id)) : new Set<string>();
}

/** "12 of 15 entities, 17 of 22 relations" */
export function countLine(graph: Graph, visible: Visible): string {
  const entities = graph.entities.length === 1 ? 'entity' : 'entities';
  const relations = graph.relations.length === 1 ? 'relation' : 'relations';
  return `${visible.entities.size} of ${graph.entities.length} ${entities}, ${visible.relations.size} of ${graph.relations.length} ${relations}`;
}

/** True when any filter (not search, not selection) narrows the view. */
export function hasActiveFilters(view: Omit<FilterView, 'query'>): boolean {
  return (
    view.countries.length > 0 ||
    !!view.from ||
    !!view.to ||
    !view.includeUndated ||
    view.kinds.length > 0 ||
    view.statuses.length > 0 ||
    !!view.contestedOnly ||
    (view.minOutlets ?? 1) > 1 ||
    (view.sources?.length ?? 0) > 0
  );
}

/**
 * Builds the per-graph indices a filter change reads, one per idle moment after the graph is
 * shown, so the first filter does not pay for them (at 60,000 relations each is tens of ms).
 * Returns a function that stops it.
 */
/** Relations from which the filter indices are built while the page is idle, and the filter panel's counts wait for them. */
export const PREPARE_WHILE_IDLE_FROM = 10_000;
const preparedGraphs = new WeakSet<Graph>();
const preparedListeners = new Set<() => void>();

/**
 * Whether every per-graph index the filters use is built. A small graph builds them on demand in
 * a few milliseconds; a large one in prepareFilters' idle steps, and until then the filter panel
 * shows its choices without counts, rather than building them all in its first render (half a
 * second at 300,000 relations).
 */
export function filtersPrepared(graph: Graph): boolean {
  return graph.relations.length < PREPARE_WHILE_IDLE_FROM || preparedGraphs.has(graph);
}

/** Calls the listener whenever a graph's filter indices are all built. */
export function onFiltersPrepared(listener: () => void): () => void {
  preparedListeners.add(listener);
  return () => void preparedListeners.delete(listener);
}

export function prepareFilters(graph: Graph): () => void {
  const steps = [
    () => spansOf(graph.relations),
    () => participantNumbersOf(graph),
    () => relationsByEntityOf(graph),
    () => membersOf(graph),
    () => statusCodesOf(graph),
    () => alwaysShownOf(graph),
    () => relationCountriesOf(graph),
    () => positionsOf(graph.relations),
    // The reporting index: the contested claims a slice at a time (cached per relation list), then the outlets per claim.
    () => advanceContested(graph.relations),
    () => reportingOf(graph),
    () => sourcesByOutlet(graph),
    () => articleMentions(graph.relations),
  ];
  return whileIdle(() => {
    // A step that returns true has more to do and is called again.
    if (steps[0]?.() !== true) steps.shift();
    if (steps.length > 0) return true;
    preparedGraphs.add(graph);
    for (const listener of [...preparedListeners]) listener();
    return false;
  });
}
