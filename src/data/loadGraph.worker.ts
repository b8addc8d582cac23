/// <reference lib="webworker" />
/**
 * Reads, parses and validates the data file off the page's thread (at 5k entities that is a
 * quarter of a second of JSON.parse and zod, at 20k over half a second), and sends the result
 * back in pieces (loadMessages.ts). Zod lives in this chunk, not in the page's initial script.
 * A large file's body comes first, in chunks as it downloads, then the request (workerInbox.ts).
 */
import { workerInbox } from './workerInbox';
import type { ToWorker } from './loadMessages';

const receive = workerInbox((reply) => self.postMessage(reply));
self.onmessage = (event: MessageEvent<ToWorker>) => receive(event.data);
