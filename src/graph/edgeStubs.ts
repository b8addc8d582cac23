/**
 * Which relation lines a large graph draws as stubs, and where each stub ends — a pure function
 * of positions and the viewport, so it is tested without a browser.
 *
 * Zoomed into a large graph, the detail holds the relations reaching out of the view with their
 * far participants (graph/elementSet.ts): drawn whole, each is a long line across the screen that
 * says nothing about where it goes. A line whose far end is off-screen is drawn instead as a
 * stub: a short piece from the end on screen, pointing at the other, ending in a chevron (or in
 * its arrowhead). A line with neither end on screen that crosses the view is cut the same way at
 * the end nearer the view, so it leaves the picture. Lines with both ends on screen, lines too
 * short to be worth cutting and the ones asked for whole (the selected relation) are drawn whole;
 * lines nowhere near the view are not decided at all (left as they are: touching them would
 * restyle them for nothing).
 *
 * Cytoscape draws the stub by shortening the line at its far end (`source-distance-from-node` /
 * `target-distance-from-node` = `cut`), so the element, its colour, dash, hit area and click stay
 * the relation's own.
 */
import type { Box } from './spatialGrid';
import { segmentHitsBox } from '../layout/makeRoom';

export interface EdgeEnd {
  x: number;
  y: number;
  /** The node's radius, in model units: the line starts at its border. */
  r: number;
}

export interface EdgeEnds {
  id: string;
  source: EdgeEnd;
  target: EdgeEnd;
  /** Drawn whole whatever the camera (the selected relation). */
  whole?: boolean;
  /** The length of the stub it is drawn as now, if any, in model units: kept while it is still a good length on screen. */
  stubLength?: number;
}

export type StubEnd = 'source' | 'target';

/** Classes of a line cut at its source (the source is off-screen) / at its target, and the data holding the cut (stylesheet.ts). */
export const STUB_TO_SOURCE = 'stub-s';
export const STUB_TO_TARGET = 'stub-t';
export const STUB_CUT = 'stubCut';

/** `far`: the end the stub points to (the line is cut there); `cut`: how far short of that node's border it stops; `length`: the stub's, from the near node's border (model units). */
export interface Stub {
  far: StubEnd;
  cut: number;
  length: number;
}

export type StubState = Stub | 'whole';

/** A new stub's length on screen. */
export const STUB_PX = 42;
/**
 * A stub keeps its length in model units while that is 30–60 px on screen: zooming by up to
 * ×1.4 either way restyles no stub, and past that only the stubs that left the range.
 */
export const STUB_MIN_PX = 30;
export const STUB_MAX_PX = 60;
/** A line whose visible length is under this many stubs is drawn whole: its far end is just past the edge of the canvas. */
export const MIN_CUT_STUBS = 2.5;

/** A stub's length in model units at this zoom: the one it has while it stays 30–60 px on screen, else STUB_PX. */
export function stubLength(zoom: number, current?: number): number {
  if (current !== undefined && current * zoom >= STUB_MIN_PX && current * zoom <= STUB_MAX_PX) return current;
  return STUB_PX / zoom;
}

const inside = (p: EdgeEnd, b: Box) => p.x + p.r >= b.x1 && p.x - p.r <= b.x2 && p.y + p.r >= b.y1 && p.y - p.r <= b.y2;

/** Distance from a point to a box (0 inside). */
function distanceTo(p: EdgeEnd, b: Box): number {
  const dx = Math.max(b.x1 - p.x, 0, p.x - b.x2);
  const dy = Math.max(b.y1 - p.y, 0, p.y - b.y2);
  return Math.hypot(dx, dy);
}

/** How one line is drawn with this viewport (`extent`, in model units) and zoom; undefined when it is nowhere near the view. */
export function stubFor(edge: EdgeEnds, extent: Box, zoom: number): StubState | undefined {
  const { source, target } = edge;
  const sourceIn = inside(source, extent);
  const targetIn = inside(target, extent);
  if (!sourceIn && !targetIn && !segmentHitsBox(source, target, extent)) return undefined;
  if (edge.whole || (sourceIn && targetIn)) return 'whole';
  const length = Math.hypot(target.x - source.x, target.y - source.y);
  const stub = stubLength(zoom, edge.stubLength);
  const drawn = length - source.r - target.r;
  if (drawn < MIN_CUT_STUBS * stub) return 'whole';
  // The end on screen keeps its stub; with neither on screen, the end nearer the view does.
  const far: StubEnd = sourceIn ? 'target' : targetIn ? 'source' : distanceTo(source, extent) <= distanceTo(target, extent) ? 'target' : 'source';
  return { far, cut: drawn - stub, length: stub };
}

/** The decisions for many lines: id → state, for the lines in or across the view only. */
export function edgeStubs(edges: Iterable<EdgeEnds>, extent: Box, zoom: number): Map<string, StubState> {
  const out = new Map<string, StubState>();
  for (const edge of edges) {
    const state = stubFor(edge, extent, zoom);
    if (state) out.set(edge.id, state);
  }
  return out;
}

/** Where a stub's drawn line ends (its tip), in model units: `cut` short of the far node's border, on the way from the near node. */
export function stubTip(edge: EdgeEnds, stub: Stub): { x: number; y: number } {
  const [near, far] = stub.far === 'target' ? [edge.source, edge.target] : [edge.target, edge.source];
  const length = Math.hypot(far.x - near.x, far.y - near.y) || 1;
  const back = far.r + stub.cut;
  return { x: far.x + ((near.x - far.x) * back) / length, y: far.y + ((near.y - far.y) * back) / length };
}
