/**
 * The force-directed layout itself: fcose on a headless Cytoscape, made deterministic by
 * swapping Math.random for a seeded generator while it runs (fcose's spectral start and
 * randomisation both draw from it). Same elements in the same order → same positions, on
 * every machine. Runs in a Web Worker in the app (layout.worker.ts) and inline in tests.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Point } from '../state/viewState';
import { packComponents } from './packComponents';
import { clusterLayout } from './clusterLayout';
import { makeRoom } from './makeRoom';
import { FAN_STEP } from '../ui/styleConstants';

cytoscape.use(fcose);

/** What the layout needs to know about a node: its id and the room its shape and label take. */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** The node this one belongs to (a person's or organization's country): large graphs lay out by cluster. */
  group?: string;
  /** A relation hub: placed between its participants. */
  hub?: boolean;
  /** [longitude, latitude] of a country: large graphs put countries where they are on the map. */
  geo?: readonly [number, number];
  /**
   * The drawn mark and the label under it, when known (width and height above reserve room for
   * both): the tidy-up pass (makeRoom.ts) keeps lines off each.
   */
  mark?: { width: number; height: number };
  label?: { width: number; height: number };
}
export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  weight?: number;
}
export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  seed?: number;
}
export type Positions = Record<string, Point>;

/** mulberry32: small, fast, good enough for a layout's initial scatter. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Above this many nodes fcose's default quality takes minutes (it is quadratic per iteration)
 * and its draft mode overlaps nodes heavily: large graphs get the cluster layout instead.
 */
export const CLUSTER_LAYOUT_THRESHOLD = 600;

/**
 * Up to this many nodes the force layout is tidied (makeRoom.ts): lines kept off nodes and
 * labels. Its cost grows with nodes × lines per spot tried; an article or a small corpus is
 * where one crossed label is one name in ten lost.
 */
export const TIDY_LAYOUT_THRESHOLD = 250;

export function runLayout(input: LayoutInput): Positions {
  const raw = input.nodes.length > CLUSTER_LAYOUT_THRESHOLD ? clusterLayout(input) : forceLayout(input);
  const positions: Positions = {};
  for (const n of input.nodes) positions[n.id] = { x: round(raw[n.id].x), y: round(raw[n.id].y) };
  return positions;
}

function forceLayout({ nodes, edges, seed = 20240724 }: LayoutInput): Positions {
  const elements: ElementDefinition[] = [
    ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.width, h: n.height } })),
    ...edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    const big = nodes.length > 400;
    cy.layout({
      name: 'fcose',
      quality: big ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      packComponents: false, // packComponents.ts does it, deterministically and worker-safe
      nodeRepulsion: () => 6500,
      idealEdgeLength: () => 75,
      edgeElasticity: () => 0.35,
      gravity: 0.4,
      numIter: 2500,
      nodeSeparation: 60,
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = original;
  }
  let raw: Positions = {};
  cy.nodes().forEach((n) => {
    raw[n.id()] = { ...n.position() };
  });
  cy.destroy();
  if (nodes.length <= TIDY_LAYOUT_THRESHOLD) {
    const marks = nodes.map((n) => ({ id: n.id, ...(n.mark ?? { width: n.width, height: n.height }), label: n.label, hub: n.hub }));
    raw = makeRoom(marks, edges, raw, { fanStep: FAN_STEP });
  }
  return packComponents(nodes, edges, raw);
}
