import { test, expect } from '@playwright/test';
import { clickGraphElement, countLine, details, emptyCanvasPoint, openExplorer, screenPoint } from './helpers';

test('the graph shows every entity of the seed, and the list view mirrors it', async ({ page }) => {
  await openExplorer(page);
  await expect(countLine(page)).toContainText('14 of 14 entities, 24 of 24 relations');
  const drawn = await page.evaluate(() =>
    window.__entente!.cy.nodes('.entity').filter((n) => n.visible()).map((n) => String(n.data('label')).split('\n')[0]).sort(),
  );
  expect(drawn).toEqual(
    [
      'Alexander Lukashenko',
      'Belarus',
      'Choe Son-hui',
      'Hyun Seung-soo',
      'Kim Jong-un',
      'Korea Institute for National Unification',
      'Korean Central News Agency',
      'Maxim Ryzhenkov',
      'North Korea',
      'Russia',
      'U.N. Security Council',
      'Ukraine',
      'Vladimir Putin',
      'the West',
    ].sort(),
  );
  // A three-way relation is one hub, not three edges (the three trilateral forecasts are one claim).
  expect(await page.evaluate(() => window.__entente!.cy.nodes('.hub').length)).toBe(2);

  await page.getByRole('tab', { name: 'List' }).click();
  const entities = page.getByRole('table', { name: /Countries, people and organizations/ });
  await expect(entities.getByRole('row')).toHaveCount(15); // header + 14
  await expect(entities.getByRole('button', { name: 'Choe Son-hui' })).toBeVisible();
  const relations = page.getByRole('table', { name: /Relations shown/ });
  await expect(relations.getByRole('row')).toHaveCount(25); // header + 24
});

test('people show their office under their name', async ({ page }) => {
  await openExplorer(page);
  const label = await page.evaluate(() => window.__entente!.cy.getElementById('e:choe-son-hui').data('label'));
  expect(label).toBe('Choe Son-hui\nForeign Minister');
});

test('clicking a country on the canvas shows it and its relations grouped by kind', async ({ page }) => {
  await openExplorer(page);
  await clickGraphElement(page, 'e:kp');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('North Korea');
  await expect(details(page).getByRole('heading', { name: /^Cooperation/ })).toBeVisible();
  await expect(details(page).getByRole('heading', { name: /^Conflict/ })).toBeVisible();
  // A relation in the list is a button that selects it.
  await details(page).getByRole('button', { name: /sent workers to Belarus/ }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('North Korea has sent workers to Belarus in the past.');
  await expect(details(page).getByText('“It is also among the countries to which North Korea has sent its workers in the past”')).toBeVisible();
});

test('clicking an edge on the canvas shows its quote verbatim with the source', async ({ page }) => {
  await openExplorer(page);
  await clickGraphElement(page, 'r:ru-invades-ua');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Russia invaded Ukraine and controls some of its agricultural areas.');
  await expect(panel.getByText('“Russia\'s invasion of Ukraine”')).toBeVisible();
  await expect(panel.getByText('“Ukraine\'s agricultural areas currently under Russian control”')).toBeVisible();
  await expect(panel.getByText(/The Korea Times \(Yonhap\) · 24 July 2024/).first()).toBeVisible();
  await expect(panel.getByRole('link', { name: /Original/ }).first()).toHaveAttribute(
    'href',
    'https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=379234',
  );
  // Participants link on to the entities.
  await panel.getByRole('button', { name: 'Ukraine' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Ukraine');
});

test('a three-way relation is selected as one unit through its hub', async ({ page }) => {
  await openExplorer(page);
  await clickGraphElement(page, 'h:lukashenko-proposes-trilateral');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Lukashenko suggested that Belarus could join Russia and North Korea in three-way cooperation.',
  );
  await expect(panel.getByText('3-way')).toBeVisible();
  await expect(panel.getByText('Proposed', { exact: true })).toBeVisible();
  for (const name of ['Belarus', 'Russia', 'North Korea']) await expect(panel.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(panel.getByText('September 2023')).toBeVisible();
  await expect(panel.getByText('“last September”')).toBeVisible();
});

test('clicking the background clears the selection; fit keeps the graph in view', async ({ page }) => {
  await openExplorer(page);
  await clickGraphElement(page, 'e:ru');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
  const empty = await emptyCanvasPoint(page);
  await page.mouse.click(empty.x, empty.y);
  await expect(details(page).getByRole('heading', { name: 'Nothing selected' })).toBeVisible();

  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit' }).click();
  const box = (await page.locator('#panel-graph').boundingBox())!;
  // Fit animates; on a busy machine it may take longer than a fixed pause, so poll until it lands.
  for (const id of ['e:ua', 'e:kinu', 'e:un-security-council']) {
    await expect
      .poll(async () => {
        const p = await screenPoint(page, id);
        return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
      }, { message: `${id} is inside the graph panel after Fit` })
      .toBe(true);
  }
});

test('dragging a node pins it; filtering does not move anything', async ({ page }) => {
  await openExplorer(page);
  const before = await page.evaluate(() => window.__entente!.cy.getElementById('e:kp').position());
  const start = await screenPoint(page, 'e:ua');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 40, start.y + 30, { steps: 5 });
  await page.mouse.up();
  const dragged = await page.evaluate(() => window.__entente!.cy.getElementById('e:ua').position());
  await expect(page.getByRole('button', { name: 'Reset dragged positions' })).toBeVisible();

  await page.getByRole('checkbox', { name: /Belarus/ }).check();
  await expect(countLine(page)).toContainText('9 of 14 entities');
  const after = await page.evaluate(() => window.__entente!.cy.getElementById('e:kp').position());
  expect(after).toEqual(before);
  const uaAfter = await page.evaluate(() => window.__entente!.cy.getElementById('e:ua').position());
  expect(uaAfter.x).toBeCloseTo(dragged.x, 0);
  expect(uaAfter.y).toBeCloseTo(dragged.y, 0);

  await page.getByRole('button', { name: 'Reset dragged positions' }).click();
  await expect(page.getByRole('button', { name: 'Reset dragged positions' })).toBeHidden();
});

test('the list view works from the keyboard alone', async ({ page }) => {
  await openExplorer(page);
  const graphTab = page.getByRole('tab', { name: 'Graph' });
  await graphTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'List' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  // The first focusable thing in the list is the first entity's button.
  const focused = page.locator(':focus');
  await expect(focused).toHaveRole('button');
  const name = (await focused.textContent())!;
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(name);
  await expect(page.getByRole('row', { name: new RegExp(name) }).first()).toHaveAttribute('aria-current', 'true');
});
