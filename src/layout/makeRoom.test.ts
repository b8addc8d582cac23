import { describe, expect, it } from 'vitest';
import { makeRoom, segmentHitsBox, segmentsCross, type RoomNode } from './makeRoom';
import { computeLayout, layoutInput } from './computeLayout';
import { seedGraph } from '../test/fixtures';

const country = (id: string): RoomNode => ({ id, width: 52, height: 52, label: { width: 80, height: 25 } });
const box = { x1: -10, y1: -10, x2: 10, y2: 10 };

/** Whether the line s–t (widened by `pad`) passes through n's mark or label, as placed in `at`. */
function crosses(n: RoomNode, at: Record<string, { x: number; y: number }>, s: string, t: string, pad = 0): boolean {
  const p = at[n.id];
  const body = { x1: p.x - n.width / 2, y1: p.y - n.height / 2, x2: p.x + n.width / 2, y2: p.y + n.height / 2 };
  const label = n.label && { x1: p.x - n.label.width / 2, y1: body.y2 + 3, x2: p.x + n.label.width / 2, y2: body.y2 + 3 + n.label.height };
  return segmentHitsBox(at[s], at[t], body, pad) || (!!label && segmentHitsBox(at[s], at[t], label, pad));
}

describe('geometry', () => {
  it('a segment hits a box it passes through, misses one beside it, and a pad widens it', () => {
    expect(segmentHitsBox({ x: -50, y: 0 }, { x: 50, y: 0 }, box)).toBe(true);
    expect(segmentHitsBox({ x: -50, y: 15 }, { x: 50, y: 15 }, box)).toBe(false);
    expect(segmentHitsBox({ x: -50, y: 15 }, { x: 50, y: 15 }, box, 6)).toBe(true);
    // Stops short of the box.
    expect(segmentHitsBox({ x: -50, y: 0 }, { x: -20, y: 0 }, box)).toBe(false);
    // Diagonal past a corner.
    expect(segmentHitsBox({ x: 0, y: 25 }, { x: 25, y: 0 }, box)).toBe(false);
  });

  it('segments cross only properly: meeting at an end is not a crossing', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 10, y: 10 }, { x: 20, y: 0 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBe(false);
  });
});

describe('makeRoom', () => {
  it('moves a node off a line it is not part of, and leaves the line’s ends where they are', () => {
    const nodes = [country('a'), country('b'), { id: 'w', width: 46, height: 40, label: { width: 70, height: 25 } }, country('c')];
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'w', target: 'c' },
    ];
    const start = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 }, w: { x: 200, y: 5 }, c: { x: 200, y: 300 } };
    const out = makeRoom(nodes, edges, start);
    expect(out.a).toEqual(start.a);
    expect(out.b).toEqual(start.b);
    // Clear of the a–b line, mark and margin.
    expect(Math.abs(out.w.y)).toBeGreaterThan(20 + 6);
    expect(Math.hypot(out.w.x - 200, out.w.y - 5)).toBeLessThan(150);
  });

  it('moves a node whose label a line crosses, when a free spot is near', () => {
    const nodes = [country('a'), country('b'), country('x'), country('y')];
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'x', target: 'y' },
    ];
    // The a–b line runs 40 px below x: through its label, clear of its mark.
    const start = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 }, x: { x: 200, y: -40 }, y: { x: 200, y: -400 } };
    expect(crosses(nodes[2], start, 'a', 'b')).toBe(true);
    const out = makeRoom(nodes, edges, start);
    expect(crosses(nodes[2], out, 'a', 'b')).toBe(false);
    // A small move did it.
    for (const id of ['a', 'b', 'x']) expect(Math.hypot(out[id].x - start[id as 'a'].x, out[id].y - start[id as 'a'].y)).toBeLessThan(80);
  });

  it('keeps nodes clear of a fan of arcs, not just of its middle line', () => {
    const nodes = [country('a'), country('b'), { id: 'p', width: 26, height: 26 }, { id: 'q', width: 26, height: 26 }];
    const three = [1, 2, 3].map(() => ({ source: 'a', target: 'b' }));
    const start = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 }, p: { x: 200, y: 30 }, q: { x: 200, y: 300 } };
    const edges = [...three, { source: 'p', target: 'q' }];
    expect(makeRoom(nodes, edges, start)).toEqual(start);
    // Arcs 40 px apart bow out 20 px each side: p, 30 px off the middle, is on the outer arc.
    expect(crosses(nodes[2], start, 'a', 'b', 20)).toBe(true);
    expect(crosses(nodes[2], makeRoom(nodes, edges, start, { fanStep: 40 }), 'a', 'b', 20)).toBe(false);
  });

  it('leaves an untroubled picture alone and is deterministic', () => {
    const nodes = [country('a'), country('b')];
    const start = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 } };
    expect(makeRoom(nodes, [{ source: 'a', target: 'b' }], start)).toEqual(start);
    const input = layoutInput(seedGraph());
    const marks = input.nodes.map((n) => ({ id: n.id, ...(n.mark ?? n), label: n.label, hub: n.hub }));
    const scattered = Object.fromEntries(input.nodes.map((n, i) => [n.id, { x: (i % 4) * 60, y: Math.floor(i / 4) * 60 }]));
    expect(makeRoom(marks, input.edges, scattered)).toEqual(makeRoom(marks, input.edges, scattered));
  });

  it('in the seed, no node sits on a line it is not part of and no label is crossed', async () => {
    const graph = seedGraph();
    const input = layoutInput(graph);
    const positions = await computeLayout(graph);
    const byId = new Map(input.nodes.map((n) => [n.id, n]));
    const pairs = new Set(input.edges.map((e) => [e.source, e.target].sort().join(' ')));
    const problems: string[] = [];
    for (const pair of pairs) {
      const [s, t] = pair.split(' ');
      for (const n of input.nodes) {
        if (n.id === s || n.id === t) continue;
        const mark = n.mark ?? n;
        const p = positions[n.id];
        const body = { x1: p.x - mark.width / 2, y1: p.y - mark.height / 2, x2: p.x + mark.width / 2, y2: p.y + mark.height / 2 };
        if (segmentHitsBox(positions[s], positions[t], body)) problems.push(`${s}–${t} through ${n.id}`);
        const label = byId.get(n.id)!.label;
        if (label) {
          const top = body.y2 + 3;
          if (segmentHitsBox(positions[s], positions[t], { x1: p.x - label.width / 2, y1: top, x2: p.x + label.width / 2, y2: top + label.height })) {
            problems.push(`${s}–${t} across the label of ${n.id}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
