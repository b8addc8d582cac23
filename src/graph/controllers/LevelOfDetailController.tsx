/**
 * Level of detail for large graphs, the part that is styling: labels are drawn only once
 * they are readable on screen (the stylesheet's min-zoomed-font-size), except the hubs — the
 * busiest entities — whose labels grow as the user zooms out so they stay named when
 * everything else is a dot; and the overview's links keep their width on screen, so the
 * busiest pairs stand out however far out the view is, and dashed relations keep dashes of the
 * same size on screen (dashScale.ts). (Which elements are in the graph at all, overview or detail, is
 * ElementsController's business.)
 */
import { useEffect } from 'react';
import type { Collection, Core, EventObject, NodeCollection } from 'cytoscape';
import { linkWidthScale, setLinkScale } from '../linkWidth';
import { dashScale, setDashScale } from '../dashScale';
import { ADDED_EVENT } from '../elementSync';

/** On-screen size hub labels keep when zoomed far out. */
const HUB_LABEL_PX = 12;
const HUB_FONT = 34;
const HUB_TEXT_WIDTH = 360;

/** Steps of √2, rounded down: on screen a hub label stays between ~8 and HUB_LABEL_PX pixels. */
export function hubLabelStep(zoom: number): number {
  return Math.max(1, Math.min(256, Math.SQRT2 ** Math.floor(2 * Math.log2(HUB_LABEL_PX / (HUB_FONT * zoom)))));
}

export function LevelOfDetailController({ cy }: { cy: Core }) {
  useEffect(() => {
    let step = 1;
    let frame = 0;
    // A bypass on a few dozen nodes, never a restyle of the whole graph.
    const style = (hubs: NodeCollection) =>
      cy.batch(() => (step === 1 ? hubs.removeStyle('font-size text-max-width') : hubs.style({ 'font-size': HUB_FONT * step, 'text-max-width': `${HUB_TEXT_WIDTH * step}px` })));
    const apply = () => {
      frame = 0;
      setLinkScale(cy, linkWidthScale(cy.zoom()));
      setDashScale(cy, dashScale(cy.zoom()));
      const next = hubLabelStep(cy.zoom());
      if (next === step) return;
      step = next;
      style(cy.nodes('.major'));
    };
    const onZoom = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    const arrived = (_e: EventObject, eles: Collection) => {
      const hubs = eles.nodes('.major');
      if (step !== 1 && hubs.nonempty()) style(hubs);
    };
    apply();
    cy.on('zoom', onZoom);
    cy.on(ADDED_EVENT, arrived);
    return () => {
      cy.removeListener('zoom', onZoom);
      cy.removeListener(ADDED_EVENT, arrived);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
  return null;
}
