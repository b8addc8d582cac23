/**
 * Data sync for positions: layout + the user's pinned positions → node positions. Runs when
 * `pinned` changes (a drag elsewhere, back/forward, a deep link); while a node is being
 * dragged, the hubs of its relations follow it live.
 */
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import type { Graph } from '../../model/schema';
import type { Positions } from '../../layout/computeLayout';
import { useStore } from '../../state/store';
import { positionResolver, type PositionOf } from '../positions';

function apply(cy: Core, positionOf: PositionOf, onlyHubs = false) {
  cy.batch(() => {
    (onlyHubs ? cy.nodes('.hub') : cy.nodes()).forEach((node) => {
      if (node.grabbed()) return;
      const p = positionOf(node.id());
      // Setting a position fires events and dirties caches even when it does not change: skip those.
      if (!p) return;
      const now = node.position();
      if (now.x !== p.x || now.y !== p.y) node.position(p);
    });
  });
}

export function PositionsController({ cy, graph, layout }: { cy: Core; graph: Graph; layout: Positions }) {
  const pinned = useStore((s) => s.view.pinned);

  useEffect(() => {
    apply(cy, positionResolver(graph, layout, pinned));
  }, [cy, graph, layout, pinned]);

  useEffect(() => {
    const onDrag = (event: EventObject) => {
      const node = event.target;
      const entityId = node.data('entityId') as string | undefined;
      if (!entityId) return;
      const { x, y } = node.position();
      const live = { ...useStore.getState().view.pinned, [entityId]: { x, y } };
      apply(cy, positionResolver(graph, layout, live), true);
    };
    cy.on('drag', 'node.entity', onDrag);
    return () => void cy.removeListener('drag', 'node.entity', onDrag);
  }, [cy, graph, layout]);

  return null;
}
