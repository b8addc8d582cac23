/**
 * Level of detail for large graphs, the part that is styling: labels are drawn only once
 * they are readable on screen (the stylesheet's min-zoomed-font-size), except the hubs — the
 * busiest entities — whose labels grow as the user zooms out so they stay named when
 * everything else is a dot, and whose nodes, while named, grow with them so they stay a dot when
 * everything else is a speck (the overview's countries, where its lines meet; a phone's fitted
 * overview showed lines only); and the overview's links keep their width on screen, so the
 * busiest pairs stand out however far out the view is, and dashed relations keep dashes of the
 * same size on screen (dashScale.ts). (Which elements are in the graph at all, overview or detail, is
 * ElementsController's business.)
 */
import { useEffect } from 'react';
import type { Collection, Core, EventObject, NodeCollection } from 'cytoscape';
import { linkWidthScale, setLinkScale } from '../linkWidth';
import { dashScale, setDashScale } from '../dashScale';
import { ADDED_EVENT } from '../elementSync';
import { LARGE_GRAPH_LABEL_MIN_PX } from '../scale';
import { DETAIL_ZOOM } from '../elementSet';
import { ENTITY_KINDS, type EntityKind } from '../../model/vocabulary';
import { ENTITY_STYLES } from '../../ui/styleConstants';
import { LABEL_DROPPED, LABELS_DECLUTTERED_EVENT } from '../labelDeclutter';

/** The stylesheet's font size for hub labels (node.major), and their text width, at step 1. */
const HUB_FONT = 34;
const HUB_TEXT_WIDTH = 360;
/** The largest step: at the canvas's minimum zoom (graph/scale.ts) a hub label still reaches the readable size. */
const MAX_STEP = 256;
/**
 * On-screen diameter, in pixels, under which a hub's body is not drawn: it becomes a solid dot of
 * this size in its kind's outline colour, ringed in white so it stands off the lines under it —
 * the overview's countries, which were specks a tenth of a pixel wide on a phone.
 */
export const HUB_DOT_PX = 5;
const HUB_DOT_RING_PX = 1;
const HUB_DOT_RING = '#ffffff';

/**
 * Steps of √2: on screen a hub label stays between the readable size (LARGE_GRAPH_LABEL_MIN_PX)
 * and √2 times it. Rounding to the nearest step let it fall to 8.5 px, under the size at which
 * labels are hidden: a phone's fitted overview of the largest graph showed no name at all.
 */
export function hubLabelStep(zoom: number): number {
  const at = (k: number) => Math.min(MAX_STEP, Math.SQRT2 ** k);
  let k = Math.max(0, Math.ceil(2 * Math.log2(LARGE_GRAPH_LABEL_MIN_PX / (HUB_FONT * zoom))));
  // Exactly on a step's edge, floating point may land a hair under: never under the readable size.
  if (at(k) < MAX_STEP && HUB_FONT * at(k) * zoom < LARGE_GRAPH_LABEL_MIN_PX) k++;
  return at(k);
}

export interface HubDot {
  width: number;
  height: number;
  'background-color': string;
  'border-color': string;
  'border-width': number;
}

/**
 * A hub's style bypass at a label step (above 1): its label's size and, on the overview's zooms
 * where its body would be drawn smaller than HUB_DOT_PX, the dot it is drawn as while named
 * (shape kept). The step puts
 * HUB_FONT × step × zoom at LARGE_GRAPH_LABEL_MIN_PX or more, so a size in proportion to
 * HUB_FONT × step is at least its share of that on screen.
 */
export function hubStyle(step: number, body: { width: number; height: number; border: string }): { label: { 'font-size': number; 'text-max-width': string }; dot?: HubDot } {
  const label = { 'font-size': HUB_FONT * step, 'text-max-width': `${HUB_TEXT_WIDTH * step}px` };
  const perPx = (HUB_FONT * step) / LARGE_GRAPH_LABEL_MIN_PX;
  const grow = (HUB_DOT_PX * perPx) / Math.max(body.width, body.height);
  // Dots are the overview's: a step whose zooms reach into the detail view keeps the nodes as they are there.
  const bandTop = (LARGE_GRAPH_LABEL_MIN_PX * Math.SQRT2) / (HUB_FONT * step);
  if (grow <= 1 || bandTop > DETAIL_ZOOM) return { label };
  return {
    label,
    dot: { width: body.width * grow, height: body.height * grow, 'background-color': body.border, 'border-color': HUB_DOT_RING, 'border-width': HUB_DOT_RING_PX * perPx },
  };
}

/** The dot a hub of this kind is drawn as at this zoom while named, if any (LabelDeclutterController keeps names clear of it). */
export function hubDotAt(zoom: number, kind: EntityKind): HubDot | undefined {
  return hubStyle(hubLabelStep(zoom), ENTITY_STYLES[kind]).dot;
}

const DOT_STYLED = 'width height background-color border-color border-width';
const HUB_STYLED = `font-size text-max-width ${DOT_STYLED}`;

export function LevelOfDetailController({ cy }: { cy: Core }) {
  useEffect(() => {
    let step = 1;
    let frame = 0;
    /** The hubs carrying a dot's bypass now: only those have one to take off. */
    let dotted = cy.collection();
    // A bypass on a few hundred nodes at most, once per step or declutter pass, never a restyle of the whole graph.
    // `labels` false: only the dots, after a declutter pass changed which hubs are named.
    const style = (hubs: NodeCollection, labels = true) =>
      cy.batch(() => {
        if (step === 1) {
          hubs.removeStyle(HUB_STYLED);
          dotted = dotted.difference(hubs);
          return;
        }
        for (const kind of ENTITY_KINDS) {
          const ofKind = hubs.filter(`.${kind}`);
          if (ofKind.empty()) continue;
          const { label, dot } = hubStyle(step, ENTITY_STYLES[kind]);
          if (labels) ofKind.style(label);
          // Only a named hub is a dot: names are kept clear of each other's dots (LabelDeclutterController),
          // so the dots never overlap either. The rest stay specks, as the layout drew them.
          const dots = dot ? ofKind.not(`.${LABEL_DROPPED}`) : cy.collection();
          const undot = ofKind.intersection(dotted).difference(dots);
          if (undot.nonempty()) undot.removeStyle(DOT_STYLED);
          // Within a step a dot keeps its size: a declutter pass styles only the newly named.
          const restyle = labels ? dots : dots.difference(dotted);
          if (dot && restyle.nonempty()) restyle.style(dot);
          dotted = dotted.difference(undot).union(dots);
        }
      });
    const apply = () => {
      frame = 0;
      setLinkScale(cy, linkWidthScale(cy.zoom()));
      setDashScale(cy, dashScale(cy.zoom()));
      const next = hubLabelStep(cy.zoom());
      if (next === step) return;
      step = next;
      style(cy.nodes('.major'));
    };
    const onZoom = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    const arrived = (_e: EventObject, eles: Collection) => {
      const hubs = eles.nodes('.major');
      if (step !== 1 && hubs.nonempty()) style(hubs);
    };
    // Which names are kept changed: the dots follow them.
    const decluttered = () => {
      if (step !== 1) style(cy.nodes('.major'), false);
    };
    apply();
    cy.on('zoom', onZoom);
    cy.on(ADDED_EVENT, arrived);
    cy.on(LABELS_DECLUTTERED_EVENT, decluttered);
    return () => {
      cy.removeListener('zoom', onZoom);
      cy.removeListener(ADDED_EVENT, arrived);
      cy.removeListener(LABELS_DECLUTTERED_EVENT, decluttered);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
  return null;
}
