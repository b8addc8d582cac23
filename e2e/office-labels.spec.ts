/**
 * Offices as of the date: a person who held two offices is labelled with the one held at the
 * time in view — the brushed range, or the selected relation's date — not a timeless title.
 * The sample corpus dates one office per person, so the journey adds a second, later one for
 * Sergei Shoigu (a test file written beside the sample, removed afterwards).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { openExplorer } from './helpers';

const SHOTS = process.env.OFFICE_SHOTS; // a folder: also save screenshots there, to look at

function twoOfficeCorpus(): string {
  const graph = JSON.parse(readFileSync('data/sample/graph.json', 'utf8'));
  for (const a of graph.articles) a.text = readFileSync(`data/sample/articles/${a.id}.txt`, 'utf8');
  const later = graph.articles.find((a: { id: string }) => a.id === 'd7-modi-moscow-2024'); // 9 July 2024
  const quote = later.text.slice(0, 40);
  graph.entities.find((e: { id: string }) => e.id === 'sergei-shoigu').offices.push('Secretary of the Security Council');
  graph.relations.push({
    id: 'role-shoigu-security-council',
    kind: 'role',
    participants: ['sergei-shoigu', 'ru'],
    directed: true,
    status: 'reported',
    summary: 'Sergei Shoigu is Secretary of the Security Council of Russia.',
    evidence: [{ article: later.id, start: 0, end: quote.length, quote }],
    origin: 'manual',
  });
  return JSON.stringify(graph);
}

const label = (page: Page) => page.evaluate(() => window.__entente!.cy.getElementById('e:sergei-shoigu').data('label') as string);

test('a person is labelled with the office held at the time in view', async ({ page }) => {
  mkdirSync('data/generated', { recursive: true });
  const file = `data/generated/e2e-offices-${test.info().workerIndex}.json`;
  writeFileSync(file, twoOfficeCorpus());
  try {
    // Nothing brushed: the latest office the sources attest.
    await openExplorer(page, `./?data=${file}`);
    await expect.poll(() => label(page)).toBe('Sergei Shoigu\nSecretary of the Security Council');

    // The brush on 2023: the office he held then.
    await openExplorer(page, `./?data=${file}&from=2023&to=2023`);
    await expect.poll(() => label(page)).toBe('Sergei Shoigu\nDefence Minister');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/offices-2023.png` });

    // The brush cleared, without a reload: the label follows.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => label(page)).toBe('Sergei Shoigu\nSecretary of the Security Council');

    // A selected relation's date is the time in view: his July 2023 visit to Pyongyang.
    await openExplorer(page, `./?data=${file}&select=r:meeting-kp-shoigu-1yisg6t`);
    await expect.poll(() => label(page)).toBe('Sergei Shoigu\nDefence Minister');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/offices-selected.png` });
  } finally {
    rmSync(file, { force: true });
  }
});
