/**
 * The marks a data set's picture uses, so the legend explains those and no others: a reader of
 * one article should not have to read about bloc hexagons and denied lines it never shows.
 */
import { ENTITY_KINDS, RELATION_KINDS, STATUSES } from '../model/vocabulary';
import type { EntityKind, Graph, RelationKind, Status } from '../model/schema';
import { anyCorroborated } from '../model/claims';

export interface LegendMarks {
  entityKinds: EntityKind[];
  relationKinds: RelationKind[];
  statuses: Status[];
  /** A relation among three or more, drawn through a hub. */
  hubs: boolean;
  arrows: boolean;
  /** A claim two or more independent outlets report, drawn thicker. */
  corroborated: boolean;
}

export function legendMarks(graph: Graph): LegendMarks {
  const entityKinds = new Set<EntityKind>();
  for (const e of graph.entities) entityKinds.add(e.kind);
  // One pass over the relations, not five: at 300,000 they are the legend's whole cost.
  const relationKinds = new Set<RelationKind>();
  const statuses = new Set<Status>();
  let hubs = false;
  let arrows = false;
  for (const r of graph.relations) {
    relationKinds.add(r.kind);
    statuses.add(r.status);
    if (r.participants.length > 2) hubs = true;
    if (r.directed) arrows = true;
    // Every mark found (in a large graph, within the first few hundred relations): the rest can add none.
    if (hubs && arrows && relationKinds.size === RELATION_KINDS.length && statuses.size === STATUSES.length) break;
  }
  return {
    // In the vocabulary's order, so the legend reads the same from one data set to the next.
    entityKinds: ENTITY_KINDS.filter((k) => entityKinds.has(k)),
    relationKinds: RELATION_KINDS.filter((k) => relationKinds.has(k)),
    statuses: STATUSES.filter((s) => statuses.has(s)),
    hubs,
    arrows,
    corroborated: anyCorroborated(graph.relations, graph.articles),
  };
}
