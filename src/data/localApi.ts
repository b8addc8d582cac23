/**
 * Whether the page was opened from the local server (`npm start`, scripts/server/), whose API
 * writes the data folder, or from static files (`vite preview`, a static host), where nothing
 * can be saved. A static host answers /api/datasets with 404 or with the app's own page
 * (single-page fallback), so only a JSON list of data sets counts as the API.
 */
import type { NewArticleRequest } from '../model/newArticle';
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

/** A write the server refused: its sentence, and whether it was an out-of-date version (409: reload). */
export type ApiOutcome<T> = ({ ok: true } & T) | { ok: false; conflict: boolean; error: string };

async function callApi<T>(url: string, init: RequestInit | undefined, fetchImpl: typeof fetch): Promise<ApiOutcome<T>> {
  let res: Response;
  try {
    res = await fetchImpl(url, { cache: 'no-store', ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  } catch {
    return { ok: false, conflict: false, error: 'The local server did not answer; is npm start still running?' };
  }
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (res.ok) return { ok: true, ...body };
  return { ok: false, conflict: res.status === 409, error: body.error ?? `The server refused this (${res.status}).` };
}

const curationUrl = (dataset: string, path = '') => `api/curation${path}?dataset=${encodeURIComponent(dataset)}`;

/** curation.json of a data set as it is on disk, with the version a write must name. */
export const getCuration = (dataset: string, fetchImpl: typeof fetch = fetch) =>
  callApi<{ version: string; curation: Record<string, unknown> }>(curationUrl(dataset), undefined, fetchImpl);

/** Records one decision about one relation (its curation.json entry), made on `version`. */
export const postDecision = (dataset: string, version: string, decision: object, fetchImpl: typeof fetch = fetch) =>
  callApi<{ version: string }>(curationUrl(dataset, '/decisions'), { method: 'POST', body: JSON.stringify({ version, decision }) }, fetchImpl);

/** Replaces the whole of curation.json, when `version` is still the one on disk. */
export const putCuration = (dataset: string, version: string, curation: object, fetchImpl: typeof fetch = fetch) =>
  callApi<{ version: string }>(curationUrl(dataset), { method: 'PUT', body: JSON.stringify({ version, curation }) }, fetchImpl);
