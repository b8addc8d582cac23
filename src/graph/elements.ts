/**
 * Graph data → Cytoscape element definitions. Element data carries only scalars (ids, kind,
 * status, label); quotes, notes and participants are looked up in the store by id.
 *
 * A relation between two entities is one edge. A relation among three or more is one hub
 * node joined to each participant by spokes — one visual unit, selected and counted as one.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Entity, Graph, Relation } from '../model/schema';
import { clipText } from '../ui/UserText';
import { outletOf } from '../model/claims';
import { lookupById } from '../model/positions';
import { fansOf, type FanMember } from './bundles';

/** Element ids are namespaced: entity and relation ids may coincide in the data. */
export const entityNodeId = (entityId: string) => `e:${entityId}`;
export const relationEdgeId = (relationId: string) => `r:${relationId}`;
export const hubNodeId = (relationId: string) => `h:${relationId}`;
export const spokeId = (relationId: string, index: number) => `s:${relationId}:${index}`;

export const isHyper = (r: Relation) => r.participants.length > 2;

/** Longest name or office drawn on the canvas; the whole is in the details and the tooltip. */
export const MAX_LABEL_CHARS = 48;
/** Longest run without a space: the canvas wraps labels at spaces only, so a longer word would cross the graph. */
export const MAX_LABEL_WORD = 20;

function canvasText(text: string): string {
  return clipText(text, MAX_LABEL_CHARS).replace(new RegExp(`\\S{${MAX_LABEL_WORD + 1},}`, 'gu'), (word) => clipText(word, MAX_LABEL_WORD));
}

/** `office`: the one to show, when not the first title (OfficeLabelController: the office held at the date in view). */
export function entityLabel(e: Entity, office: string | undefined = e.offices?.[0]): string {
  const name = canvasText(e.name);
  return e.kind === 'person' && office ? `${name}\n${canvasText(office)}` : name;
}

/** Flags are not part of an element's definition: FlagController adds `flag` and `flagged` once on screen. */
function entityNode(e: Entity, major: ReadonlySet<string>): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: entityNodeId(e.id), entityId: e.id, kind: e.kind, label: entityLabel(e) },
    classes: `entity ${e.kind}${major.has(e.id) ? ' major' : ''}`,
  };
}

/** Which outlet each article is (a wire agency counts once however many papers print it). */
type OutletOf = ReadonlyMap<string, string>;

const outletMap = (graph: Graph): OutletOf => new Map(graph.articles.map((a) => [a.id, outletOf(a)]));

/** Corroboration in the picture: a claim two or three+ independent outlets report is drawn thicker. */
function corroboration(r: Relation, outlets: OutletOf): string {
  if (r.evidence.length < 2) return '';
  const n = new Set(r.evidence.map((e) => outlets.get(e.article) ?? e.article)).size;
  return n >= 3 ? ' corroborated corroborated-3' : n === 2 ? ' corroborated' : '';
}

function relationClasses(r: Relation, outlets: OutletOf): string {
  return `rel kind-${r.kind} status-${r.status}${r.directed ? ' directed' : ''}${corroboration(r, outlets)}`;
}

/** Relations sharing their pair with others (graph/bundles.ts): drawn as a fan of tagged arcs. */
type Fans = ReadonlyMap<string, FanMember>;

function relationParts(r: Relation, outlets: OutletOf, fans: Fans): ElementDefinition[] {
  const base = { relationId: r.id, kind: r.kind, status: r.status };
  if (!isHyper(r)) {
    const [source, target] = r.participants;
    const fan = fans.get(r.id);
    return [
      {
        group: 'edges',
        data: { id: relationEdgeId(r.id), source: entityNodeId(source), target: entityNodeId(target), ...base, ...(fan ? { tag: fan.tag } : {}) },
        classes: `${relationClasses(r, outlets)}${fan ? (fan.tag ? ' fanned' : ' fanned crowded') : ''}`,
      },
    ];
  }
  const hub: ElementDefinition = {
    group: 'nodes',
    data: { id: hubNodeId(r.id), ...base },
    classes: `hub kind-${r.kind} status-${r.status}`,
    grabbable: false,
  };
  // Directed: the actors point into the hub, the hub points at the others.
  const spokes = r.participants.map<ElementDefinition>((p, i) => {
    const actorSpoke = r.directed && i < (r.actors ?? 1);
    return {
      group: 'edges',
      data: {
        id: spokeId(r.id, i),
        source: actorSpoke || !r.directed ? entityNodeId(p) : hubNodeId(r.id),
        target: actorSpoke || !r.directed ? hubNodeId(r.id) : entityNodeId(p),
        ...base,
      },
      classes: `${relationClasses(r, outlets)} spoke`,
    };
  });
  return [hub, ...spokes];
}

/** `major`: entities labelled larger in a large graph (graph/scale.ts). */
export function buildElements(graph: Graph, major: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const outlets = outletMap(graph);
  const fans = fansOf(graph.relations);
  return [...graph.entities.map((e) => entityNode(e, major)), ...graph.relations.flatMap((r) => relationParts(r, outlets, fans))];
}

export interface ElementFactory {
  /** The node drawing an entity. */
  entity(id: string): ElementDefinition | undefined;
  /** The edge, or hub and spokes, drawing a relation. */
  relation(id: string): readonly ElementDefinition[];
}

/**
 * Element definitions by data id, made on first request: a large graph never needs most of them.
 * `large`: no fans either — a large graph draws straight lines without tags (graph/scale.ts),
 * and grouping 60,000 relations by pair only delayed its first frame.
 */
export function elementFactory(graph: Graph, major: ReadonlySet<string> = new Set(), large = false): ElementFactory {
  // The lists' shared look-ups (model/positions.ts): maps of their own cost 0.1 s of an XXL graph's first render.
  const entities = lookupById(graph.entities);
  const relations = lookupById(graph.relations);
  const nodes = new Map<string, ElementDefinition>();
  const parts = new Map<string, ElementDefinition[]>();
  const outlets = outletMap(graph);
  const fans: Fans = large ? new Map() : fansOf(graph.relations);
  return {
    entity(id) {
      let node = nodes.get(id);
      const e = entities.get(id);
      if (!node && e) nodes.set(id, (node = entityNode(e, major)));
      return node;
    },
    relation(id) {
      let list = parts.get(id);
      const r = relations.get(id);
      if (!list && r) parts.set(id, (list = relationParts(r, outlets, fans)));
      return list ?? [];
    },
  };
}
