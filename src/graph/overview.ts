/**
 * The overview of a large graph: what a year of reporting looks like from far out.
 *
 * Thousands of people and organizations are specks at that distance, and tens of thousands of
 * relations are a grey fog that costs seconds to draw. So the overview folds every entity into
 * its home — the country it belongs to, or itself when it belongs to none (countries, blocs,
 * international bodies) — and draws one *link* per pair of homes that the visible relations
 * connect, as thick as the number of relations it stands for and coloured by the kind most of
 * them are (meetings, support, conflict…). A link is a count, not a fact: it is drawn unlike
 * every relation (faint, no arrow, no status) and the relations themselves appear as the user
 * zooms in.
 */
import type { Graph, RelationKind } from '../model/schema';
import { RELATION_KINDS } from '../model/vocabulary';
import type { Visible } from '../filters/visible';
import { entityNodeId } from './elements';
import type { Box } from './spatialGrid';
import { testByPosition } from '../filters/maskSet';
import { participantNumbersOf } from '../model/participants';

/** Entity id → the id of the overview node that stands for it. */
export type Homes = ReadonlyMap<string, string>;

/** Once per graph: a click on the overview and the first view both ask, and caches below are keyed by the result. */
export function homesOf(graph: Graph): Homes {
  let homes = homesCache.get(graph);
  if (homes) return homes;
  const countries = new Set(graph.entities.filter((e) => e.kind === 'country').map((e) => e.id));
  homes = new Map(graph.entities.map((e) => [e.id, e.kind !== 'country' && e.country && countries.has(e.country) ? e.country : e.id]));
  homesCache.set(graph, homes);
  return homes;
}
const homesCache = new WeakMap<Graph, Homes>();

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
  /** The kind most of them are (ties: the kind listed first in the vocabulary). */
  kind: RelationKind;
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
  const { ends, ids, idRank, first, pairs, kinds } = pairsOf(graph, homes);
  // Per pair: [relations of kind 0, of kind 1, …, all], in one flat array indexed by pair number:
  // a filter change at 60,000 relations only counts (string-keyed maps took most of its time).
  const width = RELATION_KINDS.length + 1;
  const tally = new Uint32Array(ends.length * width);
  const relations = graph.relations;
  const isVisible = testByPosition(visible.relations, relations);
  for (let i = 0; i < relations.length; i++) {
    if (!isVisible(i)) continue;
    for (let k = first[i]; k < first[i + 1]; k++) {
      const at = pairs[k] * width;
      tally[at + kinds[i]]++;
      tally[at + width - 1]++;
    }
  }
  // Pairs ranked by number (count, then id by its precomputed rank); objects only for those shown.
  const countOf = (p: number) => tally[p * width + width - 1];
  const linked: number[] = [];
  for (let p = 0; p < ends.length; p++) if (countOf(p)) linked.push(p);
  linked.sort((x, y) => countOf(y) - countOf(x) || idRank[x] - idRank[y]);
  const shown = linked.slice(0, limit).map((p): Link => ({ id: ids[p], source: ends[p][0], target: ends[p][1], count: countOf(p), kind: dominantKind(tally, p * width) }));
  const links = { shown, total: linked.length };
  const forHomes = byLimit ?? new WeakMap<Homes, Map<number, Links>>();
  if (!byLimit) linksCache.set(visible.relations, forHomes);
  if (!forHomes.has(homes)) forHomes.set(homes, new Map());
  forHomes.get(homes)!.set(limit, links);
  return links;
}
const KIND_INDEX = new Map<RelationKind, number>(RELATION_KINDS.map((k, i) => [k, i]));

function dominantKind(tally: Uint32Array, at: number): RelationKind {
  let best = 0;
  for (let k = 1; k < RELATION_KINDS.length; k++) if (tally[at + k] > tally[at + best]) best = k;
  return RELATION_KINDS[best];
}

const linksCache = new WeakMap<ReadonlySet<string>, WeakMap<Homes, Map<number, Links>>>();

/** Pairs of homes numbered once per graph and homes, and each relation's pairs and kind by number. */
interface Pairs {
  /** Pair number → its two homes, sorted. */
  ends: Array<[string, string]>;
  /** Pair number → its link's id, and that id's place in the sorted ids (the tie-break between equal counts). */
  ids: string[];
  idRank: Int32Array;
  /** Relation i's pair numbers are pairs[first[i] .. first[i + 1]). */
  first: Int32Array;
  pairs: Int32Array;
  /** Relation i's kind, as an index into RELATION_KINDS. */
  kinds: Uint8Array;
}

/**
 * Each relation's pairs of homes, once per graph and homes: a filter change only counts. Read
 * from the participant numbers and each entity's home as a number: a home looked up per
 * participant id was 0.24 s of the render that draws an XXL graph's first frame.
 */
function pairsOf(graph: Graph, homes: Homes): Pairs {
  let byGraph = pairsCache.get(homes);
  const cached = byGraph?.get(graph);
  if (cached) return cached;
  const { homeIds, homeOf } = homeNumbers(graph, homes);
  // Each home's place among the homes' ids sorted, so that a pair's two ends are ordered by a number, not a string compare.
  const rank = new Int32Array(homeIds.length);
  homeIds
    .map((id, h) => [id, h] as const)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .forEach(([, h], r) => void (rank[h] = r));
  // Pair numbers by the two home numbers (first appearance order, as the ids were numbered before): in a table when the
  // homes are few (XXL has 218: a table of 47,524), else in a map.
  const homeCount = homeIds.length;
  const table = homeCount * homeCount <= PAIR_TABLE_MAX ? new Int32Array(homeCount * homeCount).fill(-1) : undefined;
  const numbers = new Map<number, number>();
  const ends: Array<[string, string]> = [];
  const numberOf = (a: number, b: number): number => {
    const key = a * homeCount + b;
    let n = table ? table[key] : numbers.get(key);
    if (n === undefined || n < 0) {
      n = ends.length;
      if (table) table[key] = n;
      else numbers.set(key, n);
      ends.push([homeIds[a], homeIds[b]]);
    }
    return n;
  };
  const participants = participantNumbersOf(graph);
  const { relations } = graph;
  const first = new Int32Array(relations.length + 1);
  // At most one pair per two participants of a relation: the list is filled in place, then cut to what was used.
  let room = 0;
  for (let i = 0; i < relations.length; i++) {
    const n = participants.first[i + 1] - participants.first[i];
    room += (n * (n - 1)) / 2;
  }
  const list = new Int32Array(room);
  let used = 0;
  const kinds = new Uint8Array(relations.length);
  const relationHomes: number[] = [];
  for (let i = 0; i < relations.length; i++) {
    first[i] = used;
    kinds[i] = KIND_INDEX.get(relations[i].kind)!;
    const from = participants.first[i];
    const to = participants.first[i + 1];
    // Most relations have two participants: their one pair, without a Set and a sort.
    if (to - from === 2) {
      const h0 = homeOf[participants.list[from]];
      const h1 = homeOf[participants.list[from + 1]];
      if (h0 !== h1) list[used++] = rank[h0] < rank[h1] ? numberOf(h0, h1) : numberOf(h1, h0);
      continue;
    }
    // The relation's distinct homes in order (an insertion sort: a handful of participants).
    let count = 0;
    for (let k = from; k < to; k++) {
      const h = homeOf[participants.list[k]];
      let at = count;
      while (at > 0 && rank[relationHomes[at - 1]] > rank[h]) at--;
      if (at > 0 && relationHomes[at - 1] === h) continue;
      for (let m = count; m > at; m--) relationHomes[m] = relationHomes[m - 1];
      relationHomes[at] = h;
      count++;
    }
    for (let a = 0; a < count; a++) {
      for (let b = a + 1; b < count; b++) list[used++] = numberOf(relationHomes[a], relationHomes[b]);
    }
  }
  first[relations.length] = used;
  const ids = ends.map(([a, b]) => linkId(a, b));
  const idRank = new Int32Array(ids.length);
  ids
    .map((id, p) => [id, p] as const)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .forEach(([, p], r) => void (idRank[p] = r));
  const pairs: Pairs = { ends, ids, idRank, first, pairs: used === room ? list : list.slice(0, used), kinds };
  if (!byGraph) pairsCache.set(homes, (byGraph = new WeakMap()));
  byGraph.set(graph, pairs);
  return pairs;
}

/** Pairs of homes numbered through a table up to this size (16 MB), through a map beyond. */
const PAIR_TABLE_MAX = 1 << 22;

/** Each entity's home as a number (homeOf, by entity position), and the homes' ids by number. */
function homeNumbers(graph: Graph, homes: Homes): { homeIds: string[]; homeOf: Int32Array } {
  const homeIds: string[] = [];
  const numberOfHome = new Map<string, number>();
  const homeOf = new Int32Array(graph.entities.length);
  graph.entities.forEach((e, i) => {
    const home = homes.get(e.id) ?? e.id;
    let n = numberOfHome.get(home);
    if (n === undefined) numberOfHome.set(home, (n = homeIds.push(home) - 1));
    homeOf[i] = n;
  });
  return { homeIds, homeOf };
}
const pairsCache = new WeakMap<Homes, WeakMap<Graph, Pairs>>();

/**
 * Steps of a link's weight: fine enough to see (0.6 px between 0.5 and 5 px), coarse enough that
 * most links keep theirs as a brush moves. Sixteen steps restyled 100-140 of XL's 300 links at a
 * brush step, eight 65-100 (counted with Cytoscape's style events).
 */
const WEIGHT_STEPS = 8;

/**
 * A link's weight on a log scale, in steps of 1/8: 0 for one relation, 1 for a pair at the top
 * of the scale. Stepped because a changed weight restyles the link, and each step of a timeline
 * brush changes every count a little: most links now keep their weight and cost nothing. The
 * top of the scale is the busiest pair's count rounded up to a power of two, not the count
 * itself, for the same reason: the busiest count moves at almost every brush step, and every
 * weight measured against it moved with it (two thirds of the links restyled per step at XL).
 */
export function linkWeight(count: number, max: number): number {
  const top = 2 ** Math.ceil(Math.log2(max));
  return top <= 1 ? 0 : Math.round((WEIGHT_STEPS * Math.log(count)) / Math.log(top)) / WEIGHT_STEPS;
}

export const linkEnds = (link: Link) => ({ source: entityNodeId(link.source), target: entityNodeId(link.target) });

/**
 * The box of the layout a home's members occupy (the home itself, its people and bodies): where
 * a click on a country in the overview takes the camera. Undefined when none has a position.
 */
export function homeBox(homes: Homes, positions: Readonly<Record<string, { x: number; y: number }>>, home: string): Box | undefined {
  let box: Box | undefined;
  for (const id of membersOf(homes).get(home) ?? []) {
    const p = positions[entityNodeId(id)];
    if (!p) continue;
    box = box ? { x1: Math.min(box.x1, p.x), y1: Math.min(box.y1, p.y), x2: Math.max(box.x2, p.x), y2: Math.max(box.y2, p.y) } : { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
  }
  return box;
}

/** Home → the entities it stands for, once per homes. */
function membersOf(homes: Homes): ReadonlyMap<string, string[]> {
  let members = membersCache.get(homes);
  if (members) return members;
  members = new Map();
  for (const [id, home] of homes) (members.get(home) ?? members.set(home, []).get(home)!).push(id);
  membersCache.set(homes, members);
  return members;
}
const membersCache = new WeakMap<Homes, Map<string, string[]>>();
