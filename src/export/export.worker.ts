/**
 * Writes export files off the page's main thread: at tens of thousands of relations the
 * FollowTheMoney check or a GEXF takes seconds, which the page would otherwise spend frozen.
 */
import { exportFiles, type ExportedFile, type Format } from './formats';
import type { ExportSource } from './selection';

export interface ExportRequest {
  format: Format;
  source: ExportSource;
}

export type ExportReply = { files: ExportedFile[] } | { error: string };

self.onmessage = (e: MessageEvent<ExportRequest>) => {
  let reply: ExportReply;
  try {
    reply = { files: exportFiles(e.data.format, e.data.source) };
  } catch (err) {
    reply = { error: (err as Error).message };
  }
  self.postMessage(reply);
};
