/**
 * The loader worker's side of the conversation (loadGraph.worker.ts wires it to the worker's
 * messages; the tests drive it directly): body chunks are decoded as they arrive, a layout file
 * sent ahead is read at once, then the request is answered with those files in place (readGraph.ts).
 */
import { answerLoadRequest, readLayoutAhead } from './readGraph';
import type { FetchedBytes } from './fetchFile';
import type { LoadMessage, LoadRequest, ToWorker } from './loadMessages';
import { BodyCollector } from './bodyCollector';

export function workerInbox(post: (message: LoadMessage) => void, perMessage?: number): (message: ToWorker) => void {
  const bodies = new Map<string, BodyCollector>();
  const ahead = new Map<string, FetchedBytes>();
  /** The request with each diverted body in place (its text, decoded already, and its bytes), and each file sent ahead. */
  const withCollectedBodies = (request: LoadRequest): LoadRequest => {
    if (!request.prefetched?.some((f) => f.diverted || f.ahead)) return request;
    const prefetched = request.prefetched.map((f) => {
      if (f.ahead) return ahead.get(f.path) ?? f;
      if (!f.diverted) return f;
      const body = bodies.get(f.path) ?? new BodyCollector();
      bodies.delete(f.path);
      return { ...f, ...body.finish() };
    });
    return { ...request, prefetched };
  };
  return (message) => {
    if ('type' in message && message.type === 'file') {
      ahead.set(message.file.path, message.file);
      readLayoutAhead(message.file);
      return;
    }
    if ('type' in message) {
      let body = bodies.get(message.path);
      if (!body) bodies.set(message.path, (body = new BodyCollector()));
      body.add(new Uint8Array(message.bytes), message.declared);
      return;
    }
    void answerLoadRequest(withCollectedBodies(message), post, perMessage);
  };
}
