/**
 * The wheel of a large graph zooms like a map's (zoomSteps.ts): Cytoscape's own wheel handler
 * is kept from the event, and the zoom goes to the point under the pointer. Reported as a
 * `scrollzoom`, like Cytoscape's, so the camera is kept and level of detail follows. And marked
 * as a wheel zoom in the renderer, as Cytoscape's handler does: only then does it draw the
 * cached texture while zooming instead of redrawing every element each frame (L's pan/zoom
 * went from 47 to 17 frames a second without it).
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { wheelZoom } from '../zoomSteps';

/** The part of Cytoscape's renderer its wheel handler uses (not in its typings). */
interface WheelRenderer {
  data?: { wheelZooming?: boolean };
  redrawHint?: (group: string, value: boolean) => void;
  redraw?: () => void;
}

export function WheelZoomController({ cy }: { cy: Core }) {
  useEffect(() => {
    const container = cy.container();
    // Cytoscape listens on its container; the frame around it hears the event first (capture).
    const host = container?.parentElement;
    if (!container || !host) return;
    const renderer = (cy as unknown as { renderer?: () => WheelRenderer | undefined }).renderer?.();
    let rest: ReturnType<typeof setTimeout> | undefined;
    const markWheelZooming = () => {
      const data = renderer?.data;
      if (!data) return;
      data.wheelZooming = true;
      clearTimeout(rest);
      // Cytoscape's own delay before it draws the elements again at full quality.
      rest = setTimeout(() => {
        data.wheelZooming = false;
        renderer?.redrawHint?.('eles', true);
        renderer?.redraw?.();
      }, 150);
    };
    const onWheel = (event: WheelEvent) => {
      if (!cy.userZoomingEnabled() || event.deltaY === 0) return;
      event.preventDefault();
      event.stopPropagation();
      markWheelZooming();
      const box = container.getBoundingClientRect();
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), wheelZoom(cy.zoom(), event.deltaY, event.deltaMode)));
      // Reported before the zoom moves: CameraController takes the camera at a move's first event as where it began.
      cy.emit('scrollzoom');
      cy.zoom({ level, renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
    };
    host.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => {
      clearTimeout(rest);
      host.removeEventListener('wheel', onWheel, { capture: true });
    };
  }, [cy]);
  return null;
}
