/**
 * Accessibility: an axe-core scan of each main view finds no serious or critical violation.
 * Every violation is printed (rule, impact, nodes) so a failure says what to fix.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { details, openExplorer } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // One line per failing element: rule, impact and where, which is what a fix needs.
  const found = serious.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
  expect(found).toEqual([]);
}

test('the default view', async ({ page }) => {
  await openExplorer(page);
  await expectNoSeriousViolations(page);
});

test('a node selected, details open', async ({ page }) => {
  await openExplorer(page, './?select=e:kp');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('North Korea');
  await expectNoSeriousViolations(page);
});

test('a relation selected, on a phone (details as a bottom sheet)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page, './?select=r:by-ru-allies');
  await expectNoSeriousViolations(page);
});

test('the list view, filtered and searched', async ({ page }) => {
  await openExplorer(page, './?country=by&q=choe');
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.getByRole('tabpanel', { name: 'List' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('on a phone: the list as cards and a folded notice', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page, './?country=zz');
  await expect(page.getByTestId('notice')).toBeVisible();
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.getByRole('tabpanel', { name: 'List' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the article dialog', async ({ page }) => {
  await openExplorer(page, './?select=r:by-ru-allies');
  await details(page).getByRole('button', { name: 'Show in article' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('a broken link notice and the manual copy popover', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  const page = await context.newPage();
  await openExplorer(page, './?country=zz&from=notadate&select=nope');
  await expect(page.getByTestId('notice')).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('dialog', { name: 'Link to this view' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the error screen', async ({ page }) => {
  await page.goto('./?data=data/missing.json');
  await expect(page.getByRole('heading', { name: /data\/missing\.json/ })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the Export menu, open', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menu', { name: 'Export this view' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('an embedded view at 320 px, a node selected', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 480 });
  await page.goto('./?select=e:kp&embed=1');
  await page.waitForFunction(() => window.__entente?.ready === true);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('North Korea');
  await expectNoSeriousViolations(page);
});
