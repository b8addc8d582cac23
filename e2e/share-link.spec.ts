/**
 * Sharing: a link copied from one browser, opened in another (a fresh context: no storage,
 * no history), shows the same filters, search, selection and node positions.
 */
import { test, expect, type Page, type Browser } from '@playwright/test';
import { countLine, details, emptyCanvasPoint, filters, openExplorer, screenPoint } from './helpers';

async function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__entente!.cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    });
    return out;
  });
}

async function dragNode(page: Page, id: string, dx: number, dy: number) {
  const start = await screenPoint(page, id);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 6 });
  await page.mouse.up();
}

/** Filters, search, a dragged node and a selection: a view worth sharing. */
async function buildView(page: Page) {
  await openExplorer(page);
  await dragNode(page, 'e:ua', 60, -40);
  await filters(page).getByRole('checkbox', { name: 'Belarus' }).check();
  await filters(page).getByLabel('From').fill('2024');
  await page.getByRole('combobox', { name: /search/i }).fill('choe');
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Maxim Ryzhenkov' }).first().click();
  await page.getByRole('tab', { name: 'Graph' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Maxim Ryzhenkov');
}

async function expectSameView(original: Page, opened: Page) {
  await expect(countLine(opened)).toHaveText((await countLine(original).textContent())!);
  await expect(filters(opened).getByRole('checkbox', { name: 'Belarus' })).toBeChecked();
  await expect(filters(opened).getByLabel('From')).toHaveValue('2024');
  await expect(opened.getByRole('combobox', { name: /search/i })).toHaveValue('choe');
  await expect(details(opened).getByRole('heading', { level: 2 })).toHaveText('Maxim Ryzhenkov');
  const [a, b] = [await nodePositions(original), await nodePositions(opened)];
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  expect(b).toEqual(a);
  // The dragged node really moved away from where the layout put it (so positions are tested).
  const fresh = await (await opened.context().newPage());
  await openExplorer(fresh);
  const layout = await nodePositions(fresh);
  expect(b['e:ua']).not.toEqual(layout['e:ua']);
  expect(b['e:kp']).toEqual(layout['e:kp']);
}

async function openInFreshBrowser(browser: Browser, link: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Remember how long the history was when the page started, to see whether the app added to it.
  await context.addInitScript(() => ((window as unknown as { __startHistory: number }).__startHistory = history.length));
  const page = await context.newPage();
  await openExplorer(page, link);
  return page;
}

test('a copied link opened in a fresh browser reproduces filters, search, selection and positions', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await buildView(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(baseURL!)).toBe(true);
  expect(new URL(link).search).toMatch(/^\?country=by&from=2024&q=choe&select=e:maxim-ryzhenkov&pos=ua:-?\d+,-?\d+$/);

  const opened = await openInFreshBrowser(browser, link);
  await expectSameView(page, opened);
  // Opening a link is not a history step, and its address stays the canonical link.
  expect(opened.url()).toBe(link);
  expect(await opened.evaluate(() => history.length - (window as unknown as { __startHistory: number }).__startHistory)).toBe(0);
});

test('without a clipboard, the link is offered in a field to copy by hand', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  const page = await context.newPage();
  await buildView(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const popover = page.getByRole('dialog', { name: 'Link to this view' });
  await expect(popover).toBeVisible();
  const field = popover.getByRole('textbox');
  await expect(field).toBeFocused();
  // Selected, ready for Ctrl+C.
  expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe((await field.inputValue()).length);
  const link = await field.inputValue();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();

  const opened = await openInFreshBrowser(browser, link);
  await expectSameView(page, opened);
});

test('a link naming another data file loads that file and keeps naming it', async ({ page }) => {
  await page.route('**/data/fixtures/valid.json', (route) => route.fulfill({ path: 'e2e/fixtures/valid.json' }));
  await openExplorer(page, './?data=data/fixtures/valid.json&country=kp');
  await expect(countLine(page)).toContainText('of 3 entities');
  await expect(filters(page).getByRole('checkbox', { name: 'North Korea' })).toBeChecked();
  await filters(page).getByRole('checkbox', { name: 'Belarus' }).check();
  await expect.poll(() => new URL(page.url()).search).toBe('?data=data/fixtures/valid.json&country=by,kp');
});

/** The camera as the app keeps it: the layout point at the canvas centre, and the zoom. */
async function camera(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const cy = window.__entente!.cy;
    const { x, y } = cy.pan();
    return { x: (cy.width() / 2 - x) / cy.zoom(), y: (cy.height() / 2 - y) / cy.zoom(), zoom: cy.zoom() };
  });
}

test('a link keeps the camera: zoomed and panned, it opens on the same place, even on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openExplorer(page);
  const historyBefore = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const from = await emptyCanvasPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 120, from.y - 80, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\?at=-?\d+,-?\d+,[\d.]+$/);
  // The link follows the camera once the drag's last move has been written (writes are batched).
  let there = await camera(page);
  await expect
    .poll(async () => {
      there = await camera(page);
      const at = new URL(page.url()).searchParams.get('at')!.split(',').map(Number);
      return Math.abs(at[0] - there.x) < 1.6 && Math.abs(at[1] - there.y) < 1.6 && Math.abs(at[2] - there.zoom) < 0.01;
    }, { timeout: 10_000 }) // a loaded two-worker run delays the batched write past the default 5 s
    .toBe(true);
  // Moving the camera amends the current history entry: no steps to go Back through.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await openExplorer(phone, page.url());
  const opened = await camera(phone);
  expect(Math.abs(opened.x - there.x)).toBeLessThan(1.5);
  expect(Math.abs(opened.y - there.y)).toBeLessThan(1.5);
  expect(opened.zoom).toBeCloseTo(there.zoom, 2);

  // Fit is the default view again: the link stops naming a camera.
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect(page).toHaveURL(/\/$/);
});
