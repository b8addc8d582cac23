/**
 * Search across everything: a quote word finds the relation it supports (the word marked in the
 * suggestion), a capital finds its country, an article's title makes it the source filter — all
 * from the keyboard.
 */
import { test, expect } from '@playwright/test';
import { countLine, details, openExplorer } from './helpers';

test('a quote word finds its relation, a capital its country, a title its article', async ({ page }, info) => {
  await openExplorer(page, './?data=data/sample/graph.json');
  const box = page.getByRole('combobox', { name: /Search/ });
  await box.fill('banquet');
  const relations = page.getByRole('group', { name: 'Relations, by their quotes' });
  await expect(relations.getByRole('option').first().locator('mark').first()).toHaveText(/banquet/i);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/search-${info.project.name}.png` });
  const options = page.getByRole('listbox').getByRole('option');
  const first = await relations.getByRole('option').first().getAttribute('id');
  const ids = await options.evaluateAll((els) => els.map((e) => e.id));
  for (let i = 0; i < ids.indexOf(first!); i++) await box.press('ArrowDown');
  await box.press('Enter');
  await expect(details(page)).toContainText(/banquet/i);
  await expect(box).toHaveValue('');

  await box.fill('Minsk');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Belarus');
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Belarus');

  await box.fill('vows to expand');
  const articles = page.getByRole('group', { name: 'Articles' });
  await expect(articles.getByRole('option')).toHaveCount(1);
  while ((await box.getAttribute('aria-activedescendant')) !== (await articles.getByRole('option').getAttribute('id'))) await box.press('ArrowDown');
  await box.press('Enter');
  await expect(countLine(page)).toContainText('filtered');
  await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBe('nk-belarus-2024-07-24');
});

test('a misspelt name finds its person, typed or opened from a link (close spellings are fetched on first need)', async ({ page }) => {
  await openExplorer(page, './?q=Lukashenka');
  await expect(countLine(page)).toContainText('1 match');

  await openExplorer(page, './');
  const box = page.getByRole('combobox', { name: /Search/ });
  await box.fill('Ryzhenkof');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Maxim Ryzhenkov');
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Maxim Ryzhenkov');
});
