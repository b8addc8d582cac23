/**
 * Which entities lie inside a box, without looking at all of them: a uniform grid over the
 * layout's positions. Panning a graph of twenty thousand entities asks this on every stop.
 */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SpatialGrid {
  /** Ids whose point lies inside the box (edges included), in no particular order. */
  query(box: Box): string[];
}

export function buildGrid(points: ReadonlyMap<string, { x: number; y: number }>, cell = 500): SpatialGrid {
  const ids = [...points.keys()];
  const all = [...points.values()];
  const grid = gridInSteps(ids.length, (i) => [ids[i], all[i].x, all[i].y], cell);
  grid.fill(Infinity);
  return grid;
}

/** Points given per slice by `fill`; when asked before they are all in, the grid takes the rest first. */
export interface GridInSteps extends SpatialGrid {
  /** Adds up to `count` more points; false once every point is in. */
  fill(count?: number): boolean;
}

/** Points added to a grid per idle step: a fifth of XXL's entities, ~15 ms of the ~70 ms the whole grid took in its first render. */
export const GRID_STEP = 20_000;

/**
 * A grid of `count` points, `pointAt(i)` giving the i-th as [id, x, y], filled a slice at a time:
 * the overview of a large graph (its first frame) asks nothing of it, so a graph of 100,000
 * entities need not spend the ~70 ms of filling it before that frame (the graph view fills it
 * while idle, ElementsController.tsx). The same grid, in the same order, as buildGrid makes.
 */
export function gridInSteps(count: number, pointAt: (i: number) => [string, number, number], cell = 500): GridInSteps {
  const cells = new Map<number, Array<[string, number, number]>>();
  // A number per cell, not a "gx,gy" string: a string made and hashed per point was 75 ms of an
  // XXL graph's first render. Unique while |gy| < 2^31 cells, i.e. any coordinate a layout gives.
  const key = (gx: number, gy: number) => gx * 4294967296 + gy;
  let filled = 0;
  const fill = (slice = GRID_STEP) => {
    const end = Math.min(count, filled + slice);
    for (; filled < end; filled++) {
      const point = pointAt(filled);
      const k = key(Math.floor(point[1] / cell), Math.floor(point[2] / cell));
      const list = cells.get(k);
      if (list) list.push(point);
      else cells.set(k, [point]);
    }
    return filled < count;
  };
  return {
    fill,
    query(box) {
      fill(Infinity);
      const out: string[] = [];
      const gx1 = Math.floor(box.x1 / cell);
      const gx2 = Math.floor(box.x2 / cell);
      const gy1 = Math.floor(box.y1 / cell);
      const gy2 = Math.floor(box.y2 / cell);
      // A box far larger than the data would walk millions of empty cells: scan the points instead.
      if ((gx2 - gx1 + 1) * (gy2 - gy1 + 1) > cells.size) {
        for (const list of cells.values()) for (const [id, x, y] of list) if (x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2) out.push(id);
        return out;
      }
      for (let gx = gx1; gx <= gx2; gx++)
        for (let gy = gy1; gy <= gy2; gy++) {
          const list = cells.get(key(gx, gy));
          if (!list) continue;
          for (const [id, x, y] of list) if (x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2) out.push(id);
        }
      return out;
    },
  };
}

/** The box grown by `fraction` of its size on every side. */
export function grow(box: Box, fraction: number): Box {
  const dx = (box.x2 - box.x1) * fraction;
  const dy = (box.y2 - box.y1) * fraction;
  return { x1: box.x1 - dx, y1: box.y1 - dy, x2: box.x2 + dx, y2: box.y2 + dy };
}
