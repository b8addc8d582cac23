/**
 * A large graph (L: 5,000 entities, 15,000 relations) is searched in a Web Worker, off the
 * page's thread: typing still lists entities, quotes and articles, marks the quote word, and
 * emphasises the matches on the canvas. The seed is searched on the page, without a worker.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ensureGenerated, generatedDataParam } from '../scripts/lib/generated';
import { details, openExplorer } from './helpers';
import type { Graph } from '../src/model/schema';

const searchWorkers = (page: Page) => {
  const started: string[] = [];
  page.on('worker', (w) => {
    if (/search\.worker/.test(w.url())) started.push(w.url());
  });
  return started;
};

let graph: Graph;
test.beforeAll(() => {
  graph = JSON.parse(readFileSync(ensureGenerated('L'), 'utf8')) as Graph;
});

test('a large graph is searched in a worker: entities, quote words and the canvas follow the typing', async ({ page }) => {
  test.slow();
  const started = searchWorkers(page);
  await openExplorer(page, `./?data=${generatedDataParam('L')}`);
  const box = page.getByRole('combobox', { name: /Search/ });

  // A word of the last relation's quote: the worker has it only once every slice has reached it.
  const last = graph.relations.at(-1)!;
  const word = last.evidence[0].quote.match(/\p{L}{6,}/u)![0];
  await box.fill(word);
  const relations = page.getByRole('group', { name: 'Relations, by their quotes' });
  await expect(relations.getByRole('option').first().locator('mark').first()).toHaveText(new RegExp(word, 'i'));
  expect(started).toHaveLength(1);

  // A country by name: emphasised on the overview's map.
  const country = graph.entities.find((e) => e.kind === 'country' && e.name.length > 6)!;
  await box.fill(country.name);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(country.name);
  await expect.poll(() => page.evaluate((id) => window.__entente!.cy.getElementById(`e:${id}`).hasClass('match'), country.id)).toBe(true);

  // A person by name: listed, and chosen with Enter.
  const person = graph.entities.find((e) => e.kind === 'person' && graph.relations.some((r) => r.participants.includes(e.id)))!;
  await box.fill(person.name);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(person.name);
  await expect(page.getByRole('listbox')).toHaveAttribute('aria-busy', 'false');
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(person.name);
  await expect(box).toHaveValue('');
  await expect.poll(() => page.evaluate(() => window.__entente!.cy.nodes('.match').length)).toBe(0);
});

test('the seed is searched on the page, without a worker', async ({ page }) => {
  const started = searchWorkers(page);
  await openExplorer(page);
  await page.getByRole('combobox', { name: /Search/ }).fill('Minsk');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Belarus');
  expect(started).toHaveLength(0);
});
