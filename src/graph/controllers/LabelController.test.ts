import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { labelScale, labelSizeOf } from './LabelController';
import { LABEL_SIZES } from '../../ui/styleConstants';

describe('label sizes by kind', () => {
  it('gives each node the last size that applies to its kind', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'by' }, classes: 'country' },
        { data: { id: 'putin' }, classes: 'person' },
        { data: { id: 'kcna' }, classes: 'organization' },
        { data: { id: 'h' }, classes: 'hub kind-meeting' },
      ],
    });
    const kindOf = (id: string) => labelSizeOf(cy.getElementById(id)).kind;
    expect(kindOf('by')).toBe('country');
    expect(kindOf('putin')).toBe('person');
    expect(kindOf('kcna')).toBeUndefined(); // the default size
    expect(kindOf('h')).toBeUndefined();
    expect(labelSizeOf(cy.getElementById('by'))).toBe(LABEL_SIZES.find((s) => s.kind === 'country'));
  });

  it('grows labels as the view zooms out, up to four times their size, never shrinks them', () => {
    expect(labelScale(1.5)).toBe(1);
    expect(labelScale(1)).toBe(1);
    expect(labelScale(0.5)).toBeCloseTo(0.5 ** -0.75);
    expect(labelScale(0.01)).toBe(4);
  });
});
