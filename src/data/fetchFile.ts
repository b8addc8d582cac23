/**
 * Fetching the files a graph is read from, and what a failed fetch means to the reader. Split
 * in two so the page can start fetching the data file at once, as bytes, and hand them to the
 * loader worker without copying (a transfer), while the worker is still starting; the worker
 * turns them into text and problems exactly as if it had fetched them itself. Zod-free: the
 * page's entry imports it.
 */
export type Fetched = { text?: string; error?: string };

/** A response as bytes, before anyone has read it as text. */
export interface FetchedBytes {
  path: string;
  status?: number;
  contentType?: string;
  bytes?: ArrayBuffer;
  /** The request itself failed (network, refused). */
  error?: string;
}

export async function fetchBytes(path: string, baseUrl?: string): Promise<FetchedBytes> {
  try {
    const res = await fetch(baseUrl === undefined ? path : new URL(path, baseUrl).href, { cache: 'no-cache' });
    const head = { path, status: res.status, contentType: res.headers.get('content-type') ?? '' };
    return res.ok ? { ...head, bytes: await res.arrayBuffer() } : head;
  } catch (err) {
    return { path, error: `could not be loaded (${(err as Error).message})` };
  }
}

export function readFetched(f: FetchedBytes): Fetched {
  if (f.error !== undefined) return { error: f.error };
  if (f.status === undefined || f.status < 200 || f.status > 299) return { error: f.status === 404 ? 'does not exist' : `could not be loaded (HTTP ${f.status})` };
  // Static hosts that fall back to the app's index.html for unknown paths answer 200 with HTML.
  if (f.path.endsWith('.json') && (f.contentType ?? '').includes('text/html')) return { error: 'does not exist (the server answered with a web page)' };
  return { text: new TextDecoder().decode(f.bytes ?? new ArrayBuffer(0)) };
}

export async function fetchText(path: string, baseUrl?: string): Promise<Fetched> {
  return readFetched(await fetchBytes(path, baseUrl));
}
