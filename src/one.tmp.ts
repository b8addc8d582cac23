import { readFileSync } from 'node:fs';
import { extractArticle } from './extract/extract';
const [id, pat] = process.argv.slice(2);
const text = readFileSync(`test/corpus/${id}.txt`, 'utf8');
const gold = JSON.parse(readFileSync(`test/corpus/${id}.gold.json`, 'utf8'));
const r = extractArticle({ id, published: gold.published }, text);
for (const x of r.relations) if (!pat || x.evidence.some((e) => e.quote.includes(pat))) console.log(x.kind, x.status, x.participants.join(','), '«' + x.evidence.map((e) => e.quote).join(' | ').slice(0, 200));
