import { describe, expect, it } from 'vitest';
import { labelBoxAt, labelsToDrop, placeLabels, type LabelBox, type NodeLabel } from './labelDeclutter';

const box = (id: string, priority: number, x: number, y: number, w = 40, h = 10): LabelBox => ({ id, priority, x1: x, y1: y, x2: x + w, y2: y + h });

describe('labelsToDrop', () => {
  it('keeps every label when none overlap', () => {
    expect(labelsToDrop([box('a', 1, 0, 0), box('b', 1, 100, 0), box('c', 1, 0, 50)])).toEqual(new Set());
  });

  it('drops the lower-priority label of two that collide', () => {
    expect(labelsToDrop([box('minor', 1, 10, 5), box('major', 5, 0, 0)])).toEqual(new Set(['minor']));
  });

  it('keeps a label that only collided with a label already dropped', () => {
    // b loses to a; c overlaps b only, so c keeps its label.
    const boxes = [box('a', 3, 0, 0), box('b', 2, 30, 0), box('c', 1, 65, 0)];
    expect(labelsToDrop(boxes)).toEqual(new Set(['b']));
  });

  it('treats labels closer than the gap as colliding', () => {
    expect(labelsToDrop([box('a', 2, 0, 0), box('b', 1, 41, 0)], 2)).toEqual(new Set(['b']));
    expect(labelsToDrop([box('a', 2, 0, 0), box('b', 1, 45, 0)], 2)).toEqual(new Set());
  });

  it('keeps a label off a kept node’s body, and a kept body off a label, but not the corners beside a body', () => {
    // A dot above its label, as a large graph's hubs are drawn: b's label would cover a's dot.
    const withBody = (b: LabelBox, x: number, y: number): LabelBox => ({ ...b, body: { x1: x - 3, y1: y - 3, x2: x + 3, y2: y + 3 } });
    const a = withBody(box('a', 2, 0, 10), 20, 6);
    expect(labelsToDrop([a, box('b', 1, 15, 0, 20, 8)], 1)).toEqual(new Set(['b']));
    // c's dot would sit on a's label.
    expect(labelsToDrop([a, withBody(box('c', 1, 100, 0), 30, 15)], 1)).toEqual(new Set(['c']));
    // d's label is beside a's dot, above a's label's corner: clear of both, kept.
    expect(labelsToDrop([a, box('d', 1, 26, 0, 20, 8)], 1)).toEqual(new Set());
  });

  it('breaks ties by id so the same picture always shows the same labels', () => {
    const boxes = [box('z', 1, 0, 0), box('a', 1, 5, 0)];
    expect(labelsToDrop(boxes)).toEqual(new Set(['z']));
    expect(labelsToDrop([...boxes].reverse())).toEqual(new Set(['z']));
  });
});

describe('placeLabels', () => {
  const node = (id: string, priority: number, x: number, y: number, w = 40, h = 10): NodeLabel => ({
    id,
    priority,
    body: { x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 },
    width: w,
    height: h,
    margin: 2,
  });
  const bodyOf = (l: NodeLabel) => ({ id: l.id, ...l.body });

  it('keeps a label below its node when nothing is there', () => {
    const a = node('a', 1, 0, 0);
    expect(placeLabels([a], [bodyOf(a)])).toEqual({ dropped: new Set(), sides: new Map([['a', 'below']]) });
    expect(labelBoxAt(a, 'below')).toEqual({ x1: -20, y1: 7, x2: 20, y2: 17 });
  });

  it('moves a label above its node when another node sits where it would be below', () => {
    const a = node('a', 1, 0, 0);
    const b = node('b', 5, 10, 14);
    const { sides } = placeLabels([a, b], [bodyOf(a), bodyOf(b)]);
    expect(sides.get('a')).toBe('above');
    expect(sides.get('b')).toBe('below');
  });

  it('tries beside the node when above and below are taken, and stays inside the bounds', () => {
    const a = node('a', 1, 0, 0);
    const below = node('below', 1, 0, 14);
    const above = node('above', 1, 0, -14);
    const bodies = [a, below, above].map(bodyOf);
    expect(placeLabels([a], bodies).sides.get('a')).toBe('right');
    expect(placeLabels([a], bodies, { bounds: { x1: -100, y1: -100, x2: 20, y2: 100 } }).sides.get('a')).toBe('left');
  });

  it('a minor label with no free side is dropped; a country-ranked one stays below, on the dots', () => {
    const a = node('a', 1, 0, 0);
    const crowd = [node('n', 0, 0, 14), node('s', 0, 0, -14), node('e', 0, 30, 0), node('w', 0, -30, 0)];
    const bodies = [a, ...crowd].map(bodyOf);
    expect(placeLabels([a], bodies).dropped).toEqual(new Set(['a']));
    expect(placeLabels([a], bodies, { keepOnNodesFrom: 1 }).sides.get('a')).toBe('below');
  });

  it('a label drops when every side meets a label kept before it', () => {
    const big = node('big', 9, 0, -150, 400, 400);
    const a = node('a', 1, 0, 0);
    expect(placeLabels([big, a], [], { keepOnNodesFrom: 0 }).dropped).toEqual(new Set(['a']));
  });
});
