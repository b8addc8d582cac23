/**
 * Whether the page was opened from the local server (`npm start`, scripts/server/), whose API
 * writes the data folder, or from static files (`vite preview`, a static host), where nothing
 * can be saved. A static host answers /api/datasets with 404 or with the app's own page
 * (single-page fallback), so only a JSON list of data sets counts as the API.
 */
import type { Dataset } from '../model/datasets';

export const API_DATASETS = 'api/datasets';

export interface EditableDataset extends Dataset {
  editable: boolean;
}

export type Editing = { mode: 'editable'; datasets: EditableDataset[] } | { mode: 'read-only' };

export async function probeLocalApi(fetchImpl: typeof fetch = fetch): Promise<Editing> {
  try {
    const res = await fetchImpl(API_DATASETS, { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('application/json')) return { mode: 'read-only' };
    const body = (await res.json()) as { datasets?: unknown };
    if (!Array.isArray(body.datasets)) return { mode: 'read-only' };
    return { mode: 'editable', datasets: body.datasets as EditableDataset[] };
  } catch {
    return { mode: 'read-only' };
  }
}

let probe: Promise<Editing> | undefined;

/** Asked once per page: the server does not come and go while the page is open. */
export const localApi = (): Promise<Editing> => (probe ??= probeLocalApi());

export interface NewArticleRequest {
  dataset: string;
  text: string;
  title: string;
  publisher: string;
  agency?: string;
  url: string;
  published: string;
}

/** Sends an article to the local server; its refusal is a sentence for the person who sent it. */
export async function postArticle(article: NewArticleRequest, fetchImpl: typeof fetch = fetch): Promise<{ ok: true; id: string } | { ok: false; error: string }> {
  let res: Response;
  try {
    res = await fetchImpl('api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article) });
  } catch {
    return { ok: false, error: 'The local server did not answer; is npm start still running?' };
  }
  const body = (await res.json().catch(() => ({}))) as { id?: string; error?: string };
  if (res.ok && body.id) return { ok: true, id: body.id };
  return { ok: false, error: body.error ?? `The server refused the article (${res.status}).` };
}
