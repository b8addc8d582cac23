import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ensureGenerated, generatedDataParam } from '../scripts/lib/generated';
import type { Graph } from '../src/model/schema';
import { details, openExplorer, screenPoint } from './helpers';

// A generated graph of real countries, 1,000 entities and 3,000 relations: it opens on its overview.
let graph: Graph;
test.beforeAll(() => {
  graph = JSON.parse(readFileSync(ensureGenerated('M'), 'utf8')) as Graph;
});

const onCanvas = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__entente!.cy;
    const at = (id: string) => {
      const n = cy.getElementById(`e:${id}`);
      return n.nonempty() ? n.renderedPosition() : undefined;
    };
    return { zoom: cy.zoom(), people: cy.nodes('.person').length, links: cy.edges('.link').length, us: at('us'), cn: at('cn'), ru: at('ru'), za: at('za'), br: at('br') };
  });

const overviewNote = (page: Page) => page.getByTestId('overview-note');

test('the overview is a world map: countries where they are, links coloured by kind', async ({ page }) => {
  test.slow();
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  await expect(overviewNote(page)).toContainText('world map');
  await expect.poll(async () => (await onCanvas(page)).links).toBeGreaterThan(50);
  const { us, cn, ru, za, br } = await onCanvas(page);
  // West to east and north to south as on a map (screen y grows southwards).
  expect(us!.x).toBeLessThan(cn!.x);
  expect(br!.x).toBeLessThan(za!.x);
  expect(ru!.y).toBeLessThan(za!.y);
  expect(us!.y).toBeLessThan(br!.y);
  // Every overview link carries the kind most of its relations are, and is coloured by it.
  const kinds = await page.evaluate(() => window.__entente!.cy.edges('.link').map((e) => [e.data('kind'), e.hasClass(`link-kind-${e.data('kind')}`)]));
  expect(kinds.every(([kind, coloured]) => typeof kind === 'string' && coloured)).toBe(true);
  expect(new Set(kinds.map(([kind]) => kind)).size).toBeGreaterThan(1);
});

test('a flick of the wheel or a few presses of + leave the overview; Fit returns to it', async ({ page }) => {
  test.slow();
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  await expect(overviewNote(page)).toBeVisible();
  const box = (await page.locator('[data-graph-frame] canvas').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let notches = 0;
  while ((await overviewNote(page).count()) > 0 && notches < 10) {
    await page.mouse.wheel(0, -100);
    notches++;
    await page.waitForTimeout(250);
  }
  expect(notches).toBeLessThanOrEqual(7);
  await expect.poll(async () => (await onCanvas(page)).people).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Fit' }).click();
  await expect(overviewNote(page)).toBeVisible();
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  let presses = 0;
  while ((await overviewNote(page).count()) > 0 && presses < 10) {
    await zoomIn.click();
    presses++;
    await page.waitForTimeout(300);
  }
  expect(presses).toBeLessThanOrEqual(5);
  await expect.poll(async () => (await onCanvas(page)).people).toBeGreaterThan(0);
});

test('clicking a country on the map selects it and goes to its people and relations', async ({ page }) => {
  test.slow();
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  await expect.poll(async () => (await onCanvas(page)).links).toBeGreaterThan(50);
  const country = graph.entities.find((e) => e.id === 'us')!;
  const point = await screenPoint(page, 'e:us');
  await page.mouse.click(point.x, point.y);
  await expect(details(page).getByRole('heading', { name: country.name, exact: true })).toBeVisible();
  await expect(overviewNote(page)).toHaveCount(0);
  await expect.poll(async () => (await onCanvas(page)).people).toBeGreaterThan(0);
  // Its own people are on the canvas around it.
  const people = graph.entities.filter((e) => e.country === 'us').map((e) => `e:${e.id}`);
  await expect.poll(() => page.evaluate((ids) => ids.filter((id) => window.__entente!.cy.getElementById(id).nonempty()).length, people)).toBeGreaterThan(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the fitted overview names its busiest countries, each on a dot, in readable type', async ({ page }) => {
    test.slow();
    await openExplorer(page, `./?data=${generatedDataParam('M')}`);
    await expect(overviewNote(page)).toBeVisible();
    const hubs = () =>
      page.evaluate(() => {
        const cy = window.__entente!.cy;
        const zoom = cy.zoom();
        return cy.nodes('.major').map((n) => ({
          named: !n.hasClass('label-dropped'),
          fontPx: n.numericStyle('font-size') * zoom,
          dotPx: Math.min(n.numericStyle('width'), n.numericStyle('height')) * zoom,
        }));
      });
    // Declutter settles a moment after the first frame, and the dots follow the names it keeps.
    await expect
      .poll(async () => {
        const named = (await hubs()).filter((h) => h.named);
        return named.length >= 5 && named.every((h) => h.dotPx >= 4.5);
      })
      .toBe(true);
    // The names shown are at the size the stylesheet draws labels from (9 px), each on a dot, not a speck.
    for (const h of (await hubs()).filter((x) => x.named)) expect(h.fontPx).toBeGreaterThanOrEqual(9);
  });
});
