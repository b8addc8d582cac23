/**
 * Where the clusters of a large graph go: on a map of the world. A reader knows where Brazil is;
 * a force layout puts it wherever its links pull it, differently in every data set. So each
 * country's cluster is centred on the country's own point (countryPoints.json) in an equal-area
 * projection (d3-geo's Equal Earth: no continent inflated), scaled so the clusters' discs fill a
 * fixed share of the map; the clusters without a place (blocs, international bodies, countries
 * the table does not know) sit at the weighted centre of the clusters they have relations with —
 * the African Union among African countries — or, related to none, in a row under the map.
 * The caller then pushes apart the discs that still touch (Europe is crowded), which moves them
 * the least distance that frees them, so the map stays recognisable.
 */
import { geoEqualEarth } from 'd3-geo';
import type { Positions } from './runLayout';

export interface PlacedCluster {
  id: string;
  radius: number;
  /** [longitude, latitude], for a country the table knows. */
  geo?: readonly [number, number];
}

/** The share of the map's box the clusters' discs cover: enough room that few must be pushed aside. */
const FILL = 0.4;
/** A graph is drawn on the map when at least this many clusters, and at least half of them, have a place. */
const MIN_PLACED = 3;

export function hasWorldPlacement(clusters: readonly PlacedCluster[]): boolean {
  const placed = clusters.filter((c) => c.geo).length;
  return placed >= MIN_PLACED && placed * 2 >= clusters.length;
}

/**
 * Centres of the clusters on the map, or undefined when too few have a place for a map to mean
 * anything. `weights` maps "a\0b" (cluster ids, a < b) to the number of relations between them.
 */
export function worldPlacement(clusters: readonly PlacedCluster[], weights: ReadonlyMap<string, number>): Positions | undefined {
  if (!hasWorldPlacement(clusters)) return undefined;
  const project = geoEqualEarth().scale(1).translate([0, 0]);
  const projected = new Map<string, [number, number]>();
  for (const c of clusters) {
    const p = c.geo && project([c.geo[0], c.geo[1]]);
    if (p) projected.set(c.id, [p[0], p[1]]);
  }
  const scale = mapScale(clusters, [...projected.values()]);
  const out: Positions = {};
  for (const [id, [x, y]] of projected) out[id] = { x: x * scale, y: y * scale };
  placeByRelations(clusters, weights, out);
  return out;
}

/** Layout units per projected unit: the discs' total area is FILL of the box the placed points span. */
function mapScale(clusters: readonly PlacedCluster[], points: readonly [number, number][]): number {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  // A map of three neighbours spans little; never less than a tenth of the world's width or height.
  const width = Math.max(0.5, Math.max(...xs) - Math.min(...xs));
  const height = Math.max(0.25, Math.max(...ys) - Math.min(...ys));
  const discs = clusters.reduce((sum, c) => sum + Math.PI * c.radius * c.radius, 0);
  return Math.sqrt(discs / (FILL * width * height));
}

/**
 * The clusters without a place, at the weighted centre of their placed neighbours (in rounds, so
 * a body related only to a bloc follows the bloc); the rest in a row under the map, widest first.
 */
function placeByRelations(clusters: readonly PlacedCluster[], weights: ReadonlyMap<string, number>, out: Positions) {
  const neighbours = new Map<string, Array<[string, number]>>();
  for (const [key, w] of weights) {
    const [a, b] = key.split('\u0000');
    (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push([b, w]);
    (neighbours.get(b) ?? neighbours.set(b, []).get(b)!).push([a, w]);
  }
  let waiting = clusters.filter((c) => !out[c.id]).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let round = 0; round < 3 && waiting.length; round++) {
    const placedNow: Positions = {};
    for (const c of waiting) {
      let x = 0;
      let y = 0;
      let total = 0;
      for (const [other, w] of neighbours.get(c.id) ?? []) {
        const p = out[other];
        if (!p) continue;
        x += p.x * w;
        y += p.y * w;
        total += w;
      }
      if (total > 0) placedNow[c.id] = { x: x / total, y: y / total };
    }
    // Placed after the round, so the order within a round does not matter.
    Object.assign(out, placedNow);
    waiting = waiting.filter((c) => !out[c.id]);
  }
  if (!waiting.length) return;
  const placed = Object.values(out);
  let x = Math.min(...placed.map((p) => p.x));
  const bottom = Math.max(...placed.map((p) => p.y));
  const row = [...waiting].sort((a, b) => b.radius - a.radius || (a.id < b.id ? -1 : 1));
  const gap = Math.max(...row.map((c) => c.radius));
  for (const c of row) {
    out[c.id] = { x: x + c.radius, y: bottom + 2 * gap + c.radius };
    x += 2 * c.radius + gap / 4;
  }
}
