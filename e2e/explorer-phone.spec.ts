import { test, expect, type Page } from '@playwright/test';
import { clickGraphElement, details, openExplorer } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** Waits until the camera has stopped moving (the first view is refined once labels are sized). */
async function settledCamera(page: Page) {
  let last = '';
  for (let tries = 0; tries < 30; tries++) {
    const now = await page.evaluate(() => {
      const cy = window.__entente!.cy;
      return JSON.stringify([cy.zoom(), cy.pan(), cy.width(), cy.height(), cy.nodes('.label-dropped').length]);
    });
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

test('on a phone, filters fold away and a selection opens as a sheet with its quote', async ({ page }) => {
  await openExplorer(page);
  const filtersToggle = page.getByRole('button', { name: /^Filters/ });
  await expect(filtersToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: 'Ukraine' })).toBeHidden();
  await filtersToggle.click();
  await expect(page.getByRole('checkbox', { name: 'Ukraine' })).toBeVisible();
  await filtersToggle.click();

  await clickGraphElement(page, 'r:by-ru-allies');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Belarus is considered one of Russia\'s strong allies.');
  // The whole quote, not its first pixel: the sheet opens tall enough for it.
  await expect(details(page).getByText('“is considered one of Russia\'s strong allies”')).toBeInViewport({ ratio: 1 });

  const raise = details(page).getByRole('button', { name: 'Full height' });
  await expect(raise).toHaveAttribute('aria-expanded', 'false');
  const before = (await details(page).boundingBox())!.height;
  await raise.click();
  await expect(details(page).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(async () => (await details(page).boundingBox())!.height).toBeGreaterThan(before + 200);

  // A relation with offices, a caveat and a reporting note: its quotes still come before them on a phone.
  await openExplorer(page, './?select=r:choe-hosts-ryzhenkov-banquet');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/hosted a banquet/);
  await expect(details(page).getByText(/^“Foreign Minister Choe Son-hui hosted the banquet/).first()).toBeInViewport({ ratio: 0.8 });
});

/** `countriesOnNodes`: a country's name may sit on the dots of a crowd it marks (a dense corpus); no other name may. */
async function firstViewProblems(page: Page, { countriesOnNodes = false } = {}): Promise<string[]> {
  return page.evaluate((countriesOnNodes) => {
    const cy = window.__entente!.cy;
    const canvas = cy.container()!.getBoundingClientRect();
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Graph view"]')!.getBoundingClientRect();
    const found: string[] = [];
    const labels: { id: string; country: boolean; x1: number; y1: number; x2: number; y2: number }[] = [];
    const bodies: { id: string; x1: number; y1: number; x2: number; y2: number }[] = [];
    const nodes = cy.nodes(':visible');
    if (nodes.length < 10) found.push(`only ${nodes.length} nodes`);
    nodes.forEach((n) => {
      const labelShown = !!n.data('label') && !n.hasClass('label-dropped');
      const b = n.renderedBoundingBox({ includeLabels: labelShown } as never);
      const page = { x1: canvas.left + b.x1, y1: canvas.top + b.y1, x2: canvas.left + b.x2, y2: canvas.top + b.y2 };
      if (page.x1 < canvas.left || page.y1 < canvas.top || page.x2 > canvas.right || page.y2 > canvas.bottom) found.push(`${n.id()} cropped`);
      if (page.x1 < toolbar.right && page.x2 > toolbar.left && page.y1 < toolbar.bottom && page.y2 > toolbar.top) found.push(`${n.id()} under the toolbar`);
      if (labelShown) {
        const l = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
        labels.push({ id: n.id(), country: n.hasClass('country'), ...l });
      }
      bodies.push({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false } as never) });
    });
    // A name drawn on another node's flag or dot reads as that node's (the label may touch it).
    for (const l of labels.filter((l) => !(countriesOnNodes && l.country)))
      for (const b of bodies) if (b.id !== l.id && l.x1 < b.x2 - 1 && b.x1 < l.x2 - 1 && l.y1 < b.y2 - 1 && b.y1 < l.y2 - 1) found.push(`${l.id} label over node ${b.id}`);
    // Label boxes carry their background's padding: backgrounds may touch, text may not (3 px).
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        if (a.x1 < b.x2 - 3 && b.x1 < a.x2 - 3 && a.y1 < b.y2 - 3 && b.y1 < a.y2 - 3) found.push(`${a.id} label over ${b.id}`);
      }
    return found;
  }, countriesOnNodes);
}

test('on a phone, the first view shows every node and its kept label inside the canvas, clear of the toolbar, with no label over another label or node', async ({ page }) => {
  await openExplorer(page);
  await settledCamera(page);
  const problems = await firstViewProblems(page);
  expect(problems).toEqual([]);
  // The countries are named: minor labels give way first.
  const named = await page.evaluate(() => ['e:kp', 'e:by', 'e:ru'].filter((id) => window.__entente!.cy.getElementById(id).hasClass('label-dropped')));
  expect(named).toEqual([]);
});

test('on a phone, a corpus of sixteen stories opens with every node inside the canvas and no label over another label or node', async ({ page }) => {
  await openExplorer(page, './?data=data/sample/graph.json');
  await settledCamera(page);
  expect(await firstViewProblems(page, { countriesOnNodes: true })).toEqual([]);
  // Names that could be kept are: the busiest countries are labelled.
  const named = await page.evaluate(() => window.__entente!.cy.nodes('.country').filter((n) => !n.hasClass('label-dropped')).length);
  expect(named).toBeGreaterThan(5);
});

test('on a phone, the list reflows to cards with nothing cut off', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('tab', { name: 'List' }).click();
  const list = page.getByRole('tabpanel', { name: 'List' });
  const dated = list.getByRole('row', { name: /Foreign Minister Choe Son-hui hosted a banquet/ });
  await expect(dated).toBeVisible();
  // Its fourth column, the date, sits inside the screen, under the relation's title.
  const date = dated.getByRole('cell', { name: '23 July 2024' });
  const box = (await date.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const title = (await dated.getByRole('rowheader').boundingBox())!;
  expect(box.y).toBeGreaterThan(title.y + title.height - 1);
  const overflow = await list.evaluate((el) => [...el.querySelectorAll('table')].map((t) => t.scrollWidth - t.parentElement!.clientWidth));
  expect(overflow.every((px) => px <= 0)).toBe(true);
});

test('on a phone, a notice folds to one line and opens on demand', async ({ page }) => {
  await openExplorer(page, './?country=zz');
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  expect((await notice.boundingBox())!.height).toBeLessThanOrEqual(48);
  const more = notice.getByRole('button', { name: 'Show all of this notice' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(notice.getByRole('button', { name: 'Show less of this notice' })).toHaveAttribute('aria-expanded', 'true');
  expect((await notice.boundingBox())!.height).toBeGreaterThan(48);
});
