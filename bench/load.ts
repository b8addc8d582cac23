/**
 * `npm run bench:load [-- --sizes L,XL --runs 3 --no-build --verbose]`
 *
 * How much main-thread time reading the data file costs: builds the app, serves it with
 * `vite preview` (BENCH_PORT, default 4503), opens `?data=data/generated/<size>.json` in headless
 * Chromium and collects long tasks (PerformanceObserver "longtask") and long animation frames
 * (with their script attribution) from before the first script runs.
 *
 * The app marks `data:loaded` when loadGraph hands the validated graph to the store. A long task
 * that spans the mark also holds the first render of the explorer (React flushes the store
 * update in the same task), so the loader's share of it is counted up to the mark only:
 *   loaderLongestMs   longest main-thread task before the mark (a spanning one cut at the mark)
 *   loaderBlockingMs  total blocking time (the part of each such task beyond 50 ms)
 *   loadedMs          navigation → data:loaded
 *   longestMs         longest task from navigation to a settled graph (drawing included)
 * Median of --runs runs. Prints a table; writes nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../scripts/chromium-flags';
import { ensureGenerated, generatedDataParam, isSize } from '../scripts/lib/generated';
import { round } from './lib/stats';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'L,XL' },
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => s.trim().toUpperCase());
const runs = Number(values.runs);
const port = Number(process.env.BENCH_PORT ?? 4503);
for (const s of sizes) if (!isSize(s)) throw new Error(`unknown size ${s}`);

type Task = [start: number, duration: number];
interface Frame {
  start: number;
  duration: number;
  scripts: Array<{ invoker: string; source: string; start: number; duration: number }>;
}
interface RunData {
  loaded: number | null;
  settled: number | null;
  tasks: Task[];
  frames: Frame[];
}

/** Runs in the page before its scripts: keeps every long task and long animation frame. */
function collect() {
  const w = window as unknown as { __ENTENTE_BENCH__: boolean; __tasks: unknown[]; __frames: unknown[] };
  w.__ENTENTE_BENCH__ = true;
  w.__tasks = [];
  w.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<PerformanceEntry & { scripts: Array<Record<string, unknown>> }>) {
        w.__frames.push({
          start: e.startTime,
          duration: e.duration,
          scripts: e.scripts.map((s) => ({
            invoker: String(s.invoker),
            source: `${String(s.sourceFunctionName) || '(anonymous)'} ${String(s.sourceURL).replace(/^.*\//, '')}:${String(s.sourceCharPosition)}`,
            start: s.startTime as number,
            duration: s.duration as number,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An older Chromium without the Long Animation Frames API: long tasks only.
  }
}

async function measure(browser: Browser, url: string): Promise<RunData> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(collect);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => document.documentElement.dataset.graphState === 'settled' || !!document.querySelector('[aria-label="Problems"]'),
    null,
    { timeout: 180_000, polling: 100 },
  );
  await page.waitForTimeout(500); // the observers report a task shortly after it ends
  const data = await page.evaluate(() => {
    const w = window as unknown as { __tasks: Task[]; __frames: Frame[] };
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return { loaded: at('data:loaded'), settled: at('graph:settled'), tasks: w.__tasks.slice(), frames: w.__frames.slice() };
  });
  await context.close();
  return data;
}

/** The loader's figures: tasks before the data:loaded mark, a task spanning the mark cut at it. */
function loaderFigures(run: RunData) {
  const until = run.loaded ?? Infinity;
  const before = run.tasks.filter(([start]) => start < until).map(([start, d]) => Math.min(d, until - start));
  const settledBy = run.settled ?? Infinity;
  return {
    loadedMs: run.loaded,
    loaderLongestMs: Math.max(0, ...before),
    loaderBlockingMs: before.reduce((s, d) => s + Math.max(0, d - 50), 0),
    longestMs: Math.max(0, ...run.tasks.filter(([start]) => start < settledBy).map(([, d]) => d)),
  };
}

function describe(run: RunData) {
  console.log(`    data:loaded at ${round(run.loaded ?? NaN)} ms, settled at ${round(run.settled ?? NaN)} ms`);
  for (const [start, d] of run.tasks) console.log(`    long task ${round(start)} +${round(d)} ms`);
  for (const f of run.frames.filter((x) => x.duration > 50)) {
    console.log(`    frame ${round(f.start)} +${round(f.duration)} ms`);
    for (const s of f.scripts) console.log(`      ${round(s.start)} +${round(s.duration)} ms  ${s.invoker}  ${s.source}`);
  }
}

async function startServer(): Promise<ChildProcess> {
  const url = `http://localhost:${port}/`;
  if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${port} is in use: stop that server or set BENCH_PORT`);
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const which = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' });
  return which.stdout.trim() || undefined;
}

async function main() {
  if (!values['no-build']) {
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  for (const s of sizes) if (isSize(s) && s !== 'S') ensureGenerated(s);
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    console.log('size  loadedMs  loaderLongestMs  loaderBlockingMs  longestMs(until settled)');
    for (const size of sizes) {
      if (!isSize(size)) continue;
      const figures: Array<ReturnType<typeof loaderFigures>> = [];
      for (let i = 0; i < runs; i++) {
        const run = await measure(browser, `http://localhost:${port}/?data=${generatedDataParam(size)}`);
        figures.push(loaderFigures(run));
        if (values.verbose) {
          console.log(`  ${size} run ${i + 1}:`);
          describe(run);
        }
      }
      const med = (k: keyof (typeof figures)[number]) => round(median(figures.map((f) => f[k] ?? NaN)));
      const all = (k: keyof (typeof figures)[number]) => figures.map((f) => round(f[k] ?? NaN)).join('/');
      console.log(
        `${size.padEnd(5)} ${String(med('loadedMs')).padStart(8)}  ${String(med('loaderLongestMs')).padStart(15)}  ${String(med('loaderBlockingMs')).padStart(16)}  ${String(med('longestMs')).padStart(9)}` +
          `   runs: ${all('loaderLongestMs')} | ${all('longestMs')}`,
      );
    }
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
