import type { CollectionReturnValue, Core } from 'cytoscape';
import type { Selection } from '../state/viewState';
import { entityNodeId, hubNodeId, relationEdgeId } from './elements';

/** The canvas elements that draw a selection: a node, an edge, or a hub with its spokes. */
export function elementsOf(cy: Core, sel: Selection): CollectionReturnValue {
  if (sel.type === 'entity') return cy.getElementById(entityNodeId(sel.id)).union(cy.collection());
  const edge = cy.getElementById(relationEdgeId(sel.id));
  if (edge.nonempty()) return edge.union(cy.collection());
  const hub = cy.getElementById(hubNodeId(sel.id));
  return hub.union(hub.connectedEdges());
}
