/**
 * The width of an overview link (graph/overview.ts): thicker for more relations (its weight
 * `w`, 0–1), and the same on screen at any zoom, in steps of √2. A function in the stylesheet
 * rather than a per-link style bypass, so that a link gets its width when it is added or
 * reweighed by a filter, with no second restyle; only a zoom step restyles the links.
 */
import type { Core, EdgeSingular } from 'cytoscape';
import { LINK_STYLE } from '../ui/styleConstants';

const SCALE_KEY = 'entente.linkScale';

/** The zoom compensation for a zoom level: 1/zoom, in steps of √2. */
export function linkWidthScale(zoom: number): number {
  return Math.SQRT2 ** Math.round(2 * Math.log2(1 / zoom));
}

/** Sets the compensation the links are drawn with, restyling them if it changed. */
export function setLinkScale(cy: Core, scale: number): void {
  if (cy.scratch(SCALE_KEY) === scale) return;
  cy.scratch(SCALE_KEY, scale);
  // Cytoscape's own restyle (its data setter calls it), missing from its typings: marks the
  // links' style stale, to be computed again before the next frame.
  (cy.edges('.link') as unknown as { updateStyle(): unknown }).updateStyle();
}

/** The stylesheet's `width` for `edge.link`, in model units. */
export function linkWidth(link: EdgeSingular): number {
  const px = LINK_STYLE.minWidth + (LINK_STYLE.maxWidth - LINK_STYLE.minWidth) * (link.data('w') as number);
  return px * ((link.cy().scratch(SCALE_KEY) as number | undefined) ?? 1);
}
