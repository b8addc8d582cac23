import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { GraphSchema } from '../src/model/schema';
import { computeLayout } from '../src/layout/computeLayout';
import { openExplorer } from './helpers';

const graph = GraphSchema.parse(JSON.parse(readFileSync('data/graph.json', 'utf8')));

async function drawnPositions(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__entente!.cy.nodes().forEach((n) => {
      out[n.id()] = n.position();
    });
    return out;
  });
}

/** Scripts the page fetched whose URL names the layout worker. */
function workerRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/layout\.worker/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

test('the seed opens on its precomputed layout, equal to Node’s computeLayout, without downloading the layout worker', async ({ page }) => {
  const expected = await computeLayout(graph);
  const committed = JSON.parse(readFileSync('data/graph.layout.json', 'utf8')) as { positions: unknown };
  expect(committed.positions).toEqual(expected);

  const workers = workerRequests(page);
  await openExplorer(page);
  expect(await drawnPositions(page)).toEqual(expected);
  expect(workers).toEqual([]);

  // A second visit draws the same picture.
  await page.reload();
  await openExplorer(page);
  const again = await page.evaluate(() => window.__entente!.cy.getElementById('e:kp').position());
  expect(again).toEqual(expected['e:kp']);
});

test('without a usable layout file the browser computes the same layout itself, in the worker', async ({ page }) => {
  const expected = await computeLayout(graph);
  const workers = workerRequests(page);
  // Out of date: made for other bytes, and its key no longer matches the graph (as after editing graph.json by hand).
  await page.route('**/data/graph.layout.json', async (route) => {
    const { source: _source, ...file } = JSON.parse(readFileSync('data/graph.layout.json', 'utf8')) as Record<string, unknown>;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...file, key: '0000000000000000' }) });
  });
  await openExplorer(page);
  expect(await drawnPositions(page)).toEqual(expected);
  expect(workers.length).toBeGreaterThan(0);
});

test('a layout file made for the very bytes the browser fetched is used without its key', async ({ page }) => {
  const expected = await computeLayout(graph);
  const workers = workerRequests(page);
  // A key that no longer fits, but the SHA-256 of graph.json's bytes as the CLI wrote it: the page's WebCrypto must agree with Node's.
  await page.route('**/data/graph.layout.json', async (route) => {
    const file = JSON.parse(readFileSync('data/graph.layout.json', 'utf8')) as Record<string, unknown>;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...file, key: '0000000000000000' }) });
  });
  await openExplorer(page);
  expect(await drawnPositions(page)).toEqual(expected);
  expect(workers).toEqual([]);
});
