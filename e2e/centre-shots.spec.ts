/**
 * Pictures of the centre of the graph (issue 12), for people to look at, not assertions:
 * `CENTRE_SHOTS=1 npx playwright test e2e/centre-shots.spec.ts`. Writes shots/<name>.png.
 */
import { test } from '@playwright/test';
import { openExplorer } from './helpers';

test.skip(!process.env.CENTRE_SHOTS, 'set CENTRE_SHOTS=1 to take the pictures');

/** `centre`: the node the close-up is centred on, the knot the issue is about. */
const DATASETS = [
  { name: 'seed', path: './', centre: 'e:by' },
  { name: 'sample', path: './?data=data/sample/graph.json', centre: 'e:ru' },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const d of DATASETS) {
  for (const v of VIEWPORTS) {
    test(`${d.name} ${v.name}`, async ({ page }) => {
      await page.setViewportSize({ width: v.width, height: v.height });
      await openExplorer(page, d.path);
      await page.waitForTimeout(800);
      const dir = process.env.CENTRE_SHOTS_DIR ?? 'shots';
      await page.screenshot({ path: `${dir}/${d.name}-${v.name}.png` });
      // The whole graph, fitted.
      await page.getByRole('button', { name: 'Fit' }).click();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${dir}/${d.name}-${v.name}-fit.png` });
      // The knot at the centre, close up (zoom 1.4: labels at their own size).
      await page.evaluate((id) => {
        const cy = window.__entente!.cy;
        cy.zoom(1.4);
        cy.center(cy.getElementById(id));
      }, d.centre);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${dir}/${d.name}-${v.name}-zoom.png` });
    });
  }
}
