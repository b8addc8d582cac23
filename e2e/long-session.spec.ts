/**
 * A long session keeps nothing it does not need (issue 15, item 11). Repeated cycles of mixed
 * operations — filters, search, selecting a node, the list and graph tabs, Back and Forward —
 * must not add event listeners, detached DOM elements or network requests per operation. Each
 * measure is taken at the same view, so what differs is what the session kept, not what it shows.
 * bench/heap.ts runs the same cycle for longer and prints the heap.
 */
import { test, expect, type Page, type CDPSession } from '@playwright/test';
import { filters, openExplorer } from './helpers';

const COUNTRIES = ['Ukraine', 'Belarus', 'Russia', 'North Korea'];
const SEARCHES = ['kim', 'rus', '', 'bel'];

const OPERATIONS: Array<(page: Page, i: number) => Promise<unknown>> = [
  (page, i) => filters(page).getByRole('checkbox', { name: COUNTRIES[i % COUNTRIES.length] }).click(),
  (page) => page.getByRole('tab', { name: 'List' }).click(),
  (page) => page.getByRole('tab', { name: 'Graph' }).click(),
  (page, i) =>
    page.evaluate((i) => {
      const nodes = window.__entente!.cy.nodes('.entity');
      nodes[i % nodes.length].emit('tap');
    }, i),
  (page, i) => page.getByPlaceholder(/Search/).fill(SEARCHES[i % SEARCHES.length]),
  (page) => page.keyboard.press('Escape'),
  (page) => page.goBack(),
  (page) => page.goForward(),
  (page) => filters(page).getByRole('checkbox', { name: /^Reported/ }).click(),
];

async function run(page: Page, from: number, count: number) {
  for (let i = from; i < from + count; i++) await OPERATIONS[i % OPERATIONS.length](page, i);
}

/** Back to the default view on the graph tab, as a Back to the bare address would. */
async function resetView(page: Page) {
  await page.getByRole('tab', { name: 'Graph' }).click();
  await page.evaluate(() => {
    history.pushState(null, '', location.pathname);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByPlaceholder(/Search/).fill('');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

/** Detached DOM elements the heap holds after a full collection (Cytoscape keeps a few canvases and images on purpose). */
async function detachedElements(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.meta.node_fields;
  const [width, name, detachedness] = [fields.length, fields.indexOf('name'), fields.indexOf('detachedness')];
  let count = 0;
  for (let i = 0; i < nodes.length; i += width) if (nodes[i + detachedness] === 2 && strings[nodes[i + name]].startsWith('<')) count++;
  return count;
}

async function counters(page: Page, cdp: CDPSession) {
  await resetView(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { jsEventListeners, nodes } = await cdp.send('Memory.getDOMCounters');
  return { listeners: jsEventListeners, domNodes: nodes, detached: await detachedElements(cdp) };
}

test('a long session of mixed operations adds no listeners, detached elements or requests', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  page.setDefaultTimeout(5000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(baseURL!)) requested.push(request.url());
  });
  await openExplorer(page);
  await run(page, 0, 2 * OPERATIONS.length); // everything lazy has loaded, every path has run once
  const before = await counters(page, cdp);

  const fetchedBefore = new Set(requested);
  const fetchedAt = requested.length;
  await run(page, 2 * OPERATIONS.length, 8 * OPERATIONS.length);
  const after = await counters(page, cdp);

  // Filters, search, tabs and history change only the view: nothing is fetched twice (a text first
  // read by the reader may be fetched once). A linked page icon was fetched again at every URL write.
  const again = requested.slice(fetchedAt).filter((url, i, all) => fetchedBefore.has(url) || all.indexOf(url) !== i);
  expect(again).toEqual([]);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners);
  expect(after.detached).toBeLessThanOrEqual(before.detached);
  expect(after.domNodes).toBeLessThanOrEqual(before.domNodes + 20);
});
