/**
 * The marks a data set's picture uses, so the legend explains those and no others: a reader of
 * one article should not have to read about bloc hexagons and denied lines it never shows.
 */
import { ENTITY_KINDS, RELATION_KINDS, STATUSES } from '../model/vocabulary';
import type { EntityKind, Graph, RelationKind, Status } from '../model/schema';
import { outletCounts } from '../model/claims';

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
  const entityKinds = new Set(graph.entities.map((e) => e.kind));
  const relationKinds = new Set(graph.relations.map((r) => r.kind));
  const statuses = new Set(graph.relations.map((r) => r.status));
  const outlets = outletCounts(graph.relations, graph.articles);
  return {
    // In the vocabulary's order, so the legend reads the same from one data set to the next.
    entityKinds: ENTITY_KINDS.filter((k) => entityKinds.has(k)),
    relationKinds: RELATION_KINDS.filter((k) => relationKinds.has(k)),
    statuses: STATUSES.filter((s) => statuses.has(s)),
    hubs: graph.relations.some((r) => r.participants.length > 2),
    arrows: graph.relations.some((r) => r.directed),
    corroborated: [...outlets.values()].some((n) => n >= 2),
  };
}
