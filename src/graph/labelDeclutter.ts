/**
 * Which labels to drop so that the ones left never overlap: the busiest entities keep theirs,
 * a minor label that would collide with a kept one is hidden (its node stays, and the tooltip
 * still names it). Pure, so the choice is tested without a canvas.
 */
/** The class that hides a label that would overlap a busier one (LabelDeclutterController). */
export const LABEL_DROPPED = 'label-dropped';
/** Emitted on the Cytoscape instance when a pass changed which labels are dropped. */
export const LABELS_DECLUTTERED_EVENT = 'entente-labels-decluttered';

export interface LabelBox {
  id: string;
  /** Higher keeps its label first (the selection, then the busiest nodes). */
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /**
   * The node's body, when it is drawn as a mark a kept label must not cover (a large graph's hub
   * dots): a kept label is clear of the other kept labels and bodies, and its body of their labels.
   * Kept apart from the label rather than merged into one box, whose corners beside the dot would
   * push away names that fit.
   */
  body?: Rect;
}

const overlaps = (a: Rect, b: Rect, gap: number) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
const partsOf = (box: LabelBox): Rect[] => (box.body ? [box, box.body] : [box]);

/** The ids whose labels to hide: greedily, by priority (ties by id, so the choice is stable), each label kept unless it (or its body) overlaps one kept before it (or its body). */
export function labelsToDrop(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept: Rect[] = [];
  const dropped = new Set<string>();
  for (const box of order) {
    const parts = partsOf(box);
    if (kept.some((k) => parts.some((p) => overlaps(p, k, gap)))) dropped.add(box.id);
    else kept.push(...parts);
  }
  return dropped;
}

/** Where a label sits around its node; below is the stylesheet's place for it. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';
/** Tried in this order: below reads most naturally, then above; beside only when neither is free. */
export const LABEL_SIDES: readonly LabelSide[] = ['below', 'above', 'right', 'left'];

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NodeLabel {
  id: string;
  priority: number;
  /** The node's own shape, without its label. */
  body: Rect;
  width: number;
  height: number;
  /** Space between the body and the label on every side. */
  margin: number;
}

/** The box of a label put on this side of its node. */
export function labelBoxAt(label: NodeLabel, side: LabelSide): Rect {
  const { body, width: w, height: h, margin: m } = label;
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  if (side === 'below') return { x1: cx - w / 2, y1: body.y2 + m, x2: cx + w / 2, y2: body.y2 + m + h };
  if (side === 'above') return { x1: cx - w / 2, y1: body.y1 - m - h, x2: cx + w / 2, y2: body.y1 - m };
  if (side === 'right') return { x1: body.x2 + m, y1: cy - h / 2, x2: body.x2 + m + w, y2: cy + h / 2 };
  return { x1: body.x1 - m - w, y1: cy - h / 2, x2: body.x1 - m, y2: cy + h / 2 };
}

const meets = (a: Rect, b: Rect, gap: number) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
const inside = (a: Rect, bounds: Rect) => a.x1 >= bounds.x1 && a.y1 >= bounds.y1 && a.x2 <= bounds.x2 && a.y2 <= bounds.y2;

/**
 * Which side each label goes, and which labels to drop: greedily by priority (ties by id), a
 * label takes the first side where it is clear of the labels kept before it and of every other
 * node (and inside `bounds`, the visible canvas, when given). Where no side is clear of both,
 * a label of priority `keepOnNodesFrom` or more (a country's) stays below if no kept label is
 * there — a name that marks where a crowd is matters more than the dots under it — and any
 * other is dropped: a minor name over someone else's dot reads as theirs.
 */
export function placeLabels(
  labels: readonly NodeLabel[],
  bodies: ReadonlyArray<Rect & { id: string }>,
  { gap = 2, bounds, keepOnNodesFrom = Infinity }: { gap?: number; bounds?: Rect; keepOnNodesFrom?: number } = {},
): { dropped: Set<string>; sides: Map<string, LabelSide> } {
  const order = [...labels].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept: Rect[] = [];
  const dropped = new Set<string>();
  const sides = new Map<string, LabelSide>();
  for (const label of order) {
    const clearOfLabels = (box: Rect) => !kept.some((k) => meets(box, k, gap));
    const clearOfNodes = (box: Rect) => !bodies.some((b) => b.id !== label.id && meets(box, b, 0));
    const free = LABEL_SIDES.find((side) => {
      const box = labelBoxAt(label, side);
      return clearOfLabels(box) && clearOfNodes(box) && (!bounds || side === 'below' || inside(box, bounds));
    });
    const side = free ?? (label.priority >= keepOnNodesFrom && clearOfLabels(labelBoxAt(label, 'below')) ? 'below' : undefined);
    if (!side) {
      dropped.add(label.id);
      continue;
    }
    sides.set(label.id, side);
    kept.push(labelBoxAt(label, side));
  }
  return { dropped, sides };
}
