/**
 * Where each node is drawn: the computed layout, overridden by the positions the user pinned
 * by dragging (view.pinned, keyed by entity id). A relation hub is not draggable; it moves
 * with its participants — by the mean of their displacements from the layout — so it stays
 * between them and distinct hubs over the same participants never collapse onto one point.
 */
import type { Graph } from '../model/schema';
import type { Point } from '../state/viewState';
import type { Positions } from '../layout/computeLayout';
import { isHyper } from './elements';
import { indexGraph } from './graphIndex';

/** A node's position by its element id; undefined for an id that is neither an entity's nor a hub's. */
export type PositionOf = (nodeId: string) => Point | undefined;

/**
 * Positions asked for node by node, as Cytoscape's few hundred nodes arrive or move: a map of
 * every node was built on each render, pin and drag event (a third of a second at 100,000
 * entities). Always fresh objects: Cytoscape keeps the object it is given as the node's live
 * position, so handing it the layout's own point would let a drag rewrite the layout.
 */
export function positionResolver(graph: Graph, layout: Positions, pinned: Readonly<Record<string, Point>>): PositionOf {
  const relations = indexGraph(graph).relation;
  const pinOf = (entityId: string) => (Object.hasOwn(pinned, entityId) ? pinned[entityId] : undefined);
  const anyPinned = Object.keys(pinned).length > 0;
  return (nodeId) => {
    const base = layout[nodeId] ?? ORIGIN;
    if (nodeId.startsWith('e:')) {
      const pin = pinOf(nodeId.slice(2));
      return pin ? { x: pin.x, y: pin.y } : { x: base.x, y: base.y };
    }
    const relation = nodeId.startsWith('h:') ? relations.get(nodeId.slice(2)) : undefined;
    if (!relation || !isHyper(relation)) return undefined;
    // A hub moves by the mean of its participants' moves from the layout.
    let dx = 0;
    let dy = 0;
    if (anyPinned)
      for (const p of relation.participants) {
        const pin = pinOf(p);
        if (!pin) continue;
        const from = layout[`e:${p}`] ?? ORIGIN;
        dx += pin.x - from.x;
        dy += pin.y - from.y;
      }
    const n = relation.participants.length;
    return { x: base.x + dx / n, y: base.y + dy / n };
  };
}

const ORIGIN: Point = { x: 0, y: 0 };
