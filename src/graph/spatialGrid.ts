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
  const cells = new Map<number, Array<[string, number, number]>>();
  // A number per cell, not a "gx,gy" string: a string made and hashed per point was 75 ms of an
  // XXL graph's first render. Unique while |gy| < 2^31 cells, i.e. any coordinate a layout gives.
  const key = (gx: number, gy: number) => gx * 4294967296 + gy;
  for (const [id, { x, y }] of points) {
    const k = key(Math.floor(x / cell), Math.floor(y / cell));
    const list = cells.get(k);
    if (list) list.push([id, x, y]);
    else cells.set(k, [[id, x, y]]);
  }
  return {
    query(box) {
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
