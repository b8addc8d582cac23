/**
 * How a LoadState crosses from the loader's worker to the page: in pieces. The page pays for
 * structured-clone deserialization on its own thread, about as much as JSON.parse of the same
 * data, so one message holding a 5k-entity graph would be one long task; slices of a few
 * thousand items are one short task each, with frames and input handled in between.
 * Zod-free on purpose: the page imports this, the worker imports readGraph.
 */
import type { Graph } from '../model/schema';
import type { Problem } from '../model/validate';
import type { LoadState } from '../state/store';
import type { Point } from '../state/viewState';
import type { FetchedBytes } from './fetchFile';
import { keepParticipantNumbers, participantNumbersOf, type ParticipantNumbers } from '../model/participants';
import { positionsOf } from '../model/positions';

/** Items per message: the page handles one such message in ~10 ms, 25 ms at worst (bench:load, L and XL). */
export const ITEMS_PER_MESSAGE = 2000;

/** What the page asks: the file (as named to the user) and the page address to fetch it from. */
export interface LoadRequest {
  file: string;
  baseUrl?: string;
  /** The data file and its layout sidecar, fetched by the page while the worker started. */
  prefetched?: FetchedBytes[];
}

/** A piece of a file's body, sent to the worker as it downloads, ahead of the request that names the file (fetchFile's `divert`). */
export interface BodyChunk {
  type: 'chunk';
  path: string;
  bytes: ArrayBuffer;
  /** The length the answer declared, if it did. */
  declared?: number;
}

/**
 * A whole file the page has fetched, sent ahead of the request that lists it (marked `ahead` there): the layout
 * sidecar, which the worker reads while the data file still downloads.
 */
export interface FileAhead {
  type: 'file';
  file: FetchedBytes;
}

/** What the page sends the worker: body chunks and files ahead, then one request. */
export type ToWorker = BodyChunk | FileAhead | LoadRequest;

type GraphList = 'articles' | 'entities' | 'relations';
type ListOf<L extends GraphList> = Graph[L][number];

export type LoadMessage =
  | { type: 'articles'; items: ListOf<'articles'>[] }
  | { type: 'entities'; items: ListOf<'entities'>[] }
  | { type: 'relations'; items: ListOf<'relations'>[] }
  | { type: 'problems'; items: Problem[] }
  /** Article texts fetched from data/articles/ (inline ones travel inside their article). */
  | { type: 'texts'; items: Array<[string, string]> }
  | { type: 'positions'; items: Array<[string, Point]> }
  /** Last: everything but the lists, which the page has received by now. */
  | { type: 'done'; state: DoneState }
  /** Reading threw (a bug, not bad data: bad data is a LoadState with problems). */
  | { type: 'failed'; message: string };

type DoneState =
  /** `participants`: the validator's participant numbers, which the page would otherwise work out again (model/participants.ts). */
  | { status: 'ready'; file: string; graph: Omit<Graph, GraphList>; layout: boolean; participants?: ParticipantNumbers }
  | { status: 'error'; file: string };

function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The messages that carry `state`, in order, none with more than `perMessage` items. */
export function* loadMessages(state: LoadState, perMessage = ITEMS_PER_MESSAGE): Generator<LoadMessage> {
  yield* graphMessages(state, perMessage);
  yield* closingMessages(state, perMessage);
}

/**
 * The bulk of `state`: its lists and texts, or its problems. Sent as soon as the graph is
 * validated, so that the page deserializes them while the reader checks the layout file.
 */
export function* graphMessages(state: LoadState, perMessage = ITEMS_PER_MESSAGE): Generator<LoadMessage> {
  if (state.status === 'loading') throw new Error('a loading state is not sent');
  if (state.status === 'error') {
    for (const items of slices(state.problems, perMessage)) yield { type: 'problems', items };
    return;
  }
  const { articles, entities, relations } = state.graph;
  for (const items of slices(articles, perMessage)) yield { type: 'articles', items };
  for (const items of slices(entities, perMessage)) yield { type: 'entities', items };
  for (const items of slices(relations, perMessage)) yield { type: 'relations', items };
  // A text inlined in its article is already on its way; sending it again would double its size.
  const inline = new Set(articles.filter((a) => a.text !== undefined).map((a) => a.id));
  const fetched = [...state.texts].filter(([id]) => !inline.has(id));
  for (const items of slices(fetched, perMessage)) yield { type: 'texts', items };
}

/** The rest of `state` once `graphMessages` are sent: the layout's positions, then `done`. */
export function* closingMessages(state: LoadState, perMessage = ITEMS_PER_MESSAGE): Generator<LoadMessage> {
  if (state.status === 'ready') yield* positionMessages(state.layout, perMessage);
  yield doneMessage(state);
}

/** A layout's positions, in pieces (none without a layout). */
export function* positionMessages(layout: Record<string, Point> | undefined, perMessage = ITEMS_PER_MESSAGE): Generator<LoadMessage> {
  if (layout) for (const items of slices(Object.entries(layout), perMessage)) yield { type: 'positions', items };
}

/** The last message: everything of `state` but its lists and positions, which have gone before. */
export function doneMessage(state: LoadState): LoadMessage {
  if (state.status === 'loading') throw new Error('a loading state is not sent');
  if (state.status === 'error') return { type: 'done', state: { status: 'error', file: state.file } };
  const { articles: _articles, entities: _entities, relations: _relations, ...rest } = state.graph;
  return { type: 'done', state: { status: 'ready', file: state.file, graph: rest, layout: state.layout !== undefined, participants: participantNumbersOf(state.graph) } };
}

/**
 * The page's side: feed it the messages in order; it answers the LoadState once `done` arrives
 * (undefined before). Each piece is appended as it comes, so no step rebuilds the whole graph.
 */
export function createAssembler(): (message: LoadMessage) => LoadState | undefined {
  const articles: Graph['articles'] = [];
  const entities: Graph['entities'] = [];
  const relations: Graph['relations'] = [];
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  const positions: Record<string, Point> = {};
  let warmed = false;
  /**
   * Once the lists are in (texts and positions come after them), the entity order the first render asks for (~30 ms at
   * 100,000 entities) is worked out while the page waits for the reader's last checks. Kept per list (model/positions.ts).
   */
  const warm = () => {
    if (warmed) return;
    warmed = true;
    positionsOf(entities);
  };
  return (message) => {
    switch (message.type) {
      case 'articles':
        for (const a of message.items) {
          articles.push(a);
          if (a.text !== undefined) texts.set(a.id, a.text);
        }
        return undefined;
      case 'entities':
        for (const e of message.items) entities.push(e);
        return undefined;
      case 'relations':
        for (const r of message.items) relations.push(r);
        return undefined;
      case 'problems':
        for (const p of message.items) problems.push(p);
        return undefined;
      case 'texts':
        warm();
        for (const [id, text] of message.items) texts.set(id, text);
        return undefined;
      case 'positions':
        warm();
        for (const [id, point] of message.items) positions[id] = point;
        return undefined;
      case 'failed':
        throw new Error(message.message);
      case 'done': {
        const { state } = message;
        if (state.status === 'error') return { status: 'error', file: state.file, problems };
        const graph: Graph = { ...state.graph, articles, entities, relations };
        if (state.participants && fitsGraph(state.participants, graph)) keepParticipantNumbers(graph, state.participants);
        return { status: 'ready', file: state.file, graph, texts, ...(state.layout ? { layout: positions } : {}) };
      }
    }
  };
}

/** Whether participant numbers can be this graph's: one range per relation, each its size, every number an entity. */
function fitsGraph({ first, list }: ParticipantNumbers, graph: Graph): boolean {
  const { relations, entities } = graph;
  if (first.length !== relations.length + 1 || first[0] !== 0 || first[relations.length] !== list.length) return false;
  for (let i = 0; i < relations.length; i++) if (first[i + 1] - first[i] !== relations[i].participants.length) return false;
  for (let k = 0; k < list.length; k++) if (list[k] < 0 || list[k] >= entities.length) return false;
  return true;
}
