/**
 * Keeps labels readable when zoomed out: below zoom 1 the label font grows (by zoom^-0.75, up to
 * a limit), so text nearly keeps its on-screen size while the shapes shrink. Above zoom 1 labels
 * scale with everything else. Applied as a style bypass on the nodes' label properties, in
 * steps of 0.05: swapping in a rebuilt stylesheet restyled every element, and the first fit
 * did it before the first frame. Each node is restyled once, by its kind's sizes, found from
 * its classes: no selector to parse, no node styled twice.
 */
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { labelSideOf, labelStyle } from '../stylesheet';
import { LABEL_SIDES } from '../labelDeclutter';
import { LABEL_SIZES, type LabelSize } from '../../ui/styleConstants';

/**
 * Up to 4× at the zoom a corpus of a few hundred entities is fitted at (about 0.15): a country's
 * name is still ~10 px on screen there, and the labels that would then overlap are dropped
 * (LabelDeclutterController), busiest kept.
 */
const MAX_SCALE = 4;

export function labelScale(zoom: number): number {
  // Partial compensation (zoom^-0.75): labels stay legible without outgrowing the spacing of the layout.
  return zoom >= 1 ? 1 : Math.min(MAX_SCALE, zoom ** -0.75);
}

/** The scale applied at this zoom, in steps of 0.05 (a restyle for every wheel notch would be wasted). */
export const labelScaleStep = (zoom: number) => Math.round(labelScale(zoom) * 20) / 20;

/** The label size that applies to a node: the last entry of LABEL_SIZES that matches its kind, as in the stylesheet. */
export function labelSizeOf(node: NodeSingular): LabelSize {
  let size = LABEL_SIZES[0];
  for (const s of LABEL_SIZES) if (!s.kind || node.hasClass(s.kind)) size = s;
  return size;
}

export function LabelController({ cy }: { cy: Core }) {
  useEffect(() => {
    let applied = 1; // the stylesheet's own sizes
    let frame = 0;
    const apply = () => {
      frame = 0;
      const scale = labelScaleStep(cy.zoom());
      if (scale === applied) return;
      applied = scale;
      const nodes = cy.nodes();
      cy.batch(() => {
        for (const entry of LABEL_SIZES) {
          const group = nodes.filter((node) => labelSizeOf(node) === entry);
          // A label moved off its place below (LabelDeclutterController) keeps its side.
          for (const side of LABEL_SIDES) {
            const onSide = group.filter((node) => labelSideOf(node) === side);
            if (onSide.nonempty()) onSide.style(labelStyle(entry.size, entry.maxWidth, scale, side));
          }
        }
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
