/**
 * GEXF for Gephi, written by graphology-gexf (the graphology project's own writer: escaping,
 * the attribute model and the viz namespace done right). Every node and edge keeps its
 * attributes (kind, status, start/end dates, sources), its colour, size and position.
 */
import { MultiGraph } from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import type { Network } from './network';

export function toGexf(network: Network, description: string): string {
  const graph = new MultiGraph();
  graph.setAttribute('description', description);
  for (const n of network.nodes) graph.addNode(n.id, n);
  for (const e of network.edges) {
    if (e.directed) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
    else graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, e);
  }
  return write(graph, {
    version: '1.3',
    formatNode: (_key, n) => ({
      label: n.label as string,
      attributes: n.attributes as Record<string, string | number>,
      // Gephi's y axis points up, the canvas's down: flipped, the picture keeps its orientation.
      viz: { color: n.fill as string, size: (n.width as number) / 2, x: n.x as number, y: -(n.y as number) },
    }),
    formatEdge: (_key, e) => ({
      label: (e.attributes as Record<string, string>).summary,
      attributes: e.attributes as Record<string, string | number>,
      weight: 1,
      viz: { color: e.color as string, thickness: e.width as number, shape: e.dash ? (e.status === 'forecast' ? 'dotted' : 'dashed') : 'solid' },
    }),
  });
}
