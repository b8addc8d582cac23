/**
 * The camera as the view state keeps it (state/viewState.ts Camera: the layout point at the
 * canvas centre, and the zoom) and as Cytoscape keeps it (zoom and pan, which depend on the
 * canvas size). Converting through the centre point lets a link open on the same place on a
 * screen of another size.
 */
import type { Core } from 'cytoscape';
import type { Camera } from '../state/viewState';
import type { Box } from './spatialGrid';
import type { Graph } from '../model/schema';
import { DETAIL_ZOOM } from './elementSet';
import { homeBox, homesOf } from './overview';

/**
 * Emitted on the instance when the user asks for a camera move through the app's own controls
 * (zoom buttons, re-centre, a tap on an overview link), so it is kept like a drag or a wheel
 * zoom. Moves the app makes by itself (the first view, bringing a selection into view) are not.
 */
export const USER_CAMERA_EVENT = 'entente:usercamera';

/** Cytoscape's events for camera moves the user makes on the canvas itself. */
export const CANVAS_CAMERA_GESTURES = 'dragpan scrollzoom pinchzoom';

export function cameraOf(cy: Core): Camera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
}

/** The Cytoscape viewport that shows `camera` on this canvas, the zoom kept within the canvas's own bounds. */
export function viewportFor(cy: Core, camera: Camera): { zoom: number; pan: { x: number; y: number } } {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), camera.zoom));
  return { zoom, pan: { x: cy.width() / 2 - zoom * camera.x, y: cy.height() / 2 - zoom * camera.y } };
}

/** Equal as a link would write them: the same whole pixel, the same zoom to 0.5 %. */
export function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) <= 0.005 * Math.max(a.zoom, b.zoom);
}

/** Space around a fitted picture, in pixels. */
export const FIT_PADDING = 28;
/** Space kept between the graph toolbar and the fitted picture. */
const TOOLBAR_GAP = 8;

/** How far down the canvas the graph toolbar reaches (plus a gap): the fitted picture starts below it. */
function topInset(cy: Core): number {
  const container = cy.container();
  const toolbar = container?.closest('[data-graph-frame]')?.querySelector('[data-graph-toolbar]');
  if (!container || !toolbar) return FIT_PADDING;
  const reach = toolbar.getBoundingClientRect().bottom - container.getBoundingClientRect().top + TOOLBAR_GAP;
  return Math.max(FIT_PADDING, Math.min(reach, cy.height() / 3));
}

/** The viewport framing a box of the model in the canvas below the toolbar, at no less than `minZoom` and no more than `maxZoom`. */
export function viewForBox(cy: Core, { x1, y1, x2, y2 }: Box, minZoom = cy.minZoom(), maxZoom = cy.maxZoom()): { zoom: number; pan: { x: number; y: number } } {
  const top = topInset(cy);
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  const fitted = Math.min((cy.width() - 2 * FIT_PADDING) / w, (cy.height() - top - FIT_PADDING) / h);
  const zoom = Math.min(maxZoom, cy.maxZoom(), Math.max(minZoom, fitted));
  const middle = (top + cy.height() - FIT_PADDING) / 2;
  return { zoom, pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: middle - (zoom * (y1 + y2)) / 2 } };
}

/**
 * Where a click on a country takes the camera, at least: people's names are drawn from here
 * (13 px labels, drawn from 9 px on screen). A big country's people spread wider than the canvas
 * at this zoom; the busiest sit innermost (clusterLayout's sunflower), so they are what is seen.
 */
const NEIGHBOURHOOD_MIN_ZOOM = 0.7;
/** And at most: a bloc or a body has no members, and its box alone would fit at the zoom limit. */
const NEIGHBOURHOOD_MAX_ZOOM = 1;
/** Layout units around a home's members, for their labels. */
const NEIGHBOURHOOD_ROOM = 120;

/** In the overview (a large graph zoomed far out, drawing links): picking a home (a click, or Enter on the canvas) goes to its neighbourhood. */
export function zoomToHome(cy: Core, graph: Graph, layout: Readonly<Record<string, { x: number; y: number }>>, entityId: string) {
  if (cy.zoom() >= DETAIL_ZOOM || cy.edges('.link').empty()) return;
  const box = homeBox(homesOf(graph), layout, entityId);
  if (!box) return;
  const room = NEIGHBOURHOOD_ROOM;
  cy.emit(USER_CAMERA_EVENT);
  cy.animate(viewForBox(cy, { x1: box.x1 - room, y1: box.y1 - room, x2: box.x2 + room, y2: box.y2 + room }, NEIGHBOURHOOD_MIN_ZOOM, NEIGHBOURHOOD_MAX_ZOOM), { duration: 300 });
}

