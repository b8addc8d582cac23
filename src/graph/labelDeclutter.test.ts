import { describe, expect, it } from 'vitest';
import { labelsToDrop, type LabelBox } from './labelDeclutter';

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

  it('breaks ties by id so the same picture always shows the same labels', () => {
    const boxes = [box('z', 1, 0, 0), box('a', 1, 5, 0)];
    expect(labelsToDrop(boxes)).toEqual(new Set(['z']));
    expect(labelsToDrop([...boxes].reverse())).toEqual(new Set(['z']));
  });
});
