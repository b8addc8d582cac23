/**
 * What an export contains: exactly what the view shows. The visible set comes from the same
 * function the canvas, the list and the count line use (filters/visible.ts), and the view from
 * the same URL module a link goes through (url/urlState.ts), so an export and a link agree.
 */
import type { Article, Entity, Graph, Relation } from '../model/schema';
import type { Positions } from '../layout/runLayout';
import type { ViewState } from '../state/viewState';
import { visibleElements } from '../filters/visible';
import { viewFromSearch, serializeView, type IgnoredParam } from '../url/urlState';
import { positionResolver } from '../graph/positions';

export interface ExportSource {
  graph: Graph;
  /** Article texts by id, as loaded. */
  texts: ReadonlyMap<string, string>;
  view: ViewState;
  /** The layout of the whole graph (node ids as on the canvas: e:<entity>, h:<relation>). */
  layout: Positions;
  /** The data file the view is of (written into the Entente JSON's link and the FtM publisher). */
  dataFile?: string;
}

export interface Selection {
  /** The visible entities. */
  entities: Entity[];
  /**
   * Entities a visible one points to (its country, a quote's speaker) that the filters hide:
   * only the Entente JSON carries them, as the file must be valid on its own.
   */
  context: Entity[];
  relations: Relation[];
  /** Articles cited by the relations shown, with their text inline. */
  articles: Article[];
  /** Drawn position of every entity (by entity id) and relation hub (by relation id). */
  entityAt: ReadonlyMap<string, { x: number; y: number }>;
  hubAt: ReadonlyMap<string, { x: number; y: number }>;
  /** The deep-link query of the view ("" for the default view). */
  query: string;
  /** Every entity of the data, in data order (the JSON keeps it). */
  order: readonly Entity[];
}

/** The visible entities and relations, in data order, with what the Entente JSON needs to stay valid. */
export function selectView({ graph, texts, view, layout, dataFile }: ExportSource): Selection {
  const visible = visibleElements(graph, view);
  const relations = graph.relations.filter((r) => visible.relations.has(r.id));
  const wanted = new Set<string>();
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  for (const id of visible.entities) {
    const country = byId.get(id)?.country;
    if (country) wanted.add(country);
  }
  for (const r of relations) for (const ev of r.evidence) if (ev.speaker) wanted.add(ev.speaker);
  const entities = graph.entities.filter((e) => visible.entities.has(e.id));
  const context = graph.entities.filter((e) => wanted.has(e.id) && !visible.entities.has(e.id));

  const cited = new Set(relations.flatMap((r) => r.evidence.map((ev) => ev.article)));
  const articles = graph.articles
    .filter((a) => cited.has(a.id))
    .map((a) => {
      const text = a.text ?? texts.get(a.id);
      return text === undefined ? a : { ...a, text };
    });

  const drawnAt = positionResolver(graph, layout, view.pinned);
  const entityAt = new Map(entities.map((e) => [e.id, drawnAt(`e:${e.id}`) ?? { x: 0, y: 0 }]));
  const hubAt = new Map(relations.filter((r) => r.participants.length > 2).map((r) => [r.id, drawnAt(`h:${r.id}`) ?? { x: 0, y: 0 }]));
  return { entities, context, relations, articles, entityAt, hubAt, query: serializeView(view, dataFile, graph), order: graph.entities };
}

/** A deep link's query (`country=by&from=2024`) applied to a graph, as the app would apply it. */
export function viewFromQuery(query: string, graph: Graph): { view: ViewState; ignored: IgnoredParam[] } {
  return viewFromSearch(query.startsWith('?') ? query : `?${query}`, graph);
}

/** The selection as an Entente data file: the contract, filtered, texts inline so it opens anywhere. */
export function selectionGraph(selection: Selection): Graph {
  const included = new Set([...selection.entities, ...selection.context]);
  const entities = selection.order.filter((e) => included.has(e));
  return { version: 1, articles: selection.articles, entities, relations: selection.relations };
}
