import { describe, expect, it } from 'vitest';
import { connectedComponents, packComponents } from './packComponents';

const node = (id: string) => ({ id, width: 20, height: 20 });

describe('packComponents', () => {
  const nodes = ['a', 'b', 'c', 'x', 'y', 'z'].map(node);
  const edges = [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'bc', source: 'b', target: 'c' },
    { id: 'xy', source: 'x', target: 'y' },
  ];
  it('finds components, largest first', () => {
    expect(connectedComponents(nodes, edges)).toEqual([['a', 'b', 'c'], ['x', 'y'], ['z']]);
  });
  it('shelves the small components under the main one without moving it', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 200, y: 50 }, x: { x: 900, y: -300 }, y: { x: 950, y: -300 }, z: { x: -700, y: 0 } };
    const out = packComponents(nodes, edges, positions, 40);
    expect(out.a).toEqual(positions.a);
    expect(out.c).toEqual(positions.c);
    // Below the main component (its bottom is 60), relative positions inside a component kept.
    expect(out.x.y).toBeGreaterThan(60);
    expect(out.y.x - out.x.x).toBe(50);
    expect(out.z.y).toBeGreaterThan(60);
    expect(Math.max(...Object.values(out).map((p) => p.x))).toBeLessThan(400);
  });
});
