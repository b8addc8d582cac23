/**
 * The data folder's lock (scripts/lib/dataLock.ts, the one the CLIs hold) taken the server's
 * way: retried on a timer, so the server keeps answering reads while a CLI run writes.
 */
import { describeHolder, tryAcquireDataLock } from '../lib/dataLock';

export class DataFolderBusy extends Error {}

export async function withDataLockAsync<T>(dataDir: string, command: string, fn: () => T | Promise<T>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = tryAcquireDataLock(dataDir, command);
    if ('release' in got) {
      try {
        return await fn();
      } finally {
        got.release();
      }
    }
    if (Date.now() >= deadline) throw new DataFolderBusy(`${describeHolder(got.heldBy)} is writing this data set; try again when it has finished.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
