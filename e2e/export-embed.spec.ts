/**
 * Taking a view elsewhere: every Export item downloads a file of the view (the PNG with
 * something drawn on it), "Copy embed code" gives an <iframe> of the same view, and the
 * embedded page works at 320 px wide.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { clickGraphElement, countLine, details, openExplorer } from './helpers';

const SHOTS = process.env.EXPORT_SHOTS; // a folder: also save screenshots there, to look at

async function exportItem(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const item = page.locator(`[role="menuitem"][data-export="${id}"]`);
  await expect(item).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

/** Pixels of a PNG that are not the white background, counted in the page. */
async function inkedPixels(page: Page, png: Buffer): Promise<{ width: number; inked: number }> {
  return page.evaluate(async (b64) => {
    // Decoded here rather than fetched: the page's Content-Security-Policy allows no fetch of data: URLs.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked++;
    return { width: bitmap.width, inked };
  }, png.toString('base64'));
}

test('each Export item downloads a non-empty file of the filtered view', async ({ page }) => {
  await openExplorer(page, './?country=by&from=2024');
  const shown = Number(/(\d+) of \d+ relations/.exec((await countLine(page).textContent()) ?? '')?.[1]);
  expect(shown).toBeGreaterThan(0);
  if (SHOTS) {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.screenshot({ path: `${SHOTS}/export-menu.png` });
    await page.keyboard.press('Escape');
  }

  const expected: Record<string, string> = {
    png1: 'entente.png',
    png2: 'entente@2x.png',
    svg: 'entente.svg',
    gexf: 'entente.gexf',
    graphml: 'entente.graphml',
    'entities.csv': 'entities.csv',
    'relations.csv': 'relations.csv',
    'evidence.csv': 'evidence.csv',
    ftm: 'entente.ftm.json',
    json: 'entente.json',
  };
  const files: Record<string, Buffer> = {};
  for (const [id, name] of Object.entries(expected)) {
    const file = await exportItem(page, id);
    expect(file.name).toBe(name);
    expect(file.bytes.length, name).toBeGreaterThan(100);
    files[id] = file.bytes;
    await expect(page.getByTestId('export-status')).toContainText(`Downloaded ${name}`);
  }

  if (SHOTS) for (const id of ['png1', 'svg']) writeFileSync(`${SHOTS}/exported-${expected[id]}`, files[id]);
  const one = await inkedPixels(page, files.png1);
  const two = await inkedPixels(page, files.png2);
  expect(one.inked).toBeGreaterThan(500);
  expect(two.width).toBeGreaterThan(one.width * 1.9);
  expect(files.svg.toString()).toContain('<svg');

  // The files hold what the count line says.
  const relationsCsv = files['relations.csv'].toString('utf8').trimEnd().split('\r\n');
  expect(relationsCsv.length - 1).toBe(shown);
  const json = JSON.parse(files.json.toString('utf8'));
  expect(json.relations).toHaveLength(shown);
  expect(files.ftm.toString('utf8').trimEnd().split('\n').every((l) => JSON.parse(l).schema)).toBe(true);

  // The Entente JSON opens again in the app, showing the same relations.
  mkdirSync('data/generated', { recursive: true });
  const reopened = `data/generated/e2e-export-${test.info().workerIndex}.json`;
  writeFileSync(reopened, files.json);
  try {
    await openExplorer(page, `./?data=${reopened}`);
    await expect(countLine(page)).toContainText(`${shown} of ${shown} relations`);
  } finally {
    rmSync(reopened, { force: true });
  }
});

test('the Export menu works from the keyboard', async ({ page }) => {
  await openExplorer(page);
  const button = page.getByRole('button', { name: 'Export' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export this view' });
  await expect(menu).toBeVisible();
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: /Copy embed code/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('Copy embed code gives an iframe of this view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, './?country=by&kind=meeting');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /Copy embed code/ }).click();
  await expect(page.getByTestId('export-status')).toHaveText('Embed code copied');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="http:\/\/localhost:\d+\/\?country=by&amp;kind=meeting&amp;embed=1" title="Entente: relations graph"/);
});

test('an embed works at 320 px: the graph, details on click, and a way to the full view', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 480 });
  await page.goto('./?country=by&embed=1');
  await page.waitForFunction(() => window.__entente?.ready === true);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  const open = page.getByTestId('open-in-entente');
  await expect(open).toBeVisible();
  const href = await open.getAttribute('href');
  expect(href).toMatch(/\/\?country=by$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/embed-320.png` });

  await clickGraphElement(page, 'e:by');
  await expect(details(page)).toContainText('Belarus');
  await expect(page).toHaveURL(/country=by&select=e:by&embed=1$/);
  expect(await open.getAttribute('href')).toMatch(/\?country=by&select=e:by$/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/embed-320-details.png` });

  // The embedded page opens without the full explorer ever showing.
  await page.reload();
  await page.waitForFunction(() => window.__entente?.ready === true);
  await expect(page.getByRole('banner')).toHaveCount(0);
});
