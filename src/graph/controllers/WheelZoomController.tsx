/**
 * The wheel of a large graph zooms like a map's (zoomSteps.ts): Cytoscape's own wheel handler
 * is kept from the event, and the zoom goes to the point under the pointer. Reported as a
 * `scrollzoom`, like Cytoscape's, so the camera is kept and level of detail follows.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { wheelZoom } from '../zoomSteps';

export function WheelZoomController({ cy }: { cy: Core }) {
  useEffect(() => {
    const container = cy.container();
    // Cytoscape listens on its container; the frame around it hears the event first (capture).
    const host = container?.parentElement;
    if (!container || !host) return;
    const onWheel = (event: WheelEvent) => {
      if (!cy.userZoomingEnabled() || event.deltaY === 0) return;
      event.preventDefault();
      event.stopPropagation();
      const box = container.getBoundingClientRect();
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), wheelZoom(cy.zoom(), event.deltaY, event.deltaMode)));
      cy.zoom({ level, renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
      cy.emit('scrollzoom');
    };
    host.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => host.removeEventListener('wheel', onWheel, { capture: true });
  }, [cy]);
  return null;
}
