/**
 * One writer at a time in a data folder. Every command that writes `data/` (extract, generate,
 * layout, and the local API server when it exists) holds this lock while it reads what it builds
 * from and writes the result: `<data>/.entente.lock`, created exclusively, holding the holder's
 * pid, command and start time. A lock whose holder is no longer running (killed, crashed) is
 * stale and is taken over; the temp files such a holder left behind are removed then too.
 *
 * Node-only and dependency-free, with a synchronous API for the CLIs and tryAcquireDataLock
 * for callers that wait their own way (a server would retry on a timer).
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive, removeStaleTempFiles } from './writeFileAtomic';

export const LOCK_FILE = '.entente.lock';
/** A lock file still empty or unreadable after this long was left by a writer killed while creating it. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

export interface LockHolder {
  pid: number;
  command: string;
  started: string;
  host: string;
}

export interface DataLock {
  holder: LockHolder;
  /** Temp files of killed writers removed on taking the lock. */
  removedTempFiles: string[];
  release: () => void;
}

export const lockPath = (dataDir: string) => join(dataDir, LOCK_FILE);

function readHolder(file: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' ? (value as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

/** True when the lock at `file` was left by a writer that is gone. */
function isStale(file: string): boolean {
  const holder = readHolder(file);
  if (holder) return holder.host === hostname() && !isProcessAlive(holder.pid);
  try {
    return Date.now() - statSync(file).mtimeMs > UNREADABLE_LOCK_GRACE_MS;
  } catch {
    return false; // gone meanwhile: the next attempt creates it
  }
}

function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock. Two writers may find the same stale lock; a second, short-lived lock
 * (`.entente.lock.break`) lets one of them remove it, and it checks again that it is still the
 * stale one, so nobody removes a lock a live writer has just taken.
 */
function breakStaleLock(file: string): void {
  const breaker = `${file}.break`;
  if (!createExclusive(breaker, String(process.pid))) {
    if (isStale(breaker) || !isProcessAlive(Number(readFileSync(breaker, 'utf8')))) unlinkQuietly(breaker);
    return;
  }
  try {
    if (isStale(file)) unlinkQuietly(file);
  } finally {
    unlinkQuietly(breaker);
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}

/** Takes the lock if it is free (or stale); otherwise says who holds it. Never waits. */
export function tryAcquireDataLock(dataDir: string, command: string): DataLock | { heldBy: LockHolder | undefined } {
  mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const holder: LockHolder = { pid: process.pid, command, started: new Date().toISOString(), host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createExclusive(file, `${JSON.stringify(holder)}\n`)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only our own lock: never one a later holder took over after we were thought dead.
        if (readHolder(file)?.pid === process.pid) unlinkQuietly(file);
      };
      process.on('exit', release);
      return { holder, removedTempFiles: removeStaleTempFiles(dataDir), release };
    }
    if (!isStale(file)) break;
    breakStaleLock(file);
  }
  return { heldBy: readHolder(file) };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function describeHolder(holder: LockHolder | undefined): string {
  return holder ? `${holder.command} (pid ${holder.pid}, since ${holder.started})` : 'another writer';
}

/**
 * Takes the lock, waiting up to `timeoutMs` for a live holder to finish (telling the user once
 * what it waits for). Throws when the wait times out.
 */
export function acquireDataLock(dataDir: string, command: string, { timeoutMs = 10 * 60_000, onWait = (_: string) => {} } = {}): DataLock {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    const got = tryAcquireDataLock(dataDir, command);
    if ('release' in got) return got;
    if (Date.now() >= deadline) {
      throw new Error(`${describeHolder(got.heldBy)} is writing ${dataDir}; gave up waiting after ${Math.round(timeoutMs / 1000)} s. If no such command is running, delete ${lockPath(dataDir)}.`);
    }
    if (!told) onWait(`waiting for ${describeHolder(got.heldBy)} to finish writing ${dataDir}…`);
    told = true;
    sleep(Math.min(200, Math.max(1, deadline - Date.now())));
  }
}

/** Runs `fn` holding the lock, and releases it whatever happens. */
export function withDataLock<T>(dataDir: string, command: string, fn: (lock: DataLock) => T, options?: Parameters<typeof acquireDataLock>[2]): T {
  const lock = acquireDataLock(dataDir, command, options);
  try {
    return fn(lock);
  } finally {
    lock.release();
  }
}
