/**
 * Which labels to drop so that the ones left never overlap: the busiest entities keep theirs,
 * a minor label that would collide with a kept one is hidden (its node stays, and the tooltip
 * still names it). Pure, so the choice is tested without a canvas.
 */
export interface LabelBox {
  id: string;
  /** Higher keeps its label first (the selection, then the busiest nodes). */
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: LabelBox, b: LabelBox, gap: number) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** The ids whose labels to hide: greedily, by priority (ties by id, so the choice is stable), each label kept unless it overlaps one kept before it. */
export function labelsToDrop(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept: LabelBox[] = [];
  const dropped = new Set<string>();
  for (const box of order) {
    if (kept.some((k) => overlaps(box, k, gap))) dropped.add(box.id);
    else kept.push(box);
  }
  return dropped;
}
