/**
 * A link to broken data (?data=…) shows the error screen naming the file and the offending
 * path. The broken files live in e2e/fixtures/ and are served through page.route, so the real
 * data folder stays clean.
 */
import { test, expect, type Page } from '@playwright/test';

async function openFixture(page: Page, name: string) {
  await page.route(`**/data/fixtures/${name}`, (route) => route.fulfill({ path: `e2e/fixtures/${name}`, contentType: 'application/json' }));
  await page.goto(`./?data=data/fixtures/${name}`);
}

const problems = (page: Page) => page.getByRole('list', { name: 'Problems' });

test('a missing data file', async ({ page }) => {
  await page.goto('./?data=data/missing.json');
  await expect(page.getByRole('heading', { name: 'Entente could not find the data file data/missing.json.' })).toBeVisible();
  // The technical details are there, folded away.
  await page.getByText(/^Details for whoever looks after the data/).click();
  await expect(problems(page)).toContainText('does not exist');
  // The address keeps the file, so the link can be fixed or reported.
  expect(new URL(page.url()).search).toBe('?data=data/missing.json');
  // And there is a way back.
  await page.getByRole('link', { name: 'Open the default graph' }).click();
  await expect(page.getByTestId('count-line')).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});

const cases: Array<[string, string, RegExp | string]> = [
  ['invalid-json.json', '(root)', /is not valid JSON/],
  ['schema-failure.json', 'relations[0].kind', 'relations[0].summary'],
  ['dangling-id.json', 'relations[0].participants[1]', 'unknown entity id "atlantis"'],
  ['mismatched-quote.json', 'relations[0].evidence[0].quote', /does not match the article text at 0–43/],
];

for (const [file, path, message] of cases) {
  test(`broken data: ${file}`, async ({ page }) => {
    await openFixture(page, file);
    await expect(page.getByRole('heading', { name: new RegExp(`data/fixtures/${file.replace('.', '\\.')}`) })).toBeVisible();
    await expect(problems(page)).toContainText(path);
    await expect(problems(page)).toContainText(message);
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });
}
