/**
 * Opened as static files (vite preview, as on a static host), the app has no API to save to:
 * it says it is read-only where editing would be offered, and how to edit, and axe finds
 * nothing serious in that note.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openExplorer } from './helpers';

test('the static build says it is read-only, and how to edit', async ({ page }) => {
  await openExplorer(page);
  const note = page.getByTestId('read-only');
  await expect(note).toBeVisible();
  await expect(note.getByText('Read-only')).toBeVisible();
  await note.getByText('Read-only').click();
  await expect(note.getByText(/nothing can be saved here/)).toBeVisible();
  await expect(note.getByText('npm start')).toBeVisible();
  await page.screenshot({ path: 'test-results/read-only-1280.png' });
  const results = await new AxeBuilder({ page }).include('[data-testid="read-only"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('on a phone the note fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  const note = page.getByTestId('read-only');
  await note.getByText('Read-only').click();
  const box = await note.getByText(/nothing can be saved here/).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/read-only-390.png' });
});
