import { expect, type Page } from '@playwright/test';
import type { EdgeSingular } from 'cytoscape';

/** Opens the app and waits until the graph has been laid out and drawn. */
export async function openExplorer(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByTestId('count-line')).toBeVisible();
  await page.waitForFunction(() => window.__entente?.ready === true);
}

/** Where, on the page, an element of the graph is drawn (entity node, relation edge midpoint or hub). */
/**
 * Where, on the page, an element of the graph is drawn, once it has stayed put: the side panels
 * and the timeline arrive after the first frame and may resize the canvas, which moves the
 * picture, so a point read too early would click or drag something else.
 */
export async function screenPoint(page: Page, elementId: string): Promise<{ x: number; y: number }> {
  // Three reads in a row at the same place (300 ms): on a loaded two-worker run a panel can still
  // arrive 100 ms after one unchanged read, and the click then lands on a neighbouring hub.
  let point = await drawnAt(page, elementId);
  let still = 0;
  for (let tries = 0; tries < 30 && still < 2; tries++) {
    await page.waitForTimeout(100);
    const again = await drawnAt(page, elementId);
    still = Math.abs(again.x - point.x) < 1 && Math.abs(again.y - point.y) < 1 ? still + 1 : 0;
    point = again;
  }
  return point;
}

async function drawnAt(page: Page, elementId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = window.__entente!.cy;
    const ele = cy.getElementById(id);
    if (ele.empty()) throw new Error(`no element ${id}`);
    const box = cy.container()!.getBoundingClientRect();
    const p = ele.isNode() ? ele.renderedPosition() : (ele as unknown as EdgeSingular).renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y };
  }, elementId);
}

/**
 * A point of the canvas where nothing is drawn and no control lies over it, once the layout has
 * settled: a fixed corner may hold a node, the toolbar or a panel that arrived late.
 */
export async function emptyCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => window.__entente?.ready === true);
  let last = '';
  for (let tries = 0; tries < 20; tries++) {
    const size = await page.evaluate(() => JSON.stringify(window.__entente!.cy.container()!.getBoundingClientRect()));
    if (size === last) break;
    last = size;
    await page.waitForTimeout(100);
  }
  return page.evaluate(() => {
    const cy = window.__entente!.cy;
    const canvas = cy.container()!;
    const box = canvas.getBoundingClientRect();
    const boxes = cy.elements(':visible').map((e) => e.renderedBoundingBox({ includeLabels: true }));
    for (let y = box.height - 20; y > 20; y -= 15) {
      for (let x = 20; x < box.width - 20; x += 15) {
        const free = boxes.every((b) => x < b.x1 - 6 || x > b.x2 + 6 || y < b.y1 - 6 || y > b.y2 + 6);
        if (free && canvas.contains(document.elementFromPoint(box.left + x, box.top + y))) return { x: box.left + x, y: box.top + y };
      }
    }
    throw new Error('no empty point on the canvas');
  });
}

export async function clickGraphElement(page: Page, elementId: string) {
  const { x, y } = await screenPoint(page, elementId);
  await page.mouse.click(x, y);
}

export function details(page: Page) {
  return page.getByRole('complementary', { name: 'Details' });
}

export function countLine(page: Page) {
  return page.getByTestId('count-line');
}

export function filters(page: Page) {
  return page.getByRole('complementary', { name: 'Filters and legend' });
}
