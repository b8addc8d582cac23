/**
 * Walking the graph with the keyboard, in data terms so it is testable without a canvas.
 * The walk alternates between entities and relations: from an entity the arrow keys reach the
 * visible relations it takes part in; from a relation, its participants. Of those neighbours,
 * an arrow goes to the one lying most in its direction on the screen (the nearest one first
 * when two lie about as well), so the walk follows the picture the user sees.
 */
import type { Graph } from '../model/schema';
import type { Selection } from '../state/viewState';
import type { Visible } from '../filters/visible';
import type { GraphIndex } from './graphIndex';
import { ENTITY_STYLES, RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { plural } from '../ui/format';

export interface Point {
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function directionOfKey(key: string): Direction | undefined {
  return ARROWS[key];
}

const UNIT: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/** The visible elements one step away from `from`: its relations for an entity, its participants for a relation. */
export function neighboursOf(index: GraphIndex, from: Selection, visible: Pick<Visible, 'entities' | 'relations'>): Selection[] {
  if (from.type === 'entity') {
    return (index.relationsOf.get(from.id) ?? []).filter((id) => visible.relations.has(id)).map((id) => ({ type: 'relation', id }));
  }
  const relation = index.relation.get(from.id);
  return (relation?.participants ?? []).filter((id) => visible.entities.has(id)).map((id) => ({ type: 'entity', id }));
}

/**
 * The candidate an arrow leads to. Those ahead of `from` (within 90° of the arrow) come first,
 * scored by distance along the arrow plus twice the distance across it, so a neighbour straight
 * ahead beats a nearer one off to the side. When none is ahead, the one whose bearing is closest
 * to the arrow's: an arrow always moves while there is a neighbour.
 */
export function pickInDirection<T>(from: Point, candidates: ReadonlyArray<{ item: T; at: Point }>, direction: Direction): T | undefined {
  const u = UNIT[direction];
  let best: { item: T; ahead: boolean; score: number } | undefined;
  for (const c of candidates) {
    const dx = c.at.x - from.x;
    const dy = c.at.y - from.y;
    const along = dx * u.x + dy * u.y;
    const across = Math.abs(dx * u.y - dy * u.x);
    const ahead = along > 0;
    const distance = Math.hypot(dx, dy);
    // Ahead: lower is better. Behind: the bearing's cosine, negated so lower is better too.
    const score = ahead ? along + 2 * across : distance === 0 ? 1 : -along / distance;
    if (!best || (ahead && !best.ahead) || (ahead === best.ahead && score < best.score)) best = { item: c.item, ahead, score };
  }
  return best?.item;
}

/**
 * Where the walk starts when the graph gets focus: the selection when it is visible, else the
 * visible entity with the most visible relations (the centre of the story), first in data order.
 */
export function startOfWalk(graph: Graph, index: GraphIndex, visible: Pick<Visible, 'entities' | 'relations'>, selected?: Selection): Selection | undefined {
  if (selected && (selected.type === 'entity' ? visible.entities.has(selected.id) : visible.relations.has(selected.id))) return selected;
  let best: { id: string; degree: number } | undefined;
  for (const e of graph.entities) {
    if (!visible.entities.has(e.id)) continue;
    const degree = (index.relationsOf.get(e.id) ?? []).filter((id) => visible.relations.has(id)).length;
    if (!best || degree > best.degree) best = { id: e.id, degree };
  }
  return best && { type: 'entity', id: best.id };
}

/**
 * What a screen reader says when an element gets keyboard focus:
 * "Belarus, country, 5 relations" or "Belarus — cooperation, proposed — Russia, North Korea (3 sources)".
 */
export function describeForReader(index: GraphIndex, sel: Selection, visible: Pick<Visible, 'entities' | 'relations'>): string {
  const name = (id: string) => index.entity.get(id)?.name ?? id;
  if (sel.type === 'entity') {
    const entity = index.entity.get(sel.id);
    if (!entity) return '';
    const relations = (index.relationsOf.get(sel.id) ?? []).filter((id) => visible.relations.has(id)).length;
    return `${entity.name}, ${ENTITY_STYLES[entity.kind].label.toLowerCase()}, ${plural(relations, 'relation')}`;
  }
  const relation = index.relation.get(sel.id);
  if (!relation) return '';
  const [first, ...others] = relation.participants;
  const sources = new Set(relation.evidence.map((e) => e.article)).size;
  const kind = RELATION_KIND_STYLES[relation.kind].label.toLowerCase();
  const status = STATUS_STYLES[relation.status].label.toLowerCase();
  return `${name(first)} — ${kind}, ${status} — ${others.map(name).join(', ')} (${plural(sources, 'source')})`;
}
