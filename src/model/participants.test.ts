import { describe, expect, it } from 'vitest';
import { generateGraph } from '../generate/generate';
import { checkWholeGraph } from './check';
import { participantNumbersOf } from './participants';

describe('participant numbers', () => {
  it("are each participant's position among the entities, relation by relation", () => {
    const graph = generateGraph({ entities: 120, relations: 300, seed: 5 });
    const { first, list } = participantNumbersOf(graph);
    const at = new Map(graph.entities.map((e, i) => [e.id, i]));
    graph.relations.forEach((r, i) => expect([...list.subarray(first[i], first[i + 1])]).toEqual(r.participants.map((p) => at.get(p))));
  });

  it('come from the whole-graph check, which resolves every participant anyway, for a graph it accepts', () => {
    const graph = generateGraph({ entities: 120, relations: 300, seed: 6 });
    const texts = new Map(graph.articles.map((a) => [a.id, a.text]));
    expect(checkWholeGraph('g.json', graph, (id) => texts.get(id)).graph).toBe(graph);
    const expected = participantNumbersOf({ ...graph }); // another graph object: worked out from scratch
    // Were they worked out now, from a reordered entity list, they would differ: they are the check's.
    (graph as { entities: typeof graph.entities }).entities = [...graph.entities].reverse();
    expect(participantNumbersOf(graph)).toEqual(expected);
  });
});
