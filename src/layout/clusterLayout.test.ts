import { describe, expect, it } from 'vitest';
import { generateGraph } from '../generate/generate';
import { layoutInput } from './computeLayout';
import { clusterLayout } from './clusterLayout';
import { CLUSTER_LAYOUT_THRESHOLD, runLayout, type LayoutInput, type Positions } from './runLayout';

function overlaps(input: LayoutInput, pos: Positions): number {
  let count = 0;
  const n = input.nodes;
  for (let i = 0; i < n.length; i++)
    for (let j = i + 1; j < n.length; j++) {
      const a = pos[n[i].id];
      const b = pos[n[j].id];
      if (Math.abs(a.x - b.x) < (n[i].width + n[j].width) / 2 && Math.abs(a.y - b.y) < (n[i].height + n[j].height) / 2) count++;
    }
  return count;
}

describe('clusterLayout', () => {
  const graph = generateGraph({ entities: 700, relations: 2100, seed: 5 });
  const input = layoutInput(graph);

  it('is used above the threshold and places every node, with no two boxes (shape and label room) overlapping', () => {
    expect(input.nodes.length).toBeGreaterThan(CLUSTER_LAYOUT_THRESHOLD);
    const pos = runLayout(input);
    for (const n of input.nodes) expect(Number.isFinite(pos[n.id]?.x) && Number.isFinite(pos[n.id]?.y), n.id).toBe(true);
    expect(overlaps(input, pos)).toBe(0);
  });

  it('is deterministic: same input, same positions', () => {
    expect(clusterLayout(input)).toEqual(clusterLayout(input));
  });

  it('keeps people and organizations near their country', () => {
    const pos = clusterLayout(input);
    const byId = new Map(input.nodes.map((n) => [n.id, n]));
    const members = input.nodes.filter((n) => n.group);
    const near = members.filter((m) => {
      const own = pos[m.group!];
      const d = Math.hypot(pos[m.id].x - own.x, pos[m.id].y - own.y);
      // Nearer its own country than the median distance to all countries.
      const others = input.nodes.filter((n) => !n.group && !n.hub && byId.get(n.id)).map((c) => Math.hypot(pos[m.id].x - pos[c.id].x, pos[m.id].y - pos[c.id].y));
      others.sort((a, b) => a - b);
      return d <= others[Math.floor(others.length / 2)];
    });
    expect(near.length).toBe(members.length);
  });
});
