/**
 * Per graph, the relations' facts the filters test, as typed arrays indexed by relation (and
 * entities by their position in the data): computed once, so a filter change at 60,000
 * relations compares small integers instead of strings, and hashes no id.
 */
import type { Graph } from '../model/schema';
import { STATUSES } from '../model/vocabulary';
import { participantNumbersOf } from '../model/participants';

/**
 * Per graph: each entity's relations, ascending, once each (entity e's are list[first[e] .. first[e + 1])):
 * the participant numbers read backwards. A map of id to array, pushed per participant, was a 130 ms
 * task at 300,000 relations.
 */
export function relationsByEntityOf(graph: Graph): { first: Int32Array; list: Int32Array } {
  let index = relationsByEntityCache.get(graph);
  if (!index) {
    const participants = participantNumbersOf(graph);
    const entities = graph.entities.length;
    const relations = graph.relations.length;
    // A participant listed twice in one relation (validation refuses it) counts once: `last` holds the latest relation seen per entity.
    const last = new Int32Array(entities).fill(-1);
    const first = new Int32Array(entities + 1);
    for (let i = 0; i < relations; i++)
      for (let k = participants.first[i]; k < participants.first[i + 1]; k++) {
        const e = participants.list[k];
        if (last[e] !== i) {
          last[e] = i;
          first[e + 1]++;
        }
      }
    for (let e = 0; e < entities; e++) first[e + 1] += first[e];
    const list = new Int32Array(first[entities]);
    const next = first.slice(0, entities);
    last.fill(-1);
    for (let i = 0; i < relations; i++)
      for (let k = participants.first[i]; k < participants.first[i + 1]; k++) {
        const e = participants.list[k];
        if (last[e] !== i) {
          last[e] = i;
          list[next[e]++] = i;
        }
      }
    relationsByEntityCache.set(graph, (index = { first, list }));
  }
  return index;
}
const relationsByEntityCache = new WeakMap<Graph, { first: Int32Array; list: Int32Array }>();

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
  // Each entity's country as a number in order of first appearance among the entities, renumbered
  // below in order of first appearance among the relations (the order `ids` has always had).
  const countryNames: string[] = [];
  const countryOfEntity = new Int32Array(graph.entities.length).fill(-1);
  const named = new Map<string, number>();
  graph.entities.forEach((e, i) => {
    const c = e.kind === 'country' ? e.id : e.country;
    if (c == null) return;
    let n = named.get(c);
    if (n === undefined) named.set(c, (n = countryNames.push(c) - 1));
    countryOfEntity[i] = n;
  });
  const participants = participantNumbersOf(graph);
  const renumbered = new Int32Array(countryNames.length).fill(-1);
  const ids: string[] = [];
  const first = new Int32Array(graph.relations.length + 1);
  const list = new Int32Array(participants.list.length);
  let filled = 0;
  for (let i = 0; i < graph.relations.length; i++) {
    first[i] = filled;
    for (let k = participants.first[i]; k < participants.first[i + 1]; k++) {
      const c = countryOfEntity[participants.list[k]];
      if (c < 0) continue;
      let n = renumbered[c];
      if (n < 0) renumbered[c] = n = ids.push(countryNames[c]) - 1;
      if (!holds(list, first[i], filled, n)) list[filled++] = n;
    }
  }
  first[graph.relations.length] = filled;
  relationCountriesCache.set(graph, (out = { ids, first, list: list.slice(0, filled) }));
  return out;
}
/** Whether list[from .. to) holds n (a relation's few countries: a scan beats a set). */
function holds(list: Int32Array, from: number, to: number, n: number): boolean {
  for (let j = from; j < to; j++) if (list[j] === n) return true;
  return false;
}

const relationCountriesCache = new WeakMap<Graph, RelationCountries>();
