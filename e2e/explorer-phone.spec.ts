import { test, expect } from '@playwright/test';
import { clickGraphElement, details, openExplorer } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('on a phone, filters fold away and a selection opens as a sheet with its quote', async ({ page }) => {
  await openExplorer(page);
  const filtersToggle = page.getByRole('button', { name: /^Filters/ });
  await expect(filtersToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: 'Ukraine' })).toBeHidden();
  await filtersToggle.click();
  await expect(page.getByRole('checkbox', { name: 'Ukraine' })).toBeVisible();
  await filtersToggle.click();

  await clickGraphElement(page, 'r:by-ru-allies');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Belarus is considered one of Russia\'s strong allies.');
  await expect(details(page).getByText('“is considered one of Russia\'s strong allies”')).toBeInViewport();
});
