import { describe, expect, it, vi } from 'vitest';
import cytoscape from 'cytoscape';
import { cameraOf, sameCamera, viewportFor } from './camera';

/** A headless instance pretending to be a canvas of the given size. */
function canvas(width: number, height: number) {
  const cy = cytoscape({ headless: true, minZoom: 0.15, maxZoom: 4 });
  vi.spyOn(cy, 'width').mockReturnValue(width);
  vi.spyOn(cy, 'height').mockReturnValue(height);
  return cy;
}

describe('camera', () => {
  it('is the layout point at the centre of the canvas, and the zoom', () => {
    const cy = canvas(800, 600);
    cy.viewport({ zoom: 2, pan: { x: 100, y: 50 } });
    expect(cameraOf(cy)).toEqual({ x: 150, y: 125, zoom: 2 });
  });

  it('opens on the same centre and zoom on a canvas of another size', () => {
    const wide = canvas(1280, 800);
    wide.viewport({ zoom: 1.5, pan: { x: -300, y: 120 } });
    const phone = canvas(390, 700);
    phone.viewport(viewportFor(phone, cameraOf(wide)));
    expect(cameraOf(phone).x).toBeCloseTo(cameraOf(wide).x);
    expect(cameraOf(phone).y).toBeCloseTo(cameraOf(wide).y);
    expect(phone.zoom()).toBe(1.5);
  });

  it('keeps the zoom within what the canvas allows', () => {
    const cy = canvas(800, 600);
    expect(viewportFor(cy, { x: 0, y: 0, zoom: 0.01 }).zoom).toBe(0.15);
    expect(viewportFor(cy, { x: 0, y: 0, zoom: 9 }).zoom).toBe(4);
  });

  it('compares as a link writes it: the same whole pixel, the zoom to half a percent', () => {
    expect(sameCamera({ x: 10.2, y: -3, zoom: 1.25 }, { x: 10, y: -3.4, zoom: 1.254 })).toBe(true);
    expect(sameCamera({ x: 10, y: 0, zoom: 1 }, { x: 12, y: 0, zoom: 1 })).toBe(false);
    expect(sameCamera({ x: 0, y: 0, zoom: 1 }, { x: 0, y: 0, zoom: 1.02 })).toBe(false);
  });
});
