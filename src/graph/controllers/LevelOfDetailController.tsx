/**
 * Level of detail for large graphs: zoomed far out, thousands of people, organizations and
 * their relations are specks that cost as much to draw as anything else and hide the shape of
 * the picture. Below FAR_ZOOM they step back (class `lod-minor`, hidden) and the overview keeps
 * countries, blocs, bodies that belong to no country, the busiest entities (the hubs) and the
 * relations among those; zooming in brings everything back. When the filters already narrow
 * the view to a few thousand elements, nothing is aggregated.
 */
import { useEffect, useMemo } from 'react';
import type { Core } from 'cytoscape';
import type { Graph } from '../../model/schema';
import type { Visible } from '../../filters/visible';
import { minorElementIds } from '../scale';

export const FAR_ZOOM = 0.2;
/** Visible elements above which the far view aggregates. */
export const AGGREGATE_ABOVE = 3000;
/** On-screen size hub labels keep when zoomed far out. */
const HUB_LABEL_PX = 12;

/** Minor elements are created already marked `lod-minor` (graph/levelOfDetail.ts). */
export function LevelOfDetailController({ cy, graph, visible }: { cy: Core; graph: Graph; visible: Visible }) {
  const minor = useMemo(() => {
    const ids = minorElementIds(graph);
    return cy.elements().filter((ele) => ids.has(ele.id()));
  }, [cy, graph]);
  const crowded = visible.entities.size + visible.relations.size > AGGREGATE_ABOVE;

  useEffect(() => {
    let applied: boolean | undefined;
    let frame = 0;
    const apply = () => {
      frame = 0;
      labelHubs();
      const hide = crowded && cy.zoom() < FAR_ZOOM;
      if (hide === applied) return;
      applied = hide;
      // Only elements whose class must change, and none the filters hide anyway: revealing
      // a filtered view must not restyle the thousands of elements it leaves out.
      cy.batch(() => {
        minor.forEach((ele) => {
          if (ele.hasClass('lod-minor') === hide || (!hide && ele.hasClass('filtered'))) return;
          ele.toggleClass('lod-minor', hide);
        });
      });
    };
    // Hubs stay named at any zoom: their label size is compensated in steps (a bypass on a few
    // dozen nodes, never a restyle of the whole graph).
    const hubs = cy.nodes('.major');
    let labelStep = 0;
    const labelHubs = () => {
      // Steps of √2, rounded down: on screen a hub label stays between ~8 and HUB_LABEL_PX pixels.
      const step = Math.max(1, Math.min(64, Math.SQRT2 ** Math.floor(2 * Math.log2(HUB_LABEL_PX / (34 * cy.zoom())))));
      if (step === labelStep) return;
      labelStep = step;
      cy.batch(() => (step === 1 ? hubs.removeStyle('font-size text-max-width') : hubs.style({ 'font-size': 34 * step, 'text-max-width': `${360 * step}px` })));
    };
    const onZoom = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    onZoom();
    cy.on('zoom', onZoom);
    return () => {
      cy.removeListener('zoom', onZoom);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy, minor, crowded, visible]);
  return null;
}
