/**
 * The filters and the legend arrive after the graph's first frame (their code is fetched then).
 * While the filters' code is still on its way, the left column must not show the legend alone:
 * a column that scrolls with nothing in it to focus fails axe's scrollable-region-focusable.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openExplorer } from './helpers';

test('while the filters are on their way, the column holds nothing a keyboard cannot reach', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/FiltersPanel-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openExplorer(page);
  const column = page.getByRole('complementary', { name: 'Filters and legend' });
  await page.waitForTimeout(1000);
  // The legend's code is in by now; it waits for the filters' to show with them.
  await expect(column.getByRole('checkbox')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).include('aside[aria-label="Filters and legend"]').withRules(['scrollable-region-focusable']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  release();
  await expect(column.getByRole('checkbox', { name: 'Belarus' })).toBeVisible();
  await expect(column.getByRole('heading', { name: 'Legend' })).toBeVisible();
});
