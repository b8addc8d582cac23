import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { GraphSchema } from '../src/model/schema';
import { computeLayout } from '../src/layout/computeLayout';
import { openExplorer } from './helpers';

test('the browser lays out the seed exactly as Node does (deterministic layout)', async ({ page }) => {
  const graph = GraphSchema.parse(JSON.parse(readFileSync('data/graph.json', 'utf8')));
  const expected = await computeLayout(graph);
  await openExplorer(page);
  const drawn = await page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__entente!.cy.nodes().forEach((n) => {
      out[n.id()] = n.position();
    });
    return out;
  });
  expect(drawn).toEqual(expected);

  // A second visit draws the same picture.
  await page.reload();
  await openExplorer(page);
  const again = await page.evaluate(() => window.__entente!.cy.getElementById('e:kp').position());
  expect(again).toEqual(expected['e:kp']);
});
