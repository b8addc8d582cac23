/// <reference lib="webworker" />
/**
 * Reads, parses and validates the data file off the page's thread (at 5k entities that is a
 * quarter of a second of JSON.parse and zod, at 20k over half a second), and sends the result
 * back in pieces (loadMessages.ts). Zod lives in this chunk, not in the page's initial script.
 */
import { answerLoadRequest } from './readGraph';
import type { LoadRequest } from './loadMessages';

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  void answerLoadRequest(event.data, (message) => self.postMessage(message));
};
