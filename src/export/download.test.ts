import { describe, expect, it } from 'vitest';
import { cappedScale, MAX_PNG_SIDE } from './download';

describe('cappedScale', () => {
  it('gives the scale asked for when the picture fits', () => {
    expect(cappedScale(800, 600, 2)).toBe(2);
  });

  it('shrinks a picture that would pass the side a browser can draw', () => {
    const s = cappedScale(20_000, 1_000, 2);
    expect((20_000 + 48) * s).toBeLessThanOrEqual(MAX_PNG_SIDE + 1e-6);
  });

  it('shrinks a picture that would pass the area a browser can draw, though each side fits', () => {
    const s = cappedScale(7_000, 7_000, 2);
    expect(s).toBeLessThan(1);
    expect((7_048 * s) ** 2).toBeLessThanOrEqual(48_000_000 + 1);
  });
});
