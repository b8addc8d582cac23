/**
 * `npm run bench:load [-- --sizes L,XL --runs 3 --no-build --verbose]`
 *
 * How much main-thread time reading the data file costs: builds the app, serves it with
 * `vite preview` (BENCH_PORT, default 4503), opens `?data=data/generated/<size>.json` in headless
 * Chromium and collects long tasks (PerformanceObserver "longtask") and long animation frames
 * (with their script attribution) from before the first script runs.
 *
 * The app marks `data:requested` when loadGraph starts and `data:loaded` when it hands the
 * validated graph to the store. A long task that spans `data:loaded` also holds the first render
 * of the explorer (React flushes the store update in the same task), so only the part of a task
 * inside the loader's window counts as the loader's:
 *   loadedMs          navigation → data:loaded
 *   loaderLongestMs   longest main-thread task (part) between data:requested and data:loaded
 *   loaderBlockingMs  its total blocking time (the part of each such task beyond 50 ms)
 *   messageMaxMs      longest handling of one message from a worker (deserializing its data
 *                     included: Chromium does it on first access to event.data), timed by
 *                     wrapping the handlers; it sees what "longtask" (≥ 50 ms only) cannot
 *   messageSumMs      all of them together
 *   startLongestMs    longest task (part) from navigation to data:loaded: page start included
 *   renderTaskMs      the whole task that spans data:loaded (the first render, drawing's share)
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
  requested: number | null;
  loaded: number | null;
  settled: number | null;
  tasks: Task[];
  frames: Frame[];
  /** Handling of each message from a worker: [start, duration]. */
  messages: Task[];
}

/** Runs in the page before its scripts: keeps every long task and long animation frame. */
function collect() {
  const w = window as unknown as { __ENTENTE_BENCH__: boolean; __tasks: unknown[]; __frames: unknown[]; __messages: unknown[] };
  w.__ENTENTE_BENCH__ = true;
  w.__tasks = [];
  w.__frames = [];
  w.__messages = [];
  const timed = (handler: (e: MessageEvent) => unknown) =>
    function (this: Worker, event: MessageEvent) {
      const t0 = performance.now();
      void event.data; // deserialized here, on first access
      try {
        return handler.call(this, event);
      } finally {
        w.__messages.push([t0, performance.now() - t0]);
      }
    };
  const descriptor = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage')!;
  Object.defineProperty(Worker.prototype, 'onmessage', {
    ...descriptor,
    set(handler: ((e: MessageEvent) => unknown) | null) {
      descriptor.set!.call(this, handler ? timed(handler) : handler);
    },
  });
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
    const w = window as unknown as { __tasks: Task[]; __frames: Frame[]; __messages: Task[] };
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return { requested: at('data:requested'), loaded: at('data:loaded'), settled: at('graph:settled'), tasks: w.__tasks.slice(), frames: w.__frames.slice(), messages: w.__messages.slice() };
  });
  await context.close();
  return data;
}

/** The part of each long task inside [from, to). */
function within(tasks: Task[], from: number, to: number): number[] {
  return tasks.map(([start, d]) => Math.min(start + d, to) - Math.max(start, from)).filter((d) => d > 0);
}

function loaderFigures(run: RunData) {
  const loaded = run.loaded ?? Infinity;
  const loader = within(run.tasks, run.requested ?? 0, loaded);
  const spanning = run.tasks.find(([start, d]) => start <= loaded && loaded < start + d);
  return {
    loadedMs: run.loaded,
    loaderLongestMs: Math.max(0, ...loader),
    loaderBlockingMs: loader.reduce((s, d) => s + Math.max(0, d - 50), 0),
    messageMaxMs: Math.max(0, ...run.messages.map(([, d]) => d)),
    messageSumMs: run.messages.reduce((sum, [, d]) => sum + d, 0),
    startLongestMs: Math.max(0, ...within(run.tasks, 0, loaded)),
    renderTaskMs: spanning ? spanning[1] : 0,
    longestMs: Math.max(0, ...run.tasks.filter(([start]) => start < (run.settled ?? Infinity)).map(([, d]) => d)),
  };
}

function describe(run: RunData) {
  console.log(`    data:requested at ${round(run.requested ?? NaN)} ms, data:loaded at ${round(run.loaded ?? NaN)} ms, settled at ${round(run.settled ?? NaN)} ms`);
  for (const [start, d] of run.tasks) console.log(`    long task ${round(start)} +${round(d)} ms`);
  const slow = run.messages.filter(([, d]) => d >= 10);
  console.log(`    ${run.messages.length} worker messages${slow.length ? `, ${slow.length} of 10 ms or more: ${slow.map(([, d]) => round(d)).join(', ')}` : ''}`);
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
    const columns = ['loadedMs', 'loaderLongestMs', 'loaderBlockingMs', 'messageMaxMs', 'messageSumMs', 'startLongestMs', 'renderTaskMs', 'longestMs'] as const;
    console.log(`size  ${columns.join('  ')}   (median of ${runs}; each run's loaderLongestMs)`);
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
      const cells = columns.map((c) => String(round(median(figures.map((f) => f[c] ?? NaN)))).padStart(c.length));
      console.log(`${size.padEnd(5)} ${cells.join('  ')}   (${figures.map((f) => round(f.loaderLongestMs)).join(', ')})`);
    }
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
