/**
 * Node-only, dependency-free: the vite config's build plugins use it as well as the CLIs (and,
 * when it comes, the local API server). Every file is written to `.<name>.<pid>.tmp` beside it,
 * flushed, then renamed over the old one, so a failed or killed write leaves the old file intact.
 * A temp file left by a killed writer carries its pid: removeStaleTempFiles finds it later.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync, lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMP_FILE = /^\..+\.(\d+)\.tmp$/;

export const tempFileFor = (file: string, pid = process.pid) => join(dirname(file), `.${basename(file)}.${pid}.tmp`);

function writeFlushed(file: string, content: string | Uint8Array): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const removeQuietly = (file: string) => {
  try {
    if (existsSync(file)) unlinkSync(file);
  } catch {
    /* best effort: the next run's sweep removes it */
  }
};

/** Writes via a temporary file and a rename, so a failed write leaves the old file intact. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  writeFilesAtomic([{ file, content }]);
}

/**
 * Writes several files that belong together (a graph and its layout): every one is written to its
 * temp file first, and only when all are written are they renamed into place, in order. A failure
 * while writing leaves every old file as it was. (Two renames are not one atomic step: readers of
 * a pair check that the files match, as the layout's key does its graph.)
 */
export function writeFilesAtomic(files: ReadonlyArray<{ file: string; content: string | Uint8Array }>): void {
  const temps = files.map(({ file }) => tempFileFor(file));
  try {
    files.forEach(({ content }, i) => writeFlushed(temps[i], content));
    files.forEach(({ file }, i) => renameSync(temps[i], file));
  } catch (err) {
    temps.forEach(removeQuietly);
    throw err;
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

/**
 * Removes the temp files killed writers left in `dir` and its subfolders (symlinks not followed):
 * those whose writer is no longer running. Returns the paths removed.
 */
export function removeStaleTempFiles(dir: string, depth = 4): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory() && depth > 0) removed.push(...removeStaleTempFiles(path, depth - 1));
    const m = TEMP_FILE.exec(name);
    if (stat.isFile() && m && Number(m[1]) !== process.pid && !isProcessAlive(Number(m[1]))) {
      removeQuietly(path);
      removed.push(path);
    }
  }
  return removed;
}
