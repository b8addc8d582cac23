/**
 * `npm run export -- --format gexf|graphml|csv|ftm|json|svg --out PATH [--data FILE] [--view 'country=by&from=2024']`
 *
 * Writes the view a link shows (the link's query, or the whole graph) in one format: the same
 * code as the app's Export menu, the same URL module and visible-set function as the app.
 * csv writes entities.csv, relations.csv and evidence.csv into the folder --out names.
 * Without --out, other formats go to standard output.
 */
import { parseArgs } from 'node:util';
import { ExportError, runExport } from './lib/export-run';
import { displayPath } from './lib/data-files';

let values;
try {
  ({ values } = parseArgs({
    options: { format: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' }, view: { type: 'string' } },
    args: process.argv.slice(2).filter((a) => a !== '--'),
  }));
} catch (err) {
  console.error(`${(err as Error).message}\nUsage: npm run export -- --format gexf|graphml|csv|ftm|json|svg --out PATH [--data FILE] [--view 'country=by&from=2024']`);
  process.exit(2);
}
if (!values.format) {
  console.error("Usage: npm run export -- --format gexf|graphml|csv|ftm|json|svg --out PATH [--data FILE] [--view 'country=by&from=2024']");
  process.exit(2);
}
try {
  const outcome = runExport({ format: values.format, out: values.out, data: values.data, view: values.view });
  for (const w of outcome.warnings) console.error(`! ignored ${w}`);
  const log = outcome.written.length ? console.log : console.error;
  for (const file of outcome.written) log(`ok  ${displayPath(file)}`);
  log(`${outcome.summary}`);
} catch (err) {
  if (!(err instanceof ExportError)) throw err;
  console.error(`✗ ${err.message}`);
  process.exit(1);
}
