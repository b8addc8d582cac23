/**
 * `npm run bench:extract [count]`: articles per second of the extraction core on one core.
 * The articles are the gold corpus texts, varied so no two are identical (paragraphs
 * rotated, actors swapped), which defeats any per-text caching. The timed loop is the steady
 * state of a long run (the CLI over a folder, the local server): a warm-up pass over each base
 * text once is excluded from it and printed apart — one article alone left set-up in the loop
 * (compromise's tagger on its first name, every pattern compiled again for the first text with
 * curly quotes: about a sixth of the loop). The figure with the warm-up included is printed too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/extract';
import { ROOT } from '../scripts/lib/data-files';

const COUNT = Number(process.argv[2] ?? 300);
const dir = join(ROOT, 'test', 'corpus');
const bases = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; published: string };
    return { published: gold.published, text: readFileSync(join(dir, `${gold.id}.txt`), 'utf8') };
  });

const SWAPS: Array<[RegExp, string]> = [
  [/\bBelarus\b/g, 'Kazakhstan'],
  [/\bBelarusian\b/g, 'Kazakh'],
  [/\bUkraine\b/g, 'Georgia'],
  [/\bJapan\b/g, 'Australia'],
  [/\bChina\b/g, 'India'],
];

function variant(i: number): { published: string; text: string } {
  const base = bases[i % bases.length];
  const paras = base.text.split(/\n\s*\n/);
  const [title, ...body] = paras;
  const k = Math.floor(i / bases.length) % Math.max(1, body.length);
  let text = [title, ...body.slice(k), ...body.slice(0, k)].join('\n\n');
  if (i % 2) for (const [re, to] of SWAPS) text = text.replace(re, to);
  return { published: base.published, text: `${text}\n\nReport ${i}.` };
}

const articles = Array.from({ length: COUNT }, (_, i) => variant(i));
const bytes = articles.reduce((n, a) => n + a.text.length, 0);

const warm = performance.now();
bases.forEach((b, i) => extractArticle({ id: `warm-up-${i}`, published: b.published }, b.text));
const warmUp = performance.now() - warm;

const times: number[] = [];
let relations = 0;
const t0 = performance.now();
articles.forEach((a, i) => {
  const s = performance.now();
  relations += extractArticle({ id: `bench-${i}`, published: a.published }, a.text).relations.length;
  times.push(performance.now() - s);
});
const total = performance.now() - t0;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);

console.log(`extraction benchmark: ${COUNT} articles (${(bytes / 1024).toFixed(0)} KiB, ~${Math.round(bytes / COUNT)} characters each), one core`);
console.log(`  warm-up: ${bases.length} base texts once (dictionaries, tagger, parser set-up, patterns compiled): ${warmUp.toFixed(0)} ms`);
console.log(`  total ${total.toFixed(0)} ms → ${(COUNT / (total / 1000)).toFixed(1)} articles/s, ${(bytes / 1024 / (total / 1000)).toFixed(0)} KiB/s`);
console.log(`  with the warm-up counted: ${((COUNT + bases.length) / ((total + warmUp) / 1000)).toFixed(1)} articles/s`);
console.log(`  per article: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
console.log(`  ${relations} relations (${(relations / COUNT).toFixed(1)} per article)`);
// One very long text (the CLI accepts up to 10 MB): the cost must grow linearly, not with the square of the length.
// Paragraphs are numbered so none is dropped as a repeat.
const long = articles.slice(0, 150).map((a, i) => a.text.replace(/\n\n/g, ` [${i}]\n\n`)).join('\n\n');
const l0 = performance.now();
extractArticle({ id: 'long', published: articles[0].published }, long);
const longMs = performance.now() - l0;
console.log(`  one long article of ${(long.length / 1024).toFixed(0)} KiB: ${longMs.toFixed(0)} ms (${(long.length / 1024 / (longMs / 1000)).toFixed(0)} KiB/s)`);
console.log(`  target ≥ 200 articles/s on one idle core: ${COUNT / (total / 1000) >= 200 ? 'met' : 'NOT met'} (measure with the machine otherwise idle)`);
