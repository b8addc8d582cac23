/**
 * The hostile-input suite in the browser (issue 15): each generated hostile data file
 * (src/test/hostileFiles.ts), opened with ?data=, ends within a time limit on the error screen
 * naming the file and the offending path, or on the explorer showing the data as text; no
 * script from the data runs, no page error is thrown, nothing overflows the page.
 */
import { test, expect, type Page } from '@playwright/test';
import { hostileFiles } from '../src/test/hostileFiles';

test.describe.configure({ mode: 'parallel' });

async function open(page: Page, name: string, body: string | Uint8Array): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.route(`**/data/hostile/${name}.json`, (route) => route.fulfill({ body: typeof body === 'string' ? body : Buffer.from(body), contentType: 'application/json' }));
  await page.goto(`./?data=data/hostile/${name}.json`);
  return errors;
}

for (const file of hostileFiles()) {
  test(`hostile data: ${file.name}`, async ({ page }) => {
    const errors = await open(page, file.name, file.body);
    const path = `data/hostile/${file.name}.json`;
    const problems = page.getByRole('list', { name: 'Problems' });
    if (file.expect.status === 'error') {
      await expect(page.getByRole('heading', { name: new RegExp(`problems? with ${path.replace(/[.]/g, '\\.')}`) })).toBeVisible({ timeout: 20_000 });
      await expect(problems).toContainText(file.expect.path);
      // However many problems, the list stays short: 100 listed, the rest counted.
      expect(await problems.locator('li').count()).toBeLessThanOrEqual(110);
    } else {
      await expect(page.getByTestId('count-line')).toBeVisible({ timeout: 20_000 });
      const marker = file.expect.marker;
      if (marker) {
        await expect
          .poll(() =>
            page.evaluate(
              (m) => document.body.innerText.includes(m) || !!window.__entente?.cy.nodes().some((n) => String(n.data('label')).includes(m)),
              marker,
            ),
          )
          .toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    expect(errors).toEqual([]);
  });
}
