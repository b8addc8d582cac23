import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ensureGenerated, generatedDataParam } from '../scripts/lib/generated';
import type { Graph } from '../src/model/schema';
import { countLine, details, openExplorer } from './helpers';
import { USER_CAMERA_EVENT } from '../src/graph/camera';

// A generated graph of 1,000 entities and 3,000 relations: more than the canvas shows at once.
let graph: Graph;
test.beforeAll(() => {
  graph = JSON.parse(readFileSync(ensureGenerated('M'), 'utf8')) as Graph;
});

const canvas = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__entente!.cy;
    return {
      people: cy.nodes('.person').length,
      countries: cy.nodes('.country').length,
      links: cy.edges('.link').length,
      relations: cy.edges('.rel').length,
      dangling: cy.edges().filter((e) => e.source().removed() || e.target().removed()).length,
      zoom: cy.zoom(),
    };
  });

test('a year of reporting opens on an overview of countries and counted links; zooming in brings people and relations', async ({ page }) => {
  test.slow();
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  // Nothing is filtered away: the overview is a way of drawing, not a filter.
  await expect(countLine(page)).toContainText(`${graph.entities.length} of ${graph.entities.length} entities`);
  await expect(page.getByTestId('overview-note')).toContainText('Overview');
  await expect(page.getByTestId('overview-note')).toContainText(/the \d+ busiest of [\d,]+ links/);
  await expect.poll(async () => (await canvas(page)).links).toBeGreaterThan(50);
  const overview = await canvas(page);
  expect(overview.people).toBe(0);
  expect(overview.relations).toBe(0);
  expect(overview.countries).toBe(graph.entities.filter((e) => e.kind === 'country').length);

  // A link says what it counts.
  const hover = await page.evaluate((userCamera) => {
    const cy = window.__entente!.cy;
    const link = cy.edges('.link').first();
    const box = cy.container()!.getBoundingClientRect();
    // As a user's move: the first view is no longer re-framed when late panels resize the canvas.
    cy.emit(userCamera);
    cy.center(link);
    const p = link.renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y };
  }, USER_CAMERA_EVENT);
  await page.mouse.move(hover.x, hover.y);
  // The count itself is the overview's (overview.test.ts, elementSync.test.ts); here, that the card says it.
  await expect(page.getByText(/[1-9]\d* relations?( \(most: [a-z ]+\))? between them/)).toBeVisible();

  // Zoom in with the buttons, as a user would, until the people appear.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 12 && (await canvas(page)).zoom < 0.25; i++) {
    await zoomIn.click();
    await page.waitForTimeout(200);
  }
  await expect(page.getByTestId('overview-note')).toHaveCount(0);
  await expect.poll(async () => (await canvas(page)).people).toBeGreaterThan(0);
  const detail = await canvas(page);
  expect(detail.links).toBe(0);
  expect(detail.relations).toBeGreaterThan(0);
  expect(detail.dangling).toBe(0);
  // Each node sits where the layout put it, not stacked at the origin.
  const stacked = await page.evaluate(() => window.__entente!.cy.nodes().filter((n) => n.position().x === 0 && n.position().y === 0).length);
  expect(stacked).toBe(0);

  // Back out with Fit: the overview again.
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect(page.getByTestId('overview-note')).toBeVisible();
  await expect.poll(async () => (await canvas(page)).people).toBe(0);
});

test('a person found by search is on the canvas with their relations, even from the overview', async ({ page }) => {
  test.slow();
  await openExplorer(page, `./?data=${generatedDataParam('M')}`);
  const degree = new Map<string, number>();
  for (const r of graph.relations) for (const p of r.participants) degree.set(p, (degree.get(p) ?? 0) + 1);
  const person = graph.entities.filter((e) => e.kind === 'person').sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0];
  const box = page.getByRole('combobox', { name: /Search/ });
  await box.fill(person.name);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(person.name);
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(person.name);
  await expect.poll(() => page.evaluate((id) => window.__entente!.cy.getElementById(`e:${id}`).hasClass('picked'), person.id)).toBe(true);
  const own = graph.relations.filter((r) => r.participants.includes(person.id)).map((r) => r.id);
  const drawn = await page.evaluate(
    (ids) => ids.filter((id) => window.__entente!.cy.getElementById(`r:${id}`).nonempty() || window.__entente!.cy.getElementById(`h:${id}`).nonempty()).length,
    own,
  );
  expect(drawn).toBe(own.length);

  // The panel lists a busy entity's relations a few dozen at a time.
  const country = graph.entities.filter((e) => e.kind === 'country').sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0];
  await box.fill(country.name);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(country.name);
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(country.name);
  const more = details(page).getByRole('button', { name: /^Show \d+ more relations/ }).first();
  await expect(more).toBeVisible();
  const rows = details(page).getByRole('listitem');
  const before = await rows.count();
  await more.click();
  await expect.poll(() => rows.count()).toBeGreaterThan(before);
});
