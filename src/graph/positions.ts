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
  const delta = new Map<string, Point>();
  for (const e of graph.entities) {
    const id = entityNodeId(e.id);
    const base = layout[id] ?? { x: 0, y: 0 };
    const pin = pinned[e.id];
    out[id] = pin ? { x: pin.x, y: pin.y } : base;
    delta.set(e.id, pin ? { x: pin.x - base.x, y: pin.y - base.y } : { x: 0, y: 0 });
  }
  for (const r of graph.relations) {
    if (!isHyper(r)) continue;
    const base = layout[hubNodeId(r.id)] ?? { x: 0, y: 0 };
    let dx = 0;
    let dy = 0;
    for (const p of r.participants) {
      const d = delta.get(p) ?? { x: 0, y: 0 };
      dx += d.x;
      dy += d.y;
    }
    const n = r.participants.length;
    out[hubNodeId(r.id)] = { x: base.x + dx / n, y: base.y + dy / n };
  }
  return out;
}
