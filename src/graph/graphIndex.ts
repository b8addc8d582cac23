/**
 * Lookups the graph view needs on every interaction, once per dataset. Each is built on its
 * first use from per-graph indices the filters share (each list's positions, model/positions.ts;
 * each entity's relations as typed arrays, filters/relationCodes.ts), not as maps of their own: three maps over 100,000 entities and
 * 300,000 relations took 0.3 s of the render that draws a large graph's first frame, most of
 * them for lookups that frame never makes.
 */
import type { Entity, Graph, Relation } from '../model/schema';
import { lookupById, type Lookup } from '../model/positions';
import { entityOrderOf } from '../model/participants';
import { relationsByEntityOf } from '../filters/relationCodes';

export interface GraphIndex {
  entity: Lookup<Entity>;
  relation: Lookup<Relation>;
  /** Relation ids each entity takes part in, in data order. */
  relationsOf: Lookup<readonly string[]>;
}

const cache = new WeakMap<Graph, GraphIndex>();

export function indexGraph(graph: Graph): GraphIndex {
  let index = cache.get(graph);
  if (!index) cache.set(graph, (index = { entity: lookupById(graph.entities), relation: lookupById(graph.relations), relationsOf: relationsOfEntity(graph) }));
  return index;
}

/** Each entity's relation ids, for entities in at least one relation (as a map of them would hold). */
function relationsOfEntity(graph: Graph): Lookup<readonly string[]> {
  const rangeOf = (id: string) => {
    const e = entityOrderOf(graph).get(id);
    if (e === undefined) return undefined;
    const { first, list } = relationsByEntityOf(graph);
    return first[e + 1] > first[e] ? { from: first[e], to: first[e + 1], list } : undefined;
  };
  return {
    get: (id) => {
      const range = rangeOf(id);
      if (!range) return undefined;
      const ids: string[] = [];
      for (let k = range.from; k < range.to; k++) ids.push(graph.relations[range.list[k]].id);
      return ids;
    },
    has: (id) => rangeOf(id) !== undefined,
  };
}
