/** Test helpers: the seed graph as the app would see it, and a tiny builder for synthetic graphs. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphSchema, type Graph, type GraphInput } from '../model/schema';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';

export function seedGraph(): Graph {
  const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/graph.json'), 'utf8'));
  return GraphSchema.parse(raw);
}

export function seedText(id: string): string {
  return readFileSync(resolve(import.meta.dirname, `../../data/articles/${id}.txt`), 'utf8');
}

export function view(patch: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW, ...patch };
}

type RelInput = GraphInput['relations'][number];

/** A graph from short specs; quotes are placeholders (these tests never check offsets). */
export function graphOf(
  entities: Array<Partial<GraphInput['entities'][number]> & { id: string }>,
  relations: Array<Partial<RelInput> & { id: string; participants: string[] }>,
): Graph {
  return GraphSchema.parse({
    version: 1,
    articles: [{ id: 'a', title: 't', publisher: 'p', url: 'https://example.org/a', published: '2024-07-24', language: 'en' }],
    entities: entities.map((e) => ({ kind: 'country', name: e.id.toUpperCase(), aliases: [], ...e })),
    relations: relations.map((r) => ({
      kind: 'cooperation',
      directed: false,
      status: 'reported',
      summary: r.id,
      evidence: [{ article: 'a', start: 0, end: 1, quote: 'x' }],
      ...r,
    })),
  });
}
