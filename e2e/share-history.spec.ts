/** Back and forward step through the exploration; typing is one step, not one per key. */
import { test, expect } from '@playwright/test';
import { countLine, details, filters, openExplorer, screenPoint } from './helpers';

const search = (page: import('@playwright/test').Page) => new URL(page.url()).search;

test('back and forward step through filter changes', async ({ page }) => {
  await openExplorer(page);
  const all = (await countLine(page).textContent())!;
  const belarus = filters(page).getByRole('checkbox', { name: 'Belarus' });
  const ukraine = filters(page).getByRole('checkbox', { name: 'Ukraine' });

  await belarus.check();
  await expect(page).toHaveURL(/\?country=by$/);
  const byOnly = (await countLine(page).textContent())!;
  await ukraine.check();
  await expect(page).toHaveURL(/\?country=by,ua$/);
  await filters(page).getByRole('checkbox', { name: /Forecast/ }).uncheck();
  await expect(page).toHaveURL(/\?country=by,ua&status=reported,intent,proposed,denied$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?country=by,ua$/);
  await expect(filters(page).getByRole('checkbox', { name: /Forecast/ })).toBeChecked();
  await page.goBack();
  await expect(ukraine).not.toBeChecked();
  await expect(belarus).toBeChecked();
  await expect(countLine(page)).toHaveText(byOnly);
  await page.goBack();
  await expect(belarus).not.toBeChecked();
  await expect(countLine(page)).toHaveText(all);
  expect(search(page)).toBe('');

  await page.goForward();
  await expect(belarus).toBeChecked();
  await page.goForward();
  await expect(ukraine).toBeChecked();
  await expect(page).toHaveURL(/\?country=by,ua$/);
});

test('a selection is a step; typing a search is one step, not one per key', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Belarus' }).first().click();
  await expect(page).toHaveURL(/\?select=e:by$/);

  const box = page.getByRole('combobox', { name: /Search/ });
  await box.pressSequentially('lukash', { delay: 30 });
  await expect(page).toHaveURL(/\?q=lukash&select=e:by$/);
  await box.blur();

  await page.goBack();
  await expect(box).toHaveValue('');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Belarus');
  await page.goBack();
  expect(search(page)).toBe('');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Nothing selected');
  await page.goForward();
  await page.goForward();
  await expect(box).toHaveValue('lukash');
});

test('back undoes a drag: the node returns to where the layout put it', async ({ page }) => {
  await openExplorer(page);
  const position = () => page.evaluate(() => window.__entente!.cy.getElementById('e:ua').position());
  const before = await position();
  const start = await screenPoint(page, 'e:ua');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 80, start.y + 50, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\?pos=ua:-?\d+,-?\d+$/);
  const moved = await position();
  expect(moved).not.toEqual(before);

  await page.goBack();
  await expect.poll(position).toEqual(before);
  await page.goForward();
  await expect.poll(async () => {
    const p = await position();
    return [Math.round(p.x), Math.round(p.y)];
  }).toEqual([Math.round(moved.x), Math.round(moved.y)]);
});
