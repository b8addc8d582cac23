/**
 * The loader worker's side of the conversation (loadGraph.worker.ts wires it to the worker's
 * messages; the tests drive it directly): body chunks are decoded as they arrive, then the
 * request is answered with those bodies in place (readGraph.ts).
 */
import { answerLoadRequest } from './readGraph';
import type { LoadMessage, LoadRequest, ToWorker } from './loadMessages';
import { BodyCollector } from './bodyCollector';

export function workerInbox(post: (message: LoadMessage) => void, perMessage?: number): (message: ToWorker) => void {
  const bodies = new Map<string, BodyCollector>();
  /** The request with each diverted body in place: its text (decoded already) and its bytes. */
  const withCollectedBodies = (request: LoadRequest): LoadRequest => {
    if (!request.prefetched?.some((f) => f.diverted)) return request;
    const prefetched = request.prefetched.map((f) => {
      if (!f.diverted) return f;
      const body = bodies.get(f.path) ?? new BodyCollector();
      bodies.delete(f.path);
      return { ...f, ...body.finish() };
    });
    return { ...request, prefetched };
  };
  return (message) => {
    if ('type' in message) {
      let body = bodies.get(message.path);
      if (!body) bodies.set(message.path, (body = new BodyCollector()));
      body.add(new Uint8Array(message.bytes), message.declared);
      return;
    }
    void answerLoadRequest(withCollectedBodies(message), post, perMessage);
  };
}
