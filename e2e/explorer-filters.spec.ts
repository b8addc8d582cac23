import { test, expect } from '@playwright/test';
import { countLine, details, filters, openExplorer } from './helpers';

test('country filter: the country, what belongs to it, its relations and their other participants', async ({ page }) => {
  await openExplorer(page);
  await filters(page).getByRole('checkbox', { name: 'Ukraine' }).check();
  await expect(countLine(page)).toContainText('2 of 14 entities, 1 of 24 relations');
  await page.getByRole('tab', { name: 'List' }).click();
  const entities = page.getByRole('table', { name: /Countries, people/ });
  await expect(entities.getByRole('button')).toHaveText(['Russia', 'Ukraine']);

  await filters(page).getByRole('checkbox', { name: 'Belarus' }).check();
  // Belarus brings Lukashenko and Ryzhenkov, everyone they deal with, and the three-way relations.
  await expect(countLine(page)).toContainText('10 of 14 entities, 17 of 24 relations');
  await expect(entities.getByRole('button', { name: 'Maxim Ryzhenkov' })).toBeVisible();
  await expect(entities.getByRole('button', { name: 'Hyun Seung-soo' })).toHaveCount(0);
});

test('date filter: overlap at the data\'s precision, undated kept unless switched off', async ({ page }) => {
  await openExplorer(page);
  await filters(page).getByLabel('From').fill('2024-07');
  await filters(page).getByLabel('To').fill('2024-07');
  await expect(countLine(page)).toContainText('14 of 14 entities, 22 of 24 relations');
  await filters(page).getByRole('checkbox', { name: /Include relations without a date/ }).uncheck();
  await expect(countLine(page)).toContainText('9 of 14 entities, 7 of 24 relations');
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.getByRole('button', { name: 'Lukashenko met Putin in September 2023.' })).toHaveCount(0);

  // September 2023 as a month overlaps a range that ends on its last day.
  await filters(page).getByLabel('From').fill('2023');
  await filters(page).getByLabel('To').fill('2023-09-30');
  await expect(page.getByRole('button', { name: 'Lukashenko met Putin in September 2023.' })).toBeVisible();

  await filters(page).getByLabel('To').fill('2023-13');
  await filters(page).getByLabel('To').press('Tab');
  await expect(filters(page).getByText('Use YYYY, YYYY-MM or YYYY-MM-DD')).toBeVisible();
});

test('kind and status filters', async ({ page }) => {
  await openExplorer(page);
  for (const kind of ['Cooperation', 'Alliance', 'Support', 'Conflict', 'Office held']) {
    await filters(page).getByRole('checkbox', { name: new RegExp(`^${kind}`) }).uncheck();
  }
  await expect(countLine(page)).toContainText('9 of 14 entities, 5 of 24 relations');
  await filters(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(countLine(page)).toContainText('14 of 14 entities, 24 of 24 relations');

  for (const status of ['Reported', 'Intent', 'Proposed', 'Denied']) {
    await filters(page).getByRole('checkbox', { name: new RegExp(`^${status}`) }).uncheck();
  }
  await expect(countLine(page)).toContainText('5 of 14 entities, 1 of 24 relations');
  const hidden = await page.evaluate(() => window.__entente!.cy.edges('.kind-conflict').filter(':visible').length === 0);
  expect(hidden).toBe(true);
  await filters(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(countLine(page)).toContainText('14 of 14 entities, 24 of 24 relations');
  await expect(filters(page).getByRole('button', { name: 'Clear filters' })).toBeDisabled();
});

test('search by alias with the keyboard', async ({ page }) => {
  await openExplorer(page);
  const box = page.getByRole('combobox', { name: /Search/ });
  await box.fill('Pyeongyang');
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option').first()).toContainText('North Korea');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(countLine(page)).toContainText('1 match');
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('North Korea');
  await expect(box).toHaveValue('');

  await box.fill('choe');
  await expect(list.getByRole('option').first()).toContainText('Choe Son-hui');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Choe Son-hui');

  await box.fill('nk');
  await expect(list.getByRole('option').first()).toContainText('North Korea');
  await box.press('Escape');
  await box.press('Escape');
  await expect(box).toHaveValue('');
});
