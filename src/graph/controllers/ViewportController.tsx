/**
 * Camera: fit the visible graph when the instance is ready (never below a zoom where labels
 * stay readable — on a phone the user pans for the edges, or presses Fit), keep the canvas
 * sized to its box, and bring a selection made elsewhere (list, search, sidebar link) into
 * the part of the canvas not covered by the details sheet.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { elementsOf } from '../select';
import { markReady } from '../testHandle';
import { LARGE_GRAPH_ELEMENTS } from '../scale';

export const FIT_PADDING = 28;
/** Below this zoom the first view centres instead of fitting, so labels stay legible on a phone. */
export const READABLE_ZOOM = 0.65;

export function fitVisible(cy: Core, animate = false) {
  const shown = cy.elements().not('.filtered');
  if (shown.empty()) return;
  if (animate) cy.animate({ fit: { eles: shown, padding: FIT_PADDING } }, { duration: 250 });
  else cy.fit(shown, FIT_PADDING);
}

function initialView(cy: Core) {
  fitVisible(cy);
  // A large graph opens on the whole picture (its hubs labelled); the user zooms into detail.
  if (cy.zoom() >= READABLE_ZOOM || cy.elements().length > LARGE_GRAPH_ELEMENTS) return;
  const shown = cy.elements().not('.filtered');
  cy.zoom(READABLE_ZOOM);
  cy.center(shown);
}

/** The canvas height left visible above an overlaid details sheet (a phone's bottom sheet). */
function uncoveredHeight(cy: Core): number {
  const container = cy.container();
  const sheet = document.querySelector<HTMLElement>('[data-details-sheet]');
  if (!container || !sheet || getComputedStyle(sheet).position !== 'fixed') return cy.height();
  const top = container.getBoundingClientRect().top;
  return Math.max(80, Math.min(cy.height(), sheet.getBoundingClientRect().top - top));
}

export function ViewportController({ cy }: { cy: Core }) {
  const selected = useStore((s) => s.view.selected);

  useEffect(() => {
    initialView(cy);
    markReady(cy);
    const container = cy.container();
    if (!container || typeof ResizeObserver === 'undefined') return;
    // Cytoscape caches where its container is on the page. Panels opening above it (filters
    // on a phone) move it without resizing it, but they do grow the page: watch that too.
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    const page = document.getElementById('root')?.firstElementChild;
    if (page) observer.observe(page);
    // And before every press, so a tap right after the page moved still lands where it points.
    const renderer = (cy as unknown as { renderer?: () => { invalidateContainerClientCoordsCache?: () => void } }).renderer?.();
    const invalidate = () => renderer?.invalidateContainerClientCoordsCache?.();
    const host = container.parentElement;
    const presses = ['mousedown', 'touchstart', 'pointerdown'] as const;
    presses.forEach((type) => host?.addEventListener(type, invalidate, { capture: true, passive: true }));
    return () => {
      observer.disconnect();
      presses.forEach((type) => host?.removeEventListener(type, invalidate, { capture: true }));
    };
  }, [cy]);

  useEffect(() => {
    if (!selected) return;
    // Wait a frame: the sheet may have just opened.
    const frame = requestAnimationFrame(() => {
      const eles = elementsOf(cy, selected).not('.filtered');
      if (eles.empty()) return;
      const box = eles.renderedBoundingBox();
      const height = uncoveredHeight(cy);
      const inView = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= height;
      if (inView) return;
      const cx = (box.x1 + box.x2) / 2;
      const cyMid = (box.y1 + box.y2) / 2;
      cy.animate({ panBy: { x: cy.width() / 2 - cx, y: height / 2 - cyMid } }, { duration: 250 });
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, selected]);

  return null;
}
