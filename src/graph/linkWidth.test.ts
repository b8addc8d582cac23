import { describe, expect, it } from 'vitest';
import { styledGraph } from '../test/styledGraph';
import { linkWidthScale, setLinkScale } from './linkWidth';
import { LARGE_STYLESHEET } from './stylesheet';
import { LINK_STYLE } from '../ui/styleConstants';

/** A styled headless graph (no canvas) with one overview link of weight `w`. */
function graphWithLink(w: number) {
  return styledGraph(LARGE_STYLESHEET, [
    { data: { id: 'e:a' }, classes: 'country' },
    { data: { id: 'e:b' }, classes: 'country' },
    { data: { id: 'l:a:b', source: 'e:a', target: 'e:b', w }, classes: 'link' },
  ]);
}

const px = (w: number) => LINK_STYLE.minWidth + (LINK_STYLE.maxWidth - LINK_STYLE.minWidth) * w;

describe('overview link width', () => {
  it('grows with the weight, from the lightest to the busiest pair', () => {
    expect(graphWithLink(0).$id('l:a:b').numericStyle('width')).toBeCloseTo(LINK_STYLE.minWidth);
    expect(graphWithLink(1).$id('l:a:b').numericStyle('width')).toBeCloseTo(LINK_STYLE.maxWidth);
  });

  it('follows a new weight with no further styling (a filter reweighs links in place)', () => {
    const cy = graphWithLink(0.2);
    cy.$id('l:a:b').data('w', 0.6);
    expect(cy.$id('l:a:b').numericStyle('width')).toBeCloseTo(px(0.6));
  });

  it('keeps its on-screen width as the view zooms out, in steps of √2, for links present and to come', () => {
    const cy = graphWithLink(0.5);
    setLinkScale(cy, linkWidthScale(0.25));
    expect(linkWidthScale(0.25)).toBeCloseTo(4);
    expect(cy.$id('l:a:b').numericStyle('width')).toBeCloseTo(px(0.5) * 4);
    cy.add({ data: { id: 'l:b:a', source: 'e:b', target: 'e:a', w: 1 }, classes: 'link' });
    expect(cy.$id('l:b:a').numericStyle('width')).toBeCloseTo(LINK_STYLE.maxWidth * 4);
    setLinkScale(cy, linkWidthScale(1));
    expect(cy.$id('l:a:b').numericStyle('width')).toBeCloseTo(px(0.5));
  });

  it('steps by √2: zooming a little does not restyle', () => {
    expect(linkWidthScale(1)).toBe(1);
    expect(linkWidthScale(0.9)).toBe(1);
    expect(linkWidthScale(0.5)).toBeCloseTo(2);
    expect(linkWidthScale(2)).toBeCloseTo(0.5);
  });
});
