/**
 * Keyboard only (issue 12): from page load to a quote by way of the canvas, counting every key
 * press; focus going into the reader and back; the list's chosen row leading to its details.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { details, openExplorer } from './helpers';

/** Presses keys and counts them, so the test can hold the journey to a budget. */
function keyboard(page: Page) {
  let presses = 0;
  return {
    press: async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    },
    get presses() {
      return presses;
    },
  };
}

const announcer = (page: Page) => page.getByTestId('graph-announcer');

test('a quote read with the keyboard alone, from page load, in at most 15 key presses', async ({ page }) => {
  await openExplorer(page);
  const keys = keyboard(page);

  await keys.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to graph' })).toBeFocused();
  await keys.press('Enter');
  const canvas = page.getByRole('application', { name: /Relations graph/ });
  await expect(canvas).toBeFocused();
  // The walk starts at the centre of the story and says where it is.
  await expect(announcer(page)).toHaveText(/^[^—]+, country, \d+ relations$/);

  // Toward the right, from a country to one of its relations.
  await keys.press('ArrowRight');
  await expect(announcer(page)).toHaveText(/ — .+, .+ — .+ \(\d+ sources?\)$/);
  const relation = await announcer(page).textContent();
  // The focus ring is on the canvas element the announcement names.
  expect(await page.evaluate(() => window.__entente!.cy.$('.keyfocus').length)).toBeGreaterThan(0);

  await keys.press('Enter');
  const quote = details(page).locator('blockquote').first();
  await expect(quote).toBeVisible();
  await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
  expect(relation).toContain(' — ');
  // Focus stays on the graph, so the walk goes on from here.
  await expect(canvas).toBeFocused();

  // Back to a participant, and Escape clears the selection.
  await keys.press('ArrowLeft');
  await expect(announcer(page)).toHaveText(/, (country|person|organization|bloc|place), \d+ relations?$/);
  await keys.press('Escape');
  await expect(details(page).getByRole('heading', { name: 'Nothing selected' })).toBeVisible();

  expect(keys.presses).toBeLessThanOrEqual(15);
});

test('arrow keys only walk to neighbours, and the DOM mirrors only the focused element and those', async ({ page }) => {
  await openExplorer(page, './?select=e:by');
  await page.getByRole('link', { name: 'Skip to graph' }).focus();
  await page.keyboard.press('Enter');
  await expect(announcer(page)).toHaveText(/^Belarus, country, \d+ relations$/);
  const count = Number((await announcer(page).textContent())!.match(/(\d+) relations/)![1]);
  // Only the focused node's relations are mirrored, outside the tab order.
  const mirrored = page.getByRole('list', { name: 'Its relations' }).getByRole('button');
  await expect(mirrored).toHaveCount(count);
  for (const b of await mirrored.all()) await expect(b).toHaveAttribute('tabindex', '-1');
  for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
    await page.keyboard.press(key);
    await expect(announcer(page)).toContainText('Belarus');
    await page.keyboard.press(key === 'ArrowUp' ? 'ArrowDown' : key === 'ArrowDown' ? 'ArrowUp' : key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft');
  }
});

test('the reader takes focus to its title and gives it back to the button that opened it', async ({ page }) => {
  await openExplorer(page, './?select=r:by-ru-allies');
  const opener = details(page).getByRole('button', { name: 'Show in article' }).first();
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Graph and List come before the filters; the chosen list row leads straight to its details', async ({ page }) => {
  await openExplorer(page);
  // Skip links, then the header's controls, then the tabs: no filter checkbox on the way.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const role = await page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName);
    expect(await page.evaluate(() => !!document.activeElement?.closest('[aria-label="Filters and legend"]'))).toBe(false);
    if (role === 'tab') break;
  }
  await expect(page.getByRole('tab', { name: 'Graph' })).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'List' })).toBeFocused();
  const row = page.getByRole('tabpanel', { name: 'List' }).getByRole('button', { name: 'Belarus', exact: true });
  await row.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Go to details' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details(page)).toBeFocused();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Belarus');
});

test('axe finds nothing serious with the keyboard walk on the canvas', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('link', { name: 'Skip to graph' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).not.toBeEmpty();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
