/**
 * Arranges the connected components of a laid-out graph: the largest stays where the force
 * layout put it, the others are shelved in rows beside it, left to right and top to bottom, in
 * a column about as tall as the largest. The whole picture then comes out roughly as wide as
 * tall or wider — a corpus of many stories fits a desktop's landscape canvas at a zoom where
 * names can be read, and a phone no worse than a column would — and small islands (a lone
 * agency, a researcher and their institute) stay close by instead of flung to the side.
 * Deterministic: order is by size, then by first node id.
 */
import type { LayoutEdge, LayoutNode, Positions } from './runLayout';
import { maxOf } from '../model/extent';

export function connectedComponents(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): string[][] {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const e of edges) {
    if (!parent.has(e.source) || !parent.has(e.target)) continue;
    const a = find(e.source);
    const b = find(e.target);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const n of nodes) {
    const root = find(n.id);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = []));
    g.push(n.id);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function packComponents(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], positions: Positions, gap = 40): Positions {
  const components = connectedComponents(nodes, edges);
  if (components.length < 2) return positions;
  const size = new Map(nodes.map((n) => [n.id, n]));
  const boxOf = (ids: string[]): Box => {
    const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    for (const id of ids) {
      const p = positions[id];
      const n = size.get(id)!;
      box.x1 = Math.min(box.x1, p.x - n.width / 2);
      box.x2 = Math.max(box.x2, p.x + n.width / 2);
      box.y1 = Math.min(box.y1, p.y - n.height / 2);
      box.y2 = Math.max(box.y2, p.y + n.height / 2);
    }
    return box;
  };
  const out: Positions = { ...positions };
  const main = boxOf(components[0]);
  const rest = components.slice(1).map((ids) => ({ ids, box: boxOf(ids) }));
  const area = rest.reduce((sum, { box }) => sum + (box.x2 - box.x1 + gap) * (box.y2 - box.y1 + gap), 0);
  // A column of shelves as tall as the main component holds the rest when it is this wide (at least the widest island).
  const columnWidth = Math.max(maxOf(rest.map(({ box }) => box.x2 - box.x1), 300), (area / Math.max(main.y2 - main.y1, 300)) * 1.15);
  const left = main.x2 + gap;
  let x = left;
  let y = main.y1;
  let rowHeight = 0;
  for (const { ids, box } of rest) {
    const w = box.x2 - box.x1;
    const h = box.y2 - box.y1;
    if (x > left && x + w > left + columnWidth) {
      x = left;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    const dx = x - box.x1;
    const dy = y - box.y1;
    for (const id of ids) out[id] = { x: positions[id].x + dx, y: positions[id].y + dy };
    x += w + gap;
    rowHeight = Math.max(rowHeight, h);
  }
  return out;
}
