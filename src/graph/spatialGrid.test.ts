import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGrid, grow } from './spatialGrid';

describe('spatial grid', () => {
  it('finds exactly the points inside a box, edges included', () => {
    const grid = buildGrid(new Map([['a', { x: 0, y: 0 }], ['b', { x: 499, y: 10 }], ['c', { x: 500, y: 500 }], ['d', { x: -1200, y: 30 }]]));
    expect(grid.query({ x1: 0, y1: 0, x2: 500, y2: 500 }).sort()).toEqual(['a', 'b', 'c']);
    expect(grid.query({ x1: -2000, y1: -2000, x2: -1, y2: 2000 })).toEqual(['d']);
    expect(grid.query({ x1: 10, y1: 20, x2: 20, y2: 30 })).toEqual([]);
  });

  it('agrees with a plain scan for any points and box, however large', () => {
    const point = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) });
    const box = fc.tuple(fc.integer({ min: -1e6, max: 6000 }), fc.integer({ min: -1e6, max: 6000 }), fc.integer({ min: 0, max: 2e6 }), fc.integer({ min: 0, max: 2e6 }));
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), box, (pts, [x1, y1, w, h]) => {
        const points = new Map(pts.map((p, i) => [String(i), p]));
        const b = { x1, y1, x2: x1 + w, y2: y1 + h };
        const expected = [...points].filter(([, p]) => p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2).map(([id]) => id);
        expect(buildGrid(points, 300).query(b).sort()).toEqual(expected.sort());
      }),
    );
  });

  it('grows a box on every side', () => {
    expect(grow({ x1: 0, y1: 0, x2: 100, y2: 50 }, 0.5)).toEqual({ x1: -50, y1: -25, x2: 150, y2: 75 });
  });
});
