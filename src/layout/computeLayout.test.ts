import { describe, expect, it } from 'vitest';
import { computeLayout, layoutInput } from './computeLayout';
import { runLayout, seededRandom } from './runLayout';
import { seedGraph } from '../test/fixtures';
import { entityNodeId, hubNodeId } from '../graph/elements';

describe('layout', () => {
  const graph = seedGraph();

  it('the seeded generator repeats itself and differs by seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('places every entity and every relation hub', async () => {
    const positions = await computeLayout(graph);
    for (const e of graph.entities) expect(positions[entityNodeId(e.id)]).toBeDefined();
    for (const r of graph.relations.filter((r) => r.participants.length > 2)) expect(positions[hubNodeId(r.id)]).toBeDefined();
  });

  it('is deterministic: the same data gives the same positions, and Math.random is left alone', async () => {
    const before = Math.random;
    const a = await computeLayout(graph);
    const b = await computeLayout(graph);
    expect(b).toEqual(a);
    expect(Math.random).toBe(before);
    // A different seed gives a different picture, so the test above is not vacuous.
    expect(runLayout({ ...layoutInput(graph), seed: 1 })).not.toEqual(a);
  });

  it('spreads nodes apart (no two entities stacked)', async () => {
    const positions = await computeLayout(graph);
    const pts = graph.entities.map((e) => positions[entityNodeId(e.id)]);
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        expect(Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y)).toBeGreaterThan(20);
      }
    }
  });
});
