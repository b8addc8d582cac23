/** Extracts a draft article off the page's main thread (see preview.ts). */
import { previewArticle, type Preview } from './preview';

export interface PreviewRequest {
  text: string;
  published: string;
}

export type PreviewReply = { preview: Preview } | { error: string };

self.onmessage = (e: MessageEvent<PreviewRequest>) => {
  let reply: PreviewReply;
  try {
    reply = { preview: previewArticle(e.data.text, e.data.published) };
  } catch (err) {
    reply = { error: (err as Error).message };
  }
  self.postMessage(reply);
};
