/**
 * Which elements are in the Cytoscape graph — a pure function of the data, the filters, the
 * selection and the camera, so it is tested without a browser.
 *
 * An article's graph keeps every element, filters toggling classes (`everything`). A large
 * graph keeps only what the view can use, because every element in Cytoscape costs time to
 * add, to restyle on a filter change and to draw on every frame of a pan:
 *   visible   the filters leave a few thousand elements: all of them
 *   overview  zoomed far out: countries, blocs and bodies of no country, joined by links that
 *             count the visible relations between them (graph/overview.ts)
 *   detail    zoomed in: the visible entities in and around the viewport, their visible
 *             relations and the other participants of those, up to a budget
 * In every large mode the selection's neighbourhood and the search matches are kept, so what
 * the user picked or looked for is on the canvas wherever the camera is. Positions come from
 * the precomputed layout, so an element added later lands exactly where it always was.
 */
import type { Graph } from '../model/schema';
import type { Visible } from '../filters/visible';
import type { GraphIndex } from './graphIndex';
import type { Focus } from './neighbourhood';
import { aggregateLinks, overviewEntities, type Homes, type Link } from './overview';
import type { Box, SpatialGrid } from './spatialGrid';

export type ViewMode = 'everything' | 'visible' | 'overview' | 'detail';

/** Visible entities + relations above which a large graph is shown through overview or detail. */
export const CROWDED_ABOVE = 3000;
/** Below this zoom a crowded graph shows its overview. */
export const DETAIL_ZOOM = 0.2;
/** Links the overview draws at most (the strongest). */
export const LINK_LIMIT = 300;
/** Entities + relations the detail view takes from around the viewport at most. */
export const DETAIL_BUDGET = 1200;
/** Search matches kept on the canvas at most (a one-letter query matches half the graph). */
export const MATCH_LIMIT = 400;

export function viewMode(large: boolean, visible: Visible, zoom: number): ViewMode {
  if (!large) return 'everything';
  // Zoomed out this far a person or a relation is a speck, however few a filter leaves: the
  // overview's counted links between countries are what can be seen (a country filter on the
  // world map drew its 180 people and relations sub-pixel, under the countries' names).
  if (zoom < DETAIL_ZOOM) return 'overview';
  return visible.entities.size + visible.relations.size <= CROWDED_ABOVE ? 'visible' : 'detail';
}

export interface Scene {
  graph: Graph;
  index: GraphIndex;
  homes: Homes;
  /** The entities that are their own home: always in a large graph's canvas. */
  anchors: readonly string[];
  /** Entity ids by layout position. */
  grid: SpatialGrid;
}

export interface WantedInput {
  scene: Scene;
  visible: Visible;
  mode: ViewMode;
  /** The part of the layout in view, with a margin: shown in detail, or first. */
  box?: Box;
  /** The selection's neighbourhood. */
  focus?: Focus;
}

export interface Wanted {
  /** Entity ids, in the order they should be added (most wanted first). */
  entities: string[];
  /** Relation ids, in the order they should be added. */
  relations: string[];
  links: Link[];
  /** Pairs of homes the visible relations connect (the overview shows `links.length` of them). */
  linkPairs: number;
}

/** An ordered set: insertion order is the order elements are added in. */
class Ordered {
  readonly items = new Set<string>();
  add(id: string) {
    this.items.add(id);
  }
  has(id: string) {
    return this.items.has(id);
  }
  get size() {
    return this.items.size;
  }
}

export function wantedElements({ scene, visible, mode, box, focus }: WantedInput): Wanted {
  const { graph, index } = scene;
  if (mode === 'everything') return { entities: graph.entities.map((e) => e.id), relations: graph.relations.map((r) => r.id), links: [], linkPairs: 0 };

  const entities = new Ordered();
  const relations = new Ordered();
  const addRelation = (id: string) => {
    const r = index.relation.get(id);
    if (!r || relations.has(id)) return;
    relations.add(id);
    r.participants.forEach((p) => entities.add(p));
  };

  // Most wanted first: what the user picked, what they searched for, the frame of reference.
  if (focus) {
    focus.entities.forEach((id) => entities.add(id));
    focus.relations.forEach(addRelation);
  }
  if (visible.matches.size <= MATCH_LIMIT) visible.matches.forEach((id) => entities.add(id));
  scene.anchors.forEach((id) => entities.add(id));

  let links: Link[] = [];
  let linkPairs = 0;
  if (mode === 'visible') {
    // All of them; those in view first, so what the user is looking at fills in first.
    const inView = box ? scene.grid.query(box).filter((id) => visible.entities.has(id)) : [];
    inView.forEach((id) => entities.add(id));
    for (const id of inView) for (const rid of index.relationsOf.get(id) ?? []) if (visible.relations.has(rid)) addRelation(rid);
    visible.entities.forEach((id) => entities.add(id));
    visible.relations.forEach(addRelation);
  } else if (mode === 'overview') {
    ({ shown: links, total: linkPairs } = aggregateLinks(graph, scene.homes, visible, LINK_LIMIT));
  } else if (box) {
    addAroundBox(scene, visible, box, entities, addRelation, () => entities.size + relations.size);
  }
  return { entities: [...entities.items], relations: [...relations.items], links, linkPairs };
}

/**
 * The visible entities inside the box, then their relations — those entirely inside first,
 * then those reaching out of it (with their far participants) — until the budget is spent.
 */
function addAroundBox(scene: Scene, visible: Visible, box: Box, entities: Ordered, addRelation: (id: string) => void, used: () => number) {
  const inside = scene.grid.query(box).filter((id) => visible.entities.has(id));
  inside.sort();
  const budget = used() + DETAIL_BUDGET;
  const insideSet = new Set(inside);
  for (const id of inside) {
    if (used() >= budget) return;
    entities.add(id);
  }
  const reaching: string[] = [];
  for (const id of inside) {
    for (const rid of scene.index.relationsOf.get(id) ?? []) {
      if (!visible.relations.has(rid)) continue;
      const r = scene.index.relation.get(rid)!;
      if (r.participants.every((p) => insideSet.has(p))) {
        if (used() >= budget) return;
        addRelation(rid);
      } else reaching.push(rid);
    }
  }
  for (const rid of reaching) {
    if (used() >= budget) return;
    addRelation(rid);
  }
}

export function buildScene(graph: Graph, index: GraphIndex, homes: Homes, grid: SpatialGrid): Scene {
  return { graph, index, homes, anchors: overviewEntities(homes), grid };
}
