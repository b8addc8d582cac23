import { describe, expect, it } from 'vitest';
import { generateGraph } from '../generate/generate';
import type { Graph } from '../model/schema';
import { relationCountriesOf, relationsByEntityOf } from './relationCodes';

const range = (index: { first: Int32Array; list: Int32Array }, i: number) => [...index.list.subarray(index.first[i], index.first[i + 1])];

/** The same facts worked out the plain way, with ids, sets and arrays. */
function plainCountries(graph: Graph): string[][] {
  const countryOf = new Map(graph.entities.map((e) => [e.id, e.kind === 'country' ? e.id : e.country]));
  return graph.relations.map((r) => [...new Set(r.participants.map((p) => countryOf.get(p)).filter((c): c is string => c != null))]);
}
function plainRelationsOf(graph: Graph): number[][] {
  return graph.entities.map((e) => graph.relations.flatMap((r, i) => (r.participants.includes(e.id) ? [i] : [])));
}

describe('per-graph relation codes', () => {
  const generated = generateGraph({ entities: 300, relations: 900, seed: 7 });

  it("lists each entity's relations, ascending, as a scan of every relation would", () => {
    const index = relationsByEntityOf(generated);
    const expected = plainRelationsOf(generated);
    generated.entities.forEach((_, e) => expect(range(index, e)).toEqual(expected[e]));
  });

  it("gives each relation its participants' countries, once each, named in order of first appearance", () => {
    const countries = relationCountriesOf(generated);
    const expected = plainCountries(generated);
    generated.relations.forEach((_, i) => expect(range(countries, i).map((n) => countries.ids[n])).toEqual(expected[i]));
    expect(countries.ids).toEqual([...new Set(expected.flat())]);
  });

  it('counts a participant listed twice once, and skips entities with no country', () => {
    const graph = {
      articles: [],
      entities: [
        { id: 'kp', kind: 'country', name: 'North Korea' },
        { id: 'kim', kind: 'person', name: 'Kim', country: 'kp' },
        { id: 'un', kind: 'organization', name: 'UN' },
        { id: 'ru', kind: 'country', name: 'Russia' },
      ],
      relations: [
        { id: 'r1', kind: 'meeting', status: 'reported', participants: ['kim', 'kim', 'ru'], evidence: [] },
        { id: 'r2', kind: 'support', status: 'reported', participants: ['un', 'kp', 'kim'], evidence: [] },
      ],
    } as unknown as Graph;
    const byEntity = relationsByEntityOf(graph);
    expect([0, 1, 2, 3].map((e) => range(byEntity, e))).toEqual([[1], [0, 1], [1], [0]]);
    const countries = relationCountriesOf(graph);
    expect(countries.ids).toEqual(['kp', 'ru']);
    expect([range(countries, 0), range(countries, 1)]).toEqual([[0, 1], [0]]);
  });
});
