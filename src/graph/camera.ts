/**
 * The camera as the view state keeps it (state/viewState.ts Camera: the layout point at the
 * canvas centre, and the zoom) and as Cytoscape keeps it (zoom and pan, which depend on the
 * canvas size). Converting through the centre point lets a link open on the same place on a
 * screen of another size.
 */
import type { Core } from 'cytoscape';
import type { Camera } from '../state/viewState';

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
