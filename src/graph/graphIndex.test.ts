import { describe, expect, it } from 'vitest';
import { generateGraph } from '../generate/generate';
import { indexGraph } from './graphIndex';

describe('indexGraph', () => {
  const graph = generateGraph({ entities: 250, relations: 700, seed: 11 });
  const index = indexGraph(graph);

  it('finds every entity and relation by id, and nothing else', () => {
    for (const e of graph.entities) expect(index.entity.get(e.id)).toBe(e);
    for (const r of graph.relations) expect(index.relation.get(r.id)).toBe(r);
    expect(index.entity.get('no-such-id')).toBeUndefined();
    expect(index.relation.has('no-such-id')).toBe(false);
    expect(index.entity.has(graph.entities[0].id)).toBe(true);
  });

  it("gives each entity's relation ids in data order, as a map built by scanning the relations would", () => {
    const plain = new Map<string, string[]>();
    for (const r of graph.relations) for (const p of r.participants) plain.set(p, [...(plain.get(p) ?? []), r.id]);
    for (const e of graph.entities) {
      expect(index.relationsOf.get(e.id)).toEqual(plain.get(e.id));
      expect(index.relationsOf.has(e.id)).toBe(plain.has(e.id));
    }
    expect(graph.entities.some((e) => !plain.has(e.id))).toBe(true); // the case of an entity in no relation is covered
  });

  it('is built once per graph', () => {
    expect(indexGraph(graph)).toBe(index);
  });
});
