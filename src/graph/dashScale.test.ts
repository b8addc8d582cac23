import { describe, expect, it } from 'vitest';
import type cytoscape from 'cytoscape';
import { styledGraph } from '../test/styledGraph';
import { dashScale, setDashScale } from './dashScale';
import { LARGE_STYLESHEET } from './stylesheet';
import { STATUS_STYLES } from '../ui/styleConstants';

function graphWith(status: string) {
  return styledGraph(LARGE_STYLESHEET, [
    { data: { id: 'e:a' }, classes: 'country' },
    { data: { id: 'e:b' }, classes: 'country' },
    { data: { id: 'r:1', source: 'e:a', target: 'e:b' }, classes: `relation status-${status}` },
  ]);
}

const pattern = (cy: cytoscape.Core, id = 'r:1') => (cy.$id(id).style('line-dash-pattern') as string).split(/[\s,]+/).map((v) => parseFloat(v));

describe('dash scale', () => {
  it('is 1/zoom in powers of two, and never shrinks dashes below their design when zoomed in', () => {
    expect(dashScale(1)).toBe(1);
    expect(dashScale(3)).toBe(1);
    expect(dashScale(0.5)).toBe(2);
    expect(dashScale(0.01)).toBe(128);
    // On screen a dash stays within a factor of √2 of its designed length.
    for (const zoom of [0.003, 0.02, 0.13, 0.6]) {
      const onScreen = dashScale(zoom) * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(Math.SQRT1_2 - 1e-9);
      expect(onScreen).toBeLessThanOrEqual(Math.SQRT2 + 1e-9);
    }
  });

  it('draws a dashed status with its designed pattern, scaled for edges present and to come', () => {
    const cy = graphWith('intent');
    expect(pattern(cy)).toEqual(STATUS_STYLES.intent.dash);
    setDashScale(cy, 64);
    expect(pattern(cy)).toEqual(STATUS_STYLES.intent.dash!.map((d) => d * 64));
    cy.add({ data: { id: 'r:2', source: 'e:b', target: 'e:a' }, classes: 'relation status-forecast' });
    expect(pattern(cy, 'r:2')).toEqual(STATUS_STYLES.forecast.dash!.map((d) => d * 64));
    setDashScale(cy, 1);
    expect(pattern(cy)).toEqual(STATUS_STYLES.intent.dash);
  });

  it('leaves solid statuses solid', () => {
    const cy = graphWith('reported');
    setDashScale(cy, 64);
    expect(cy.$id('r:1').style('line-style')).toBe('solid');
  });
});
