import { describe, expect, it } from 'vitest';
import { DETAIL_ZOOM } from './elementSet';
import { wheelNotches, wheelStep, wheelZoom, zoomOutStep, zoomStep } from './zoomSteps';

describe('zoom steps', () => {
  it('an article zooms by a quarter a step; a large graph doubles across its overview', () => {
    expect(zoomStep(0.01, false)).toBe(1.25);
    expect(zoomStep(0.01, true)).toBe(2);
    expect(zoomStep(DETAIL_ZOOM, true)).toBe(1.25);
    expect(wheelStep(0.01)).toBe(1.5);
    expect(wheelStep(DETAIL_ZOOM)).toBe(1.25);
  });

  it('leaves the overview of a world map on a phone in eight notches, or five presses of +', () => {
    let zoom = 0.008;
    let notches = 0;
    while (zoom < DETAIL_ZOOM) {
      zoom = wheelZoom(zoom, -100, 0);
      notches++;
    }
    expect(notches).toBeLessThanOrEqual(8);
    let presses = 0;
    for (zoom = 0.008; zoom < DETAIL_ZOOM; presses++) zoom *= zoomStep(zoom, true);
    expect(presses).toBeLessThanOrEqual(5);
  });

  it('− undoes + in detail, and halves once it lands on the overview', () => {
    expect(zoomOutStep(1, false)).toBe(0.8);
    expect(zoomOutStep(1, true)).toBe(0.8);
    expect(zoomOutStep(0.05, true)).toBe(0.5);
    // From just inside detail, the press lands on the overview: its step there.
    expect(zoomOutStep(DETAIL_ZOOM * 1.1, true)).toBe(0.5);
  });

  it('counts notches in pixels, lines and pages, signed, and bounds a burst', () => {
    expect(wheelNotches(-100, 0)).toBe(1);
    expect(wheelNotches(100, 0)).toBe(-1);
    expect(wheelNotches(-3, 1)).toBeCloseTo(0.99);
    expect(wheelNotches(-10, 2)).toBe(3);
    // A trackpad's small deltas zoom a little.
    expect(wheelZoom(1, -4, 0)).toBeCloseTo(1.25 ** 0.04);
  });
});
