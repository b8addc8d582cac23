/**
 * A body of reporting: the sample corpus from the Data set picker, its sample texts labelled,
 * claims backed by several articles, contested claims side by side, and the timeline whose
 * brush is the date filter (mouse, keyboard, play), with Back/Forward and links restoring both
 * the brush and the data set. Figures are read from the data, not pinned: the corpus is rebuilt
 * whenever the extractor changes.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { contestedPairs } from '../src/model/claims';
import { dateSortKey } from '../src/model/dates';
import type { Graph } from '../src/model/schema';
import { countLine, details, openExplorer } from './helpers';

const SAMPLE = 'data/sample/graph.json';
const corpus = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Graph;
const articlesOf = (r: Graph['relations'][number]) => new Set(r.evidence.map((e) => e.article)).size;
const search = (page: Page) => new URL(page.url()).searchParams;

async function dragOnTimeline(page: Page, fromFraction: number, toFraction: number) {
  const box = (await page.getByTestId('timeline-canvas').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * fromFraction, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((fromFraction + toFraction) / 2), y, { steps: 3 });
  await page.mouse.move(box.x + box.width * toFraction, y, { steps: 3 });
  await page.mouse.up();
}

test('the sample corpus opens from the picker, labelled as sample text; Back and Forward switch data sets', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByRole('banner')).toContainText('The Korea Times (Yonhap)');
  await page.getByLabel('Data set').selectOption(SAMPLE);
  await expect(page).toHaveURL(/\?data=data\/sample\/graph\.json$/);
  await page.waitForFunction(() => window.__entente?.ready === true);
  await expect(countLine(page)).toContainText(`of ${corpus.relations.length} relations`);
  await expect(page.getByRole('banner')).toContainText('sample texts, not published articles');
  // Every sample source card says so; the seed's card keeps its real byline and link.
  const cards = details(page).getByRole('listitem');
  await expect(cards.first()).toContainText('Sample text · not a published article');

  await page.goBack();
  await expect(page.getByLabel('Data set')).toHaveValue('data/graph.json');
  await expect(countLine(page)).toContainText('of 24 relations');
  // The seed is a published article: its real byline, its link to the original, no sample label.
  await expect(details(page).getByRole('listitem').first()).toContainText('The Korea Times (Yonhap)');
  await expect(details(page).getByRole('link', { name: /Original/ })).toBeVisible();
  await expect(page.getByTestId('sample-label')).toHaveCount(0);
  await page.goForward();
  await expect(page.getByLabel('Data set')).toHaveValue(SAMPLE);
});

test('brushing the timeline filters the graph, counts and link; Back and Forward restore the brush', async ({ page }) => {
  await openExplorer(page, `./?data=${SAMPLE}`);
  const all = (await countLine(page).textContent())!;
  await expect(page.getByTestId('timeline-range')).toHaveText('all dates');
  await dragOnTimeline(page, 0.55, 0.8);
  await expect(page).toHaveURL(/from=\d{4}(-\d{2})?(-\d{2})?&to=\d{4}/);
  const from = search(page).get('from')!;
  const to = search(page).get('to')!;
  await expect(countLine(page)).toContainText('filtered');
  expect(await countLine(page).textContent()).not.toBe(all);
  await expect(page.getByTestId('timeline-range')).not.toHaveText('all dates');
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(from);

  // Drag the brush itself: it moves, keeping its width.
  const box = (await page.getByTestId('timeline-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.67, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  // The drag pushes one history entry and replaces it as the brush moves, each write after the frame
  // it follows: wait until the address agrees with the From field (the brush at rest), not for its first change.
  const fromField = page.getByRole('textbox', { name: 'From' });
  await expect(fromField).not.toHaveValue(from);
  await expect.poll(async () => search(page).get('from') === (await fromField.inputValue())).toBe(true);
  const moved = search(page).get('from');
  expect(moved).not.toBe(from);

  await page.goBack();
  await expect.poll(() => search(page).get('from')).toBe(from);
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(from);
  await page.goBack();
  await expect.poll(() => search(page).get('from')).toBeNull();
  await expect(countLine(page)).toHaveText(all);
  await page.goForward();
  await page.goForward();
  await expect.poll(() => search(page).get('from')).toBe(moved);
  expect(search(page).get('to')).not.toBe(to);

  // A deep link opens on the same brush.
  await openExplorer(page, `./?data=${SAMPLE}&from=2023-08&to=2023-12`);
  await expect(page.getByTestId('timeline-range')).toHaveText('August 2023 – December 2023');
  await expect(page.getByLabel('Data set')).toHaveValue(SAMPLE);
});

test('the brush is a slider pair for the keyboard, and the timeline has a table', async ({ page }) => {
  await openExplorer(page, `./?data=${SAMPLE}`);
  const fromSlider = page.getByTestId('timeline-from');
  await fromSlider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => search(page).get('from')).not.toBeNull();
  const valueText = await fromSlider.getAttribute('aria-valuetext');
  await expect(page.getByTestId('timeline-range')).toContainText(valueText!);
  const toSlider = page.getByTestId('timeline-to');
  await toSlider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => search(page).get('to')).not.toBeNull();
  await page.getByText('Timeline as a table').click();
  await expect(page.getByRole('table', { name: /Relations active in each period/ })).toBeVisible();
});

test('play steps the window through time while the graph follows', async ({ page, context }) => {
  await openExplorer(page, `./?data=${SAMPLE}&from=2023-07&to=2023-09`);
  await page.getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => search(page).get('from'), { timeout: 5000 }).not.toBe('2023-07');
  // The window keeps its width (three months) as it steps.
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  expect(months(search(page).get('to')!) - months(search(page).get('from')!)).toBe(2);
  expect(months(search(page).get('from')!)).toBeGreaterThan(months('2023-07'));
  await page.getByRole('button', { name: /Pause/ }).click();
  await page.waitForTimeout(200); // the last step's address is written after its frame
  const paused = search(page).get('from');
  await page.waitForTimeout(1500);
  expect(search(page).get('from')).toBe(paused);
  // The graph followed: what it shows now is what a fresh page opened on the same link shows.
  const shown = await countLine(page).textContent();
  const fresh = await context.newPage();
  await openExplorer(fresh, page.url());
  await expect(countLine(fresh)).toHaveText(shown!);
});

test('a claim backed by several articles lists every mention and says why they are one claim', async ({ page }) => {
  const claim = corpus.relations.find((r) => r.evidence.length >= 3 && articlesOf(r) >= 2)!;
  expect(claim, 'the corpus has a claim with three mentions in two articles').toBeTruthy();
  await openExplorer(page, `./?data=${SAMPLE}&select=r:${claim.id}`);
  await expect(details(page).getByText(`Source quotes (${claim.evidence.length})`)).toBeVisible();
  await expect(details(page).getByTestId('claim-support')).toContainText(`in ${articlesOf(claim)} articles (${claim.evidence.length} mentions)`);
  await expect(details(page).getByTestId('claim-support')).toContainText('same kind, the same participants and the same status');
  await expect(details(page).getByTestId('sample-label').first()).toBeVisible();

  // The seed's three forecasts of one trilateral cooperation are one claim.
  await openExplorer(page, './?select=r:trilateral-cooperation-forecast');
  await expect(details(page).getByText(/Source quotes \((\d+)\)/)).toBeVisible();
  await expect(details(page)).toContainText('there are views within Russia that the cooperation could extend');
  await expect(details(page)).toContainText('experts forecast trilateral cooperation involving Russia');
});

test('a contested claim shows both sides side by side, and the other side opens', async ({ page }) => {
  const pairs = contestedPairs(corpus.relations);
  const [id, others] = [...pairs.entries()].find(([rid]) => corpus.relations.find((r) => r.id === rid)!.status !== 'denied')!;
  await openExplorer(page, `./?data=${SAMPLE}&select=r:${id}`);
  const contested = details(page).getByTestId('contested');
  await expect(contested).toContainText('Contested');
  await expect(contested).toContainText('This claim');
  await expect(contested).toContainText('The other side: Denied');
  await contested.getByRole('button', { name: 'Open this claim' }).first().click();
  await expect(page).toHaveURL(new RegExp(`select=r:${others[0]}`));
  await expect(details(page).getByTestId('contested')).toContainText('Others report what this denies');
});

test('"contested only", "at least N outlets" and the Sources facet filter the claims and go in the link', async ({ page }) => {
  const pairs = contestedPairs(corpus.relations);
  await openExplorer(page, `./?data=${SAMPLE}`);
  const panel = page.getByRole('complementary', { name: 'Filters and legend' });
  await panel.getByRole('checkbox', { name: /Contested only/ }).check();
  await expect(page).toHaveURL(/contested=1/);
  await expect(countLine(page)).toContainText(`${pairs.size} of ${corpus.relations.length} relations`);
  await panel.getByRole('checkbox', { name: /Contested only/ }).uncheck();

  const seed = corpus.articles.find((a) => a.publisher !== 'Entente sample corpus')!;
  await panel.getByRole('checkbox', { name: new RegExp(seed.title.slice(0, 30)) }).check();
  await expect(page).toHaveURL(new RegExp(`source=${seed.id}`));
  const fromSeed = corpus.relations.filter((r) => r.evidence.some((e) => e.article === seed.id)).length;
  await expect(countLine(page)).toContainText(`${fromSeed} of ${corpus.relations.length} relations`);

  await page.goBack();
  await expect(countLine(page)).toContainText(`${corpus.relations.length} of ${corpus.relations.length} relations`);
  await panel.getByLabel('At least').selectOption('2');
  await expect(page).toHaveURL(/outlets=2/);
});


test("an entity's relations can be read in date order, as its own timeline", async ({ page }) => {
  await openExplorer(page, `./?data=${SAMPLE}&select=e:kp`);
  await details(page).getByRole('radio', { name: 'In date order' }).click();
  const items = details(page).getByTestId('entity-timeline').getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const own = corpus.relations.filter((r) => r.participants.includes('kp'));
  const earliest = own.filter((r) => r.date).map((r) => dateSortKey(r.date)).sort()[0];
  const candidates = own.filter((r) => r.date && dateSortKey(r.date) === earliest).map((r) => r.summary);
  expect(candidates).toContain(await items.first().getByRole('button').locator('span.block').first().textContent());
});

test('hovering a bar names it and emphasises on the graph the relations active then', async ({ page }) => {
  await openExplorer(page, `./?data=${SAMPLE}&from=2023-10&to=2023-10`);
  const box = (await page.getByTestId('timeline-canvas').boundingBox())!;
  // The brushed bar is the one drawn with a frame; hover its middle by finding October's position from the slider.
  const bins = Number(await page.getByTestId('timeline-from').getAttribute('max')) + 1;
  const index = Number(await page.getByTestId('timeline-from').inputValue());
  await page.mouse.move(box.x + ((index + 0.5) / bins) * box.width, box.y + box.height / 2);
  await expect(page.getByTestId('timeline').getByRole('status')).toContainText('October 2023');
  await expect.poll(() => page.evaluate(() => window.__entente!.cy.elements('.focus').length)).toBeGreaterThan(0);
  await page.mouse.move(0, 0);
  await expect.poll(() => page.evaluate(() => window.__entente!.cy.elements('.focus').length)).toBe(0);
});

test('axe finds nothing serious in the corpus: a contested claim open, the timeline brushed, its table shown', async ({ page }) => {
  const [id] = [...contestedPairs(corpus.relations).keys()];
  await openExplorer(page, `./?data=${SAMPLE}&from=2023-08&to=2023-12&select=r:${id}`);
  await expect(details(page).getByTestId('contested')).toBeVisible();
  await page.getByText('Timeline as a table').click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
});

test("a relation's details give each person's office at its time, and a person's details date every office", async ({ page }) => {
  const people = new Set(corpus.entities.filter((e) => e.kind === 'person').map((e) => e.id));
  const holders = new Set(corpus.relations.filter((r) => r.kind === 'role').map((r) => r.participants[0]));
  const relation = corpus.relations.find((r) => r.kind !== 'role' && r.date && r.participants.some((p) => people.has(p) && holders.has(p)))!;
  await openExplorer(page, `./?data=${SAMPLE}&select=r:${relation.id}`);
  await expect(details(page).getByTestId('offices-at-time')).toContainText('Offices at the time');
  const person = relation.participants.find((p) => people.has(p) && holders.has(p))!;
  await openExplorer(page, `./?data=${SAMPLE}&select=e:${person}`);
  await expect(details(page).getByTestId('dated-offices')).toContainText('reported');
});
