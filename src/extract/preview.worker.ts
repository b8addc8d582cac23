/** Extracts a draft article off the page's main thread (see preview.ts). */
import { previewArticle, type Preview } from './preview';

export interface PreviewRequest {
  id: number;
  text: string;
  published: string;
}

export type PreviewReply = { id: number } & ({ preview: Preview } | { error: string });

self.onmessage = (e: MessageEvent<PreviewRequest>) => {
  const { id } = e.data;
  let reply: PreviewReply;
  try {
    reply = { id, preview: previewArticle(e.data.text, e.data.published) };
  } catch (err) {
    reply = { id, error: (err as Error).message };
  }
  self.postMessage(reply);
};
