import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { ensureGenerated, generatedDataParam } from '../scripts/lib/generated';
import { openExplorer } from './helpers';

// A flag is its own chunk, named after its code (assets/ua-<hash>.js).
const CODES = new Set(readdirSync('node_modules/flag-icons/flags/1x1').map((f) => f.slice(0, -'.svg'.length)));
function flagRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /assets\/([a-z-]+?)-[\w-]{8}\.js$/.exec(r.url());
    if (m && CODES.has(m[1])) seen.push(m[1]);
  });
  return seen;
}

test.beforeAll(() => {
  ensureGenerated('M');
});

test('a large graph fetches only the flags on screen, and brings a country’s flag when you zoom to it', async ({ page }) => {
  test.slow();
  const fetched = flagRequests(page);
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  const countries = await page.evaluate(() => window.__entente!.cy.nodes('.country').length);
  expect(countries).toBeGreaterThan(100);
  // The overview draws countries as dots: no flag on the canvas yet.
  expect(await page.evaluate(() => window.__entente!.cy.nodes('.flagged').length)).toBe(0);
  // Only the filter rows in view fetch theirs (the panels render after the first frame: wait for them, however busy the machine).
  await expect.poll(() => fetched.length, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  expect(fetched.length).toBeLessThan(countries / 2);

  const id = await page.evaluate(() => {
    const cy = window.__entente!.cy;
    const node = cy.nodes('.country').first();
    // Centred on the node itself: cy.center() would centre its label box, which the overview's
    // level of detail has made many times the node's size until the next frame.
    const p = node.position();
    cy.viewport({ zoom: 1.2, pan: { x: cy.width() / 2 - 1.2 * p.x, y: cy.height() / 3 - 1.2 * p.y } });
    return node.id();
  });
  await expect.poll(() => page.evaluate((nodeId) => window.__entente!.cy.getElementById(nodeId).hasClass('flagged'), id)).toBe(true);
  expect(await page.evaluate((nodeId) => String(window.__entente!.cy.getElementById(nodeId).data('flag')), id)).toMatch(/^data:image\/svg\+xml/);

  // The last country of the filter list gets its flag once scrolled into view.
  const rows = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Countries' }) }).locator('label');
  expect(await rows.count()).toBe(countries);
  const lastRow = rows.last();
  const lastFlag = lastRow.locator('img[data-flag]');
  await expect(lastFlag).toHaveCount(0);
  await lastRow.scrollIntoViewIfNeeded();
  await expect(lastFlag).toHaveCount(1);
});
