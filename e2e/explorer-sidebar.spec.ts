import { test, expect } from '@playwright/test';
import { details, openExplorer } from './helpers';

async function selectRelationInList(page: import('@playwright/test').Page, summary: string | RegExp) {
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('table', { name: /Relations shown/ }).getByRole('button', { name: summary }).click();
}

test('a relation shows kind, status, date as resolved and as worded, caveats, origin and quotes', async ({ page }) => {
  await openExplorer(page);
  await selectRelationInList(page, /photo caption shows Ryzhenkov/);
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('A photo caption shows Ryzhenkov shaking hands with his North Korean counterpart in Pyongyang.');
  await expect(panel.getByText('Meeting', { exact: true })).toBeVisible();
  await expect(panel.getByText('Reported', { exact: true })).toBeVisible();
  await expect(panel.getByText('22 July 2024', { exact: true })).toBeVisible();
  await expect(panel.getByText('“July 22”')).toBeVisible();
  const caveats = panel.getByRole('region', { name: 'Caveats' });
  await expect(caveats).toContainText('disagrees with the body\'s "Tuesday night"');
  // Captions never produce relations on their own: a curator added this one, with its quote, in data/curation.json.
  await expect(panel.getByText(/^Manual/)).toBeVisible();
  await expect(panel.getByText(/“Belarusian Foreign Minister Maxim Vladimirovich Ryzhenkov shakes hands/)).toBeVisible();
  await expect(panel.getByText('— Korean Central News Agency')).toBeVisible();
});

test('"show in article" opens the article with the quote highlighted and in view', async ({ page }) => {
  await openExplorer(page);
  await selectRelationInList(page, 'Belarus is considered one of Russia\'s strong allies.');
  await details(page).getByRole('button', { name: 'Show in article' }).click();
  const dialog = page.getByRole('dialog', { name: /NK's top diplomat vows/ });
  await expect(dialog).toBeVisible();
  const mark = dialog.locator('mark');
  await expect(mark).toHaveText('is considered one of Russia\'s strong allies');
  await expect(mark).toBeInViewport();
  // The whole article is there, not just the quote.
  await expect(dialog.getByTestId('article-text')).toContainText('Top 10 Stories');
  // Page furniture is greyed and labelled as such, not shown as the story; the text is unchanged.
  await expect(dialog.locator('[data-set-apart="page furniture"]', { hasText: 'Top 10 Stories' })).toBeVisible();
  await expect(dialog.locator('[data-set-apart]', { hasText: 'is considered one of' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/reader-1280.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a quote late in the article is scrolled into view', async ({ page }) => {
  await openExplorer(page);
  // The agriculture forecast is one of the quotes of the one trilateral-cooperation forecast claim.
  await selectRelationInList(page, /Experts expect Ryzhenkov's trip to centre on building trilateral cooperation/);
  await details(page).getByRole('listitem').filter({ hasText: 'agriculture' }).getByRole('button', { name: 'Show in article' }).click();
  const mark = page.getByRole('dialog').locator('mark');
  await expect(mark).toContainText('agriculture sector');
  await expect(mark).toBeInViewport();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('an undated relation says so; a person lists relations grouped by kind', async ({ page }) => {
  await openExplorer(page);
  await selectRelationInList(page, /did not elaborate on a bilateral meeting/);
  await expect(details(page).getByText('Not dated by the source')).toBeVisible();

  await page.getByRole('table', { name: /Countries, people/ }).getByRole('button', { name: 'Alexander Lukashenko' }).click();
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Alexander Lukashenko');
  await expect(panel.getByText('President', { exact: false }).first()).toBeVisible();
  await expect(panel.getByRole('heading', { name: /^Meeting/ })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /^Office held/ })).toBeVisible();
  await panel.getByRole('button', { name: /Lukashenko met Putin/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Lukashenko met Putin in September 2023.');
});

test('data is rendered as text, never as HTML', async ({ page }) => {
  await page.route('**/data/graph.json', async (route) => {
    const res = await route.fetch();
    const graph = await res.json();
    graph.entities[0].name = '<img src=x onerror="window.__pwned=1">North Korea';
    await route.fulfill({ json: graph }); // not res.headers(): its Content-Length is the original file's
  });
  await openExplorer(page);
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.getByRole('button', { name: '<img src=x onerror="window.__pwned=1">North Korea' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
