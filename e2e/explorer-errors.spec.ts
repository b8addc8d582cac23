import { test, expect } from '@playwright/test';

test('broken data shows an error screen naming the file and each offending path', async ({ page }) => {
  await page.route('**/data/graph.json', async (route) => {
    const res = await route.fetch();
    const graph = await res.json();
    graph.relations[0].participants[1] = 'nobody';
    graph.relations[1].evidence[0].quote = 'not what the article says';
    await route.fulfill({ json: graph }); // not res.headers(): its Content-Length is the original file's
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

test('a link to a generated data set not made yet says how to make it', async ({ page }) => {
  // Generated sets are made on demand and not committed: on a fresh clone the file is absent.
  await page.route('**/data/generated/L.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  await page.goto('./?data=data/generated/L.json');
  await expect(page.getByRole('heading', { name: 'Entente could not find the data file data/generated/L.json.' })).toBeVisible();
  await page.getByText(/^Details for whoever looks after the data/).click();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('does not exist');
  await expect(page.getByText('Generated data sets are not kept in the repository')).toContainText('npm run generate -- --size L');
});

// The page and the loader worker each bundle the validator: both must word zod's own problems
// in English, not as a bare "Invalid input". Padding past READ_ON_PAGE_UP_TO sends the file to the worker.
for (const [where, padding] of [['on the page', 0], ['in the worker', 300_000]] as const) {
  test(`schema problems read ${where} are worded in English`, async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.route('**/data/graph.json', async (route) => {
      const res = await route.fetch();
      const graph = await res.json();
      graph.entities[0].kind = 'planet';
      graph.entities[1].colour = 'blue';
      graph.relations[0].confidence = -1;
      // Not the original response's headers: its Content-Length is the unpadded file's.
      await route.fulfill({ status: 200, body: JSON.stringify(graph) + ' '.repeat(padding), contentType: 'application/json' });
    });
    await page.goto('./');
    const problem = (path: string) => page.getByRole('list', { name: 'Problems' }).getByRole('listitem').filter({ hasText: path });
    await expect(problem('entities[0].kind')).toContainText('Invalid option: expected one of "country"|"person"|"organization"|"place"|"bloc"');
    await expect(problem('entities[1]')).toContainText('Unrecognized key: "colour"');
    await expect(problem('relations[0].confidence')).toContainText('Too small: expected number to be >=0');
    expect(workers.some((url) => /loadGraph\.worker/.test(url))).toBe(padding > 0);
  });
}
