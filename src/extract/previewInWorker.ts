/**
 * The page's side of the preview: one worker for the life of the page (the extractor's set-up,
 * about half a second, is paid once). Each request carries a number and each reply answers one,
 * so a preview asked again while the first is read never gets the first one's draft.
 */
import type { Preview } from './preview';
import type { PreviewReply, PreviewRequest } from './preview.worker';

let worker: Worker | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (p: Preview) => void; reject: (e: Error) => void }>();

function start(): Worker {
  const w = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<PreviewReply>) => {
    const pending = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (!pending) return;
    if ('preview' in e.data) pending.resolve(e.data.preview);
    else pending.reject(new Error(e.data.error));
  };
  w.onerror = (e) => {
    e.preventDefault();
    worker = undefined;
    w.terminate();
    for (const p of waiting.values()) p.reject(new Error('The extractor could not start in this browser.'));
    waiting.clear();
  };
  return w;
}

export function previewInWorker(text: string, published: string): Promise<Preview> {
  worker ??= start();
  const id = ++next;
  const w = worker;
  return new Promise<Preview>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, text, published } satisfies PreviewRequest);
  });
}
