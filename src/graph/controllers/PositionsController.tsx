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
import { resolvePositions } from '../positions';

function apply(cy: Core, positions: Positions, onlyHubs = false) {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (node.grabbed() || (onlyHubs && !node.hasClass('hub'))) return;
      const p = positions[node.id()];
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
    apply(cy, resolvePositions(graph, layout, pinned));
  }, [cy, graph, layout, pinned]);

  useEffect(() => {
    const onDrag = (event: EventObject) => {
      const node = event.target;
      const entityId = node.data('entityId') as string | undefined;
      if (!entityId) return;
      const { x, y } = node.position();
      const live = { ...useStore.getState().view.pinned, [entityId]: { x, y } };
      apply(cy, resolvePositions(graph, layout, live), true);
    };
    cy.on('drag', 'node.entity', onDrag);
    return () => void cy.removeListener('drag', 'node.entity', onDrag);
  }, [cy, graph, layout]);

  return null;
}
