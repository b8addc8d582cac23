/**
 * Regenerates the README screenshots: `SCREENSHOTS=1 npm run test:e2e -- screenshots`.
 * Skipped otherwise — pictures are for people to look at, not assertions.
 */
import { test } from '@playwright/test';
import { clickGraphElement, openExplorer } from './helpers';
import { ensureGenerated, generatedDataParam } from '../scripts/lib/generated';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to regenerate docs/screenshots');

test('desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openExplorer(page);
  await clickGraphElement(page, 'r:choe-hosts-ryzhenkov-banquet');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshots/desktop.png' });
});

test('phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshots/phone.png' });
});

test('review', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The static build: Review keeps decisions in the page (with npm start it saves them at once).
  await openExplorer(page, './?data=data/sample/graph.json');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByTestId('review-card').waitFor();
  await page.keyboard.press('s');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshots/review-desktop.png' });
});

test('world overview', async ({ page }) => {
  test.slow();
  ensureGenerated('L');
  await page.setViewportSize({ width: 1280, height: 800 });
  await openExplorer(page, `./?data=${generatedDataParam('L')}`);
  await page.getByTestId('overview-note').waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshots/overview-desktop.png' });
});
