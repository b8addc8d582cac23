/// <reference lib="webworker" />
/**
 * Searches a large graph off the page's thread (searchWorkerCore.ts does the work): at 20,000
 * entities and 60,000 relations a keystroke's search took up to ~90 ms in Node, more on a
 * page that is also drawing.
 */
import { createSearchWorkerCore, type SearchRequest } from './searchWorkerCore';

const handle = createSearchWorkerCore((reply, transfer) => self.postMessage(reply, transfer));
self.onmessage = (event: MessageEvent<SearchRequest>) => handle(event.data);
