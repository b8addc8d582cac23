/**
 * Where each node is drawn: the computed layout, overridden by the positions the user pinned
 * by dragging (view.pinned, keyed by entity id). A relation hub is not draggable; it moves
 * with its participants — by the mean of their displacements from the layout — so it stays
 * between them and distinct hubs over the same participants never collapse onto one point.
 */
import type { Graph } from '../model/schema';
import type { Point } from '../state/viewState';
import type { Positions } from '../layout/computeLayout';
import { entityNodeId, hubNodeId, isHyper } from './elements';

export function resolvePositions(graph: Graph, layout: Positions, pinned: Readonly<Record<string, Point>>): Positions {
  const out: Positions = {};
  // How far each pinned entity moved from the layout; the others did not move. Only the pinned
  // are kept: a map of 100,000 zero moves took a third of this function's time at XXL.
  const delta = new Map<string, Point>();
  for (const e of graph.entities) {
    const id = entityNodeId(e.id);
    const base = layout[id] ?? ORIGIN;
    const pin = Object.hasOwn(pinned, e.id) ? pinned[e.id] : undefined;
    // Always fresh objects: Cytoscape keeps the object it is given as the node's live position,
    // so handing it the layout's own point would let a drag rewrite the layout.
    out[id] = pin ? { x: pin.x, y: pin.y } : { x: base.x, y: base.y };
    if (pin) delta.set(e.id, { x: pin.x - base.x, y: pin.y - base.y });
  }
  for (const r of graph.relations) {
    if (!isHyper(r)) continue;
    const base = layout[hubNodeId(r.id)] ?? ORIGIN;
    let dx = 0;
    let dy = 0;
    if (delta.size)
      for (const p of r.participants) {
        const d = delta.get(p);
        if (d) {
          dx += d.x;
          dy += d.y;
        }
      }
    const n = r.participants.length;
    out[hubNodeId(r.id)] = { x: base.x + dx / n, y: base.y + dy / n };
  }
  return out;
}

const ORIGIN: Point = { x: 0, y: 0 };
