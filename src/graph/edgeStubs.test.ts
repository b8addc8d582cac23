import { describe, expect, it } from 'vitest';
import { edgeStubs, STUB_MAX_PX, STUB_MIN_PX, STUB_PX, stubFor, stubLength, stubTip, type EdgeEnds, type Stub } from './edgeStubs';
import { segmentHitsBox } from '../layout/makeRoom';

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

  it('draws a new stub STUB_PX long on screen, whatever the zoom', () => {
    const e = edge('a', at(100, 100), at(9000, 100));
    for (const zoom of [0.25, 0.5, 1, 2.5]) {
      const extent = { x1: 0, y1: 0, x2: 1000 / zoom, y2: 1000 / zoom };
      const s = stubFor(e, extent, zoom) as Stub;
      expect(s.length * zoom).toBeCloseTo(STUB_PX);
      expect(dist(stubTip(e, s), e.source) * zoom).toBeCloseTo((10 + s.length) * zoom);
    }
  });

  it('keeps a stub its length while that stays 30–60 px on screen, so a small zoom restyles nothing', () => {
    expect(stubLength(1, 40)).toBe(40);
    expect(stubLength(1.4, 40)).toBe(40); // 56 px
    expect(stubLength(0.8, 40)).toBe(40); // 32 px
    expect(stubLength(2, 40)).toBeCloseTo(STUB_PX / 2); // 80 px: a new one
    expect(stubLength(0.5, 40)).toBeCloseTo(STUB_PX / 0.5); // 20 px: a new one
    const e = { ...edge('a', at(500, 500), at(5000, 500)), stubLength: 40 };
    const s = stubFor(e, view, 1.2) as Stub;
    expect(s.length).toBe(40);
    expect(s.cut).toBeCloseTo(4500 - 20 - 40);
    for (const zoom of [0.3, 0.7, 1, 1.3, 3]) {
      const px = stubLength(zoom, 40) * zoom;
      expect(px).toBeGreaterThanOrEqual(STUB_MIN_PX);
      expect(px).toBeLessThanOrEqual(STUB_MAX_PX);
    }
  });

  it('keeps whole a line whose far end is only just off-screen (too short to be worth cutting)', () => {
    expect(stubFor(edge('a', at(960, 500), at(1040, 500)), view, 1)).toBe('whole');
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

describe('a line crossing the view (segmentHitsBox, shared with the layout)', () => {
  it('tells a segment through the box from one beside it', () => {
    expect(segmentHitsBox({ x: -10, y: 500 }, { x: 2000, y: 500 }, view)).toBe(true);
    expect(segmentHitsBox({ x: -10, y: -10 }, { x: -10, y: 2000 }, view)).toBe(false);
    expect(segmentHitsBox({ x: -500, y: 400 }, { x: 400, y: -500 }, view)).toBe(false);
    expect(segmentHitsBox({ x: -500, y: 600 }, { x: 600, y: -500 }, view)).toBe(true);
  });
});
