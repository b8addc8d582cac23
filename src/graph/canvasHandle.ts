/**
 * The live canvas and the layout it was drawn from, for the code that exports what it shows
 * (the PNG comes from Cytoscape itself; the other formats use the same positions).
 */
import type { Core } from 'cytoscape';
import type { Positions } from '../layout/runLayout';

export interface Canvas {
  cy: Core;
  layout: Positions;
}

let current: Canvas | undefined;

export function setCanvas(canvas: Canvas | undefined): void {
  current = canvas;
}

export function currentCanvas(): Canvas | undefined {
  return current && !current.cy.destroyed() ? current : undefined;
}
