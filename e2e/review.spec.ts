/**
 * Review, as a person would with the keyboard only, against the real local server on a copy of
 * the data folder: an article the test ships is added, its extracted relations are reviewed
 * (accept one, correct a status, reject one, undo, reject again), and after each step
 * data/curation.json and the graph on the page follow without the page reloading; a restarted
 * server still has every decision; a decision made elsewhere meanwhile is refused with a way to reload.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';

const ROOT = join(import.meta.dirname, '..');
const DATASET = 'data/graph.json';
const ARTICLE = {
  dataset: DATASET,
  title: 'Norway and Chile agree ocean research plan',
  publisher: 'Test Wire',
  url: 'https://news.example/norway-chile-ocean',
  published: '2025-03-04',
  text:
    'OSLO, March 4 -- Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van Klaveren in Oslo on Tuesday.\n\n' +
    'Norway and Chile signed a plan to expand cooperation on fisheries and ocean research, the Norwegian foreign ministry said in a statement.\n\n' +
    "Chile voiced support for Norway's bid to host the ocean conference next year.\n",
};

test.describe.configure({ mode: 'serial' });

let dataRoot: string;
let server: ChildProcess | undefined;
let address: string;

type Entry = { match: string; action: string; reason?: string; set?: Record<string, unknown> };
const curation = (): { relations: Entry[] } => JSON.parse(readFileSync(join(dataRoot, 'curation.json'), 'utf8'));
const graphFile = (): { relations: Array<{ id: string; status: string; origin: string }> } => JSON.parse(readFileSync(join(dataRoot, 'graph.json'), 'utf8'));
const entryFor = (match: string) => curation().relations.find((e) => e.match === match);

async function startServer(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'server', 'main.ts')], { cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ENTENTE_DATA_ROOT: dataRoot } });
  server = child;
  address = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      const m = /listening on (\S+)/.exec(String(d));
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
}

async function stopServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

/** The relation count in the count line ("… 30 of 30 relations"). */
async function relationCount(page: Page): Promise<number> {
  const line = await page.getByTestId('count-line').innerText();
  return Number(/of (\d+) relations?/.exec(line)![1]);
}

const currentRelation = (page: Page) => page.getByTestId('review-card').getAttribute('data-relation');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataRoot = mkdtempSync(join(tmpdir(), 'entente-e2e-review-'));
  cpSync(join(ROOT, 'data'), dataRoot, { recursive: true, filter: (src) => !src.includes(`${join(ROOT, 'data', 'generated')}`) && !/\.entente\.lock/.test(src) });
  await startServer();
  const res = await fetch(`${address}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', origin: address }, body: JSON.stringify(ARTICLE) });
  expect(res.status).toBe(201);
});

test.afterAll(async () => {
  await stopServer();
  rmSync(dataRoot, { recursive: true, force: true });
});

test('review with the keyboard: accept, correct a status, reject, undo; the file and the graph follow; a restart keeps it all', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${address}/`);
  await expect(page.getByTestId('count-line')).toBeVisible();
  // Set on this page: still there at the end means the graph was updated without a reload.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const relationsAtStart = await relationCount(page);

  await page.getByRole('button', { name: 'Review', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Review extracted relations' });
  const progress = dialog.getByTestId('review-progress');
  await expect(progress).toHaveText(/^\d+ of \d+ reviewed$/);
  const [reviewed0, total] = (/^(\d+) of (\d+)/.exec((await progress.innerText()))!).slice(1).map(Number);
  expect(total - reviewed0).toBeGreaterThanOrEqual(3);
  // The sentence is marked inside its paragraph of the article.
  await expect(dialog.locator('mark')).not.toBeEmpty();
  await expect(dialog.locator('blockquote')).toContainText(ARTICLE.text.split('\n')[0].slice(0, 20));
  await page.screenshot({ path: 'test-results/review-1280.png' });
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // A: accepted as extracted.
  const first = (await currentRelation(page))!;
  await page.keyboard.press('a');
  await expect(progress).toHaveText(`${reviewed0 + 1} of ${total} reviewed`);
  expect(entryFor(first)).toMatchObject({ action: 'edit', reason: expect.stringMatching(/^accepted in review on \d{4}-\d{2}-\d{2}$/) });
  expect(entryFor(first)!.set).toBeUndefined();
  expect(graphFile().relations.find((r) => r.id === first)?.origin).toBe('extracted');

  // S then A: the status is corrected; the rebuilt graph has it.
  const second = (await currentRelation(page))!;
  expect(second).not.toBe(first);
  const statusBefore = graphFile().relations.find((r) => r.id === second)!.status;
  await page.keyboard.press('s');
  await expect(dialog.getByTestId('review-status')).toContainText(/\(was /);
  await page.keyboard.press('a');
  await expect(progress).toHaveText(`${reviewed0 + 2} of ${total} reviewed`);
  const corrected = entryFor(second)!;
  expect(corrected.action).toBe('edit');
  expect(corrected.set!.status).not.toBe(statusBefore);
  expect(graphFile().relations.find((r) => r.id === second)).toMatchObject({ status: corrected.set!.status, origin: 'curated' });

  // R: rejected; the count line loses the relation without a reload.
  const third = (await currentRelation(page))!;
  await page.keyboard.press('r');
  await expect(progress).toHaveText(`${reviewed0 + 3} of ${total} reviewed`);
  expect(entryFor(third)).toMatchObject({ action: 'reject' });
  expect(graphFile().relations.some((r) => r.id === third)).toBe(false);
  await expect.poll(() => relationCount(page)).toBe(relationsAtStart - 1);

  // U: the rejection is taken back, in the file and in the graph, and the relation is shown again.
  await page.keyboard.press('u');
  await expect(progress).toHaveText(`${reviewed0 + 2} of ${total} reviewed`);
  expect(entryFor(third)).toBeUndefined();
  await expect.poll(() => relationCount(page)).toBe(relationsAtStart);
  expect(await currentRelation(page)).toBe(third);
  await page.keyboard.press('r');
  await expect(progress).toHaveText(`${reviewed0 + 3} of ${total} reviewed`);
  await expect.poll(() => relationCount(page)).toBe(relationsAtStart - 1);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(errors).toEqual([]);

  // A restarted server reads the same decisions: the same progress, the same graph.
  await stopServer();
  await startServer();
  await page.goto(`${address}/`);
  await expect.poll(() => relationCount(page)).toBe(relationsAtStart - 1);
  await page.getByRole('button', { name: 'Review', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(progress).toHaveText(`${reviewed0 + 3} of ${total} reviewed`);
  expect([first, second, third].map((id) => entryFor(id)?.action)).toEqual(['edit', 'edit', 'reject']);

  // The details of the corrected relation, opened by its deep link, say it was curated and what changed.
  await page.goto(`${address}/?select=r:${second}`);
  await expect(page.getByTestId('curated-changes')).toHaveText(/^Curated: status set to \w+\.$/);
  await page.screenshot({ path: 'test-results/review-provenance-1280.png' });
});

test('a decision made elsewhere meanwhile is refused, and the page offers to reload', async ({ page }) => {
  await page.goto(`${address}/`);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Review extracted relations' });
  await expect(dialog.getByTestId('review-progress')).toHaveText(/reviewed/);
  const match = (await currentRelation(page))!;
  // Another tab decides about the same relation first.
  const { version } = (await (await fetch(`${address}/api/curation?dataset=${DATASET}`)).json()) as { version: string };
  const other = await fetch(`${address}/api/curation/decisions?dataset=${DATASET}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: address },
    body: JSON.stringify({ version, decision: { match, action: 'reject' } }),
  });
  expect(other.status).toBe(200);
  const before = readFileSync(join(dataRoot, 'curation.json'), 'utf8');
  await page.keyboard.press('a');
  await expect(dialog.getByRole('alert')).toContainText('This decision was not saved');
  expect(readFileSync(join(dataRoot, 'curation.json'), 'utf8')).toBe(before);
  await dialog.getByRole('button', { name: 'Reload the page' }).click();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByTestId('review-card')).not.toHaveAttribute('data-relation', match);
});

test('on a phone the review fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${address}/`);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Review extracted relations' });
  await expect(dialog.getByTestId('review-progress')).toHaveText(/reviewed/);
  const box = await dialog.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/review-390.png' });
});
