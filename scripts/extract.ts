/**
 * `npm run extract [ids…] [--data-dir DIR]`: extracts every article in data/articles,
 * prints what it found per article (or for the ids named), applies data/curation.json,
 * validates, and rewrites data/graph.json atomically. Exits non-zero, leaving graph.json
 * untouched, on any problem. ENTENTE_DATA_DIR also sets the data folder (used by tests).
 */
import { resolve } from 'node:path';
import { DATA_DIR } from './lib/data-files';
import { runExtract } from './lib/extract-run';

const args = process.argv.slice(2);
let dataDir = process.env.ENTENTE_DATA_DIR ? resolve(process.env.ENTENTE_DATA_DIR) : DATA_DIR;
const ids: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--data-dir') dataDir = resolve(args[++i] ?? '');
  else if (args[i].startsWith('--data-dir=')) dataDir = resolve(args[i].slice('--data-dir='.length));
  else ids.push(args[i]);
}
process.exitCode = runExtract({ dataDir, ids, log: (l) => console.log(l), error: (l) => console.error(l) });
