/**
 * Fetching the files a graph is read from, and what a failed fetch means to the reader. Split
 * in two so the page can start fetching the data file at once, as bytes, and hand them to the
 * loader worker without copying (a transfer), while the worker is still starting; the worker
 * turns them into text and problems exactly as if it had fetched them itself. Zod-free: the
 * page's entry imports it.
 */
import { decodeDataText } from '../model/decode';

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
  return startFetch(path, Infinity, baseUrl).bytes;
}

/**
 * Starts fetching `path`, and tells early whether it is larger than `largeAbove` bytes: `large`
 * settles as soon as the answer declares its length, or once more than that many bytes have
 * arrived, or when the body ends (many servers, vite's among them, declare no length). An answer
 * with nothing to read (an error, a failed request) is not large.
 */
export function startFetch(path: string, largeAbove: number, baseUrl?: string): { large: Promise<boolean>; bytes: Promise<FetchedBytes> } {
  let tell: (large: boolean) => void = () => {};
  const large = new Promise<boolean>((resolve) => (tell = resolve));
  const bytes = (async (): Promise<FetchedBytes> => {
    try {
      const res = await fetch(baseUrl === undefined ? path : new URL(path, baseUrl).href, { cache: 'no-cache' });
      const head = { path, status: res.status, contentType: res.headers.get('content-type') ?? '' };
      if (!res.ok) return head;
      const declared = declaredLength(res.headers);
      if (declared !== undefined) tell(declared > largeAbove);
      return { ...head, bytes: await readBody(res, (received) => received > largeAbove && tell(true)) };
    } catch (err) {
      return { path, error: `could not be loaded (${(err as Error).message})` };
    } finally {
      tell(false); // settled already if it was large
    }
  })();
  return { large, bytes };
}

function declaredLength(headers: Headers): number | undefined {
  const value = headers.get('content-length');
  const length = value === null ? NaN : Number(value);
  return Number.isInteger(length) && length >= 0 ? length : undefined;
}

/** The body as one buffer, reporting the bytes received so far as they arrive. */
async function readBody(res: Response, progress: (received: number) => void): Promise<ArrayBuffer> {
  const reader = res.body?.getReader();
  if (!reader) return res.arrayBuffer();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    progress(received);
  }
  if (chunks.length === 1 && chunks[0].byteOffset === 0 && chunks[0].byteLength === chunks[0].buffer.byteLength) return chunks[0].buffer as ArrayBuffer;
  const whole = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole.buffer;
}

/** The problem reported for a file the server does not have (HTTP 404). */
export const MISSING_FILE = 'does not exist';

export function readFetched(f: FetchedBytes): Fetched {
  if (f.error !== undefined) return { error: f.error };
  if (f.status === undefined || f.status < 200 || f.status > 299) return { error: f.status === 404 ? MISSING_FILE : `could not be loaded (HTTP ${f.status})` };
  // Static hosts that fall back to the app's index.html for unknown paths answer 200 with HTML.
  if (f.path.endsWith('.json') && (f.contentType ?? '').includes('text/html')) return { error: 'does not exist (the server answered with a web page)' };
  return { text: decodeDataText(f.bytes ?? new ArrayBuffer(0)) };
}

export async function fetchText(path: string, baseUrl?: string): Promise<Fetched> {
  return readFetched(await fetchBytes(path, baseUrl));
}
