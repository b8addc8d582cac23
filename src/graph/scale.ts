/**
 * How the graph view adapts to size. Small graphs (an article or a few) get the full
 * treatment: curved parallel edges, fades, labels that grow as you zoom out. Large ones trade
 * those for frame rate: a cached texture while panning and zooming, straight edges, no
 * transitions, and level of detail — a label is drawn only once it is large enough on screen
 * to read, with the busiest entities (the hubs) labelled in a larger size so they stay named
 * when everything else is a dot.
 */
import type { Graph } from '../model/schema';

/** Elements (entities + relations) above which the view switches to its large-graph settings. */
export const LARGE_GRAPH_ELEMENTS = 2000;

export function isLargeGraph(graph: Graph): boolean {
  return graph.entities.length + graph.relations.length > LARGE_GRAPH_ELEMENTS;
}

/** The entities with the most relations: the top 1% (at least 12), ties broken by id. */
export function majorEntities(graph: Graph): ReadonlySet<string> {
  const degree = new Map<string, number>();
  for (const r of graph.relations) for (const p of r.participants) degree.set(p, (degree.get(p) ?? 0) + 1);
  const count = Math.max(12, Math.round(graph.entities.length / 100));
  const ranked = graph.entities
    .map((e) => e.id)
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  return new Set(ranked.slice(0, count));
}

/** Renderer options for react-cytoscapejs: what a large graph needs to pan and zoom smoothly. */
export function rendererOptions(large: boolean) {
  return large
    ? { textureOnViewport: true, hideEdgesOnViewport: false, pixelRatio: 1, minZoom: 0.002, motionBlur: false }
    : { textureOnViewport: false, hideEdgesOnViewport: false, minZoom: 0.08 };
}
