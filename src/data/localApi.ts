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
