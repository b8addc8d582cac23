/**
 * Canvas input → store. Taps select (a discrete step: 'push'), a tap on the background
 * clears the selection, and dropping a dragged node pins it where it was dropped.
 * Cytoscape's own selection is off (autounselectify): the store is the only owner. A tap on
 * an overview link zooms in on its two ends; a tap on a country in the overview selects it and
 * zooms in on its people and bodies, where its relations are drawn.
 */
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useStore } from '../../state/store';
import { USER_CAMERA_EVENT, viewForBox } from '../camera';
import type { Graph } from '../../model/schema';
import type { Positions } from '../../layout/computeLayout';
import { homeBox, homesOf } from '../overview';
import { DETAIL_ZOOM } from '../elementSet';

/**
 * Where a click on a country takes the camera, at least: people's names are drawn from here
 * (13 px labels, drawn from 9 px on screen). A big country's people spread wider than the canvas
 * at this zoom; the busiest sit innermost (clusterLayout's sunflower), so they are what is seen.
 */
const NEIGHBOURHOOD_MIN_ZOOM = 0.7;
/** Layout units around a home's members, for their labels. */
const NEIGHBOURHOOD_ROOM = 120;

const round = (n: number) => Math.round(n);

/** In the overview (a large graph zoomed far out, drawing links): a tap on a home goes to its neighbourhood. */
function zoomToHome(cy: Core, graph: Graph, layout: Positions, entityId: string) {
  if (cy.zoom() >= DETAIL_ZOOM || cy.edges('.link').empty()) return;
  const box = homeBox(homesOf(graph), layout, entityId);
  if (!box) return;
  const room = NEIGHBOURHOOD_ROOM;
  cy.emit(USER_CAMERA_EVENT);
  cy.animate(viewForBox(cy, { x1: box.x1 - room, y1: box.y1 - room, x2: box.x2 + room, y2: box.y2 + room }, NEIGHBOURHOOD_MIN_ZOOM), { duration: 300 });
}

export function EventsController({ cy, graph, layout }: { cy: Core; graph: Graph; layout: Positions }) {
  useEffect(() => {
    const { updateView } = useStore.getState();
    const onTapEntity = (e: EventObject) => {
      const id = e.target.data('entityId') as string;
      zoomToHome(cy, graph, layout, id);
      updateView({ selected: { type: 'entity', id } }, 'push');
    };
    const onTapRelation = (e: EventObject) => updateView({ selected: { type: 'relation', id: e.target.data('relationId') } }, 'push');
    const onTapBackground = (e: EventObject) => {
      if (e.target === cy && useStore.getState().view.selected) updateView({ selected: undefined }, 'push');
    };
    // An overview link is a count, not a relation: clicking it zooms in on the two ends, where the relations are.
    const onTapLink = (e: EventObject) => {
      cy.emit(USER_CAMERA_EVENT);
      cy.animate({ fit: { eles: e.target.connectedNodes(), padding: 80 } }, { duration: 300 });
    };
    const onDragFree = (e: EventObject) => {
      const { x, y } = e.target.position();
      const pinned = { ...useStore.getState().view.pinned, [e.target.data('entityId')]: { x: round(x), y: round(y) } };
      updateView({ pinned }, 'push');
    };
    cy.on('tap', 'node.entity', onTapEntity);
    cy.on('tap', 'edge.rel, node.hub', onTapRelation);
    cy.on('tap', 'edge.link', onTapLink);
    cy.on('tap', onTapBackground);
    cy.on('dragfree', 'node.entity', onDragFree);
    return () => {
      cy.removeListener('tap', 'node.entity', onTapEntity);
      cy.removeListener('tap', 'edge.rel, node.hub', onTapRelation);
      cy.removeListener('tap', 'edge.link', onTapLink);
      cy.removeListener('tap', onTapBackground);
      cy.removeListener('dragfree', 'node.entity', onDragFree);
    };
  }, [cy, graph, layout]);
  return null;
}
