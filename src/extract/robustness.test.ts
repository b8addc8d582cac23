/**
 * The extractor never throws and never misquotes, whatever text it is given: seeded texts spliced
 * and mangled from the annotated articles (with courtesy titles, quotes, dashes and possessives
 * dropped in at random, words cut, sentences run together, capitals shouted or full stops lost).
 * A user who adds an article must always get a draft. `EXTRACT_FUZZ_SEED` / `EXTRACT_FUZZ_RUNS`
 * vary the run; a failure prints the seed and the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const FIXTURES = join(__dirname, 'fixtures');
const SEED = Number(process.env.EXTRACT_FUZZ_SEED ?? 20261206);
const RUNS = Number(process.env.EXTRACT_FUZZ_RUNS ?? 200);
const INSERTS = ['Mr', 'Dr', 'Ms', 'Sir', 'the', "'s", '—', '"', '(', ')', 'not', 'will', 'and', 'his', 'Its', 'Minister', 'President'];

function sentencesOfFixtures(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(FIXTURES).sort()) {
    for (const f of readdirSync(join(FIXTURES, dir)).filter((x) => x.endsWith('.txt')).sort()) {
      out.push(...readFileSync(join(FIXTURES, dir, f), 'utf8').split(/(?<=[.!?])\s+|\n+/).filter((x) => x.length > 20));
    }
  }
  return out;
}

/** A small linear congruential generator: the same seed gives the same texts on every machine. */
function generator(seed: number): () => number {
  let state = seed & 0x7fffffff;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function mangledArticle(random: () => number, sentences: string[]): string {
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const mangle = (s: string): string => {
    const words = s.split(' ');
    const at = Math.floor(random() * words.length);
    const r = random();
    if (r < 0.25) words.splice(at, 0, INSERTS[Math.floor(random() * INSERTS.length)]);
    else if (r < 0.4) words.splice(at, 1 + Math.floor(random() * 3));
    else if (r < 0.6) return [...words.slice(0, at), ...pick().split(' ').slice(at % 7)].join(' ');
    else if (r < 0.7) return s.toUpperCase();
    else if (r < 0.8) return s.replace(/[.,]/g, '');
    return words.join(' ');
  };
  const body = Array.from({ length: 1 + Math.floor(random() * 12) }, () => mangle(pick()));
  return `${mangle(pick())}\n\n${body.join(random() < 0.5 ? ' ' : '\n\n')}\n`;
}

describe('the extractor on mangled text', () => {
  it(`never throws, and every quote is the text at its offsets (seed ${SEED}, ${RUNS} texts)`, () => {
    const random = generator(SEED);
    const sentences = sentencesOfFixtures();
    for (let i = 0; i < RUNS; i++) {
      const text = mangledArticle(random, sentences);
      let quotes: Array<{ quote: string; start: number; end: number }>;
      try {
        quotes = extractArticle({ id: `fuzz-${i}`, published: '2025-01-01' }, text).relations.flatMap((r) => r.evidence);
      } catch (e) {
        throw new Error(`text ${i} of seed ${SEED} threw ${(e as Error).message}:\n${text}`, { cause: e });
      }
      for (const q of quotes) expect(text.slice(q.start, q.end), `text ${i} of seed ${SEED}`).toBe(q.quote);
    }
  });

  it('reads a title followed by a courtesy title ("Foreign Minister Mr X") without throwing', () => {
    const text = 'A headline without a full stop\n\nForeign Minister Mr Somsak Keomany met President Dr Rosa Vera Paz in Lima.\n';
    expect(() => extractArticle({ id: 'courtesy', published: '2025-01-01' }, text)).not.toThrow();
  });
});
