/**
 * The selection as nodes and edges, drawn as the canvas draws it: an entity is a node; a
 * relation between two is an edge; a relation among three or more is a small hub node joined
 * to each participant by a spoke, every spoke carrying the relation's attributes. Shared by the
 * GEXF, GraphML and SVG writers, so the three files show the same network.
 */
import type { Entity, Relation } from '../model/schema';
import { DENIED_COLOR, ENTITY_STYLES, HUB_STYLE, RELATION_KIND_STYLES, STATUS_STYLES, type NodeShape } from '../ui/styleConstants';
import type { Selection } from './selection';

export interface NetNode {
  id: string;
  label: string;
  /** An entity kind, or "relation" for a hub. */
  kind: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: NodeShape;
  fill: string;
  border: string;
  attributes: Record<string, string | number>;
}

export interface NetEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  color: string;
  width: number;
  /** Stroke dash pattern (SVG), undefined for a solid line. */
  dash?: number[];
  status: Relation['status'];
  attributes: Record<string, string | number>;
}

export interface Network {
  nodes: NetNode[];
  edges: NetEdge[];
}

export function dateStart(r: Relation): string {
  return r.date === undefined ? '' : typeof r.date === 'string' ? r.date : r.date.start;
}

export function dateEnd(r: Relation): string {
  return r.date === undefined ? '' : typeof r.date === 'string' ? r.date : r.date.end;
}

export function relationColor(r: Relation): string {
  return r.status === 'denied' ? DENIED_COLOR : RELATION_KIND_STYLES[r.kind].color;
}

/** Distinct articles quoted for a relation. */
export function sourceCount(r: Relation): number {
  return new Set(r.evidence.map((e) => e.article)).size;
}

function entityAttributes(e: Entity, names: ReadonlyMap<string, string>): Record<string, string | number> {
  return {
    kind: e.kind,
    country: e.country ?? '',
    countryName: e.country ? (names.get(e.country) ?? '') : '',
    offices: (e.offices ?? []).join('; '),
    aliases: e.aliases.join('; '),
    description: e.description ?? '',
  };
}

export function relationAttributes(r: Relation): Record<string, string | number> {
  return {
    relation: r.id,
    kind: r.kind,
    status: r.status,
    start: dateStart(r),
    end: dateEnd(r),
    dateText: r.dateText ?? '',
    sources: sourceCount(r),
    quotes: r.evidence.length,
    summary: r.summary,
    origin: r.origin,
  };
}

export function buildNetwork(selection: Selection): Network {
  const names = new Map(selection.entities.map((e) => [e.id, e.name]));
  const nodes: NetNode[] = selection.entities.map((e) => {
    const style = ENTITY_STYLES[e.kind];
    const at = selection.entityAt.get(e.id) ?? { x: 0, y: 0 };
    return {
      id: e.id,
      label: e.name,
      kind: e.kind,
      x: at.x,
      y: at.y,
      width: style.width,
      height: style.height,
      shape: style.shape,
      fill: style.fill,
      border: style.border,
      attributes: entityAttributes(e, names),
    };
  });
  const edges: NetEdge[] = [];
  for (const r of selection.relations) {
    const status = STATUS_STYLES[r.status];
    const line = { directed: r.directed, color: relationColor(r), width: status.width, dash: status.dash, status: r.status, attributes: relationAttributes(r) };
    if (r.participants.length === 2) {
      edges.push({ id: r.id, source: r.participants[0], target: r.participants[1], ...line });
      continue;
    }
    const hub = `hub-${r.id}`;
    const at = selection.hubAt.get(r.id) ?? { x: 0, y: 0 };
    nodes.push({
      id: hub,
      label: `${RELATION_KIND_STYLES[r.kind].label} (${STATUS_STYLES[r.status].label.toLowerCase()})`,
      kind: 'relation',
      x: at.x,
      y: at.y,
      width: HUB_STYLE.size,
      height: HUB_STYLE.size,
      shape: 'ellipse',
      fill: relationColor(r),
      border: HUB_STYLE.border,
      attributes: { kind: 'relation', country: '', countryName: '', offices: '', aliases: '', description: r.summary },
    });
    // Directed: the actors point into the hub, the hub at the others (as on the canvas).
    r.participants.forEach((p, i) => {
      const inward = !r.directed || i < (r.actors ?? 1);
      edges.push({ id: `${r.id}--${i}`, source: inward ? p : hub, target: inward ? hub : p, ...line });
    });
  }
  return { nodes, edges };
}
