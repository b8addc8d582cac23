/**
 * Keeps labels readable when zoomed out: below zoom 1 the label font grows (by zoom^-0.75, up to
 * a limit), so text nearly keeps its on-screen size while the shapes shrink. Above zoom 1 labels
 * scale with everything else.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { buildStylesheet } from '../stylesheet';

const MAX_SCALE = 2;

export function labelScale(zoom: number): number {
  // Partial compensation (zoom^-0.75): labels stay legible without outgrowing the spacing of the layout.
  return zoom >= 1 ? 1 : Math.min(MAX_SCALE, zoom ** -0.75);
}

export function LabelController({ cy }: { cy: Core }) {
  useEffect(() => {
    let applied = 0;
    let frame = 0;
    const apply = () => {
      frame = 0;
      const scale = Math.round(labelScale(cy.zoom()) * 20) / 20;
      if (scale === applied) return;
      applied = scale;
      cy.style().fromJson(buildStylesheet(scale)).update();
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
