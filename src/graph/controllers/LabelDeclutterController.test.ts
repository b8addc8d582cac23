import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildStylesheet } from '../stylesheet';
import { declutterLabels } from './LabelDeclutterController';
import { LABEL_DROPPED } from '../labelDeclutter';

describe('declutterLabels', () => {
  it('a second pass over an unchanged view restyles no node', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(true),
      elements: ['ru', 'by', 'kp', 'cn'].map((id, i) => ({ data: { id: `e:${id}`, label: id.toUpperCase() }, classes: 'entity country', position: { x: i * 40, y: 0 } })),
    });
    // So far out that no label can be read: every one is dropped.
    cy.zoom(0.01);
    declutterLabels(cy);
    expect(cy.nodes(`.${LABEL_DROPPED}`).length).toBe(4);
    const restyled: string[] = [];
    cy.on('style', (e) => void restyled.push(e.target.id()));
    declutterLabels(cy);
    expect(restyled).toEqual([]);
    expect(cy.nodes(`.${LABEL_DROPPED}`).length).toBe(4);
  });
});
