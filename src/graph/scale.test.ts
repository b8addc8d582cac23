import { describe, expect, it } from 'vitest';
import { generateGraph } from '../generate/generate';
import { buildElements } from './elements';
import { markMinor } from './levelOfDetail';
import { isLargeGraph, majorEntities, minorElementIds } from './scale';

describe('large-graph level of detail', () => {
  const graph = generateGraph({ entities: 1000, relations: 3000, seed: 2 });

  it('treats a generated M graph as large and the seed-sized one as small', () => {
    expect(isLargeGraph(graph)).toBe(true);
    expect(isLargeGraph({ ...graph, entities: graph.entities.slice(0, 10), relations: graph.relations.slice(0, 20) })).toBe(false);
  });

  it('keeps hubs, countries and blocs in the overview and hides members and their relations', () => {
    const major = majorEntities(graph);
    const minor = minorElementIds(graph);
    expect(major.size).toBeGreaterThanOrEqual(12);
    for (const e of graph.entities) {
      const hidden = minor.has(`e:${e.id}`);
      if (e.kind === 'country' || e.kind === 'bloc' || major.has(e.id)) expect(hidden, e.id).toBe(false);
      else if (e.country) expect(hidden, e.id).toBe(true);
    }
    for (const r of graph.relations.filter((x) => x.participants.length === 2)) {
      const touchesMinor = r.participants.some((p) => minor.has(`e:${p}`));
      expect(minor.has(`r:${r.id}`), r.id).toBe(touchesMinor);
    }
  });

  it('creates the hidden elements already marked, so opening restyles nothing', () => {
    const minor = minorElementIds(graph);
    const marked = markMinor(buildElements(graph), minor);
    for (const el of marked) expect((el.classes ?? '').includes('lod-minor'), String(el.data.id)).toBe(minor.has(el.data.id as string));
  });
});
