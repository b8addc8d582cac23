import { test, expect } from '@playwright/test';

test('the app loads the seed data', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('Choe Son-hui').first()).toBeVisible();
});
