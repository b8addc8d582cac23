/**
 * Drops minor labels before they overlap (labelDeclutter.ts): after every zoom, filter change
 * or selection, the labels drawn at this zoom are measured and the ones that would collide
 * with a busier node's are hidden. On a phone's fitted first view this is what keeps names
 * readable instead of stacked. Articles only: a large graph has level of detail instead.
 */
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useStore } from '../../state/store';
import type { Visible } from '../../filters/visible';
import { elementsOf } from '../select';
import { ADDED_EVENT } from '../elementSync';
import { labelsToDrop, type LabelBox } from '../labelDeclutter';

export const LABEL_DROPPED = 'label-dropped';
/** Below this on-screen size a label is a smudge, not a name: it is dropped too. */
const READABLE_FONT_PX = 6;
/** After LabelController's frame, which resizes labels when the zoom changes. */
const SETTLE_MS = 60;
const SELECTION_PRIORITY = 1e6;
/** Countries are what a reader looks for first: their names give way last. */
const COUNTRY_PRIORITY = 1e3;
/**
 * A label's box includes its text background's padding (about 1.5 px each side on screen):
 * two backgrounds may touch, the text inside may not.
 */
const BACKGROUNDS_MAY_OVERLAP_PX = 3;

function labelBox(node: NodeSingular, priority: number): LabelBox | undefined {
  const b = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
  if (!(b.w > 0 && b.h > 0)) return undefined;
  return { id: node.id(), priority, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
}

export function declutterLabels(cy: Core) {
  const selected = useStore.getState().view.selected;
  const chosen = selected ? elementsOf(cy, selected).closedNeighborhood().nodes() : cy.collection();
  const zoom = cy.zoom();
  const boxes: LabelBox[] = [];
  const unreadable: string[] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass('filtered') || !node.visible() || !node.data('label')) return;
    if (node.numericStyle('font-size') * zoom < READABLE_FONT_PX) {
      unreadable.push(node.id());
      return;
    }
    const shownEdges = node.connectedEdges().filter((e) => !e.hasClass('filtered')).length;
    const priority = (chosen.has(node) || node.hasClass('keyfocus') ? SELECTION_PRIORITY : 0) + (node.hasClass('country') ? COUNTRY_PRIORITY : 0) + shownEdges;
    const box = labelBox(node, priority);
    if (box) boxes.push(box);
  });
  const drop = labelsToDrop(boxes, -BACKGROUNDS_MAY_OVERLAP_PX / zoom);
  for (const id of unreadable) drop.add(id);
  cy.batch(() => {
    cy.nodes(`.${LABEL_DROPPED}`).forEach((n) => {
      if (!drop.has(n.id())) n.removeClass(LABEL_DROPPED);
    });
    for (const id of drop) cy.getElementById(id).addClass(LABEL_DROPPED);
  });
}

export function LabelDeclutterController({ cy, visible }: { cy: Core; visible: Visible }) {
  const selected = useStore((s) => s.view.selected);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        declutterLabels(cy);
      }, SETTLE_MS);
    };
    schedule();
    cy.on('zoom', schedule);
    cy.on(ADDED_EVENT, schedule);
    return () => {
      cy.removeListener('zoom', schedule);
      cy.removeListener(ADDED_EVENT, schedule);
      if (timer) clearTimeout(timer);
    };
    // What is shown, not the search matches (they only add an underlay): typing does not re-measure labels.
  }, [cy, visible.entities, visible.relations, selected]);
  return null;
}
