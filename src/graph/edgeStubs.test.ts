import { describe, expect, it } from 'vitest';
import { crossesBox, edgeStubs, STUB_PX, stubFor, stubLength, stubTip, type EdgeEnds, type Stub } from './edgeStubs';

// The view: model x and y from 0 to 1000, at zoom 1 (a 1000 × 1000 px canvas).
const view = { x1: 0, y1: 0, x2: 1000, y2: 1000 };
const at = (x: number, y: number, r = 10) => ({ x, y, r });
const edge = (id: string, source: { x: number; y: number; r: number }, target: { x: number; y: number; r: number }, whole = false): EdgeEnds => ({ id, source, target, whole });
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('stubFor', () => {
  it('leaves a line whose two ends are on screen whole', () => {
    expect(stubFor(edge('a', at(100, 100), at(900, 900)), view, 1)).toBe('whole');
  });

  it('cuts a line whose target is far off-screen at the target, so the stub starts at the source and points to the target', () => {
    const e = edge('a', at(500, 500), at(5000, 500));
    const s = stubFor(e, view, 1) as Stub;
    expect(s.far).toBe('target');
    const tip = stubTip(e, s);
    // The tip lies on the way to the target: to the right of the source, on the line, a stub's length past the source's border.
    expect(tip.x).toBeGreaterThan(500);
    expect(tip.y).toBeCloseTo(500);
    expect(dist(tip, e.source)).toBeCloseTo(10 + STUB_PX);
    expect(dist(tip, e.target)).toBeGreaterThan(dist(e.source, e.target) - 100);
  });

  it('cuts a line whose source is off-screen at the source, pointing the stub towards it (up and to the left)', () => {
    const e = edge('a', at(-3000, -4000), at(600, 600));
    const s = stubFor(e, view, 1) as Stub;
    expect(s.far).toBe('source');
    const tip = stubTip(e, s);
    expect(tip.x).toBeLessThan(600);
    expect(tip.y).toBeLessThan(600);
    expect(dist(tip, e.target)).toBeCloseTo(10 + STUB_PX);
    // On the segment: the tip, the source and the target are in line.
    const cross = (tip.x - 600) * (-4000 - 600) - (tip.y - 600) * (-3000 - 600);
    expect(Math.abs(cross)).toBeLessThan(1e-6 * dist(e.source, e.target) ** 2);
  });

  it('draws the stub a fixed length on screen: shorter in model units as the zoom grows, in steps of √2', () => {
    expect(stubLength(1)).toBe(STUB_PX);
    expect(stubLength(1.3)).toBe(STUB_PX);
    expect(stubLength(2)).toBeCloseTo(STUB_PX / 2);
    for (const zoom of [0.2, 0.33, 0.5, 0.9, 1, 1.7, 3.9]) {
      const px = stubLength(zoom) * zoom;
      expect(px).toBeGreaterThanOrEqual(STUB_PX - 1e-9);
      expect(px).toBeLessThan(STUB_PX * Math.SQRT2);
    }
    // At zoom 0.5 the view is twice as wide in model units, and so is the stub.
    const e = edge('a', at(500, 500), at(9000, 500));
    const half = { x1: 0, y1: 0, x2: 2000, y2: 2000 };
    const s = stubFor(e, half, 0.5) as Stub;
    expect(dist(stubTip(e, s), e.source)).toBeCloseTo(10 + 2 * STUB_PX);
  });

  it('keeps whole a line whose far end is only just off-screen (too short to be worth cutting)', () => {
    expect(stubFor(edge('a', at(950, 500), at(1040, 500)), view, 1)).toBe('whole');
  });

  it('counts a node whose disc reaches into the view as on screen', () => {
    expect(stubFor(edge('a', at(100, 500), at(1015, 500, 20)), view, 1)).toBe('whole');
  });

  it('keeps the selected relation whole', () => {
    expect(stubFor(edge('a', at(500, 500), at(5000, 500), true), view, 1)).toBe('whole');
  });

  it('cuts a line crossing the view with neither end on screen at its end nearer the view, so it leaves the picture', () => {
    const e = edge('a', at(-100, 500), at(4000, 500));
    const s = stubFor(e, view, 1) as Stub;
    expect(s.far).toBe('target');
    expect(stubTip(e, s).x).toBeLessThan(0);
  });

  it('leaves alone a line nowhere near the view', () => {
    expect(stubFor(edge('a', at(-500, -500), at(-4000, 3000)), view, 1)).toBeUndefined();
  });
});

describe('edgeStubs', () => {
  it('decides the lines in or across the view only', () => {
    const out = edgeStubs([edge('in', at(10, 10), at(20, 900)), edge('out', at(5000, 5000), at(6000, 5000)), edge('stub', at(500, 500), at(500, 9000))], view, 1);
    expect([...out.keys()].sort()).toEqual(['in', 'stub']);
    expect(out.get('in')).toBe('whole');
    expect((out.get('stub') as Stub).far).toBe('target');
  });
});

describe('crossesBox', () => {
  it('tells a segment through the box from one beside it', () => {
    expect(crossesBox({ x: -10, y: 500 }, { x: 2000, y: 500 }, view)).toBe(true);
    expect(crossesBox({ x: -10, y: -10 }, { x: -10, y: 2000 }, view)).toBe(false);
    expect(crossesBox({ x: -500, y: 400 }, { x: 400, y: -500 }, view)).toBe(false);
    expect(crossesBox({ x: -500, y: 600 }, { x: 600, y: -500 }, view)).toBe(true);
  });
});
