/**
 * Add article, as a person would, against the real local server (`npm start`'s server, on a
 * copy of the data folder): bad input gets a sentence and writes nothing; Preview shows the
 * extractor's draft and writes nothing; a good article is written, extracted, and the graph
 * reloads with it; the same text again is refused.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';

const ROOT = join(import.meta.dirname, '..');
const ARTICLE = {
  title: 'Norway and Chile sign fisheries cooperation plan',
  outlet: 'Test Wire',
  url: 'https://news.example/norway-chile-fisheries',
  date: '2025-03-04',
  text:
    'OSLO, March 4 -- Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van Klaveren in Oslo on Tuesday.\n\n' +
    'Norway and Chile signed a plan to expand cooperation on fisheries and ocean research, the Norwegian foreign ministry said in a statement.\n',
};

// One server and one data folder for the file: the tests run in order, in one worker.
test.describe.configure({ mode: 'serial' });

let dataRoot: string;
let server: ChildProcess;
/** The server's own address: it picks a free port, so parallel runs of the suite never collide. */
let address: string;
const articleFiles = () => readdirSync(join(dataRoot, 'articles')).sort();

test.beforeAll(async () => {
  test.setTimeout(90_000);
  dataRoot = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
  cpSync(join(ROOT, 'data'), dataRoot, { recursive: true, filter: (src) => !src.includes(`${join(ROOT, 'data', 'generated')}`) && !/\.entente\.lock/.test(src) });
  server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'server', 'main.ts')], { cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ENTENTE_DATA_ROOT: dataRoot } });
  address = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (d) => {
      const m = /listening on (\S+)/.exec(String(d));
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
});

test.afterAll(() => {
  server?.kill();
  rmSync(dataRoot, { recursive: true, force: true });
});

test('add an article: a sentence for what is missing, then the graph reloads with it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${address}/`);
  await expect(page.getByTestId('count-line')).toBeVisible();
  await expect(page.getByTestId('read-only')).toHaveCount(0);
  const before = articleFiles();

  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByRole('button', { name: 'Add and extract' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Paste the article’s text/);

  await dialog.getByLabel('Text').fill(ARTICLE.text);
  await dialog.getByLabel('Title').fill(ARTICLE.title);
  await dialog.getByLabel('Outlet').fill(ARTICLE.outlet);
  await dialog.getByLabel('Address (URL)').fill(ARTICLE.url);
  await dialog.getByRole('button', { name: 'Add and extract' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Give the publication date/);
  expect(articleFiles()).toEqual(before);

  await dialog.getByLabel('Publication date').fill(ARTICLE.date);

  // Preview: the extractor reads the text in a worker and shows the draft; nothing is written.
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const draft = dialog.getByTestId('add-article-draft');
  await expect(draft.getByRole('status')).toHaveText(/^Draft: \d+ relations? among \d+ entities \(2 people\) — nothing is saved yet$/, { timeout: 30_000 });
  await expect(draft.getByText('Espen Barth Eide and Alberto van Klaveren met.')).toBeVisible();
  await expect(draft.getByText(/“Norway and Chile signed a plan/)).toBeVisible();
  expect(articleFiles()).toEqual(before);
  // An edit of the text makes the draft stale: it goes until the next preview.
  await dialog.getByLabel('Text').fill(`${ARTICLE.text} `);
  await expect(draft).toHaveCount(0);
  await dialog.getByLabel('Text').fill(ARTICLE.text);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(draft).toBeVisible({ timeout: 30_000 });

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/add-article-1280.png' });
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await dialog.getByRole('button', { name: 'Add and extract' }).click();

  // The page reloads on the rebuilt graph: two source articles, the new one's people in it.
  await expect(page.getByText('2 source articles')).toBeVisible({ timeout: 30_000 });
  expect(articleFiles()).toEqual([...before, 'norway-and-chile-sign-fisheries-cooperation-2025-03-04.json', 'norway-and-chile-sign-fisheries-cooperation-2025-03-04.txt'].sort());
  const graph = JSON.parse(readFileSync(join(dataRoot, 'graph.json'), 'utf8'));
  expect(graph.articles.map((a: { id: string }) => a.id)).toContain('norway-and-chile-sign-fisheries-cooperation-2025-03-04');

  // The same text again: refused with a sentence, nothing written.
  const after = articleFiles();
  await page.getByRole('button', { name: 'Add article' }).click();
  await dialog.getByLabel('Text').fill(ARTICLE.text);
  await dialog.getByLabel('Title').fill('Another title');
  await dialog.getByLabel('Outlet').fill(ARTICLE.outlet);
  await dialog.getByLabel('Address (URL)').fill('https://news.example/elsewhere');
  await dialog.getByLabel('Publication date').fill(ARTICLE.date);
  await dialog.getByRole('button', { name: 'Add and extract' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/already in the data set/);
  expect(articleFiles()).toEqual(after);
});

test('on a phone the form fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${address}/`);
  await page.getByRole('button', { name: 'Add article' }).click();
  const box = await page.getByRole('dialog', { name: 'Add an article' }).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/add-article-390.png' });
});

/** A news page made here, not a corpus text: menu, story, related links, footer, and its metadata. */
const PAGE = `<!doctype html><html lang="en"><head>
<title>Kenya, Ghana agree health pact | Page Wire</title>
<meta property="og:title" content="Kenya and Ghana agree to cooperate on public health">
<meta property="og:site_name" content="Page Wire">
<meta property="article:published_time" content="2025-05-12T08:00:00Z">
<link rel="canonical" href="https://news.example/kenya-ghana-health">
</head><body>
<nav><a href="/">Home</a> <a href="/africa">Africa</a> <a href="/markets">Markets</a></nav>
<article><h1>Kenya and Ghana agree to cooperate on public health</h1>
<p>NAIROBI, May 12 -- Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday, the presidency said in a statement.</p>
<p>Kenya and Ghana agreed to cooperate on vaccine production and disease surveillance, and their health ministers will meet in Accra next month to set out the details.</p>
</article>
<aside><a href="/x">Coffee exports climb</a></aside><footer>Copyright Page Wire</footer>
</body></html>`;

test('a web page, chosen or dropped: the story is kept and the form filled from its metadata', async ({ page }) => {
  await page.goto(`${address}/`);
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });

  // Choose a file (the keyboard's way in: the chooser is a labelled file input).
  await dialog.getByLabel('Choose a file…').setInputFiles({ name: 'kenya-ghana.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) });
  await expect(dialog.getByRole('status')).toHaveText(/kept the article’s 2 paragraphs and filled the title, outlet, address and date from it/);
  await expect(dialog.getByLabel('Title')).toHaveValue('Kenya and Ghana agree to cooperate on public health');
  await expect(dialog.getByLabel('Outlet')).toHaveValue('Page Wire');
  await expect(dialog.getByLabel('Address (URL)')).toHaveValue('https://news.example/kenya-ghana-health');
  await expect(dialog.getByLabel('Publication date')).toHaveValue('2025-05-12');
  const text = await dialog.getByLabel('Text').inputValue();
  expect(text).toMatch(/^NAIROBI, May 12 -- Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday/);
  expect(text).not.toMatch(/Markets|Coffee exports|Copyright/);
  await page.screenshot({ path: 'test-results/add-article-html-1280.png' });

  // A file it cannot read: a sentence, and what was there stays.
  await dialog.getByLabel('Choose a file…').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(dialog.getByRole('alert')).toHaveText('Only a .txt or .html file can be added; “scan.pdf” is neither.');
  await expect(dialog.getByLabel('Text')).toHaveValue(text);

  // Dropped on the form: a plain-text file is taken as it is; the typed title is not overwritten.
  await dialog.getByLabel('Title').fill('Typed title');
  await page.evaluate(() => {
    const form = document.querySelector('dialog[open] form')!;
    const data = new DataTransfer();
    data.items.add(new File(['ACCRA, June 2 -- Ghana and Kenya signed the health agreement on Monday.\n'], 'plain.txt', { type: 'text/plain' }));
    form.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    form.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(dialog.getByRole('status')).toHaveText('Took the text of “plain.txt”.');
  await expect(dialog.getByLabel('Text')).toHaveValue('ACCRA, June 2 -- Ghana and Kenya signed the health agreement on Monday.\n');
  await expect(dialog.getByLabel('Title')).toHaveValue('Typed title');
});
