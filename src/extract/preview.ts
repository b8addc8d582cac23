/**
 * What the extractor reads in an article before it is saved: the draft Add article shows.
 * Runs in a worker (preview.worker.ts): the extractor's tagger and date parser load and work
 * off the page's main thread, and only when a preview is asked for.
 */
import type { RelationKind, Status } from '../model/schema';
import { extractArticle } from './extract';

export interface PreviewRelation {
  kind: RelationKind;
  status: Status;
  summary: string;
  quote: string;
}

export interface Preview {
  entities: number;
  people: number;
  relations: PreviewRelation[];
  /** What the extractor was unsure of, in its words. */
  unsure: string[];
  /** Paragraphs read as page furniture (captions, teasers): never the source of a relation. */
  ignored: number;
}

export function previewArticle(text: string, published: string): Preview {
  const { entities, relations, report } = extractArticle({ id: 'preview', published }, text);
  return {
    entities: entities.length,
    people: entities.filter((e) => e.kind === 'person').length,
    relations: relations.map((r) => ({ kind: r.kind, status: r.status, summary: r.summary, quote: r.evidence[0]?.quote ?? '' })),
    unsure: report.unsure,
    ignored: report.ignored.length,
  };
}
