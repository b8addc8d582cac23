import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { labelScale, nodesByLabelSize } from './LabelController';
import { LABEL_SIZES } from '../styleConstants';

describe('label sizes by kind', () => {
  it('gives each node the last size that applies to it, once', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'by' }, classes: 'country' },
        { data: { id: 'putin' }, classes: 'person' },
        { data: { id: 'kcna' }, classes: 'organization' },
        { data: { id: 'h' }, classes: 'hub kind-meeting' },
      ],
    });
    const groups = nodesByLabelSize(cy.nodes());
    const idsOf = (kind?: string) => (groups.get(LABEL_SIZES.find((s) => s.kind === kind)!) ?? []).map((n) => n.id()).sort();
    expect(idsOf('country')).toEqual(['by']);
    expect(idsOf('person')).toEqual(['putin']);
    expect(idsOf(undefined)).toEqual(['h', 'kcna']);
    expect([...groups.values()].flat()).toHaveLength(4);
  });

  it('grows labels as the view zooms out, up to twice their size, never shrinks them', () => {
    expect(labelScale(1.5)).toBe(1);
    expect(labelScale(1)).toBe(1);
    expect(labelScale(0.5)).toBeCloseTo(0.5 ** -0.75);
    expect(labelScale(0.01)).toBe(2);
  });
});
