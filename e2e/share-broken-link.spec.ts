/** A broken link still opens the app, and says what it could not use. */
import { test, expect } from '@playwright/test';
import { countLine, filters, openExplorer } from './helpers';

test('the notice for a broken link lists what was ignored, can be dismissed, and the app works', async ({ page }) => {
  await openExplorer(page, './?country=zz&from=notadate&select=nope&kind=meeting&colour=red');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Parts of this link could not be used and were ignored');
  const items = notice.getByRole('listitem');
  await expect(items).toHaveText([
    'This link had a part Entente does not use (colour=red), so it was ignored.',
    'This link named a country that is not in the data (zz), so it was left out.',
    /^This link gave a date that could not be read \(notadate\)/,
    /^This link's selection could not be read \(nope\)/,
  ]);

  // What was valid applies, and the address now says only that.
  await expect(filters(page).getByRole('checkbox', { name: /^Meeting/ })).toBeChecked();
  await expect(filters(page).getByRole('checkbox', { name: /^Cooperation/ })).not.toBeChecked();
  await expect(page).toHaveURL(/\?kind=meeting$/);

  // Dismiss from the keyboard.
  const dismiss = page.getByRole('button', { name: /Dismiss notice/ });
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);

  await filters(page).getByRole('checkbox', { name: 'Belarus' }).check();
  await expect(page).toHaveURL(/\?country=by&kind=meeting$/);
  await expect(countLine(page)).toContainText('filtered');
});

test('a refused data path is reported and the seed opens instead', async ({ page }) => {
  await openExplorer(page, './?data=../package.json');
  await expect(page.getByTestId('notice')).toContainText('This link asked for a data file that cannot be opened here (../package.json), so the default graph is shown.');
  await expect(countLine(page)).toContainText('of 14 entities');
  expect(new URL(page.url()).search).toBe('');
});
