/**
 * Opened as static files (vite preview, as on a static host), the app has no API to save to:
 * it says it is read-only where editing would be offered, and how to edit, and axe finds
 * nothing serious in that note. Review still works there: decisions are kept in the page, shown
 * in the graph, and downloaded as a valid curation.json to commit.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openExplorer } from './helpers';

test('the static build says it is read-only, and how to edit', async ({ page }) => {
  await openExplorer(page);
  const note = page.getByTestId('read-only');
  await expect(note).toBeVisible();
  await expect(note.getByText('Read-only')).toBeVisible();
  await note.getByText('Read-only').click();
  await expect(note.getByText(/nothing can be saved here/)).toBeVisible();
  await expect(note.getByText('npm start')).toBeVisible();
  await page.screenshot({ path: 'test-results/read-only-1280.png' });
  const results = await new AxeBuilder({ page }).include('[data-testid="read-only"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('on a phone the note fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  const note = page.getByTestId('read-only');
  await note.getByText('Read-only').click();
  const box = await note.getByText(/nothing can be saved here/).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/read-only-390.png' });
});

/** The relation count in the count line ("… 30 of 30 relations"). */
async function relationCount(page: import('@playwright/test').Page): Promise<number> {
  const line = await page.getByTestId('count-line').innerText();
  return Number(/of (\d+) relations?/.exec(line)![1]);
}

test('Review works on the static copy with the keyboard: decisions show in the graph and download as a valid curation.json', async ({ page }) => {
  // The sample corpus: the seed's relations all have decisions already.
  await openExplorer(page, './?data=data/sample/graph.json');
  const before = await relationCount(page);
  await page.getByRole('button', { name: 'Review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Review extracted relations' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/decisions are kept in this page/)).toBeVisible();
  await expect(dialog.getByText(/commit it as data\/sample\/curation.json/)).toBeVisible();
  const download = dialog.getByTestId('review-download');
  await expect(download).toBeDisabled();

  const first = await dialog.getByTestId('review-card').getAttribute('data-relation');
  await page.keyboard.press('r');
  await expect(dialog.getByTestId('review-said')).toContainText('Rejected');
  await expect(page.getByTestId('count-line')).toContainText(`of ${before - 1} relation`);
  const second = await dialog.getByTestId('review-card').getAttribute('data-relation');
  expect(second).not.toBe(first);
  await page.keyboard.press('s');
  await page.keyboard.press('a');
  await expect(dialog.getByTestId('review-said')).toContainText('Corrected and accepted');
  await expect(download).toHaveText('Download curation.json (2 new decisions)');
  await page.screenshot({ path: 'test-results/read-only-review-1280.png' });

  // Undo takes the rejection back in the graph too; doing it again restores the count.
  await page.keyboard.press('u');
  await expect(download).toHaveText('Download curation.json (1 new decision)');
  await page.keyboard.press('u');
  await expect(page.getByTestId('count-line')).toContainText(`of ${before} relation`);
  await page.keyboard.press('r');
  await expect(page.getByTestId('count-line')).toContainText(`of ${before - 1} relation`);

  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('curation.json');
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
  const { parseCuration } = await import('../src/extract/curation');
  expect(parseCuration('curation.json', saved).problems).toEqual([]);
  const served = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'sample', 'curation.json'), 'utf8'));
  // Every served entry is kept as it was, and the page's decision is added.
  expect(saved.relations.slice(0, served.relations.length)).toEqual(served.relations);
  // Two undos reopened the first relation, and R rejected it again.
  expect(saved.relations.at(-1)).toMatchObject({ match: first, action: 'reject' });

  // Closing and reopening keeps the page's decisions.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(dialog.getByTestId('review-download')).toHaveText('Download curation.json (1 new decision)');
});

test('Review corrects a date and the participants with the keyboard alone', async ({ page }) => {
  await openExplorer(page, './?data=data/sample/graph.json');
  await page.getByRole('button', { name: 'Review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Review extracted relations' });
  const card = dialog.getByTestId('review-card');
  const id = await card.getAttribute('data-relation');

  // T: the date, typed at the precision known; a wrong one gets a sentence and changes nothing.
  await page.keyboard.press('t');
  const date = dialog.getByLabel('Date of the event');
  await expect(date).toBeFocused();
  await date.fill('2023-02-30');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('is not a date');
  await date.fill('2023-12');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('review-date')).toContainText('December 2023');
  await expect(dialog.getByRole('button', { name: 'Date' })).toBeFocused();

  // P: a participant added by typing its name; Escape is done.
  await page.keyboard.press('p');
  const add = dialog.getByLabel('Add a participant');
  await expect(add).toBeFocused();
  await add.fill('Nowhere Land');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('No entity in this data set is called “Nowhere Land”');
  // …which can be added as a new entity, with the keyboard.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'person' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'organization' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Participants' }).getByText('Nowhere Land')).toBeVisible();
  await expect(add).toBeFocused();
  await add.fill('Brazil');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Participants' }).getByText('Brazil')).toBeVisible();
  await add.fill('Ven');
  await page.screenshot({ path: 'test-results/review-edit-1280.png' });
  await add.fill('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('review-participants')).toContainText('Brazil');
  await expect(dialog.getByTestId('review-participants')).toContainText('(was');

  await page.keyboard.press('a');
  await expect(dialog.getByTestId('review-said')).toContainText('Corrected and accepted');
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('review-download').click()]);
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
  const entry = saved.relations.find((e: { match: string }) => e.match === id);
  expect(entry.set.date).toBe('2023-12');
  expect(entry.set.participants).toEqual(expect.arrayContaining(['br', 'nowhere-land']));
  expect(saved.entities).toContainEqual(expect.objectContaining({ id: 'nowhere-land', add: true, kind: 'organization', name: 'Nowhere Land' }));
  const { parseCuration } = await import('../src/extract/curation');
  expect(parseCuration('curation.json', saved).problems).toEqual([]);
  // The graph shown has the new entity.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.getByText('Nowhere Land').first()).toBeVisible();
});

test('Review asks about entities that may be one, once the relations are decided: keep apart, undo, merge', async ({ page }) => {
  // The seed, every relation of which has a decision, with one more entity: a surname alone.
  const seed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'graph.json'), 'utf8'));
  seed.entities.push({ id: 'ryzhenkov-alone', kind: 'person', name: 'Ryzhenkov', aliases: [], country: 'by' });
  await page.route('**/data/graph.json', (route) => route.fulfill({ json: seed }));
  await openExplorer(page);
  await expect(page.getByTestId('count-line')).toContainText(`${seed.entities.length} of ${seed.entities.length} entities`);
  await page.getByRole('button', { name: 'Review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Review extracted relations' });
  const merge = dialog.getByTestId('review-merge');
  await expect(merge).toContainText('one name is part of the other');
  await expect(merge).toContainText('Ryzhenkov');
  await page.screenshot({ path: 'test-results/review-merge-1280.png' });

  await page.keyboard.press('d');
  await expect(dialog.getByTestId('review-said')).toContainText('are kept apart');
  await expect(merge).toHaveCount(0);
  await page.keyboard.press('u');
  await expect(merge).toBeVisible();
  await page.keyboard.press('m');
  await expect(dialog.getByTestId('review-said')).toContainText('are one');
  await expect(page.getByTestId('count-line')).toContainText(`${seed.entities.length - 1} of ${seed.entities.length - 1} entities`);

  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('review-download').click()]);
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
  const { parseCuration } = await import('../src/extract/curation');
  expect(parseCuration('curation.json', saved).problems).toEqual([]);
  const entry = saved.entities.find((e: { merge?: string[] }) => e.merge?.includes('ryzhenkov-alone') || e.merge?.includes('maxim-ryzhenkov'));
  expect(entry).toBeTruthy();
});

test('Review asks about an entity the extractor doubted: it is, it is not, or it is the same as another', async ({ page }) => {
  const seed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'graph.json'), 'utf8'));
  seed.entities.push({ id: 'port-said', kind: 'person', name: 'Port Said', aliases: [], confidence: 0.6 });
  await page.route('**/data/graph.json', (route) => route.fulfill({ json: seed }));
  await openExplorer(page);
  const n = seed.entities.length;
  await page.getByRole('button', { name: 'Review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Review extracted relations' });
  const card = dialog.getByTestId('review-entity');
  await expect(card).toContainText('Is “Port Said” a person?');
  await page.screenshot({ path: 'test-results/review-entity-1280.png' });

  await page.keyboard.press('x');
  await expect(dialog.getByTestId('review-said')).toContainText('is not an entity');
  await expect(page.getByTestId('count-line')).toContainText(`${n - 1} of ${n - 1} entities`);
  await page.keyboard.press('u');
  await expect(page.getByTestId('count-line')).toContainText(`${n} of ${n} entities`);
  await expect(card).toBeVisible();

  await page.keyboard.press('m');
  const same = dialog.getByLabel('Same as');
  await expect(same).toBeFocused();
  await same.fill('Choe Son-hui');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('review-said')).toContainText('“Port Said” is Choe Son-hui: merged');
  await expect(page.getByTestId('count-line')).toContainText(`${n - 1} of ${n - 1} entities`);
  await page.keyboard.press('u');
  await expect(dialog.getByTestId('review-said')).toContainText('Undone');
  await page.keyboard.press('y');
  await expect(dialog.getByTestId('review-said')).toContainText('“Port Said” is a person');
  await expect(card).toHaveCount(0);

  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('review-download').click()]);
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(saved.entities.at(-1)).toMatchObject({ id: 'port-said', confirmed: true });
});
