/**
 * Store → canvas for the keyboard walk: the element the walk is on wears the `keyfocus` ring
 * (also when it arrives later, in a large graph's detail) and is brought into view.
 */
import { useEffect } from 'react';
import type { Collection, Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { elementsOf } from '../select';
import { ADDED_EVENT } from '../elementSync';
import { panIntoView } from './ViewportController';

export function KeyFocusController({ cy }: { cy: Core }) {
  const keyFocus = useStore((s) => s.keyFocus);

  useEffect(() => {
    if (!keyFocus) return;
    const ring = () => {
      const eles = elementsOf(cy, keyFocus);
      eles.addClass('keyfocus');
      return eles;
    };
    let ringed: Collection = ring();
    const frame = requestAnimationFrame(() => panIntoView(cy, ringed));
    const arrived = () => void (ringed = ring());
    cy.on(ADDED_EVENT, arrived);
    return () => {
      cancelAnimationFrame(frame);
      cy.removeListener(ADDED_EVENT, arrived);
      if (!cy.destroyed()) ringed.removeClass('keyfocus');
    };
  }, [cy, keyFocus]);

  return null;
}
