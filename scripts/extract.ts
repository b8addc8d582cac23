/**
 * `npm run extract [ids…] [--data-dir DIR]`: extracts every article in data/articles,
 * prints what it found per article (or for the ids named), applies data/curation.json,
 * validates, and rewrites data/graph.json atomically. Exits non-zero, leaving graph.json
 * untouched, on any problem. ENTENTE_DATA_DIR also sets the data folder (used by tests).
 */
import { dataDirFromArgs } from './lib/data-files';
import { runExtract } from './lib/extract-run';

// One reading of --data-dir and ENTENTE_DATA_DIR, shared with validate.
const { dataDir, rest: ids } = dataDirFromArgs(process.argv.slice(2));
process.exitCode = runExtract({ dataDir, ids, log: (l) => console.log(l), error: (l) => console.error(l) });
