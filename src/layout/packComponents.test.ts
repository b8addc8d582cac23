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
  it('shelves the small components beside the main one without moving it', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 200, y: 50 }, x: { x: 900, y: -300 }, y: { x: 950, y: -300 }, z: { x: -700, y: 0 } };
    const out = packComponents(nodes, edges, positions, 40);
    expect(out.a).toEqual(positions.a);
    expect(out.c).toEqual(positions.c);
    // Right of the main component (its right edge is 210), from its top (-10) down; relative positions inside a component kept.
    expect(out.x.x).toBeGreaterThan(210);
    expect(out.z.x).toBeGreaterThan(210);
    expect(Math.min(out.x.y, out.z.y)).toBeGreaterThanOrEqual(-10);
    expect(out.y.x - out.x.x).toBe(50);
  });

  it('makes a picture of many small stories wider than tall, not a column', () => {
    const many = Array.from({ length: 40 }, (_, i) => [node(`p${i}`), node(`q${i}`)]).flat();
    const pairs = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, source: `p${i}`, target: `q${i}` }));
    const hub = Array.from({ length: 30 }, (_, i) => node(`m${i}`));
    const star = hub.slice(1).map((n, i) => ({ id: `s${i}`, source: 'm0', target: n.id }));
    const positions: Record<string, { x: number; y: number }> = {};
    hub.forEach((n, i) => (positions[n.id] = { x: 300 * Math.cos(i), y: 300 * Math.sin(i) }));
    many.forEach((n, i) => (positions[n.id] = { x: 1000 + (i % 2) * 60, y: 0 }));
    const out = packComponents([...hub, ...many], [...star, ...pairs], positions, 40);
    const xs = Object.values(out).map((p) => p.x);
    const ys = Object.values(out).map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(Math.max(...ys) - Math.min(...ys));
  });
});
