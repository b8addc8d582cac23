/**
 * `npx tsx bench/heap.ts [url] [operations]`: the JS heap and DOM counters of a long session.
 * Opens the app (default http://localhost:4173/, i.e. `npm start`), runs a fixed cycle of mixed
 * operations (country filter, status filter, list and graph tabs, selecting a node, search,
 * Escape, Back, Forward), and after 100 and every 300 more returns to the default view and
 * prints the heap after a full GC (CDP Runtime.getHeapUsage), the DOM node and listener counts
 * (Memory.getDOMCounters) and, from a heap snapshot, what the heap holds: compiled code, the
 * browser's performance-timeline buffers, detached DOM elements and the rest. The same view at
 * every checkpoint, so what differs is what the session kept, not what it shows.
 * Not part of npm test: 1,500 operations take several minutes (e2e/long-session.spec.ts is the
 * standing check). Findings: docs/security.md.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../scripts/chromium-flags';

const url = process.argv[2] ?? 'http://localhost:4173/';
const total = Number(process.argv[3] ?? 1500);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.setDefaultTimeout(1500); // an operation that does not apply at this moment is skipped quickly
const cdp = await page.context().newCDPSession(page);
await cdp.send('HeapProfiler.enable');
await page.goto(url);
await page.waitForFunction(() => window.__entente?.ready === true, undefined, { timeout: 60_000 });
const filters = page.getByRole('complementary', { name: 'Filters and legend' });

/** The default view on the graph tab, reached the way Back to the bare address would. */
async function resetView(): Promise<void> {
  await page.getByRole('tab', { name: 'Graph' }).click().catch(() => undefined);
  await page.evaluate(() => {
    history.pushState(null, '', location.pathname);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByPlaceholder(/Search/).fill('').catch(() => undefined);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
}

const PERFORMANCE_TIMELINE = /^(Performance|LayoutShift|LargestContentfulPaint|InteractionContentfulPaint|TaskAttributionTiming|blink::ScriptTimingInfo)/;

/** Self sizes in the heap snapshot by kind, and the detached DOM elements in it. */
async function snapshotBreakdown(): Promise<{ code: number; timeline: number; rest: number; detached: number }> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const { node_fields: fields, node_types: [types] } = snapshot.meta;
  const [width, type, name, size, detachedness] = [fields.length, fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size'), fields.indexOf('detachedness')];
  const out = { code: 0, timeline: 0, rest: 0, detached: 0 };
  for (let i = 0; i < nodes.length; i += width) {
    const label = strings[nodes[i + name]];
    if (types[nodes[i + type]] === 'code') out.code += nodes[i + size];
    else if (PERFORMANCE_TIMELINE.test(label)) out.timeline += nodes[i + size];
    else out.rest += nodes[i + size];
    if (nodes[i + detachedness] === 2 && label.startsWith('<')) out.detached++;
  }
  return out;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

async function measure(label: string): Promise<void> {
  await resetView();
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const held = await snapshotBreakdown();
  console.log(
    `${label.padEnd(12)} heap ${mb(heap.usedSize)}  DOM nodes ${dom.nodes}  listeners ${dom.jsEventListeners}  ` +
      `| snapshot: code ${mb(held.code)}  performance timeline ${mb(held.timeline)}  everything else ${mb(held.rest)}  detached elements ${held.detached}`,
  );
}

const countries = ['Ukraine', 'Belarus', 'Russia', 'North Korea'];
const searches = ['kim', 'rus', '', 'bel'];
const operations: Array<(p: Page, i: number) => Promise<unknown>> = [
  (_, i) => filters.getByRole('checkbox', { name: countries[i % countries.length] }).click(),
  (p) => p.getByRole('tab', { name: 'List' }).click(),
  (p) => p.getByRole('tab', { name: 'Graph' }).click(),
  (p, i) =>
    p.evaluate((i) => {
      const nodes = window.__entente!.cy.nodes('.entity');
      nodes[i % nodes.length].emit('tap');
    }, i),
  (p, i) => p.getByPlaceholder(/Search/).fill(searches[i % searches.length]),
  (p) => p.keyboard.press('Escape'),
  (p) => p.goBack(),
  (p) => p.goForward(),
  () => filters.getByRole('checkbox', { name: /^Reported/ }).click(),
];

await measure('start');
let done = 0;
for (let checkpoint = 100; checkpoint <= total; checkpoint += 300) {
  for (; done < checkpoint; done++) await operations[done % operations.length](page, done).catch(() => undefined);
  await measure(`after ${done}`);
}
await browser.close();
