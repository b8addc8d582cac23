/**
 * Per graph, the relations' facts the filters test, as typed arrays indexed by relation (and
 * entities by their position in the data): computed once, so a filter change at 60,000
 * relations compares small integers instead of strings, and hashes no id.
 */
import type { Graph } from '../model/schema';
import { STATUSES } from '../model/vocabulary';
import { positionsOf } from './maskSet';

/** Per graph: each entity's position in the data (the same map a MaskSet of entities reads). */
export function entityOrderOf(graph: Graph): ReadonlyMap<string, number> {
  return positionsOf(graph.entities);
}

/** Per graph: each relation's participants as entity numbers (relation i's are list[first[i] .. first[i + 1])). */
export function participantNumbersOf(graph: Graph): { first: Int32Array; list: Int32Array } {
  let numbers = participantNumbersCache.get(graph);
  if (!numbers) {
    const order = entityOrderOf(graph);
    const first = new Int32Array(graph.relations.length + 1);
    const list: number[] = [];
    graph.relations.forEach((r, i) => {
      first[i] = list.length;
      for (const p of r.participants) {
        const n = order.get(p);
        if (n !== undefined) list.push(n);
      }
    });
    first[graph.relations.length] = list.length;
    participantNumbersCache.set(graph, (numbers = { first, list: Int32Array.from(list) }));
  }
  return numbers;
}
const participantNumbersCache = new WeakMap<Graph, { first: Int32Array; list: Int32Array }>();

/** Per graph: each relation's status as an index into STATUSES. */
export function statusCodesOf(graph: Graph): Uint8Array {
  let codes = statusCodesCache.get(graph);
  if (!codes) {
    const index = new Map<string, number>(STATUSES.map((st, i) => [st, i]));
    codes = Uint8Array.from(graph.relations, (r) => index.get(r.status) ?? 0);
    statusCodesCache.set(graph, codes);
  }
  return codes;
}
const statusCodesCache = new WeakMap<Graph, Uint8Array>();

/** A mask over a vocabulary's positions: 1 where the word is chosen. */
export function codeMask(vocabulary: readonly string[], chosen: readonly string[]): Uint8Array {
  return Uint8Array.from(vocabulary, (word) => (chosen.includes(word) ? 1 : 0));
}

/**
 * Per graph: the distinct countries of each relation's participants (a country, or the country a
 * person or body belongs to), numbered: relation i's are list[first[i] .. first[i + 1]), and
 * `ids` names the numbers.
 */
export interface RelationCountries {
  ids: string[];
  first: Int32Array;
  list: Int32Array;
}

export function relationCountriesOf(graph: Graph): RelationCountries {
  let out = relationCountriesCache.get(graph);
  if (out) return out;
  const countryOf = new Map(graph.entities.map((e) => [e.id, e.kind === 'country' ? e.id : e.country]));
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const first = new Int32Array(graph.relations.length + 1);
  const list: number[] = [];
  graph.relations.forEach((r, i) => {
    first[i] = list.length;
    for (const p of r.participants) {
      const c = countryOf.get(p);
      if (c == null) continue;
      let n = numbers.get(c);
      if (n === undefined) numbers.set(c, (n = ids.push(c) - 1));
      if (!list.includes(n, first[i])) list.push(n);
    }
  });
  first[graph.relations.length] = list.length;
  relationCountriesCache.set(graph, (out = { ids, first, list: Int32Array.from(list) }));
  return out;
}
const relationCountriesCache = new WeakMap<Graph, RelationCountries>();
