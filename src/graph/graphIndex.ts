/** Lookups the graph view needs on every interaction, built once per dataset. */
import type { Entity, Graph, Relation } from '../model/schema';

export interface GraphIndex {
  entity: ReadonlyMap<string, Entity>;
  relation: ReadonlyMap<string, Relation>;
  /** Relation ids each entity takes part in, in data order. */
  relationsOf: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<Graph, GraphIndex>();

export function indexGraph(graph: Graph): GraphIndex {
  let index = cache.get(graph);
  if (index) return index;
  const relationsOf = new Map<string, string[]>();
  for (const r of graph.relations) {
    for (const p of r.participants) {
      let list = relationsOf.get(p);
      if (!list) relationsOf.set(p, (list = []));
      list.push(r.id);
    }
  }
  index = {
    entity: new Map(graph.entities.map((e) => [e.id, e])),
    relation: new Map(graph.relations.map((r) => [r.id, r])),
    relationsOf,
  };
  cache.set(graph, index);
  return index;
}
