/**
 * One measured page load in headless Chromium: navigation → first frame → settled layout,
 * long tasks, heap, initial JS, then the interactions (country and date filters, a search
 * keystroke, a scripted pan and zoom). The in-page functions run in the browser and use only
 * what the page exposes (performance marks, window.__bench).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import type { Probes, Probe } from './probes';
import { capped, round, type RunFigures } from './stats';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags';


export interface MeasureOptions {
  url: string;
  capMs: number;
  probes: Probes;
  executablePath?: string;
  /** Skip the load figures (the baseline's preset-position pass measures interactions only). */
  interactionsOnly?: boolean;
  /** Skip the interactions (the page is only measured for loading). */
  loadOnly?: boolean;
  /** The element a brushed `from`–`to` must hide (probes.ts chooseBrushProbe); pages with a timeline only. */
  brushProbe?: (from: string, to: string) => Probe | undefined;
}

export interface RunOutcome {
  figures: RunFigures;
  /** The layout did not settle within the cap. */
  capped: boolean;
  notes: string[];
}

/** Collects long tasks from the very start of the page, before any of its scripts run. */
function initScript() {
  (window as unknown as { __ENTENTE_BENCH__: boolean }).__ENTENTE_BENCH__ = true;
  const tasks: Array<[number, number]> = [];
  (window as unknown as { __longtasks: typeof tasks }).__longtasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

type TimedChange = { action: 'filterCountry' | 'filterDates' | 'filterKinds' | 'search' | 'clear'; args: unknown[]; probe: Probe; timeoutMs: number };

/**
 * Applies a change through the page's handle; resolves with the time until a frame shows it.
 * A page that applies changes over a few frames (the app adds and removes elements in slices)
 * reports each finished change through `applied()`; the clock stops at the first frame after
 * that in which the probe shows the change. The probe may not be in the graph at all (the app
 * keeps only what the view needs): then a hidden element counts as hidden, a non-match as not
 * matching.
 */
function timeChangeToFrame({ action, args, probe, timeoutMs }: TimedChange): Promise<number | null> {
  const bench = (window as unknown as { __bench: Record<string, (...a: unknown[]) => void> & { cy: import('cytoscape').Core; applied?: () => number } }).__bench;
  const cy = bench.cy;
  const appliedBefore = bench.applied?.() ?? 0;
  const absentMeansDone = probe.className === 'filtered' ? probe.expected : !probe.expected;
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: number | null) => {
      if (done) return;
      done = true;
      cy.off('render', check);
      resolve(value);
    };
    const t0 = performance.now();
    // Cytoscape emits `render` after drawing a frame: the first one that shows the change ends the clock.
    const check = () => {
      if (bench.applied && bench.applied() === appliedBefore) return;
      const el = cy.getElementById(probe.element);
      if (el.empty() ? absentMeansDone : el.hasClass(probe.className) === probe.expected) finish(performance.now() - t0);
    };
    cy.on('render', check);
    setTimeout(() => finish(null), timeoutMs);
    bench[action](...args);
  });
}

/**
 * Arms the clock for one move of a timeline drag: it starts at the pointer event itself (its
 * timeStamp, when the browser received the input) and stops at the first frame, once the page
 * has applied the change, in which the probe shows it. The result lands in window.__brushTiming.
 */
function armBrushTimer({ probe, timeoutMs }: { probe: Probe; timeoutMs: number }) {
  const w = window as unknown as { __brushTiming?: Promise<number | null>; __bench: { cy: import('cytoscape').Core; applied?: () => number } };
  const bench = w.__bench;
  const cy = bench.cy;
  const canvas = document.querySelector('[data-testid="timeline-canvas"]')!;
  const appliedBefore = bench.applied?.() ?? 0;
  w.__brushTiming = new Promise((resolve) => {
    let t0: number | undefined;
    let done = false;
    const finish = (value: number | null) => {
      if (done) return;
      done = true;
      cy.off('render', check);
      resolve(value);
    };
    const check = () => {
      if (t0 === undefined || (bench.applied && bench.applied() === appliedBefore)) return;
      const el = cy.getElementById(probe.element);
      if (el.empty() ? probe.expected : el.hasClass(probe.className) === probe.expected) finish(performance.now() - t0);
    };
    canvas.addEventListener('pointermove', (e) => void (t0 = e.timeStamp), { capture: true, once: true });
    cy.on('render', check);
    setTimeout(() => finish(null), timeoutMs);
  });
}

/**
 * Arms the clock for one key typed into the search box: it starts at the keydown (its
 * timeStamp) and stops once a frame has been painted after the list says it answers the new
 * text (`data-answer`, not busy): the search box's own question, whatever the canvas does.
 * The result lands in window.__listTiming.
 */
function armListTimer({ query, timeoutMs }: { query: string; timeoutMs: number }) {
  const w = window as unknown as { __listTiming?: Promise<number | null> };
  const input = document.querySelector('input[role="combobox"]')!;
  const list = document.getElementById(input.getAttribute('aria-controls')!)!;
  w.__listTiming = new Promise((resolve) => {
    let t0: number | undefined;
    const observer = new MutationObserver(() => {
      if (t0 === undefined || list.getAttribute('data-answer') !== query || list.getAttribute('aria-busy') === 'true') return;
      observer.disconnect();
      const start = t0;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(list, { attributes: true, childList: true, subtree: true, characterData: true });
    input.addEventListener('keydown', (e) => void (t0 = e.timeStamp), { capture: true, once: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
  });
}

/**
 * Three seconds of panning and zooming with real input (mouse drags and wheel), as a user
 * would: Cytoscape's viewport optimisations only engage on user gestures, not on API calls.
 * Nodes are made ungrabbable meanwhile so a drag that starts on one pans instead of moving it.
 * Frames = Cytoscape `render` events (one per drawn frame).
 */
async function panZoomFps(page: Page): Promise<number> {
  const box = await page.evaluate(() => {
    const cy = (window as unknown as { __bench: { cy: import('cytoscape').Core } }).__bench.cy;
    cy.autoungrabify(true);
    const w = window as unknown as { __frames: number; __t0: number; __count: () => void };
    w.__frames = 0;
    w.__count = () => void w.__frames++;
    cy.on('render', w.__count);
    w.__t0 = performance.now();
    const r = cy.container()!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, r: Math.min(r.width, r.height) / 4 };
  });
  const end = Date.now() + 3000;
  await page.mouse.move(box.x, box.y);
  for (let round = 0; Date.now() < end; round++) {
    await page.mouse.down();
    for (let k = 1; k <= 12 && Date.now() < end; k++) {
      const a = (k / 12) * Math.PI * 2;
      await page.mouse.move(box.x + box.r * Math.sin(a), box.y + box.r * (1 - Math.cos(a)) * 0.5);
    }
    await page.mouse.up();
    for (let k = 0; k < 6 && Date.now() < end; k++) await page.mouse.wheel(0, round % 2 ? 120 : -120);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number; __t0: number; __count: () => void; __bench: { cy: import('cytoscape').Core } };
    w.__bench.cy.off('render', w.__count);
    w.__bench.cy.autoungrabify(false);
    return w.__frames / ((performance.now() - w.__t0) / 1000);
  });
}

/** Visible nodes whose boxes (shape, without labels) overlap, counted on a spatial grid. */
function overlappingNodes(): number {
  const cy = (window as unknown as { __bench: { cy: import('cytoscape').Core } }).__bench.cy;
  const boxes = cy
    .nodes()
    .filter((n) => n.visible())
    .map((n) => n.boundingBox({ includeLabels: false, includeOverlays: false } as never));
  const cell = 100;
  const grid = new Map<string, number[]>();
  boxes.forEach((b, i) => {
    for (let gx = Math.floor(b.x1 / cell); gx <= Math.floor(b.x2 / cell); gx++)
      for (let gy = Math.floor(b.y1 / cell); gy <= Math.floor(b.y2 / cell); gy++) {
        const key = `${gx},${gy}`;
        const list = grid.get(key);
        if (list) list.push(i);
        else grid.set(key, [i]);
      }
  });
  const seen = new Set<number>();
  const tol = 1;
  for (const list of grid.values())
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const [i, j] = list[a] < list[b] ? [list[a], list[b]] : [list[b], list[a]];
        const p = boxes[i];
        const q = boxes[j];
        if (p.x1 + tol < q.x2 && q.x1 + tol < p.x2 && p.y1 + tol < q.y2 && q.y1 + tol < p.y2) seen.add(i * boxes.length + j);
      }
  return seen.size;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return round(usedSize / 1048576);
}

const blocking = (tasks: Array<[number, number]>) => tasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
const longest = (tasks: Array<[number, number]>) => tasks.reduce((m, [, d]) => Math.max(m, d), 0);

/**
 * Resolves when the page marks its graph settled, told by the page itself through a binding
 * (benchHooks.markGraphState): waitForFunction would compile Playwright's helper script on the
 * page's main thread, ~30 ms, in the middle of the load it measures. Rejects after `capMs`.
 */
function settledSignal(page: Page, capMs: number): { installed: Promise<unknown>; reached: Promise<void> } {
  let settle: () => void = () => {};
  const reached = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not settled within ${capMs} ms`)), capMs);
    settle = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  // A load that fails before anyone awaits this (navigation refused) must not also leave an unhandled rejection behind.
  reached.catch(() => {});
  const installed = page.exposeBinding('__benchGraphState', (_source, state: string) => {
    if (state === 'settled') settle();
  });
  return { installed, reached };
}

export async function measureRun(opts: MeasureOptions): Promise<RunOutcome> {
  // A server we can kill: a page stuck in a main-thread layout would make a polite close wait for it.
  const server = await chromium.launchServer({ executablePath: opts.executablePath, args: CHROMIUM_FLAGS });
  const browser: Browser = await chromium.connect(server.wsEndpoint());
  let stuck = false;
  const notes: string[] = [];
  const figures: RunFigures = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page a no-op one.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(initScript);
    const scripts: Array<{ url: string; start: number }> = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script' || /\.m?js(\?|$)/.test(req.url())) scripts.push({ url: req.url(), start: Date.now() });
    });
    const settled = settledSignal(page, opts.capMs);
    await settled.installed;
    await page.goto(opts.url, { waitUntil: 'commit' });
    try {
      await settled.reached;
    } catch {
      if (!opts.interactionsOnly) {
        figures.settledMs = capped(opts.capMs);
        figures.firstFrameMs = capped(opts.capMs);
      }
      notes.push(`did not settle within ${opts.capMs / 1000} s`);
      stuck = true;
      return { figures, capped: true, notes };
    }
    await page.waitForTimeout(500); // let the long-task observer report the last tasks of the load
    const marks = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      first: performance.getEntriesByName('graph:first-frame')[0]?.startTime ?? null,
      settled: performance.getEntriesByName('graph:settled')[0]?.startTime ?? null,
      tasks: (window as unknown as { __longtasks: Array<[number, number]> }).__longtasks.slice(),
    }));
    const settledAt = marks.settled ?? 0;
    if (!opts.interactionsOnly) {
      figures.firstFrameMs = marks.first === null ? null : round(marks.first);
      figures.settledMs = marks.settled === null ? null : round(marks.settled);
      const loading = marks.tasks.filter(([start]) => start <= settledAt);
      figures.longestTaskMs = round(longest(loading));
      figures.totalBlockingMs = round(blocking(loading));
      figures.overlappingNodes = await page.evaluate(overlappingNodes);
      const firstFrameEpoch = marks.origin + (marks.first ?? settledAt);
      let bytes = 0;
      for (const s of scripts.filter((x) => x.start <= firstFrameEpoch)) {
        const res = await fetch(s.url).catch(() => undefined);
        if (res?.ok) bytes += gzipSync(Buffer.from(await res.arrayBuffer())).length;
      }
      figures.initialJsKB = round(bytes / 1024);
    }
    // The heap is taken last, after any interactions (see below); a page that is not measured for load has none.
    const takeHeap = async () => {
      if (!opts.interactionsOnly) figures.heapMB = await heapMB(page);
    };
    if (opts.loadOnly) {
      await takeHeap();
      return { figures, capped: false, notes };
    }

    const hasHandle = await page.evaluate(() => !!(window as unknown as { __bench?: unknown }).__bench);
    if (!hasHandle) {
      notes.push('the page exposes no window.__bench handle: interactions not measured');
      await takeHeap();
      return { figures, capped: false, notes };
    }
    const interactionStart = await page.evaluate(() => performance.now());
    const timeout = Math.min(opts.capMs, 30_000);
    const { country, dates, kinds, search } = opts.probes;
    const change = (c: Omit<TimedChange, 'timeoutMs'>) => page.evaluate(timeChangeToFrame, { ...c, timeoutMs: timeout });
    // Between measurements: let the page finish the previous change (two frames after a pause).
    const quiet = async () => {
      await page.waitForTimeout(800);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    };
    const clearAndWait = async () => {
      await page.evaluate(() => (window as unknown as { __bench: { clear(): void } }).__bench.clear());
      await quiet();
    };

    const ms = (v: number | null) => (v === null ? null : round(v));

    /**
     * Timeline brush → frame: a drag across the middle fifth of the timeline, with real mouse
     * input, timed from the move that sets the range to the frame that shows it. A first,
     * unmeasured drag tells which range those pixels brush (the page's bins decide), and so
     * which relation must disappear. Undefined where the page has no timeline (the baseline).
     */
    const brushToFrame = async (): Promise<number | null | undefined> => {
      const canvas = page.locator('[data-testid="timeline-canvas"]');
      const box = opts.brushProbe && (await canvas.count()) ? await canvas.boundingBox() : null;
      if (!box) return undefined;
      const y = box.y + box.height / 2;
      const [xa, xb] = [box.x + box.width * 0.4, box.x + box.width * 0.6];
      const press = async () => {
        await page.mouse.move(xa, y);
        await page.mouse.down();
      };
      const release = async () => {
        await page.mouse.up();
        await page.mouse.move(box.x + box.width / 2, box.y - 60); // off the strip: no bar stays hovered
        await clearAndWait();
      };
      await press();
      await page.mouse.move(xb, y);
      // The page writes the address after the frame that shows the change.
      await page.waitForFunction(() => new URLSearchParams(location.search).has('to'), null, { timeout }).catch(() => undefined);
      const query = new URL(page.url()).searchParams;
      await release();
      const [from, to] = [query.get('from'), query.get('to')];
      const probe = from && to ? opts.brushProbe!(from, to) : undefined;
      if (!probe) {
        notes.push(`brush: no relation outside ${from}–${to} to watch`);
        return null;
      }
      await press();
      await quiet();
      await page.evaluate(armBrushTimer, { probe, timeoutMs: timeout });
      await page.mouse.move(xb, y);
      const elapsed = await page.evaluate(() => (window as unknown as { __brushTiming: Promise<number | null> }).__brushTiming);
      await release();
      return elapsed;
    };
    /**
     * Search keystroke → list: the last letter of the search probe typed into the search box
     * (the first ones typed before the clock starts), timed to the painted list. Undefined
     * where the page has no search box (the baseline).
     */
    const keystrokeToList = async (): Promise<number | null | undefined> => {
      const box = page.getByRole('combobox', { name: /^Search/ });
      if (!(await box.count())) return undefined;
      await box.fill(search.before);
      await listAnswers(search.before);
      await quiet();
      await page.evaluate(armListTimer, { query: search.after, timeoutMs: timeout });
      await box.press(search.after.slice(-1));
      const elapsed = await page.evaluate(() => (window as unknown as { __listTiming: Promise<number | null> }).__listTiming);
      await box.fill('');
      await box.blur();
      return elapsed;
    };
    const listAnswers = (query: string) =>
      page.waitForFunction((q) => document.querySelector('[role="listbox"]')?.getAttribute('data-answer') === q, query, { timeout });
    // Like every change below, the first starts from a quiet page (its predecessors' work done).
    await quiet();
    figures.filterCountryMs = ms(await change({ action: 'filterCountry', args: [country.id], probe: country.probe }));
    await clearAndWait();
    figures.filterDateMs = ms(await change({ action: 'filterDates', args: [dates.from, dates.to], probe: dates.probe }));
    await clearAndWait();
    figures.filterKindMs = ms(await change({ action: 'filterKinds', args: [kinds.kinds], probe: kinds.probe }));
    await clearAndWait();
    const brushed = await brushToFrame();
    if (brushed !== undefined) figures.brushFrameMs = ms(brushed);
    await page.evaluate((q) => (window as unknown as { __bench: { search(q: string): void } }).__bench.search(q), search.before);
    await quiet();
    figures.searchKeystrokeMs = ms(await change({ action: 'search', args: [search.after], probe: search.probe }));
    await clearAndWait();
    const listed = await keystrokeToList();
    if (listed !== undefined) figures.searchListMs = ms(listed);
    await clearAndWait();
    figures.panZoomFps = round(await panZoomFps(page));
    await page.waitForTimeout(300);
    const after = await page.evaluate(
      (since) => (window as unknown as { __longtasks: Array<[number, number]> }).__longtasks.filter(([start]) => start >= since),
      interactionStart,
    );
    figures.longestTaskAfterLoadMs = round(longest(after));
    // Last, back at the default view: the forced full GC it takes shrinks V8's young generation, and
    // an interaction timed right after it paid scavenges a page in use does not (the country filter,
    // first after load, measured 70–84 ms after one against 51–75 without, same build and machine).
    await takeHeap();
    return { figures, capped: false, notes };
  } finally {
    if (stuck) await server.kill();
    else {
      await browser.close();
      await server.close();
    }
  }
}
