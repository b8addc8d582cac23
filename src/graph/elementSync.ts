/**
 * Keeps the Cytoscape graph holding what graph/elementSet.ts wants, and nothing else.
 *
 * Elements leave and arrive in slices — at most SLICE_ELEMENTS and SLICE_MS each, one slice per
 * frame — so a change of view (a filter, zooming into detail) never blocks the page; the first
 * slice runs at once, so the next frame already shows the most wanted elements. An article-sized graph
 * is added in one go, as before. Each arrival is announced with the `elementsadded` event
 * (HighlightController styles the newcomers as it styles everything else).
 *
 * In the overview, the ends of the links drawn that the filters leave out carry the class
 * `link-end`: such a country still stands for its people who are in, so the links to it stay on
 * the canvas (drawn faint, stylesheet.ts) instead of vanishing with it.
 */
import type { Collection, Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import type { Visible } from '../filters/visible';
import type { PositionOf } from './positions';
import { entityNodeId, type ElementFactory } from './elements';
import type { Focus } from './neighbourhood';
import { linkWeight, type Link } from './overview';
import { grow } from './spatialGrid';
import { setClass } from './classes';
import { viewMode, wantedElements, type Scene, type ViewMode } from './elementSet';

export const ADDED_EVENT = 'elementsadded';
export const LINK_END = 'link-end';
/** Main-thread time one slice may take. */
const SLICE_MS = 16;
/** ... when it is one of a long fill's MAX_FILL_FRAMES: fewer frames, each a little longer. */
const FILL_SLICE_MS = 40;
/**
 * Elements one slice may add, to begin with. Cytoscape styles and measures new elements when
 * it next draws, so what a slice adds costs again in the frame after it: the slice then grows
 * or shrinks so that a frame (slice + drawing) takes about FRAME_MS, between the bounds.
 */
const SLICE_ELEMENTS = 100;
const MIN_SLICE = 50;
const MAX_SLICE = 400;
const FRAME_MS = 45;
/**
 * Frames a fill may take at most once drawing dominates. Every frame redraws all that is
 * already in, so when a frame outlasts DRAW_BOUND_MS whatever the slice (thousands of elements
 * under software rendering), shrinking the slice only adds frames, each as costly: 2,900
 * elements took 57 frames and 8-12 s in slices of 50; in eight, ~2 s. Below that bound the
 * slice keeps adapting to FRAME_MS, which keeps frames short where drawing is cheap.
 */
export const MAX_FILL_FRAMES = 8;
const DRAW_BOUND_MS = 2 * FRAME_MS;
/** The first slice of an update the user asked for. */
const FIRST_SLICE_ELEMENTS = 250;
/**
 * The first slice of a large graph's opening. Cytoscape styles, measures and draws it in the
 * frame after, with its code still cold: the longest task of the opening. At L (5,000 entities,
 * same-time A/B runs) 250 elements took 141-172 ms, 120 took 78-115 (median 99 of eight), 60
 * took 64-114 (median 88; in eight more runs no task over 96); first frame and settling no later.
 * The rest follows in slices.
 */
export const OPENING_SLICE_ELEMENTS = 60;
/** Elements per Cytoscape call within a slice. */
const CHUNK = 50;
/** Wait after the camera stops before fetching the detail around it. */
const SETTLE_MS = 120;
/** The detail box: the viewport grown by this fraction on every side, so a short pan finds it ready. */
const MARGIN = 0.3;

export interface SyncInputs {
  scene: Scene;
  factory: ElementFactory;
  large: boolean;
  visible: Visible;
  focus?: Focus;
  positions: PositionOf;
  /**
   * The first view is a camera the link named (read by the first pass only). A large graph's
   * first pass then follows its zoom, overview or detail; otherwise it opens on its overview.
   */
  openedOnCamera?: boolean;
}

export interface SyncStatus {
  mode: ViewMode;
  /** Links drawn in the overview, and the pairs of homes there are in all. */
  links: number;
  linkPairs: number;
}

type Step = { remove: Collection } | { add: ElementDefinition[] };

function linkElement(link: Link, max: number): ElementDefinition {
  return {
    group: 'edges',
    data: { id: link.id, source: entityNodeId(link.source), target: entityNodeId(link.target), home1: link.source, home2: link.target, kind: link.kind, w: linkWeight(link.count, max) },
    // Coloured by the kind most of its relations are (stylesheet.ts).
    classes: `link link-kind-${link.kind}`,
  };
}

/**
 * How many relations each overview link stands for, per graph: kept beside Cytoscape, not in
 * an element's data or scratch, because Cytoscape restyles an element when either is set, and
 * a brush changes every link's count (300 restyles a step at XL, for no visible change).
 */
const linkCounts = new WeakMap<Core, ReadonlyMap<string, number>>();
export const linkCount = (ele: SingularElementArgument): number | undefined => linkCounts.get(ele.cy())?.get(ele.id());

export class ElementSync {
  private inputs?: SyncInputs;
  private queue: Step[] = [];
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private status?: SyncStatus;
  private readonly onViewport = () => this.viewportMoved();
  private slice = SLICE_ELEMENTS;
  private lastFrameAt = 0;
  /** The smallest slice of the fill under way (fillSliceFloor). */
  private fillFloor = 0;
  /** The last frame took longer than DRAW_BOUND_MS: slices are held to the fill's floor, and may take FILL_SLICE_MS. */
  private drawBound = false;

  constructor(
    private readonly cy: Core,
    private readonly hooks: { onStatus?: (s: SyncStatus) => void; onApplied?: () => void } = {},
  ) {
    cy.on('viewport', this.onViewport);
  }

  /** New data, filters, selection or positions: bring the graph up to date now. */
  update(inputs: SyncInputs) {
    const first = !this.inputs;
    this.inputs = inputs;
    // A large graph's first elements go in a frame after the canvas is created, in a task of
    // their own (the camera is already set from the layout: ViewportController).
    if (first && inputs.large) {
      this.frame = requestAnimationFrame(() => this.reconcile(OPENING_SLICE_ELEMENTS));
      return;
    }
    // The user is waiting on this one (a filter, a selection): a bigger first slice, fewer frames.
    this.reconcile(FIRST_SLICE_ELEMENTS);
  }

  dispose() {
    this.cy.removeListener('viewport', this.onViewport);
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.timer) clearTimeout(this.timer);
    this.queue = [];
  }

  /** True while slices are still waiting. */
  get busy() {
    return this.queue.length > 0;
  }

  private viewportMoved() {
    const inputs = this.inputs;
    // Before the first elements, the pending first pass will read the camera.
    if (!inputs?.large || !this.status) return;
    const mode = viewMode(true, inputs.visible, this.cy.zoom());
    if (this.timer) clearTimeout(this.timer);
    // Crossing into or out of the overview: at once. Moving about in detail: once the camera rests.
    if (mode !== this.status?.mode) this.reconcile();
    else if (mode === 'detail') this.timer = setTimeout(() => this.reconcile(), SETTLE_MS);
  }

  private reconcile(firstSlice = SLICE_ELEMENTS) {
    const inputs = this.inputs;
    this.frame = 0;
    if (!inputs || this.cy.destroyed()) return;
    if (this.timer) clearTimeout(this.timer);
    // Before the first view is framed the camera means nothing: a large graph opens on its
    // overview, unless the link named the camera (ViewportController has set it by now).
    const mode = viewMode(inputs.large, inputs.visible, this.status || inputs.openedOnCamera ? this.cy.zoom() : 0);
    const box = mode === 'detail' || mode === 'visible' ? grow(this.cy.extent(), MARGIN) : undefined;
    const wanted = wantedElements({ scene: inputs.scene, visible: inputs.visible, mode, box, focus: inputs.focus });

    const wantedIds = new Set<string>();
    const nodes: ElementDefinition[] = [];
    const edges: ElementDefinition[] = [];
    for (const id of wanted.entities) {
      const def = inputs.factory.entity(id);
      if (!def) continue;
      wantedIds.add(def.data.id as string);
      nodes.push(def);
    }
    for (const id of wanted.relations) {
      for (const def of inputs.factory.relation(id)) {
        wantedIds.add(def.data.id as string);
        (def.group === 'nodes' ? nodes : edges).push(def);
      }
    }
    const max = wanted.links[0]?.count ?? 1;
    // Only an end the filters leave out needs the class (it is drawn faint instead of hidden):
    // marking every end restyled a hundred nodes at each brush step for no visible change.
    const ends = new Set(
      wanted.links
        .flatMap((link) => [link.source, link.target])
        .filter((id) => !inputs.visible.entities.has(id))
        .map(entityNodeId),
    );
    this.cy.startBatch();
    this.cy.nodes(`.${LINK_END}`).forEach((node) => void (ends.has(node.id()) || node.removeClass(LINK_END)));
    for (const id of ends) setClass(this.cy.getElementById(id), LINK_END, true);
    linkCounts.set(this.cy, new Map(wanted.links.map((link) => [link.id, link.count])));
    for (const link of wanted.links) {
      const def = linkElement(link, max);
      wantedIds.add(link.id);
      edges.push(def);
      // A link that stays only changes its weight if it moved a step, and its colour if the filters changed which kind leads.
      const ele = this.cy.getElementById(link.id);
      if (ele.nonempty() && ele.data('w') !== def.data.w) ele.data('w', def.data.w);
      if (ele.nonempty() && ele.data('kind') !== link.kind) {
        ele.removeClass(`link-kind-${ele.data('kind')}`).addClass(`link-kind-${link.kind}`);
        ele.data('kind', link.kind);
      }
    }
    this.cy.endBatch();

    const present = this.cy.elements();
    const leaving = present.filter((ele) => !wantedIds.has(ele.id()));
    const missing = (def: ElementDefinition) => this.cy.getElementById(def.data.id as string).empty();
    const arriving = [...nodes, ...edges].filter(missing).map((def) => withPosition(ends.has(def.data.id as string) ? asLinkEnd(def) : def, inputs.positions));

    this.queue = [];
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (leaving.nonempty()) this.queue.push({ remove: leaving });
    if (arriving.length) this.queue.push({ add: arriving });
    this.fillFloor = fillSliceFloor(arriving.length);

    this.setStatus({ mode, links: wanted.links.length, linkPairs: wanted.linkPairs });
    // An article's few dozen elements go in at once, exactly as before any of this existed.
    this.run(inputs.large ? firstSlice : Infinity);
  }

  private setStatus(next: SyncStatus) {
    const s = this.status;
    if (s && s.mode === next.mode && s.links === next.links && s.linkPairs === next.linkPairs) return;
    this.status = next;
    this.hooks.onStatus?.(next);
  }

  /**
   * From the time the last frame took (our slice and Cytoscape's drawing): the next slice's
   * size — but, while drawing alone outlasts the budget, never so small that the fill takes more
   * than MAX_FILL_FRAMES frames.
   */
  private nextSlice(now: number): number {
    const took = this.lastFrameAt ? now - this.lastFrameAt : 0;
    this.lastFrameAt = now;
    if (took > 0) this.slice = Math.round(Math.min(MAX_SLICE, Math.max(MIN_SLICE, (this.slice * FRAME_MS) / took)));
    this.drawBound = took > DRAW_BOUND_MS;
    return this.drawBound ? Math.max(this.slice, this.fillFloor) : this.slice;
  }


  /** Works through the queue until the slice is full; the rest waits for the next frame. */
  private run(maxElements: number) {
    this.frame = 0;
    const start = performance.now();
    let added = this.cy.collection();
    const sliceMs = this.drawBound ? FILL_SLICE_MS : SLICE_MS;
    const timeLeft = () => maxElements === Infinity || (performance.now() - start < sliceMs && added.length < maxElements);
    while (this.queue.length && timeLeft()) {
      const step = this.queue[0];
      if ('remove' in step) {
        const chunk = step.remove.slice(0, CHUNK * 2);
        this.cy.batch(() => chunk.remove());
        step.remove = step.remove.slice(CHUNK * 2);
        if (step.remove.empty()) this.queue.shift();
      } else {
        const chunk = step.add.splice(0, maxElements === Infinity ? step.add.length : CHUNK);
        added = added.union(this.cy.add(chunk));
        if (!step.add.length) this.queue.shift();
      }
    }
    // Once per slice: listeners style the newcomers in one pass.
    if (added.nonempty()) this.cy.emit(ADDED_EVENT, [added]);
    if (this.queue.length) this.frame = requestAnimationFrame((now) => this.run(this.nextSlice(now)));
    else {
      this.lastFrameAt = 0;
      this.drawBound = false;
      this.hooks.onApplied?.();
    }
  }
}

/** The smallest slice that brings a fill of `arriving` elements in within MAX_FILL_FRAMES frames. */
function fillSliceFloor(arriving: number): number {
  return Math.ceil(arriving / MAX_FILL_FRAMES);
}

function asLinkEnd(def: ElementDefinition): ElementDefinition {
  const classes = Array.isArray(def.classes) ? def.classes.join(' ') : (def.classes ?? '');
  return { ...def, classes: `${classes} ${LINK_END}`.trim() };
}

function withPosition(def: ElementDefinition, positionOf: PositionOf): ElementDefinition {
  if (def.group !== 'nodes') return def;
  // A fresh object (positionOf makes one): Cytoscape keeps the one it is given as the node's live position.
  return { ...def, position: positionOf(def.data.id as string) ?? { x: 0, y: 0 } };
}
