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
  /** The body as text, decoded piece by piece as it arrived (the loader's worker, see `divert`); `bytes` then hold the same body. */
  text?: string;
  /** The body went, chunk by chunk, to the reader given to `divert` instead of into `bytes`. */
  diverted?: true;
  /** The whole answer went to the loader's worker before the request that lists it (loadMessages.ts's FileAhead). */
  ahead?: true;
  /** The request itself failed (network, refused). */
  error?: string;
}

/** Where a diverted body goes: each chunk as it arrives, with the length the answer declared, if any. */
export type BodySink = (chunk: Uint8Array, declared: number | undefined) => void;

export async function fetchBytes(path: string, baseUrl?: string): Promise<FetchedBytes> {
  return startFetch(path, Infinity, baseUrl).bytes;
}

/**
 * Starts fetching `path`, and tells early whether it is larger than `largeAbove` bytes: `large`
 * settles as soon as the answer declares its length, or once more than that many bytes have
 * arrived, or when the body ends (many servers, vite's among them, declare no length). An answer
 * with nothing to read (an error, a failed request) is not large.
 */
export function startFetch(
  path: string,
  largeAbove: number,
  baseUrl?: string,
): { large: Promise<boolean>; bytes: Promise<FetchedBytes>; divert: (sink: BodySink) => boolean } {
  let tell: (large: boolean) => void = () => {};
  const large = new Promise<boolean>((resolve) => (tell = resolve));
  const body = new BodyReader();
  const bytes = (async (): Promise<FetchedBytes> => {
    try {
      const res = await fetch(baseUrl === undefined ? path : new URL(path, baseUrl).href, { cache: 'no-cache' });
      const head = { path, status: res.status, contentType: res.headers.get('content-type') ?? '' };
      if (!res.ok) return head;
      const declared = declaredLength(res.headers);
      if (declared !== undefined) tell(declared > largeAbove);
      const read = await body.read(res, declared, (received) => received > largeAbove && tell(true));
      return read === 'diverted' ? { ...head, diverted: true } : { ...head, bytes: read };
    } catch (err) {
      return { path, error: `could not be loaded (${(err as Error).message})` };
    } finally {
      tell(false); // settled already if it was large
    }
  })();
  return { large, bytes, divert: (sink) => body.divert(sink) };
}

function declaredLength(headers: Headers): number | undefined {
  const value = headers.get('content-length');
  const length = value === null ? NaN : Number(value);
  return Number.isInteger(length) && length >= 0 ? length : undefined;
}

/**
 * A response's body, read as one buffer, or (once `divert` is called, before the body has ended)
 * handed chunk by chunk to a sink: the chunks held so far at once, the rest as they arrive. The
 * loader diverts a large data file to its worker, which decodes it while it downloads.
 */
class BodyReader {
  private chunks: Uint8Array[] = [];
  private sink?: BodySink;
  private declared?: number;
  private ended = false;

  /** False, and nothing diverted, when the body has already been read whole. */
  divert(sink: BodySink): boolean {
    if (this.ended || this.sink) return false;
    this.sink = sink;
    for (const chunk of this.chunks) sink(chunk, this.declared);
    this.chunks = [];
    return true;
  }

  async read(res: Response, declared: number | undefined, progress: (received: number) => void): Promise<ArrayBuffer | 'diverted'> {
    this.declared = declared;
    const reader = res.body?.getReader();
    if (!reader) return this.end(new Uint8Array(await res.arrayBuffer()));
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (this.sink) this.sink(value, declared);
      else this.chunks.push(value);
      progress(received);
    }
    return this.end();
  }

  private end(only?: Uint8Array): ArrayBuffer | 'diverted' {
    this.ended = true;
    if (this.sink) return 'diverted';
    const chunks = only ? [only] : this.chunks;
    this.chunks = [];
    return joinChunks(chunks);
  }
}

/** A chunk's bytes as a buffer of their own: the chunk's buffer when the chunk spans it, else a copy. */
export function ownBuffer(chunk: Uint8Array): ArrayBuffer {
  return chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? (chunk.buffer as ArrayBuffer) : (chunk.slice().buffer as ArrayBuffer);
}

/** Chunks of a body as one buffer (the one chunk's own buffer when it is the whole of it). */
export function joinChunks(chunks: readonly Uint8Array[]): ArrayBuffer {
  if (chunks.length === 1) return ownBuffer(chunks[0]);
  const whole = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
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
  return { text: f.text ?? decodeDataText(f.bytes ?? new ArrayBuffer(0)) };
}

export async function fetchText(path: string, baseUrl?: string): Promise<Fetched> {
  return readFetched(await fetchBytes(path, baseUrl));
}
