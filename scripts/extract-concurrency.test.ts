/**
 * Two writers of one data folder, and a writer killed mid-run (issue 15, items 2 and 3): the
 * graph on disk is always one that validates against the articles on disk, no temp file is
 * left behind, and a lock left by a killed run is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, validateGraphFile } from './lib/data-files';
import { lockPath } from './lib/dataLock';

const SEED = 'nk-belarus-2024-07-24';
const dirs: string[] = [];

/** A data folder of `n` copies of the seed article: big enough that a run takes seconds. */
function dataDir(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-concurrent-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'articles'));
  for (let i = 1; i <= n; i++) {
    copyFileSync(join(ROOT, 'data', 'articles', `${SEED}.txt`), join(dir, 'articles', `a${i}.txt`));
    const meta = JSON.parse(readFileSync(join(ROOT, 'data', 'articles', `${SEED}.json`), 'utf8'));
    delete meta.id;
    writeFileSync(join(dir, 'articles', `a${i}.json`), JSON.stringify(meta));
  }
  writeFileSync(join(dir, 'graph.json'), '{"version":1,"articles":[],"entities":[],"relations":[]}\n');
  return dir;
}

function start(dir: string): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; out: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'extract.ts')], { cwd: ROOT, env: { ...process.env, ENTENTE_DATA_DIR: dir } });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return { child, done: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out }))) };
}

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.startsWith('.entente.lock'));

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('npm run extract, twice at once', () => {
  it('never leaves a graph citing an article removed while the first run read the folder', async () => {
    const dir = dataDir(8);
    const a = start(dir);
    await until(() => existsSync(lockPath(dir)));
    unlinkSync(join(dir, 'articles', 'a5.txt'));
    unlinkSync(join(dir, 'articles', 'a5.json'));
    const b = start(dir);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    // A took the lock first and either read a5 before it went (then notices the change) or finds it gone
    // while reading (then names the missing file): either way it must not write. On a fast run A may
    // also have written its graph before the files went (the lock outlives the write by a moment);
    // then B, which waited for A, rebuilds without a5. Which of these happens depends on scheduling.
    if (ra.code !== 0) {
      expect(ra.code, ra.out).toBe(1);
      expect(ra.out).toMatch(/changed while the extraction ran|a5\.(?:txt|json)/);
      expect(ra.out).toContain('was not changed');
    }
    expect(rb.code, rb.out).toBe(0);
    const check = validateGraphFile(join(dir, 'graph.json'));
    expect(check.problems).toEqual([]);
    expect(check.graph?.articles.map((x) => x.id)).not.toContain('a5');
    expect(check.graph?.articles).toHaveLength(7);
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it('survives a kill -9 at any moment: the old graph or the new one, never a broken one; the next run recovers', async () => {
    const dir = dataDir(3);
    const before = readFileSync(join(dir, 'graph.json'), 'utf8');
    const first = start(dir);
    await until(() => existsSync(lockPath(dir)));
    // Somewhere between reading the articles and renaming the files (a run here takes ~0.5–3 s,
    // depending on the machine's load); on a fast run the kill may come after the end, which is fine too.
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 700));
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal === 'SIGKILL' || killed.code === 0, killed.out).toBe(true);
    const after = readFileSync(join(dir, 'graph.json'), 'utf8');
    if (after !== before) expect(validateGraphFile(join(dir, 'graph.json')).problems).toEqual([]);
    // Whatever the kill left (the lock, perhaps a temp file): the next run takes over and cleans up.
    writeFileSync(join(dir, `.graph.json.${first.child.pid}.tmp`), '{"half a graph');
    const second = await start(dir).done;
    expect(second.code, second.out).toBe(0);
    expect(second.out).toContain('left by a write that was interrupted');
    expect(validateGraphFile(join(dir, 'graph.json')).problems).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);
});
