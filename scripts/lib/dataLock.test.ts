import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock, lockPath, tryAcquireDataLock } from './dataLock';
import { removeStaleTempFiles, tempFileFor, writeFilesAtomic } from './writeFileAtomic';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'entente-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The pid of a process that has exited: what a writer killed with -9 leaves in its lock. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('the data folder lock', () => {
  it('is exclusive while held, names its holder, and is gone once released', () => {
    const dir = tempDir();
    const lock = acquireDataLock(dir, 'test A');
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8'))).toMatchObject({ pid: process.pid, command: 'test A' });
    const second = tryAcquireDataLock(dir, 'test B');
    expect(second).toEqual({ heldBy: expect.objectContaining({ pid: process.pid, command: 'test A' }) });
    expect(() => acquireDataLock(dir, 'test B', { timeoutMs: 300 })).toThrow(/test A \(pid \d+, since .*\) is writing .*gave up waiting/);
    lock.release();
    expect(existsSync(lockPath(dir))).toBe(false);
  });

  it('takes over a lock whose holder is gone, and removes the temp files it left', () => {
    const dir = tempDir();
    const pid = deadPid();
    writeFileSync(lockPath(dir), JSON.stringify({ pid, command: 'npm run extract', started: new Date().toISOString(), host: hostname() }));
    const leftover = tempFileFor(join(dir, 'graph.json'), pid);
    writeFileSync(leftover, 'half a graph');
    const lock = acquireDataLock(dir, 'test', { timeoutMs: 1000 });
    expect(lock.removedTempFiles).toEqual([leftover]);
    expect(existsSync(leftover)).toBe(false);
    lock.release();
  });

  it('leaves the temp files of running writers alone', () => {
    const dir = tempDir();
    const mine = tempFileFor(join(dir, 'graph.json'));
    writeFileSync(mine, 'in progress');
    expect(removeStaleTempFiles(dir)).toEqual([]);
    expect(existsSync(mine)).toBe(true);
  });
});

describe('writeFilesAtomic', () => {
  it('writes a pair, or on failure leaves both old files and no temp file', () => {
    const dir = tempDir();
    const graph = join(dir, 'graph.json');
    const layout = join(dir, 'graph.layout.json');
    writeFileSync(graph, 'old graph');
    writeFileSync(layout, 'old layout');
    expect(() => writeFilesAtomic([{ file: layout, content: 'new layout' }, { file: join(dir, 'missing-folder', 'graph.json'), content: 'x' }])).toThrow();
    expect(readFileSync(layout, 'utf8')).toBe('old layout');
    expect(removeStaleTempFiles(dir)).toEqual([]);
    expect(existsSync(tempFileFor(layout))).toBe(false);
    writeFilesAtomic([{ file: layout, content: 'new layout' }, { file: graph, content: 'new graph' }]);
    expect([readFileSync(graph, 'utf8'), readFileSync(layout, 'utf8')]).toEqual(['new graph', 'new layout']);
  });
});
