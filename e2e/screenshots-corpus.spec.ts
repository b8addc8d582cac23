/**
 * Screenshots of the sample corpus, the timeline and a contested claim, at desktop and phone
 * size: `SCREENSHOTS=1 npm run test:e2e -- screenshots-corpus`. Skipped otherwise.
 */
import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { contestedPairs } from '../src/model/claims';
import type { Graph } from '../src/model/schema';
import { openExplorer } from './helpers';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to regenerate docs/screenshots');

const SAMPLE = 'data/sample/graph.json';
const corpus = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Graph;
const claim = corpus.relations.find((r) => r.kind !== 'role' && r.evidence.length >= 3 && new Set(r.evidence.map((e) => e.article)).size >= 2) ?? corpus.relations[0];
const [contested] = [...contestedPairs(corpus.relations).keys()].filter((id) => corpus.relations.find((r) => r.id === id)!.status !== 'denied');

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function shoot(page: Page, name: string, size: keyof typeof SIZES, path: string, prepare?: () => Promise<void>) {
  await page.setViewportSize(SIZES[size]);
  await openExplorer(page, path);
  if (prepare) await prepare();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `docs/screenshots/${name}-${size}.png` });
}

for (const size of ['desktop', 'phone'] as const) {
  test(`corpus ${size}`, async ({ page }) => {
    await shoot(page, 'corpus', size, `./?data=${SAMPLE}&select=r:${claim.id}`);
  });

  test(`timeline ${size}`, async ({ page }) => {
    await shoot(page, 'timeline', size, `./?data=${SAMPLE}&from=2023-08&to=2023-12`, async () => {
      if (size === 'phone') await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    });
  });

  test(`contested ${size}`, async ({ page }) => {
    await shoot(page, 'contested', size, `./?data=${SAMPLE}&select=r:${contested}`, async () => {
      await page.getByTestId('contested').scrollIntoViewIfNeeded();
    });
  });
}
