/**
 * A list's records by id, through one map per list of each id's position: the filters, the graph
 * view and the canvas elements all look records up this way, so a graph of 300,000 relations
 * builds one such map, not one per feature (each took 30–100 ms of a large graph's first render).
 */

/** Each id's position in the list, once per list (a graph's entity order is this map too: model/participants.ts). */
export function positionsOf(list: ReadonlyArray<{ readonly id: string }>): ReadonlyMap<string, number> {
  let positions = positionsCache.get(list);
  if (!positions) {
    const map = new Map<string, number>();
    for (let i = 0; i < list.length; i++) map.set(list[i].id, i);
    positionsCache.set(list, (positions = map));
  }
  return positions;
}
const positionsCache = new WeakMap<object, ReadonlyMap<string, number>>();

/** Read-only lookup by id (the part of a Map the views use). */
export interface Lookup<V> {
  get(id: string): V | undefined;
  has(id: string): boolean;
}

/** The list's records by id; the positions are worked out on the first look-up, not before. */
export function lookupById<T extends { readonly id: string }>(list: readonly T[]): Lookup<T> {
  const at = (id: string) => positionsOf(list).get(id);
  return {
    get: (id) => {
      const i = at(id);
      return i === undefined ? undefined : list[i];
    },
    has: (id) => at(id) !== undefined,
  };
}
