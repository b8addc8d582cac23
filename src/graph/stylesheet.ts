/**
 * The one Cytoscape stylesheet, built once at module load from the style constants.
 * Interaction states are classes toggled by the controllers:
 *   filtered  hidden by the filters (stays in the graph, so positions never move)
 *   link-end  an end of an overview link (graph/elementSync.ts): shown, faint, even when filtered
 *   faded     outside the hovered/selected neighbourhood or the search matches
 *   focus     inside it
 *   picked    the selected element
 *   match     matches the search query
 *   keyfocus  where the keyboard walk is (graph/keyboardWalk.ts): a ring that shows on any fill
 */
import type { NodeSingular, StylesheetStyle } from 'cytoscape';
import { ENTITY_KINDS, RELATION_KINDS, STATUSES } from '../model/vocabulary';
import {
  DENIED_COLOR,
  ENTITY_STYLES,
  FONT_STACK,
  HUB_STYLE,
  LABEL_COLOR,
  LABEL_SIZES,
  LINK_STYLE,
  MATCH_COLOR,
  RELATION_KIND_STYLES,
  SELECT_COLOR,
  STATUS_STYLES,
  CORROBORATED_WIDTH,
  KEY_FOCUS_COLOR,
  FAN_STEP,
} from '../ui/styleConstants';
import { STUB_CUT, STUB_TO_SOURCE, STUB_TO_TARGET } from './edgeStubs';
import { linkWidth } from './linkWidth';
import { LARGE_GRAPH_LABEL_MIN_PX } from './scale';
import { DASHED_STATUSES, dashPattern } from './dashScale';
import type { LabelSide } from './labelDeclutter';

type Block = StylesheetStyle;
// Cytoscape's typings lag its features (e.g. data() mappers for background images).
type AnyStyle = Record<string, unknown>;
const block = (selector: string, style: AnyStyle): Block => ({ selector, style: style as Block['style'] });

/** The classes that put a label elsewhere than below its node (LabelDeclutterController). */
export const LABEL_SIDE_CLASSES: Readonly<Record<Exclude<LabelSide, 'below'>, string>> = { above: 'label-above', right: 'label-right', left: 'label-left' };

export function labelSideOf(node: Pick<NodeSingular, 'hasClass'>): LabelSide {
  for (const [side, cls] of Object.entries(LABEL_SIDE_CLASSES)) if (node.hasClass(cls)) return side as LabelSide;
  return 'below';
}

/**
 * Label properties for a zoom-compensation factor and a side of the node; LabelController
 * applies them as the zoom changes, LabelDeclutterController when it moves a label.
 */
export function labelStyle(size: number, maxWidth: number, scale: number, side: LabelSide = 'below'): AnyStyle {
  const margin = 5 * scale;
  return {
    'font-size': size * scale,
    'text-max-width': `${maxWidth * scale}px`,
    'text-valign': side === 'below' ? 'bottom' : side === 'above' ? 'top' : 'center',
    'text-halign': side === 'right' ? 'right' : side === 'left' ? 'left' : 'center',
    'text-margin-y': side === 'below' ? margin : side === 'above' ? -margin : 0,
    'text-margin-x': side === 'right' ? margin : side === 'left' ? -margin : 0,
    'text-background-padding': `${2 * scale}px`,
  };
}

function labelBlocks(scale: number): Block[] {
  return LABEL_SIZES.map(({ kind, size, maxWidth }) => block(kind ? `node.${kind}` : 'node', labelStyle(size, maxWidth, scale)));
}

function entityBlocks(): Block[] {
  return ENTITY_KINDS.map((kind) => {
    const s = ENTITY_STYLES[kind];
    return block(`node.${kind}`, {
      shape: s.shape,
      width: s.width,
      height: s.height,
      'background-color': s.fill,
      'border-color': s.border,
    });
  });
}

function relationBlocks(): Block[] {
  const kinds = RELATION_KINDS.flatMap((kind) => {
    const { color } = RELATION_KIND_STYLES[kind];
    return [
      block(`edge.kind-${kind}`, { 'line-color': color, 'target-arrow-color': color, 'source-arrow-color': color }),
      block(`node.hub.kind-${kind}`, { 'background-color': color, 'pie-1-background-color': color }),
    ];
  });
  const statuses = STATUSES.flatMap((status) => {
    const s = STATUS_STYLES[status];
    const line: AnyStyle = { width: s.width, 'line-style': s.dash ? 'dashed' : 'solid' };
    if (s.dash) line['line-dash-pattern'] = s.dash;
    if (s.roundCap) line['line-cap'] = 'round';
    const blocks = [block(`edge.status-${status}`, line)];
    if (s.struck) {
      blocks.push(
        block(`edge.status-${status}`, {
          'line-color': DENIED_COLOR,
          'target-arrow-color': DENIED_COLOR,
          'source-arrow-color': DENIED_COLOR,
          'mid-source-arrow-shape': 'tee',
          'mid-target-arrow-shape': 'tee',
          'mid-source-arrow-color': DENIED_COLOR,
          'mid-target-arrow-color': DENIED_COLOR,
          'arrow-scale': 1.4,
        }),
        block(`node.hub.status-${status}`, { 'background-color': DENIED_COLOR, 'pie-1-background-color': DENIED_COLOR }),
      );
    }
    return blocks;
  });
  // After the statuses, whose widths they widen: independent outlets reporting the claim.
  const corroborated = [block('edge.corroborated', { width: CORROBORATED_WIDTH[2] }), block('edge.corroborated-3', { width: CORROBORATED_WIDTH[3] })];
  return [...kinds, ...statuses, ...corroborated];
}

/** A stub's chevron is drawn larger than an arrowhead: it ends the line in empty space, where nothing else says where it goes. */
const STUB_ARROW_SCALE = 1.6;

/** Large graphs (graph/scale.ts): level of detail, no transitions, cheap edges. */
function largeGraphBlocks(): Block[] {
  return [
    // Labels only once readable on screen; hubs are labelled larger so they show first.
    block('node', { 'min-zoomed-font-size': LARGE_GRAPH_LABEL_MIN_PX, 'transition-duration': 0, 'transition-property': 'none' }),
    block('node.country', { 'font-size': 22, 'text-max-width': '240px' }),
    // Above the other nodes, so the names that stay on the overview's map are never crossed by a neighbour's dot.
    block('node.major', { 'font-size': 34, 'font-weight': 700, 'text-max-width': '360px', 'z-index': 1 }),
    block('edge', { 'curve-style': 'straight', 'transition-duration': 0, 'transition-property': 'none', width: 2, 'min-zoomed-font-size': LARGE_GRAPH_LABEL_MIN_PX }),
    // Cheaper marks where there are thousands: a hub is a plain dot, and an arrow stops at its node without measuring the label.
    block('node.hub', { width: HUB_STYLE.size, height: HUB_STYLE.size, 'background-opacity': 1, 'pie-size': '0%' }),
    block('edge.directed', { 'target-endpoint': 'outside-to-node' }),
    // Dashes measured on screen, not in the model: readable and cheap at any zoom (dashScale.ts).
    ...DASHED_STATUSES.map((status) => block(`edge.status-${status}`, { 'line-dash-pattern': dashPattern(status) })),
    block('edge.link', {
      // Centre to centre, under the nodes: a brush restyles every link, and a haystack line needs
      // none of the endpoint geometry a straight edge recomputes each time (16 ms at 300 links).
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'line-color': LINK_STYLE.color,
      opacity: LINK_STYLE.opacity,
      width: linkWidth,
      'line-cap': 'round',
    }),
    // Coloured by the kind most of the link's relations are; faint, so it never passes for a relation.
    ...RELATION_KINDS.map((kind) => block(`edge.link.link-kind-${kind}`, { 'line-color': RELATION_KIND_STYLES[kind].color })),
    // A line whose far end is off-screen, cut to a stub pointing at it (EdgeStubController): a
    // chevron at its tip, or its arrowhead when it is directed that way. Same colour and dash.
    block(`edge.rel.${STUB_TO_TARGET}`, { 'target-distance-from-node': `data(${STUB_CUT})`, 'target-arrow-shape': 'chevron', 'target-arrow-scale': STUB_ARROW_SCALE }),
    block(`edge.rel.directed.${STUB_TO_TARGET}`, { 'target-arrow-shape': 'triangle' }),
    block(`edge.rel.${STUB_TO_SOURCE}`, { 'source-distance-from-node': `data(${STUB_CUT})`, 'source-arrow-shape': 'chevron', 'source-arrow-scale': STUB_ARROW_SCALE }),
  ];
}

/** The stylesheet; label sizes at rest (LabelController scales them as a bypass for small graphs). */
export function buildStylesheet(large = false): Block[] {
  return [
    block('node', {
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-weight': 500,
      color: LABEL_COLOR,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-wrap': 'wrap',
      'line-height': 1.2,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.82,
      'text-background-padding': '2px',
      'text-background-shape': 'round-rectangle',
      'border-width': 2,
      'transition-property': 'opacity',
      'transition-duration': 150,
    }),
    ...labelBlocks(1),
    ...entityBlocks(),
    block('node.country', { 'font-weight': 700, 'border-width': 3 }),
    block('node.flagged', {
      'background-image': 'data(flag)',
      'background-fit': 'cover',
      'background-clip': 'node',
    }),
    // A hub's click target is a HUB_STYLE.target disc, faintly tinted, with the small dot drawn
    // as a one-slice pie in its middle: a 14 px node was a hard target, and a hit area only
    // grows with the node (Cytoscape hit-tests the node's shape).
    block('node.hub', {
      shape: 'ellipse',
      width: HUB_STYLE.target,
      height: HUB_STYLE.target,
      'background-opacity': HUB_STYLE.haloOpacity,
      'border-width': 0,
      'pie-size': `${(100 * HUB_STYLE.size) / HUB_STYLE.target}%`,
      'pie-1-background-size': 100,
      'pie-1-background-opacity': 1,
      label: '',
    }),
    block('edge', {
      'curve-style': 'bezier',
      'control-point-step-size': 28,
      width: 3,
      opacity: 0.9,
      'arrow-scale': 1.1,
      'transition-property': 'opacity',
      'transition-duration': 150,
    }),
    ...relationBlocks(),
    // The arrowhead stops at the node, or at its label when the line comes in through the label
    // (labels hang below nodes): an arrow on a name covered its first letter.
    block('edge.directed', { 'target-arrow-shape': 'triangle', 'target-endpoint': 'outside-to-node-or-label' }),
    block('edge.spoke', { 'curve-style': 'straight' }),
    // Relations between one pair fan out, each arc tagged with what tells it apart (graph/bundles.ts).
    block('edge.fanned', {
      'control-point-step-size': FAN_STEP,
      label: 'data(tag)',
      'font-family': FONT_STACK,
      'font-size': 10,
      color: LABEL_COLOR,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'text-background-shape': 'round-rectangle',
      // Too small to read when zoomed out: left out rather than drawn as a smudge on the line.
      'min-zoomed-font-size': 7,
    }),
    block('edge.fanned.crowded', { 'control-point-step-size': 14, label: '' }),
    ...(large ? largeGraphBlocks() : []),

    // Interaction states, last so they win.
    block('.filtered', { display: 'none' }),
    // A country the filters leave out, standing for its people who are in: the link's other end.
    block('node.filtered.link-end', { display: 'element', opacity: 0.45 }),
    block('.faded', { opacity: 0.22, 'text-opacity': 0.35 }),
    // A minor label that would overlap a busier one (LabelDeclutterController). Hidden, not
    // removed, so its box can still be measured when the zoom makes room for it again.
    block('node.label-dropped', { 'text-opacity': 0 }),
    block('node.match', { 'underlay-color': MATCH_COLOR, 'underlay-opacity': 0.35, 'underlay-padding': 7, 'underlay-shape': 'ellipse' }),
    block('node.focus', { 'z-index': 10 }),
    block('edge.focus', { 'z-index': 9, opacity: 1 }),
    block('node.picked', { 'border-color': SELECT_COLOR, 'border-width': 5, 'z-index': 20 }),
    block('node.hub.picked', { 'border-width': 3, 'background-opacity': 2 * HUB_STYLE.haloOpacity }),
    block('edge.picked', { 'underlay-color': SELECT_COLOR, 'underlay-opacity': 0.45, 'underlay-padding': 5, 'z-index': 19 }),
    // A ring clear of the node's own border, so it shows on any fill and next to the selection's.
    block('node.keyfocus', { 'outline-color': KEY_FOCUS_COLOR, 'outline-width': 4, 'outline-offset': 3, 'outline-opacity': 1, 'z-index': 30 }),
    block('edge.keyfocus', { 'underlay-color': KEY_FOCUS_COLOR, 'underlay-opacity': 0.55, 'underlay-padding': 7, 'z-index': 29 }),
  ];
}

export const STYLESHEET: Block[] = buildStylesheet();
export const LARGE_STYLESHEET: Block[] = buildStylesheet(true);
