import { describe, expect, it } from 'vitest';
import { ENTITY_STYLES } from '../../ui/styleConstants';
import { DETAIL_ZOOM } from '../elementSet';
import { mapDotStep } from './LevelOfDetailController';

describe('countries on the overview map', () => {
  it('stay dots of 6 to 8.5 pixels however far out, and their real size from the detail zoom on', () => {
    for (const zoom of [0.003, 0.007, 0.01, 0.02, 0.05, 0.1]) {
      const px = ENTITY_STYLES.country.width * zoom * mapDotStep(zoom);
      expect(px, `zoom ${zoom}`).toBeGreaterThanOrEqual(6 - 1e-9);
      expect(px, `zoom ${zoom}`).toBeLessThan(6 * Math.SQRT2 + 1e-9);
    }
    expect(mapDotStep(DETAIL_ZOOM)).toBe(1);
    expect(mapDotStep(1)).toBe(1);
  });
});
