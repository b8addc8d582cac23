/**
 * Where the data file is read: a large one in a Web Worker, off the page's thread; a small one
 * (the seed) on the page, where it takes milliseconds while a worker would take longer to start.
 * A page whose worker cannot start still opens: it reads the file itself, and broken data
 * still reaches the error screen.
 */
import { test, expect, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ensureGenerated, generatedDataParam } from '../scripts/lib/generated';
import { countLine, openExplorer } from './helpers';

const isLoader = (w: Worker) => /loadGraph\.worker/.test(w.url());

function watchLoaders(page: Page) {
  const started: Worker[] = [];
  const closed: Worker[] = [];
  page.on('worker', (w) => {
    if (!isLoader(w)) return;
    started.push(w);
    w.on('close', () => closed.push(w));
  });
  return { started, closed };
}

let mEntities: number;
test.beforeAll(() => {
  mEntities = (JSON.parse(readFileSync(ensureGenerated('M'), 'utf8')) as { entities: unknown[] }).entities.length;
});

test('the seed is read on the page, without starting a worker', async ({ page }) => {
  const loaders = watchLoaders(page);
  await openExplorer(page);
  await expect(countLine(page)).toContainText('14');
  expect(loaders.started).toHaveLength(0);
});

test('a large data file is read in a worker, which is gone once the graph is shown', async ({ page }) => {
  test.slow();
  const loaders = watchLoaders(page);
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  await expect(countLine(page)).toContainText(`${mEntities} of`);
  expect(loaders.started).toHaveLength(1);
  await expect.poll(() => loaders.closed.length).toBe(1);
});

test('when the worker cannot start, the page reads the data file itself and says so in the console', async ({ page }) => {
  test.slow();
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route(/loadGraph\.worker[^/]*\.js$/, (route) => route.abort());
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  await expect(countLine(page)).toContainText(`${mEntities} of`);
  expect(warnings.some((w) => /Reading data\/generated\/M\.json in a worker failed/.test(w))).toBe(true);
});

test('when the worker cannot start, broken data still shows the error screen', async ({ page }) => {
  await page.route(/loadGraph\.worker[^/]*\.js$/, (route) => route.abort());
  // Large enough to go to the worker: the broken start of a file, then a quarter megabyte of spaces.
  await page.route('**/data/graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1,' + ' '.repeat(300_000) }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: /a problem with data\/graph\.json/ })).toBeVisible();
  await expect(page.getByText(/is not valid JSON/)).toBeVisible();
});
