import { test, expect } from '@playwright/test';

test('broken data shows an error screen naming the file and each offending path', async ({ page }) => {
  await page.route('**/data/graph.json', async (route) => {
    const res = await route.fetch();
    const graph = await res.json();
    graph.relations[0].participants[1] = 'nobody';
    graph.relations[1].evidence[0].quote = 'not what the article says';
    await route.fulfill({ response: res, json: graph });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: /problems with data\/graph\.json/ })).toBeVisible();
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('relations[0].participants[1]');
  await expect(problems).toContainText('unknown entity id "nobody"');
  await expect(problems).toContainText('relations[1].evidence[0].quote');
});

test('data that is not JSON is reported, not a blank page', async ({ page }) => {
  await page.route('**/data/graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1,' }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: /a problem with data\/graph\.json/ })).toBeVisible();
  await expect(page.getByText(/is not valid JSON/)).toBeVisible();
});
