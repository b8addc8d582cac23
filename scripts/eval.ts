/**
 * `npm run eval [--json] [--quiet] [--dir <folder>]`: runs the extractor on every gold-annotated
 * article in test/corpus/ (or, with --dir, in another folder such as the team's proxy blind set
 * src/extract/fixtures/blind, scored the same way and reported as one set) and prints precision, recall and F1 per article and overall (seed, dev
 * corpus, all), with the misses and false hits. Scores raw extraction, without curation.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../src/extract/extract';
import { GoldSchema, meanRequiredRecall, prf, scoreArticle, summarizeScores, type ArticleScore, type Counts, type Summary } from '../src/extract/evaluate';
import { ROOT } from './lib/data-files';

export const CORPUS_DIR = join(ROOT, 'test', 'corpus');
/** Issue 10: the seed stays exact; the dev corpus (all sixteen articles, micro) relation F1 ≥ 0.85, entity F1 ≥ 0.95. */
export const TARGETS = { seedRelationF1: 1, seedEntityF1: 1, devRelationF1: 0.85, devEntityF1: 0.95 };

/**
 * Articles kept out of rule writing and scored blind once (since then rules were written from
 * their misses, so they are no longer blind; see docs/extraction.md). Listed in test/corpus/held-out.txt.
 */
export function heldOutIds(dir = CORPUS_DIR): Set<string> {
  const file = join(dir, 'held-out.txt');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** A gold file, or an error that names the file and every field that is wrong. */
function readGold(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  const parsed = GoldSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${path} is not a gold annotation:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Scores every `ID.gold.json` + `ID.txt` pair in a folder. */
export function scoreFolder(dir: string): ArticleScore[] {
  const scores: ArticleScore[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = readGold(join(dir, file));
    const text = readFileSync(join(dir, `${gold.id}.txt`), 'utf8');
    const { entities, relations } = extractArticle({ id: gold.id, published: gold.published }, text);
    scores.push(scoreArticle(gold, text, entities, relations));
  }
  return scores;
}

export function evaluateCorpus(dir = CORPUS_DIR): { seed: Summary; dev: Summary; heldOut: Summary; corpus: Summary; all: Summary } {
  const scores = scoreFolder(dir);
  const heldOut = heldOutIds(dir);
  const isDev = (s: ArticleScore) => /^d\d+-/.test(s.article) && !heldOut.has(s.article);
  const isHeldOut = (s: ArticleScore) => heldOut.has(s.article);
  return {
    seed: summarizeScores(scores.filter((s) => !isDev(s) && !isHeldOut(s))),
    dev: summarizeScores(scores.filter(isDev)),
    heldOut: summarizeScores(scores.filter(isHeldOut)),
    corpus: summarizeScores(scores.filter((s) => isDev(s) || isHeldOut(s))),
    all: summarizeScores(scores),
  };
}

const pct = (x: number) => x.toFixed(3);
const line = (label: string, c: Counts) => {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(10)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

function print(title: string, s: Summary, details: boolean): void {
  console.log(`\n== ${title}`);
  if (details) {
    for (const a of s.articles) {
      console.log(`\n-- ${a.article}`);
      console.log(line('entities', a.entities));
      console.log(line('relations', a.relations));
      console.log(`dates      ${a.dates.correct}/${a.dates.total} correct on matched relations`);
      for (const m of a.missedEntities) console.log(`  missed entity   ${m}`);
      for (const m of a.falseEntities) console.log(`  false entity    ${m}`);
      for (const m of a.missedRelations) console.log(`  missed          ${m}`);
      for (const m of a.falseRelations) console.log(`  false hit       ${m}`);
      for (const m of a.wrongDates) console.log(`  date            ${m}`);
    }
    console.log(`\n   overall (micro, ${s.articles.length} article${s.articles.length === 1 ? '' : 's'})`);
  }
  console.log(line('entities', s.entities));
  console.log(line('relations', s.relations));
  console.log(`dates      ${s.dates.correct}/${s.dates.total} correct on matched relations`);
  console.log(`required   ${pct(meanRequiredRecall(s))} mean recall of required relations per article`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    process.exit(1);
  }
}

function main() {
  const quiet = process.argv.includes('--quiet');
  const dirAt = process.argv.indexOf('--dir');
  if (dirAt >= 0) {
    const dir = resolve(process.argv[dirAt + 1] ?? '');
    const s = summarizeScores(scoreFolder(dir));
    if (process.argv.includes('--json')) console.log(JSON.stringify(s, null, 2));
    else {
      print(`articles in ${dir}`, s, !quiet);
      console.log('\n   per article (relations)');
      for (const a of s.articles) console.log(line(a.article.slice(0, 10), a.relations));
    }
    return;
  }
  const r = evaluateCorpus();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ seed: r.seed, dev: r.dev, heldOut: r.heldOut, corpus: r.corpus, all: r.all }, null, 2));
  } else {
    print('seed article (gold: the hand-curated seed graph)', r.seed, !quiet);
    print('dev corpus (the rules were written on these)', r.dev, !quiet);
    if (r.heldOut.articles.length) print('held out (blind on 2 Dec; rules since written from their misses, so no longer blind: see docs/extraction.md)', r.heldOut, !quiet);
    print(`dev corpus, all ${r.corpus.articles.length} articles (the issue's measure)`, r.corpus, false);
    print('all articles', r.all, false);
    const seedRel = prf(r.seed.relations).f1;
    const seedEnt = prf(r.seed.entities).f1;
    const devRel = prf(r.corpus.relations).f1;
    const devEnt = prf(r.corpus.entities).f1;
    const mark = (ok: boolean) => (ok ? '✓' : '✗');
    console.log(`\ntargets: seed relation F1 ${pct(seedRel)} ≥ ${TARGETS.seedRelationF1} ${mark(seedRel >= TARGETS.seedRelationF1)}; seed entity F1 ${pct(seedEnt)} ≥ ${TARGETS.seedEntityF1} ${mark(seedEnt >= TARGETS.seedEntityF1)}; dev corpus relation F1 ${pct(devRel)} ≥ ${TARGETS.devRelationF1} ${mark(devRel >= TARGETS.devRelationF1)}; dev corpus entity F1 ${pct(devEnt)} ≥ ${TARGETS.devEntityF1} ${mark(devEnt >= TARGETS.devEntityF1)}`);
    if (r.heldOut.articles.length) {
      const h = r.heldOut;
      console.log(`held out (the issue's goal on unseen text: ≥ 0.80 each): precision ${pct(prf(h.relations).precision)}, mean required recall ${pct(meanRequiredRecall(h))}`);
    }
  }
}
