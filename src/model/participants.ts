/**
 * Each relation's participants as numbers (their positions in the graph's entity list), once per
 * graph: the filters, the overview and the hubs read these instead of looking up 600,000
 * participant ids in a map of 100,000 entities, which costs ~0.2 s on the page at that size. The
 * validator resolves every participant anyway (check.ts), so it records the numbers as it goes,
 * and the loader hands them to the page with the graph (data/loadMessages.ts).
 */
import type { Graph } from './schema';
import { positionsOf } from './positions';

export interface ParticipantNumbers {
  /** Relation i's participants are list[first[i] .. first[i + 1]). */
  first: Int32Array;
  list: Int32Array;
}

/** Per graph: each entity's position in the data (the same map a MaskSet of entities reads). */
export function entityOrderOf(graph: Graph): ReadonlyMap<string, number> {
  return positionsOf(graph.entities);
}

/** How many participants the graph's relations list in all (the length of a full numbers list). */
export function participantCount(graph: Graph): number {
  let n = 0;
  for (const r of graph.relations) n += r.participants.length;
  return n;
}

/** Per graph: each relation's participants as entity numbers (relation i's are list[first[i] .. first[i + 1])). */
export function participantNumbersOf(graph: Graph): ParticipantNumbers {
  let numbers = participantNumbersCache.get(graph);
  if (!numbers) {
    const order = entityOrderOf(graph);
    const { relations } = graph;
    const total = participantCount(graph);
    // Filled in place: a growing array of 600,000 numbers copied into a typed array took 40 % longer at 300,000 relations.
    const first = new Int32Array(relations.length + 1);
    const list = new Int32Array(total);
    let filled = 0;
    for (let i = 0; i < relations.length; i++) {
      first[i] = filled;
      for (const p of relations[i].participants) {
        const n = order.get(p);
        if (n !== undefined) list[filled++] = n;
      }
    }
    first[relations.length] = filled;
    participantNumbersCache.set(graph, (numbers = { first, list: filled === total ? list : list.slice(0, filled) }));
  }
  return numbers;
}
const participantNumbersCache = new WeakMap<Graph, ParticipantNumbers>();

/**
 * Records numbers worked out elsewhere for this graph (by the validator, or sent by the loader's
 * worker). They must be this graph's: one per participant, in order, each its entity's position.
 */
export function keepParticipantNumbers(graph: Graph, numbers: ParticipantNumbers): void {
  participantNumbersCache.set(graph, numbers);
}
