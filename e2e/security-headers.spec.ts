/**
 * The served app under its Content-Security-Policy (issue 15, items 4, 8, 9): the headers are
 * sent, and the app does everything it does (a small file read on the page, a large one in its
 * worker, flags as data: images, the source dialog) without a single policy violation.
 */
import { test, expect, type Page } from '@playwright/test';
import { ensureGenerated, generatedDataParam } from '../scripts/lib/generated';
import { openExplorer } from './helpers';

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

test.beforeAll(() => {
  test.setTimeout(180_000);
  ensureGenerated('M'); // large enough to be read in the loader worker
});

test('the page and its data come with the security headers', async ({ page, request }) => {
  const response = await page.goto('./');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("connect-src 'self'");
  expect(headers['content-security-policy']).toMatch(/frame-ancestors /);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const data = await request.get('./data/graph.json');
  expect(data.headers()['x-content-type-options']).toBe('nosniff');
});

test('malformed paths get a bare 400, dot-files and look-alike data paths are not data', async ({ request }) => {
  for (const path of ['/%', '/data/%E0%A4%A']) {
    const r = await request.get(path);
    expect(r.status()).toBe(400);
    expect(await r.text()).toBe('Bad request');
  }
  expect((await request.get('/data/.entente.lock')).status()).toBe(404);
  const lookalike = await request.get('/x/data/graph.json');
  expect(lookalike.headers()['content-type']).not.toContain('json');
});

test('the explorer runs under the policy without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await openExplorer(page);
  // The country filter draws its flags as data: images once scrolled into view.
  await expect(page.locator('img[src^="data:image/svg+xml"]').first()).toBeVisible();
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  expect(violations).toEqual([]);
});
