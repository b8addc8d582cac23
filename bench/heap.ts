/**
 * `npx tsx bench/heap.ts [url] [operations]`: the JS heap and DOM counters of a long session.
 * Opens the app (default http://localhost:4173/, i.e. `npm start`), runs a fixed cycle of mixed
 * operations (country filter, status filter, list and graph tabs, selecting a node, search,
 * Escape, Back, Forward), and after 100 and every 300 more prints the heap after a full GC
 * (CDP Runtime.getHeapUsage) and the DOM node and listener counts (Memory.getDOMCounters).
 * Not part of npm test: 1,500 operations take several minutes. Findings: docs/security.md.
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

async function measure(label: string): Promise<void> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  console.log(`${label.padEnd(12)} heap ${(heap.usedSize / 1e6).toFixed(2)} MB  DOM nodes ${dom.nodes}  listeners ${dom.jsEventListeners}`);
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
  await page.getByRole('tab', { name: 'Graph' }).click().catch(() => undefined);
  await measure(`after ${done}`);
}
await browser.close();
