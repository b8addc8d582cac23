import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateGraph } from '../../src/generate/generate';
import type { Graph } from '../../src/model/schema';
import { overlapsRange } from '../../src/model/dates';
import { chooseBrushProbe, chooseProbes } from './probes';

describe('chooseProbes', () => {
  it('picks a busy country, a year and a name with an element that must change, for a generated graph', () => {
    const graph = generateGraph({ entities: 400, relations: 1200, seed: 3 });
    const p = chooseProbes(graph);
    const ids = new Set([...graph.entities.map((e) => `e:${e.id}`), ...graph.relations.map((r) => `r:${r.id}`)]);
    expect(graph.entities.find((e) => e.id === p.country.id)?.kind).toBe('country');
    for (const probe of [p.country.probe, p.dates.probe, p.kinds.probe, p.search.probe]) expect(ids.has(probe.element)).toBe(true);
    const watched = graph.relations.find((r) => `r:${r.id}` === p.kinds.probe.element)!;
    expect(p.kinds.kinds).toHaveLength(1);
    expect(watched.kind).not.toBe(p.kinds.kinds[0]);
    expect(p.search.after.startsWith(p.search.before)).toBe(true);
    expect(p.search.after.length).toBe(p.search.before.length + 1);
  });

  it('works on the seed', () => {
    const seed = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Graph;
    const p = chooseProbes(seed);
    expect(p.country.id).toMatch(/^[a-z]{2}$/);
    expect(p.dates.from).toMatch(/^\d{4}$/);
  });

  it('picks, for a brushed range, a dated relation outside it, and none when every one is inside', () => {
    const graph = generateGraph({ entities: 400, relations: 1200, seed: 3 });
    const probe = chooseBrushProbe(graph, '2021-03', '2021-08')!;
    const relation = graph.relations.find((r) => `r:${r.id}` === probe.element)!;
    expect(relation.date).toBeDefined();
    expect(overlapsRange(relation.date!, '2021-03', '2021-08')).toBe(false);
    expect(probe).toMatchObject({ className: 'filtered', expected: true });
    expect(chooseBrushProbe(graph, '1900', '2100')).toBeUndefined();
  });
});
