/**
 * How the graph view adapts to size. Small graphs (an article or a few) get the full
 * treatment: curved parallel edges, fades, labels that grow as you zoom out. Large ones trade
 * those for frame rate: a cached texture while panning and zooming, straight edges, no
 * transitions, and level of detail — a label is drawn only once it is large enough on screen
 * to read, with the busiest entities (the hubs) labelled in a larger size so they stay named
 * when everything else is a dot.
 */
import type { Graph } from '../model/schema';
import { participantNumbersOf } from '../model/participants';

/** Elements (entities + relations) above which the view switches to its large-graph settings. */
export const LARGE_GRAPH_ELEMENTS = 2000;

/**
 * The smallest on-screen font size, in pixels, at which a large graph draws a label at all: the
 * stylesheet's min-zoomed-font-size, the size under which LabelDeclutterController drops a label,
 * and the floor hub labels are kept at as the view zooms out (LevelOfDetailController). One
 * number, so a hub label sized to show is never one the others hide.
 */
export const LARGE_GRAPH_LABEL_MIN_PX = 9;

export function isLargeGraph(graph: Graph): boolean {
  return graph.entities.length + graph.relations.length > LARGE_GRAPH_ELEMENTS;
}

/** The entities with the most relations: the top 1% (at least 12), ties broken by id. */
export function majorEntities(graph: Graph): ReadonlySet<string> {
  const { entities } = graph;
  const count = Math.max(12, Math.round(entities.length / 100));
  // Degrees from the graph's participant numbers (model/participants.ts): a map of its own and a look-up per participant took 0.2 s at XXL.
  const { list } = participantNumbersOf(graph);
  const degree = new Int32Array(entities.length);
  for (let k = 0; k < list.length; k++) degree[list[k]]++;
  // Only the entities at or above the count-th busiest degree are ranked: sorting all 100,000
  // with a comparator took 300 ms of the first render of the largest graphs.
  const threshold = count >= entities.length ? -1 : Int32Array.from(degree).sort()[entities.length - count];
  const candidates: number[] = [];
  for (let i = 0; i < entities.length; i++) if (degree[i] >= threshold) candidates.push(i);
  candidates.sort((a, b) => degree[b] - degree[a] || (entities[a].id < entities[b].id ? -1 : 1));
  return new Set(candidates.slice(0, count).map((i) => entities[i].id));
}

/**
 * Renderer options for react-cytoscapejs: what a large graph needs to pan and zoom smoothly.
 * (minZoom 0.0015: a phone's fitted overview of XXL shows the whole map there; lower, hub labels
 * would need fonts of 34 × 256 model px, which Chromium draws with broken letter spacing.)
 */
export function rendererOptions(large: boolean) {
  return large
    ? { textureOnViewport: true, hideEdgesOnViewport: false, pixelRatio: 1, minZoom: 0.0015, motionBlur: false }
    : { textureOnViewport: false, hideEdgesOnViewport: false, minZoom: 0.08 };
}
