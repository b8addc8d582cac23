import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { setClass } from './classes';

describe('setClass', () => {
  const graph = () => cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' }, classes: 'marked' }, { data: { id: 'b' } }] });

  it('is needed: Cytoscape restyles an element on addClass even when it has the class already', () => {
    const cy = graph();
    let restyled = 0;
    cy.on('style', () => void restyled++);
    cy.getElementById('a').addClass('marked');
    cy.getElementById('b').removeClass('marked');
    expect(restyled).toBe(2);
  });

  it('touches only an element whose classes change', () => {
    const cy = graph();
    const restyled: string[] = [];
    cy.on('style', (e) => void restyled.push(e.target.id()));
    setClass(cy.getElementById('a'), 'marked', true);
    setClass(cy.getElementById('b'), 'marked', false);
    expect(restyled).toEqual([]);
    setClass(cy.getElementById('b'), 'marked', true);
    setClass(cy.getElementById('a'), 'marked', false);
    expect(restyled).toEqual(['b', 'a']);
    expect(cy.getElementById('b').hasClass('marked')).toBe(true);
    expect(cy.getElementById('a').hasClass('marked')).toBe(false);
  });
});
