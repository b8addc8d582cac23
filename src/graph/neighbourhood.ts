/**
 * The part of the graph to emphasise around a hovered or selected element, in data terms
 * (entity and relation ids), so it is testable without a canvas.
 */
import type { Selection } from '../state/viewState';
import type { GraphIndex } from './graphIndex';

export interface Focus {
  entities: Set<string>;
  relations: Set<string>;
}

export function neighbourhood(index: GraphIndex, target: Selection, visibleRelations: ReadonlySet<string>): Focus {
  const entities = new Set<string>();
  const relations = new Set<string>();
  const addRelation = (id: string) => {
    const r = index.relation.get(id);
    if (!r) return;
    relations.add(id);
    r.participants.forEach((p) => entities.add(p));
  };
  if (target.type === 'relation') addRelation(target.id);
  else {
    entities.add(target.id);
    for (const id of index.relationsOf.get(target.id) ?? []) if (visibleRelations.has(id)) addRelation(id);
  }
  return { entities, relations };
}
