/**
 * The visual vocabulary of the graph, in one place. The Cytoscape stylesheet
 * (graph/stylesheet.ts) and the legend (legend/Legend.tsx) are both generated from these
 * constants, so the legend cannot drift from what the canvas draws.
 */
import type { EntityKind, RelationKind, Status } from '../model/schema';

export interface KindStyle {
  color: string;
  label: string;
  description: string;
}

export const RELATION_KIND_STYLES: Record<RelationKind, KindStyle> = {
  meeting: { color: '#2563eb', label: 'Meeting', description: 'met, visited or held talks' },
  cooperation: { color: '#059669', label: 'Cooperation', description: 'works together: trade, aid, shared projects' },
  alliance: { color: '#c026d3', label: 'Alliance', description: 'allies, or say they share a cause' },
  support: { color: '#d97706', label: 'Support', description: 'backs another’s action' },
  conflict: { color: '#dc2626', label: 'Conflict', description: 'a dispute, threat, sanction or war' },
  role: { color: '#64748b', label: 'Office held', description: 'a person’s office in a country or body' },
};

export interface StatusStyle {
  label: string;
  description: string;
  /** Stroke dash pattern in px at width `width`; undefined = solid. */
  dash?: number[];
  width: number;
  /** Round caps turn a [1, n] dash into dots. */
  roundCap?: boolean;
  /** Drawn grey whatever the kind, with a bar across the middle: the source says it did not happen. */
  struck?: boolean;
}

export const STATUS_STYLES: Record<Status, StatusStyle> = {
  reported: { label: 'Reported', description: 'the source says it happened', width: 3 },
  intent: { label: 'Intent', description: 'one side says it will, or plans to; not done yet', dash: [10, 6], width: 3 },
  proposed: { label: 'Proposed', description: 'someone suggested it; not agreed', dash: [14, 5, 3, 5], width: 3 },
  forecast: { label: 'Forecast', description: 'observers expect it to happen', dash: [1, 7], width: 3.5, roundCap: true },
  denied: { label: 'Denied', description: 'the source says it did not happen', width: 2.5, struck: true },
};

export const DENIED_COLOR = '#9ca3af';

/** Cytoscape node shapes we use, each with an SVG twin in the legend. */
export type NodeShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond';

export interface EntityStyle {
  label: string;
  description: string;
  shape: NodeShape;
  width: number;
  height: number;
  fill: string;
  border: string;
}

export const ENTITY_STYLES: Record<EntityKind, EntityStyle> = {
  country: { label: 'Country', description: 'flag, bold border', shape: 'ellipse', width: 52, height: 52, fill: '#e2e8f0', border: '#0f172a' },
  person: { label: 'Person', description: 'name, then office', shape: 'ellipse', width: 26, height: 26, fill: '#fef3c7', border: '#b45309' },
  organization: { label: 'Organization', description: 'agency, council, institute', shape: 'round-rectangle', width: 40, height: 28, fill: '#ccfbf1', border: '#0f766e' },
  bloc: { label: 'Bloc', description: 'group of countries', shape: 'hexagon', width: 46, height: 40, fill: '#e0e7ff', border: '#4338ca' },
  place: { label: 'Place', description: 'city or region', shape: 'diamond', width: 32, height: 32, fill: '#dcfce7', border: '#15803d' },
};

/**
 * The small node that joins the participants of a relation among three or more: a `size` px dot
 * inside a `target` px disc that takes the clicks (24 px: WCAG 2.2's minimum target size).
 */
export const HUB_STYLE = {
  size: 14,
  target: 24,
  /** The target disc is tinted this much with the relation's colour: faint, but it shows where a click lands. */
  haloOpacity: 0.18,
  border: '#ffffff',
  label: 'Three-way or more',
  description: 'one relation joining all its participants',
};

/**
 * Several relations between one pair are drawn as a fan of arcs this many px apart (Cytoscape's
 * control-point-step-size), wide enough for each arc's small tag (graph/bundles.ts) to sit clear
 * of the next. The layout (layout/makeRoom.ts) keeps nodes off the whole fan.
 */
export const FAN_STEP = 40;

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

export const LABEL_COLOR = '#0f172a';
export const SELECT_COLOR = '#f59e0b';
export const MATCH_COLOR = '#0ea5e9';
/** The keyboard focus ring on the canvas: the page's own focus colour (sky-700). */
export const KEY_FOCUS_COLOR = '#0369a1';

/**
 * Label sizes in px at zoom 1: the default, then by entity kind (the last that applies wins, as
 * in the stylesheet). When the view is zoomed out below 1 the labels are scaled up to keep these
 * sizes on screen (graph/controllers/LabelController.tsx), as map and graph tools do, so a fitted
 * phone view stays readable.
 */
export interface LabelSize {
  kind?: EntityKind;
  size: number;
  maxWidth: number;
}
export const LABEL_SIZES: readonly LabelSize[] = [
  { size: 14, maxWidth: 150 },
  { kind: 'country', size: 16, maxWidth: 150 },
  { kind: 'person', size: 13, maxWidth: 150 },
];

/** The overview's links (graph/overview.ts): a count of relations, drawn unlike any relation. */
export const LINK_STYLE = {
  color: '#64748b',
  opacity: 0.35,
  /** On-screen widths in pixels, for one relation and for the busiest pair. */
  minWidth: 0.5,
  maxWidth: 5,
  label: 'Overview link',
  description: 'relations between two countries’ people and bodies, thicker for more, in the colour of the kind most of them are; zoom in to see them',
};

/** Line width of a claim reported by two, and by three or more, independent outlets (one outlet: its status's width). */
export const CORROBORATED_WIDTH = { 2: 4.5, 3: 6.5 } as const;
