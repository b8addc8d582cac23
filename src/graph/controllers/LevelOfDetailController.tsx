/**
 * Level of detail for large graphs, the part that is styling: labels are drawn only once
 * they are readable on screen (the stylesheet's min-zoomed-font-size), except the hubs — the
 * busiest entities — whose labels grow as the user zooms out so they stay named when
 * everything else is a dot; and the overview's links keep their width on screen, so the
 * busiest pairs stand out however far out the view is. (Which elements are in the graph at all, overview or detail, is
 * ElementsController's business.)
 */
import { useEffect } from 'react';
import type { Collection, Core, EdgeCollection, EventObject, NodeCollection } from 'cytoscape';
import { LINK_STYLE } from '../styleConstants';
import { ADDED_EVENT } from '../elementSync';

/** On-screen size hub labels keep when zoomed far out. */
const HUB_LABEL_PX = 12;
const HUB_FONT = 34;
const HUB_TEXT_WIDTH = 360;

/** Steps of √2, rounded down: on screen a hub label stays between ~8 and HUB_LABEL_PX pixels. */
export function hubLabelStep(zoom: number): number {
  return Math.max(1, Math.min(64, Math.SQRT2 ** Math.floor(2 * Math.log2(HUB_LABEL_PX / (HUB_FONT * zoom)))));
}

/** Overview links keep their on-screen width (LINK_STYLE, in pixels) at any zoom, in steps of √2. */
export function linkWidthScale(zoom: number): number {
  return Math.SQRT2 ** Math.round(2 * Math.log2(1 / zoom));
}

export function LevelOfDetailController({ cy }: { cy: Core }) {
  useEffect(() => {
    let step = 1;
    let frame = 0;
    // A bypass on a few dozen nodes, never a restyle of the whole graph.
    let linkScale = 0;
    const style = (hubs: NodeCollection) =>
      cy.batch(() => (step === 1 ? hubs.removeStyle('font-size text-max-width') : hubs.style({ 'font-size': HUB_FONT * step, 'text-max-width': `${HUB_TEXT_WIDTH * step}px` })));
    // A bypass per link (a mapper cannot be one): a few hundred elements, once per zoom step.
    const styleLinks = (links: EdgeCollection) =>
      links.forEach((link) => {
        const px = LINK_STYLE.minWidth + (LINK_STYLE.maxWidth - LINK_STYLE.minWidth) * (link.data('w') as number);
        link.style('width', px * linkScale);
      });
    const apply = () => {
      frame = 0;
      const nextLinks = linkWidthScale(cy.zoom());
      if (nextLinks !== linkScale) {
        linkScale = nextLinks;
        cy.batch(() => styleLinks(cy.edges('.link')));
      }
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
      const links = eles.edges('.link');
      if (links.nonempty()) cy.batch(() => styleLinks(links));
    };
    // A filter changes what a link counts, so its weight.
    const reweighed = (e: EventObject) => styleLinks(e.target);
    apply();
    cy.on('zoom', onZoom);
    cy.on(ADDED_EVENT, arrived);
    cy.on('data', 'edge.link', reweighed);
    return () => {
      cy.removeListener('zoom', onZoom);
      cy.removeListener(ADDED_EVENT, arrived);
      cy.removeListener('data', 'edge.link', reweighed);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
  return null;
}
