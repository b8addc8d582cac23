/**
 * Drops minor labels before they overlap (labelDeclutter.ts): after every zoom, filter change
 * or selection, the labels drawn at this zoom are measured and the ones that would collide
 * with a busier node's are hidden. On a phone's fitted first view this is what keeps names
 * readable instead of stacked. A large graph does it only while few nodes are on the canvas
 * (its overview: a world map whose busiest countries are labelled, Europe's names on top of
 * each other otherwise); in detail, level of detail keeps labels apart by zoom alone.
 */
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useStore } from '../../state/store';
import type { Visible } from '../../filters/visible';
import { elementsOf } from '../select';
import { ADDED_EVENT } from '../elementSync';
import { LABEL_DROPPED, LABELS_DECLUTTERED_EVENT, labelsToDrop, placeLabels, type LabelBox, type LabelSide, type NodeLabel, type Rect } from '../labelDeclutter';
import { hubDotAt } from './LevelOfDetailController';
import type { EntityKind } from '../../model/vocabulary';
import { LABEL_SIDE_CLASSES, labelSideOf, labelStyle } from '../stylesheet';
import { labelScaleStep, labelSizeOf } from './LabelController';
import { setClass } from '../classes';
import { LARGE_GRAPH_LABEL_MIN_PX } from '../scale';

/** Below this on-screen size a label is a smudge, not a name: it is dropped too. */
const READABLE_FONT_PX = 6;
/**
 * A large graph waits for the camera to rest longer: a class change on its nodes makes Cytoscape
 * redraw the whole picture instead of its cached texture, which a pan or zoom in progress pays.
 */
const LARGE_GRAPH_SETTLE_MS = 400;
/** After LabelController's frame, which resizes labels when the zoom changes. */
const SETTLE_MS = 60;
const SELECTION_PRIORITY = 1e6;
/** Canvases whose labels were decluttered once (their first pass need not wait for the camera to rest). */
const decluttered = new WeakSet<Core>();
/** Countries are what a reader looks for first: their names give way last. */
const COUNTRY_PRIORITY = 1e3;
/**
 * A label's box includes its text background's padding (about 1.5 px each side on screen):
 * two backgrounds may touch, the text inside may not.
 */
const BACKGROUNDS_MAY_OVERLAP_PX = 3;

/**
 * A label and its node's body: a kept name never covers another kept one's body. A large graph's
 * hub is a dot while named (LevelOfDetailController), so it is measured as one even while it is
 * still a speck: its body at least the dot, its label (which hangs below) as far down as the dot
 * puts it. The same boxes either way, so a pass's choice does not depend on the one before.
 */
function labelBox(node: NodeSingular, priority: number, zoom: number): LabelBox | undefined {
  const label = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
  if (!(label.w > 0 && label.h > 0)) return undefined;
  const shape = node.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false } as never);
  const body: Rect = { x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2 };
  let drop = 0;
  const dot = node.hasClass('major') ? hubDotAt(zoom, node.data('kind') as EntityKind) : undefined;
  if (dot) {
    const { x, y } = node.position();
    const rx = dot.width / 2 + dot['border-width'];
    const ry = dot.height / 2 + dot['border-width'];
    drop = Math.max(0, y + ry - shape.y2);
    body.x1 = Math.min(body.x1, x - rx);
    body.y1 = Math.min(body.y1, y - ry);
    body.x2 = Math.max(body.x2, x + rx);
    body.y2 = Math.max(body.y2, y + ry);
  }
  return { id: node.id(), priority, x1: label.x1, y1: label.y1 + drop, x2: label.x2, y2: label.y2 + drop, body };
}

/** Nodes on the canvas above which a large graph's labels are not measured (a pass would cost a frame or more). */
const LARGE_GRAPH_MEASURED_NODES = 500;

/** The selection's neighbourhood (and the key-focused node): their labels are kept first. */
function chosenNodes(cy: Core) {
  const selected = useStore.getState().view.selected;
  return selected ? elementsOf(cy, selected).closedNeighborhood().nodes() : cy.collection();
}

/** Which label gives way first: the selection, then countries, then the busiest. */
function labelPriority(node: NodeSingular, chosen: ReturnType<typeof chosenNodes>): number {
  const shownEdges = node.connectedEdges().filter((e) => !e.hasClass('filtered')).length;
  return (chosen.has(node) || node.hasClass('keyfocus') ? SELECTION_PRIORITY : 0) + (node.hasClass('country') ? COUNTRY_PRIORITY : 0) + shownEdges;
}

const isUnreadable = (node: NodeSingular, zoom: number, readablePx: number) => node.numericStyle('font-size') * zoom < readablePx;

/** Marks exactly the `dropped` nodes' labels as dropped (inside the caller's batch); whether that changed any. */
function markDropped(cy: Core, dropped: ReadonlySet<string>): boolean {
  let changed = false;
  cy.nodes(`.${LABEL_DROPPED}`).forEach((n) => {
    if (dropped.has(n.id())) return;
    n.removeClass(LABEL_DROPPED);
    changed = true;
  });
  for (const id of dropped) {
    const node = cy.getElementById(id);
    if (node.hasClass(LABEL_DROPPED)) continue;
    setClass(node, LABEL_DROPPED, true);
    changed = true;
  }
  return changed;
}

/**
 * `overlapPx`: how far two label boxes may overlap on screen — an article's labels have a text
 * background whose padding may touch; a large graph's have none, so they keep a pixel apart.
 */
export function declutterLabels(cy: Core, readablePx = READABLE_FONT_PX, overlapPx = BACKGROUNDS_MAY_OVERLAP_PX) {
  const chosen = chosenNodes(cy);
  const zoom = cy.zoom();
  const boxes: LabelBox[] = [];
  const unreadable: string[] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass('filtered') || !node.visible() || !node.data('label')) return;
    if (isUnreadable(node, zoom, readablePx)) {
      unreadable.push(node.id());
      return;
    }
    const box = labelBox(node, labelPriority(node, chosen), zoom);
    if (box) boxes.push(box);
  });
  const drop = labelsToDrop(boxes, -overlapPx / zoom);
  for (const id of unreadable) drop.add(id);
  let changed = false;
  cy.batch(() => {
    changed = markDropped(cy, drop);
  });
  // After the batch, so a listener restyling the kept names' nodes (LevelOfDetailController) sees the classes.
  if (changed) cy.emit(LABELS_DECLUTTERED_EVENT);
}

const BOX_OPTIONS = { includeEdges: false, includeOverlays: false, includeUnderlays: false } as const;

/** The space between a node's body and its label, from where the label is drawn now. */
function marginOf(side: LabelSide, body: Rect, label: Rect): number {
  if (side === 'below') return label.y1 - body.y2;
  if (side === 'above') return body.y1 - label.y2;
  if (side === 'right') return label.x1 - body.x2;
  return body.x1 - label.x2;
}

/**
 * An article's graph: each label takes the first side of its node (below, above, right, left)
 * clear of the labels kept before it and of other nodes — on a phone's fitted seed Putin's name
 * sat on Belarus's flag — and a label with no room at all is dropped (labelDeclutter.ts's
 * placeLabels). Moved labels keep their side through zooms (LabelController).
 */
export function placeNodeLabels(cy: Core, readablePx = READABLE_FONT_PX, overlapPx = BACKGROUNDS_MAY_OVERLAP_PX) {
  const chosen = chosenNodes(cy);
  const zoom = cy.zoom();
  const labels: NodeLabel[] = [];
  const bodies: Array<Rect & { id: string }> = [];
  const unreadable: string[] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass('filtered') || !node.visible()) return;
    const body = node.boundingBox({ ...BOX_OPTIONS, includeNodes: true, includeLabels: false } as never);
    bodies.push({ id: node.id(), x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 });
    if (!node.data('label')) return;
    if (isUnreadable(node, zoom, readablePx)) {
      unreadable.push(node.id());
      return;
    }
    const label = node.boundingBox({ ...BOX_OPTIONS, includeNodes: false, includeLabels: true } as never);
    if (!(label.w > 0 && label.h > 0)) return;
    labels.push({ id: node.id(), priority: labelPriority(node, chosen), body, width: label.w, height: label.h, margin: marginOf(labelSideOf(node), body, label) });
  });
  const extent = cy.extent();
  const bounds = { x1: extent.x1, y1: extent.y1, x2: extent.x2, y2: extent.y2 };
  const { dropped, sides } = placeLabels(labels, bodies, { gap: -overlapPx / zoom, bounds, keepOnNodesFrom: COUNTRY_PRIORITY });
  for (const id of unreadable) dropped.add(id);
  const scale = labelScaleStep(zoom);
  cy.batch(() => {
    markDropped(cy, dropped);
    for (const [id, side] of sides) {
      const node = cy.getElementById(id) as NodeSingular;
      if (labelSideOf(node) === side) continue;
      for (const [s, cls] of Object.entries(LABEL_SIDE_CLASSES)) setClass(node, cls, s === side);
      const { size, maxWidth } = labelSizeOf(node);
      node.style(labelStyle(size, maxWidth, scale, side));
    }
  });
}

/** `large`: the graph uses level of detail (graph/scale.ts), whose labels appear only from LARGE_GRAPH_LABEL_MIN_PX on screen. */
export function LabelDeclutterController({ cy, visible, large = false }: { cy: Core; visible: Visible; large?: boolean }) {
  const selected = useStore((s) => s.view.selected);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const declutter = () => {
      if (!large) placeNodeLabels(cy);
      else if (cy.nodes().length <= LARGE_GRAPH_MEASURED_NODES) declutterLabels(cy, LARGE_GRAPH_LABEL_MIN_PX, -1);
      // In detail the nodes drawn change with the camera: labels dropped on the overview show again.
      else {
        const dropped = cy.nodes(`.${LABEL_DROPPED}`);
        if (dropped.empty()) return;
        cy.batch(() => dropped.removeClass(LABEL_DROPPED));
        cy.emit(LABELS_DECLUTTERED_EVENT);
      }
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      // The first pass comes right after the first picture, not a camera's rest later: nothing is moving
      // yet, and a large graph's pass (a restyle and redraw of its world map, some 40 ms) would
      // otherwise land just when a reader first reaches for a filter.
      const delay = large && decluttered.has(cy) ? LARGE_GRAPH_SETTLE_MS : SETTLE_MS;
      timer = setTimeout(() => {
        timer = undefined;
        declutter();
        decluttered.add(cy);
      }, delay);
    };
    schedule();
    cy.on('zoom', schedule);
    cy.on(ADDED_EVENT, schedule);
    return () => {
      cy.removeListener('zoom', schedule);
      cy.removeListener(ADDED_EVENT, schedule);
      if (timer) clearTimeout(timer);
    };
    // What is shown, not the search matches (they only add an underlay): typing does not re-measure labels.
  }, [cy, visible.entities, visible.relations, selected, large]);
  return null;
}
