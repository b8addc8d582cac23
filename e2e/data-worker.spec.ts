/**
 * The data file is fetched, parsed and validated in a Web Worker, off the page's thread; the
 * error screens for broken data (share-broken-data, explorer-errors) go through it too. A page
 * whose worker cannot start still opens: it reads the file itself.
 */
import { test, expect, type Worker } from '@playwright/test';
import { countLine, openExplorer } from './helpers';

const isLoader = (w: Worker) => /loadGraph\.worker/.test(w.url());

test('the data file is read in a worker, which is gone once the graph is shown', async ({ page }) => {
  const loaders: Worker[] = [];
  const closed: Worker[] = [];
  page.on('worker', (w) => {
    if (!isLoader(w)) return;
    loaders.push(w);
    w.on('close', () => closed.push(w));
  });
  await openExplorer(page);
  await expect(countLine(page)).toContainText('14');
  expect(loaders).toHaveLength(1);
  await expect.poll(() => closed.length).toBe(1);
});

test('when the worker cannot start, the page reads the data file itself and says so in the console', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route(/loadGraph\.worker[^/]*\.js$/, (route) => route.abort());
  await openExplorer(page);
  await expect(countLine(page)).toContainText('14');
  expect(warnings.some((w) => /Reading data\/graph\.json in a worker failed/.test(w))).toBe(true);
});

test('when the worker cannot start, broken data still shows the error screen', async ({ page }) => {
  await page.route(/loadGraph\.worker[^/]*\.js$/, (route) => route.abort());
  await page.route('**/data/graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1,' }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: /a problem with data\/graph\.json/ })).toBeVisible();
  await expect(page.getByText(/is not valid JSON/)).toBeVisible();
});
