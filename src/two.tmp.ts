import { extractArticle } from './extract/extract';
const r = extractArticle({ id: 'x', published: '2023-09-17' }, `Head line\n\n${process.argv[2]}\n`);
for (const x of r.relations) console.log(x.kind, x.status, x.participants.join(','), '«' + x.evidence[0].quote);
console.log(r.entities.map((e) => e.id).join(' '));
