/**
 * The layout for large graphs (hundreds to tens of thousands of nodes), where fcose's default
 * quality takes minutes and its draft mode piles nodes on top of each other.
 *
 * News graphs have a natural two-level shape: people and organizations belong to a country.
 * So: arrange each country's members in a sunflower (Vogel spiral) around the country, busiest
 * members innermost; place the clusters themselves — countries plus the entities that belong
 * to none (blocs, international bodies) — on a world map (worldPlacement.ts), or, when the
 * countries are not ones the map knows, with fcose on the small cluster graph, each cluster as
 * a disc of its real size, weighted by the relations between them; push apart any discs that
 * still touch; then put relation hubs between their participants, in free space. Linear in the
 * number of nodes apart from the work on clusters (fcose, or the map's settling: a few hundred
 * sweeps over a few hundred discs); no two node boxes overlap once the discs are freed (tested
 * at the generated sizes); deterministic (seeded randomness, stable orders), so deep links see
 * the same positions everywhere.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutEdge, LayoutInput, LayoutNode, Positions } from './runLayout';
import { seededRandom } from './runLayout';
import { packComponents } from './packComponents';
import { worldPlacement } from './worldPlacement';
import { maxOf } from '../model/extent';

cytoscape.use(fcose);

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Space between neighbouring node boxes in a cluster, in layout units. */
const GAP = 6;

interface Cluster {
  id: string;
  /** The node at the centre (a country), if any. */
  centre?: LayoutNode;
  members: LayoutNode[];
  radius: number;
  offsets: Map<string, { x: number; y: number }>;
}

const diagonal = (n: LayoutNode) => Math.hypot(n.width, n.height);

/** Vogel spiral: point i at radius c·√i; with c ≥ spacing/√(π/… ) neighbours stay ≥ spacing apart. */
function sunflower(cluster: Cluster, degree: Map<string, number>) {
  const members = [...cluster.members].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  const spacing = maxOf(members.map(diagonal), 0) + GAP;
  const core = cluster.centre ? diagonal(cluster.centre) / 2 + spacing / 2 + GAP : 0;
  // In a Vogel spiral the nearest-neighbour distance is about 1.6·c (asymptotically c·√π).
  const c = spacing / 1.5;
  let radius = cluster.centre ? diagonal(cluster.centre) / 2 : 0;
  cluster.offsets.set(cluster.centre?.id ?? '', { x: 0, y: 0 });
  members.forEach((m, i) => {
    const r = core + c * Math.sqrt(i + (cluster.centre ? 0.5 : 0));
    const a = i * GOLDEN_ANGLE;
    cluster.offsets.set(m.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
    radius = Math.max(radius, r + diagonal(m) / 2);
  });
  cluster.radius = Math.max(radius, cluster.centre ? diagonal(cluster.centre) / 2 : 0) + GAP;
}

/** One pass pushing every overlapping pair of discs apart; true when something moved. */
function separationSweep(ids: string[], radius: Map<string, number>, pos: Positions): boolean {
  let moved = false;
  const cell = 2 * maxOf(ids.map((id) => radius.get(id)!));
  const grid = new Map<string, string[]>();
  for (const id of ids) {
    const key = `${Math.floor(pos[id].x / cell)},${Math.floor(pos[id].y / cell)}`;
    (grid.get(key) ?? grid.set(key, []).get(key)!).push(id);
  }
  for (const id of ids) {
    const gx = Math.floor(pos[id].x / cell);
    const gy = Math.floor(pos[id].y / cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const other of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
          if (other <= id) continue;
          const p = pos[id];
          const q = pos[other];
          const min = radius.get(id)! + radius.get(other)!;
          let vx = q.x - p.x;
          let vy = q.y - p.y;
          let d = Math.hypot(vx, vy);
          if (d >= min) continue;
          if (d < 1e-6) {
            // Coincident: split along a direction fixed by the ids, not by chance.
            vx = 1;
            vy = (id.length % 7) / 7;
            d = Math.hypot(vx, vy);
          }
          // The smaller disc gives way more (by area): a great power's cluster stays near its place, and its small neighbours move around it.
          const push = min - d + 1;
          const [ra, rb] = [radius.get(id)! ** 2, radius.get(other)! ** 2];
          const ux = vx / d;
          const uy = vy / d;
          const pa = (push * rb) / (ra + rb);
          const pb = (push * ra) / (ra + rb);
          pos[id] = { x: p.x - ux * pa, y: p.y - uy * pa };
          pos[other] = { x: q.x + ux * pb, y: q.y + uy * pb };
          moved = true;
        }
  }
  return moved;
}

/** Push overlapping discs apart until none touch (a few sweeps suffice once fcose has spread them). */
function separateDiscs(ids: string[], radius: Map<string, number>, pos: Positions) {
  for (let sweep = 0; sweep < 200 && separationSweep(ids, radius, pos); sweep++);
}

/**
 * Discs on a map, freed of each other the way a Dorling cartogram is: each sweep pushes
 * overlapping discs apart and then pulls every disc a little back towards its place on the map,
 * so a crowded region (Europe) spreads out around where it is instead of pairwise pushes
 * carrying one country across it (Italy had ended up north of Sweden).
 */
function settleOnMap(ids: string[], radius: Map<string, number>, pos: Positions) {
  const home = new Map(ids.map((id) => [id, { ...pos[id] }]));
  for (let sweep = 0; sweep < 400; sweep++) {
    separationSweep(ids, radius, pos);
    for (const id of ids) {
      const target = home.get(id)!;
      pos[id] = { x: pos[id].x + (target.x - pos[id].x) * PULL_TO_MAP, y: pos[id].y + (target.y - pos[id].y) * PULL_TO_MAP };
    }
  }
  separateDiscs(ids, radius, pos);
}
/** The share of the way back to its map position a disc moves each sweep. */
const PULL_TO_MAP = 0.05;

/** A grid of occupied boxes, to find free space for relation hubs. */
class Occupancy {
  private readonly grid = new Map<string, Array<[number, number, number, number]>>();
  constructor(private readonly cell: number) {}
  private keys(x1: number, y1: number, x2: number, y2: number): string[] {
    const out: string[] = [];
    for (let gx = Math.floor(x1 / this.cell); gx <= Math.floor(x2 / this.cell); gx++)
      for (let gy = Math.floor(y1 / this.cell); gy <= Math.floor(y2 / this.cell); gy++) out.push(`${gx},${gy}`);
    return out;
  }
  add(x: number, y: number, w: number, h: number) {
    const box: [number, number, number, number] = [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
    for (const k of this.keys(...box)) (this.grid.get(k) ?? this.grid.set(k, []).get(k)!).push(box);
  }
  free(x: number, y: number, w: number, h: number): boolean {
    const [x1, y1, x2, y2] = [x - w / 2 - GAP, y - h / 2 - GAP, x + w / 2 + GAP, y + h / 2 + GAP];
    for (const k of this.keys(x1, y1, x2, y2))
      for (const b of this.grid.get(k) ?? []) if (x1 < b[2] && b[0] < x2 && y1 < b[3] && b[1] < y2) return false;
    return true;
  }
}

export function clusterLayout({ nodes, edges, seed = 20240724 }: LayoutInput): Positions {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const degree = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }

  // 1. Clusters: each grouping node (a country) with its members; every other non-hub node alone.
  const hubs = nodes.filter((n) => n.hub);
  const clusters = new Map<string, Cluster>();
  const clusterOf = new Map<string, string>();
  const newCluster = (id: string, centre?: LayoutNode): Cluster => ({ id, centre, members: [], radius: 0, offsets: new Map() });
  for (const n of nodes) if (!n.hub && !n.group) clusters.set(n.id, newCluster(n.id, n));
  for (const n of nodes) {
    if (n.hub || !n.group) continue;
    const cluster = clusters.get(n.group) ?? clusters.set(n.group, newCluster(n.group, byId.get(n.group))).get(n.group)!;
    cluster.members.push(n);
  }
  for (const c of clusters.values()) {
    sunflower(c, degree);
    for (const id of c.offsets.keys()) if (id) clusterOf.set(id, c.id);
  }

  // 2. The cluster graph, weighted by the relations between clusters (hubs count for their participants).
  const weights = new Map<string, number>();
  const link = (a: string | undefined, b: string | undefined) => {
    if (!a || !b || a === b) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  };
  for (const e of edges) {
    const a = byId.get(e.source)?.hub ? undefined : clusterOf.get(e.source);
    const b = byId.get(e.target)?.hub ? undefined : clusterOf.get(e.target);
    link(a, b);
  }
  for (const h of hubs) {
    const parts = (neighbours.get(h.id) ?? []).map((p) => clusterOf.get(p));
    for (let i = 1; i < parts.length; i++) link(parts[0], parts[i]);
  }
  const clusterIds = [...clusters.keys()].sort();
  const clusterNodes: LayoutNode[] = clusterIds.map((id) => ({ id, width: 2 * clusters.get(id)!.radius, height: 2 * clusters.get(id)!.radius }));
  const clusterEdges: LayoutEdge[] = [...weights.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, w], i) => {
      const [source, target] = key.split('\u0000');
      return { id: `c${i}`, source, target, weight: w };
    });

  const world = worldPlacement(
    clusterIds.map((id) => ({ id, radius: clusters.get(id)!.radius, geo: clusters.get(id)!.centre?.geo })),
    weights,
  );
  const centres = world ?? forceCentres(clusterNodes, clusterEdges, seed);
  const radii = new Map(clusterIds.map((id) => [id, clusters.get(id)!.radius]));
  if (world) settleOnMap(clusterIds, radii, centres);
  else separateDiscs(clusterIds, radii, centres);
  // On the map, where a cluster is means something: the components stay where the map put them.
  const packed = world ? centres : packComponents(clusterNodes, clusterEdges, centres, 60);

  // 3. Members around their cluster's centre.
  const out: Positions = {};
  const occupied = new Occupancy(120);
  for (const id of clusterIds) {
    const c = clusters.get(id)!;
    const centre = packed[id];
    for (const [nodeId, off] of c.offsets) {
      const key = nodeId || id;
      if (!byId.has(key)) continue;
      out[key] = { x: centre.x + off.x, y: centre.y + off.y };
      const n = byId.get(key)!;
      occupied.add(out[key].x, out[key].y, n.width, n.height);
    }
  }

  // 4. Hubs between their participants, nudged along a spiral into free space.
  for (const h of [...hubs].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const parts = (neighbours.get(h.id) ?? []).filter((p) => out[p]);
    const cx = parts.length ? parts.reduce((s, p) => s + out[p].x, 0) / parts.length : 0;
    const cyy = parts.length ? parts.reduce((s, p) => s + out[p].y, 0) / parts.length : 0;
    let placed = { x: cx, y: cyy };
    for (let i = 0; i < 5000 && !occupied.free(placed.x, placed.y, h.width, h.height); i++) {
      const r = (h.width + GAP) * 0.6 * Math.sqrt(i + 1);
      placed = { x: cx + r * Math.cos(i * GOLDEN_ANGLE), y: cyy + r * Math.sin(i * GOLDEN_ANGLE) };
    }
    out[h.id] = placed;
    occupied.add(placed.x, placed.y, h.width, h.height);
  }
  return out;
}

/** The clusters placed by fcose on the small cluster graph: for graphs whose countries the map does not know. */
function forceCentres(clusterNodes: LayoutNode[], clusterEdges: LayoutEdge[], seed: number): Positions {
  const maxWeight = maxOf(clusterEdges.map((e) => e.weight ?? 1), 1);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...clusterNodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.width, h: n.height } })),
      ...clusterEdges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, weight: e.weight } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.layout({
      name: 'fcose',
      quality: clusterNodes.length > 600 ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      packComponents: false,
      nodeDimensionsIncludeLabels: false,
      // Heavier links pull clusters closer: the great powers' neighbourhoods end up near them.
      idealEdgeLength: (edge: cytoscape.EdgeSingular) => {
        const s = edge.source().width() / 2 + edge.target().width() / 2;
        return s + 80 * (1 - Math.log1p(edge.data('weight')) / Math.log1p(maxWeight));
      },
      edgeElasticity: () => 0.2,
      nodeRepulsion: () => 20000,
      nodeSeparation: 80,
      gravity: 0.3,
      numIter: 2500,
    } as unknown as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = original;
  }
  const centres: Positions = {};
  cy.nodes().forEach((n) => {
    centres[n.id()] = { ...n.position() };
  });
  cy.destroy();
  return centres;
}
