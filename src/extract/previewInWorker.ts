/**
 * The page's side of the preview: one worker for the life of the page (the extractor's set-up,
 * about half a second, is paid once), a request at a time.
 */
import type { Preview } from './preview';
import type { PreviewReply, PreviewRequest } from './preview.worker';

let worker: Worker | undefined;

export function previewInWorker(text: string, published: string): Promise<Preview> {
  worker ??= new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  return new Promise<Preview>((resolve, reject) => {
    w.onmessage = (e: MessageEvent<PreviewReply>) => ('preview' in e.data ? resolve(e.data.preview) : reject(new Error(e.data.error)));
    w.onerror = (e) => {
      e.preventDefault();
      worker = undefined;
      w.terminate();
      reject(new Error('The extractor could not start in this browser.'));
    };
    w.postMessage({ text, published } satisfies PreviewRequest);
  });
}
