import { describe, expect, it } from 'vitest';
import { generateGraph } from '../generate/generate';
import { isLargeGraph, majorEntities } from './scale';

describe('large-graph settings', () => {
  const graph = generateGraph({ entities: 1000, relations: 3000, seed: 2 });

  it('treats a generated M graph as large and the seed-sized one as small', () => {
    expect(isLargeGraph(graph)).toBe(true);
    expect(isLargeGraph({ ...graph, entities: graph.entities.slice(0, 10), relations: graph.relations.slice(0, 20) })).toBe(false);
  });

  it('names the busiest 1% (at least 12) as hubs, the busiest first', () => {
    const major = majorEntities(graph);
    expect(major.size).toBe(12);
    const degree = new Map<string, number>();
    for (const r of graph.relations) for (const p of r.participants) degree.set(p, (degree.get(p) ?? 0) + 1);
    const weakestHub = Math.min(...[...major].map((id) => degree.get(id) ?? 0));
    const strongestOther = Math.max(...graph.entities.filter((e) => !major.has(e.id)).map((e) => degree.get(e.id) ?? 0));
    expect(weakestHub).toBeGreaterThanOrEqual(strongestOther);
  });

  it('picks the same hubs as ranking every entity, ties broken by id, at any size', () => {
    const ranked = (g: typeof graph) => {
      const degree = new Map<string, number>();
      for (const r of g.relations) for (const p of r.participants) degree.set(p, (degree.get(p) ?? 0) + 1);
      const ids = g.entities.map((e) => e.id).sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
      return ids.slice(0, Math.max(12, Math.round(g.entities.length / 100)));
    };
    for (const g of [graph, generateGraph({ entities: 3000, relations: 2000, seed: 9 }), { ...graph, entities: graph.entities.slice(0, 8), relations: [] }]) {
      expect([...majorEntities(g)].sort()).toEqual(ranked(g).sort());
    }
  });
});
