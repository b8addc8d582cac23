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
import { USER_CAMERA_EVENT, zoomToHome } from '../camera';
import type { Graph } from '../../model/schema';
import type { Positions } from '../../layout/computeLayout';

const round = (n: number) => Math.round(n);

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
