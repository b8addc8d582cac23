/**
 * Keeps labels readable when zoomed out: below zoom 1 the label font grows (by zoom^-0.75, up to
 * a limit), so text nearly keeps its on-screen size while the shapes shrink. Above zoom 1 labels
 * scale with everything else. Applied as a style bypass on the nodes' label properties, in
 * steps of 0.05: swapping in a rebuilt stylesheet restyled every element, and the first fit
 * did it before the first frame.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { labelStyle } from '../stylesheet';
import { LABEL_SIZES } from '../styleConstants';

const MAX_SCALE = 2;

export function labelScale(zoom: number): number {
  // Partial compensation (zoom^-0.75): labels stay legible without outgrowing the spacing of the layout.
  return zoom >= 1 ? 1 : Math.min(MAX_SCALE, zoom ** -0.75);
}

export function LabelController({ cy }: { cy: Core }) {
  useEffect(() => {
    let applied = 1; // the stylesheet's own sizes
    let frame = 0;
    const apply = () => {
      frame = 0;
      const scale = Math.round(labelScale(cy.zoom()) * 20) / 20;
      if (scale === applied) return;
      applied = scale;
      // General first, then by kind, as in the stylesheet.
      cy.batch(() => {
        for (const [selector, size, maxWidth] of LABEL_SIZES) cy.$(selector).style(labelStyle(size, maxWidth, scale));
      });
    };
    const onZoom = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    apply();
    cy.on('zoom', onZoom);
    return () => {
      cy.removeListener('zoom', onZoom);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
  return null;
}
