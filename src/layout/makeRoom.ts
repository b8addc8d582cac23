/**
 * A tidy-up pass after the force layout, for small graphs: fcose spaces nodes by their boxes
 * but knows nothing of lines, so it leaves a node sitting on a line it is not part of, a label
 * crossed by a line, or a relation hub whose spokes cross another hub's. This pass moves one
 * node at a time to the best of a few nearby spots (rings around where fcose put it), scoring
 * each spot by what the picture would then show:
 *
 *   a line through a node it does not join          (reads as if the node were part of it)
 *   a line through a label                           (the name is crossed out)
 *   two nodes or labels overlapping
 *   lines crossing                                   (mostly matters for hubs and their spokes)
 *   distance from where fcose put it                 (the force layout's shape is kept)
 *
 * Lines are judged as straight segments between node centres; a pair joined by several
 * relations is drawn as a fan of arcs (stylesheet's control-point-step-size), so its segment
 * is widened by how far the outermost arc bows out.
 *
 * Deterministic: nodes are visited by number of lines, size, then input order; spots in a fixed order;
 * ties keep the first.
 * Pure geometry, no Cytoscape: unit-tested in makeRoom.test.ts.
 */
import type { Point } from '../state/viewState';

export interface RoomNode {
  id: string;
  /** The drawn mark (circle, hexagon …), centred on the position. */
  width: number;
  height: number;
  /** The label box hanging below the mark; absent for a node without a label (a hub). */
  label?: { width: number; height: number };
  /** A relation hub: also tried around the middle of its participants, where it reads best. */
  hub?: boolean;
}

export interface RoomEdge {
  source: string;
  target: string;
}

export interface RoomOptions {
  /** Distance between neighbouring arcs of a fan, as in the stylesheet. */
  fanStep?: number;
  /** Rounds over all nodes; each stops early once nothing moves. */
  rounds?: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What each kind of trouble costs; a move of 60 px costs about as much as one crossing. */
const COST = {
  throughNode: 100,
  throughLabel: 40,
  overlap: 60,
  crossing: 4,
  /** Per px² of distance from fcose's spot: a long move must buy a real improvement. */
  move: 4 / (60 * 60),
};
/** Clearance kept around a mark, so a line passing close by still reads as passing by. */
const NODE_MARGIN = 6;
/** Space between the mark and its label (stylesheet's text-margin-y), and around the label. */
const LABEL_GAP = 3;
/** Spots tried around a node: radius in px, 12 bearings each. */
const RINGS = [12, 24, 36, 52, 70, 90, 115, 145];
const BEARINGS = 12;

/** The mark's box at `p`, with the clearance. */
function bodyBox(n: RoomNode, p: Point, margin = NODE_MARGIN): Box {
  return { x1: p.x - n.width / 2 - margin, y1: p.y - n.height / 2 - margin, x2: p.x + n.width / 2 + margin, y2: p.y + n.height / 2 + margin };
}

/** The label's box at `p`: centred under the mark. */
function labelBox(n: RoomNode, p: Point): Box | undefined {
  if (!n.label) return undefined;
  const top = p.y + n.height / 2 + LABEL_GAP;
  return { x1: p.x - n.label.width / 2, y1: top, x2: p.x + n.label.width / 2, y2: top + n.label.height };
}

const boxesOverlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Whether the segment a–b, widened by `pad` on every side, passes through the box (Liang–Barsky
 * clipping). Hot: no allocation, no inner functions.
 */
export function segmentHitsBox(a: Point, b: Point, box: Box, pad = 0): boolean {
  const x1 = box.x1 - pad;
  const y1 = box.y1 - pad;
  const x2 = box.x2 + pad;
  const y2 = box.y2 + pad;
  // The common case, far apart, first.
  if (Math.max(a.x, b.x) < x1 || Math.min(a.x, b.x) > x2 || Math.max(a.y, b.y) < y1 || Math.min(a.y, b.y) > y2) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  // Each side of the box clips the parameter range [t0, t1] of the segment; empty means a miss.
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? a.x - x1 : side === 1 ? x2 - a.x : side === 2 ? a.y - y1 : y2 - a.y;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments cross properly (touching at an end does not count: lines meet at nodes). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** One straight line per joined pair (node indices), widened by the fan its relations are drawn as. */
interface Line {
  a: number;
  b: number;
  /** How far the outermost arc strays from the straight segment, in px. */
  bow: number;
  /** The box around the line, bow included, where its ends are now. */
  box: Box;
}

function linesOf(edges: readonly RoomEdge[], index: ReadonlyMap<string, number>, fanStep: number): Line[] {
  const count = new Map<string, { a: number; b: number; n: number }>();
  for (const e of edges) {
    const i = index.get(e.source);
    const j = index.get(e.target);
    if (i === undefined || j === undefined || i === j) continue;
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = `${a} ${b}`;
    const line = count.get(key);
    if (line) line.n++;
    else count.set(key, { a, b, n: 1 });
  }
  // A quadratic arc reaches half-way to its control point; the outermost control point of n
  // arcs is (n − 1) / 2 steps off the line.
  return [...count.values()].map(({ a, b, n }) => ({ a, b, bow: (fanStep * (n - 1)) / 4, box: { x1: 0, y1: 0, x2: 0, y2: 0 } }));
}

/** The mark and label of a node together: what must not overlap another's. */
function wholeBox(body: Box, label: Box | undefined): Box {
  return label ? { x1: Math.min(body.x1, label.x1), y1: body.y1, x2: Math.max(body.x2, label.x2), y2: label.y2 } : body;
}

/** Spots to try: the centre itself, then rings around it. */
function ringAround(centre: Point, out: Point[]): Point[] {
  out.push({ ...centre });
  for (const r of RINGS) {
    for (let i = 0; i < BEARINGS; i++) {
      const angle = (2 * Math.PI * i) / BEARINGS;
      out.push({ x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
    }
  }
  return out;
}

const lineBox = (l: Line, a: Point, b: Point): Box => ({
  x1: Math.min(a.x, b.x) - l.bow,
  y1: Math.min(a.y, b.y) - l.bow,
  x2: Math.max(a.x, b.x) + l.bow,
  y2: Math.max(a.y, b.y) + l.bow,
});

const sqDistance = (a: Point, b: Point) => (a.x - b.x) ** 2 + (a.y - b.y) ** 2;

export function makeRoom(nodes: readonly RoomNode[], edges: readonly RoomEdge[], start: Readonly<Record<string, Point>>, options: RoomOptions = {}): Record<string, Point> {
  const { fanStep = 0, rounds = 3 } = options;
  // By index, not id: the scoring below runs millions of times on a corpus.
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const home = nodes.map((n) => ({ ...start[n.id] }));
  const pos = home.map((p) => ({ ...p }));
  const lines = linesOf(edges, index, fanStep);
  const linesAt: Line[][] = nodes.map(() => []);
  for (const l of lines) {
    linesAt[l.a].push(l);
    linesAt[l.b].push(l);
  }
  // Where each node's mark and label are now, and the box around each line, kept up to date as
  // nodes move: cheap box tests skip most pairs before any exact geometry.
  const bodies = nodes.map((n, i) => bodyBox(n, pos[i]));
  const labels = nodes.map((n, i) => labelBox(n, pos[i]));
  const wholes = nodes.map((_, i) => wholeBox(bodies[i], labels[i]));
  for (const l of lines) l.box = lineBox(l, pos[l.a], pos[l.b]);

  /**
   * The trouble that depends on where node i is, were it at `p` with the others where they
   * are (what a move can cure), and that plus the price of having moved.
   */
  function costAt(i: number, p: Point): { trouble: number; total: number } {
    const n = nodes[i];
    let trouble = 0;
    const body = bodyBox(n, p);
    const label = labelBox(n, p);
    const whole = wholeBox(body, label);
    // Lines of others through this node or its label.
    for (const l of lines) {
      if (l.a === i || l.b === i || !boxesOverlap(l.box, whole)) continue;
      if (segmentHitsBox(pos[l.a], pos[l.b], body, l.bow)) trouble += COST.throughNode;
      else if (label && segmentHitsBox(pos[l.a], pos[l.b], label, l.bow)) trouble += COST.throughLabel;
    }
    // Overlaps, mark and label together.
    for (let m = 0; m < nodes.length; m++) if (m !== i && boxesOverlap(whole, wholes[m])) trouble += COST.overlap;
    for (const l of linesAt[i]) {
      const other = pos[l.a === i ? l.b : l.a];
      const box = lineBox(l, p, other);
      // This node's own lines through the others …
      for (let m = 0; m < nodes.length; m++) {
        if (m === l.a || m === l.b || !boxesOverlap(box, wholes[m])) continue;
        if (segmentHitsBox(p, other, bodies[m], l.bow)) trouble += COST.throughNode;
        else if (labels[m] && segmentHitsBox(p, other, labels[m]!, l.bow)) trouble += COST.throughLabel;
      }
      // … and across lines that do not share an end.
      for (const k of lines) {
        if (k.a === l.a || k.a === l.b || k.b === l.a || k.b === l.b || !boxesOverlap(box, k.box)) continue;
        if (segmentsCross(p, other, pos[k.a], pos[k.b])) trouble += COST.crossing;
      }
    }
    return { trouble, total: trouble + COST.move * sqDistance(p, home[i]) };
  }
  function spots(i: number): Point[] {
    const out = ringAround(home[i], []);
    // A hub also tries the middle of its participants, where its spokes are shortest.
    const ends = linesAt[i].map((l) => pos[l.a === i ? l.b : l.a]);
    if (nodes[i].hub && ends.length > 0) ringAround({ x: ends.reduce((s, e) => s + e.x, 0) / ends.length, y: ends.reduce((s, e) => s + e.y, 0) / ends.length }, out);
    return out;
  }

  // The nodes with fewest lines first, then the smallest: moving a small node out of the way
  // changes little else, moving a country drags a dozen lines across the picture.
  const area = (n: RoomNode) => n.width * n.height;
  const order = nodes.map((_, i) => i).sort((i, j) => linesAt[i].length - linesAt[j].length || area(nodes[i]) - area(nodes[j]) || i - j);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const i of order) {
      const now = costAt(i, pos[i]);
      // Nothing a move could cure: leave it. Crossings alone are cured only for hubs: a
      // country moved to uncross one line crosses others, a hub has the room of its triangle.
      if (now.trouble === 0 || (!nodes[i].hub && now.trouble < COST.throughLabel)) continue;
      let best = { p: pos[i], cost: now.total };
      for (const p of spots(i)) {
        const cost = costAt(i, p).total;
        if (cost < best.cost - 1e-9) best = { p, cost };
      }
      if (best.p !== pos[i]) {
        pos[i] = best.p;
        bodies[i] = bodyBox(nodes[i], best.p);
        labels[i] = labelBox(nodes[i], best.p);
        wholes[i] = wholeBox(bodies[i], labels[i]);
        for (const l of linesAt[i]) l.box = lineBox(l, pos[l.a], pos[l.b]);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return Object.fromEntries(nodes.map((n, i) => [n.id, pos[i]]));
}
