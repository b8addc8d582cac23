/**
 * Camera: fit the visible graph when the instance is ready, keep the canvas sized to its
 * box, and bring a selection made elsewhere (list, search, sidebar link) into view.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { elementsOf } from '../select';

export const FIT_PADDING = 28;

export function fitVisible(cy: Core, animate = false) {
  const shown = cy.elements().not('.filtered');
  if (shown.empty()) return;
  if (animate) cy.animate({ fit: { eles: shown, padding: FIT_PADDING } }, { duration: 250 });
  else cy.fit(shown, FIT_PADDING);
}

export function ViewportController({ cy }: { cy: Core }) {
  const selected = useStore((s) => s.view.selected);

  useEffect(() => {
    fitVisible(cy);
    const container = cy.container();
    if (!container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);

  useEffect(() => {
    if (!selected) return;
    const eles = elementsOf(cy, selected).not('.filtered');
    if (eles.empty()) return;
    const box = eles.renderedBoundingBox();
    const inView = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    if (!inView) cy.animate({ center: { eles } }, { duration: 250 });
  }, [cy, selected]);

  return null;
}
