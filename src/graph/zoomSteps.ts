/**
 * How far one step of the wheel or one press of + and − zooms. Cytoscape's wheel moves 2.8 % a
 * notch, which is fine for an article and hopeless for a large graph: from its overview (a world
 * map at a zoom of about 0.01) to the people (DETAIL_ZOOM) took 90 notches. A large graph zooms
 * like a map instead: a press of + doubles across the overview, a wheel notch multiplies by 1.5
 * (a flick of the wheel leaves the overview; a notch of 2 or more crossed into detail and back
 * within one flick, each crossing swapping a thousand elements, and panning fell to 17 fps),
 * and both go by 1.25 in detail. Pure, so the steps are tested without a canvas.
 */
import { DETAIL_ZOOM } from './elementSet';

/** The zoom factor of one press of + (− : its inverse). */
export function zoomStep(zoom: number, large: boolean): number {
  if (!large) return 1.25;
  return zoom < DETAIL_ZOOM ? 2 : 1.25;
}

/** The zoom factor of one press of −: the inverse of the step that would zoom back in from where it lands. */
export function zoomOutStep(zoom: number, large: boolean): number {
  const inDetailStep = zoomStep(zoom, large);
  return 1 / zoomStep(zoom / inDetailStep, large);
}

/** The zoom factor of one wheel notch in a large graph. */
export function wheelStep(zoom: number): number {
  return zoom < DETAIL_ZOOM ? 1.5 : 1.25;
}

/** DOM WheelEvent.deltaMode values. */
const DOM_DELTA_LINE = 1;
const DOM_DELTA_PAGE = 2;
/** Pixels a mouse notch scrolls in most browsers; a trackpad sends many small deltas instead. */
const PIXELS_PER_NOTCH = 100;
/** At most this many notches per event: a coalesced burst must not fly past the whole graph. */
const MAX_NOTCHES = 3;

/** Notches of a wheel event, signed: positive zooms in. Lines and pages counted as browsers scroll them. */
export function wheelNotches(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === DOM_DELTA_LINE ? deltaY * 33 : deltaMode === DOM_DELTA_PAGE ? deltaY * 800 : deltaY;
  return Math.max(-MAX_NOTCHES, Math.min(MAX_NOTCHES, -pixels / PIXELS_PER_NOTCH));
}

/** The zoom after a wheel event, in a large graph. */
export function wheelZoom(zoom: number, deltaY: number, deltaMode: number): number {
  return zoom * wheelStep(zoom) ** wheelNotches(deltaY, deltaMode);
}
