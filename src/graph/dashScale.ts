/**
 * Dashes that stay dashes on screen. Cytoscape's `line-dash-pattern` is in model units, so a
 * large graph zoomed out to the world draws each dashed relation as thousands of sub-pixel
 * dashes: invisible as dashes, and the costliest thing on the canvas (under software
 * rendering, 500 dashed edges at L's overview zoom took 270 ms of a 370 ms frame to
 * rasterise; solid, 100 ms). Scaling the pattern by 1/zoom, in steps of 2, keeps a status's
 * dash readable at every zoom and costs a restyle of the dashed edges only when a step is crossed.
 */
import type { Core, EdgeSingular } from 'cytoscape';
import { STATUS_STYLES } from '../ui/styleConstants';
import type { Status } from '../model/vocabulary';

const SCALE_KEY = 'entente.dashScale';

/** The pattern's compensation for a zoom level: 1/zoom in powers of two, never below 1 (zoomed in, dashes are drawn as designed). */
export function dashScale(zoom: number): number {
  return Math.max(1, 2 ** Math.round(Math.log2(1 / zoom)));
}

/** Sets the compensation dashed edges are drawn with, restyling them if it changed. */
export function setDashScale(cy: Core, scale: number): void {
  if ((cy.scratch(SCALE_KEY) ?? 1) === scale) return;
  cy.scratch(SCALE_KEY, scale);
  // Cytoscape's own restyle (its data setter calls it), missing from its typings.
  (cy.edges(DASHED_EDGES) as unknown as { updateStyle(): unknown }).updateStyle();
}

/** The stylesheet's `line-dash-pattern` for a status, in model units at the current scale. */
export function dashPattern(status: Status): (edge: EdgeSingular) => number[] {
  const pattern = STATUS_STYLES[status].dash ?? [];
  return (edge) => {
    const scale = (edge.cy().scratch(SCALE_KEY) as number | undefined) ?? 1;
    return scale === 1 ? pattern : pattern.map((d) => d * scale);
  };
}

/** The statuses drawn dashed. */
export const DASHED_STATUSES = (Object.keys(STATUS_STYLES) as Status[]).filter((s) => STATUS_STYLES[s].dash);
const DASHED_EDGES = DASHED_STATUSES.map((s) => `edge.status-${s}`).join(', ');
