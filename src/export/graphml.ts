/**
 * GraphML for yEd (and Gephi, Cytoscape desktop, networkx). graphology-graphml only parses, so
 * this writes the file itself: plain GraphML keys for every attribute, plus yEd's yFiles
 * extension for what yEd draws — node geometry at the canvas positions, fill, border, shape and
 * label; edge colour, line style and arrows. Readers that do not know yFiles skip those keys.
 */
import type { NetEdge, NetNode, Network } from './network';
import { xmlEscape } from './xml';

const NODE_KEYS = ['label', 'kind', 'country', 'countryName', 'offices', 'aliases', 'description', 'x', 'y', 'color'] as const;
const EDGE_KEYS = ['relation', 'kind', 'status', 'start', 'end', 'dateText', 'sources', 'quotes', 'summary', 'origin', 'color'] as const;
const NUMERIC = new Set(['x', 'y', 'sources', 'quotes']);

const YED_SHAPES: Record<NetNode['shape'], string> = { ellipse: 'ellipse', 'round-rectangle': 'roundrectangle', hexagon: 'hexagon', diamond: 'diamond' };
const YED_LINES: Record<NetEdge['status'], string> = { reported: 'line', intent: 'dashed', proposed: 'dashed_dotted', forecast: 'dotted', denied: 'line' };

function keyDecl(domain: 'node' | 'edge', name: string): string {
  return `  <key id="${domain[0]}_${name}" for="${domain}" attr.name="${name}" attr.type="${NUMERIC.has(name) ? 'double' : 'string'}"/>`;
}

function data(domain: 'node' | 'edge', name: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : `\n      <data key="${domain[0]}_${name}">${xmlEscape(value)}</data>`;
}

function nodeXml(n: NetNode): string {
  const values: Record<string, string | number> = { ...n.attributes, label: n.label, x: n.x, y: n.y, color: n.fill };
  const fields = NODE_KEYS.map((k) => data('node', k, values[k])).join('');
  const yed = `
      <data key="yed_node"><y:ShapeNode><y:Geometry x="${n.x - n.width / 2}" y="${n.y - n.height / 2}" width="${n.width}" height="${n.height}"/><y:Fill color="${n.fill}" transparent="false"/><y:BorderStyle color="${n.border}" type="line" width="${n.kind === 'country' ? 2 : 1}"/><y:NodeLabel modelName="sides" modelPosition="s">${xmlEscape(n.kind === 'relation' ? '' : n.label)}</y:NodeLabel><y:Shape type="${YED_SHAPES[n.shape]}"/></y:ShapeNode></data>`;
  return `    <node id="${xmlEscape(n.id)}">${fields}${yed}\n    </node>`;
}

function edgeXml(e: NetEdge): string {
  const values: Record<string, string | number> = { ...e.attributes, color: e.color };
  const fields = EDGE_KEYS.map((k) => data('edge', k, values[k])).join('');
  const yed = `
      <data key="yed_edge"><y:PolyLineEdge><y:LineStyle color="${e.color}" type="${YED_LINES[e.status]}" width="${e.width}"/><y:Arrows source="none" target="${e.directed ? 'standard' : 'none'}"/></y:PolyLineEdge></data>`;
  return `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" directed="${e.directed}">${fields}${yed}\n    </edge>`;
}

export function toGraphml(network: Network, description: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    `  <!-- ${xmlEscape(description).replace(/--/g, '—')} -->`,
    ...NODE_KEYS.map((k) => keyDecl('node', k)),
    ...EDGE_KEYS.map((k) => keyDecl('edge', k)),
    '  <key id="yed_node" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="yed_edge" for="edge" yfiles.type="edgegraphics"/>',
    '  <graph id="entente" edgedefault="undirected">',
    ...network.nodes.map(nodeXml),
    ...network.edges.map(edgeXml),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
