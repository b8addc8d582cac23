/**
 * What a curator changed of a relation, in words, from its entry in the data set's
 * curation.json (the file beside the graph file, served with it). Pure but for the fetch.
 */
import { RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { dateLabel } from '../ui/format';
import type { DateValue, RelationKind, Status } from '../model/schema';
import { fetchServedCuration } from '../data/curationStore';

interface Entry {
  match?: unknown;
  action?: unknown;
  reason?: unknown;
  set?: { id?: string; kind?: RelationKind; status?: Status; participants?: string[]; directed?: boolean; actors?: number; date?: DateValue | null; dateText?: string | null; summary?: string; notes?: string[] };
  addEvidence?: unknown[];
}


/** The edit entry behind relation `id`: matched on its extracted id, or the id the curator gave it. */
export function editFor(curation: unknown, id: string): Entry | undefined {
  const relations = (curation as { relations?: unknown })?.relations;
  if (!Array.isArray(relations)) return undefined;
  return (relations as Entry[]).find((e) => typeof e === 'object' && e !== null && e.action === 'edit' && (e.match === id || e.set?.id === id));
}

/** "status set to Intent", "date set to 23 July 2024", …: what the entry changed, in the order a reader scans a relation. */
export function describeEdit(entry: Entry): string[] {
  const set = entry.set ?? {};
  const out: string[] = [];
  if (set.kind) out.push(`kind set to ${RELATION_KIND_STYLES[set.kind]?.label ?? set.kind}`);
  if (set.status) out.push(`status set to ${STATUS_STYLES[set.status]?.label ?? set.status}`);
  if (set.participants) out.push('participants corrected');
  if (set.directed !== undefined) out.push(set.directed ? 'given a direction' : 'made undirected');
  if (set.actors !== undefined) out.push(set.actors > 1 ? `acting side set to ${set.actors}` : 'one actor');
  if (set.date === null) out.push('date removed');
  else if (set.date !== undefined) out.push(`date set to ${dateLabel(set.date)}`);
  if (set.dateText !== undefined) out.push(set.dateText === null ? 'date wording removed' : 'date wording corrected');
  if (set.summary) out.push('summary reworded');
  if (set.notes) out.push('caveats written');
  if (entry.addEvidence?.length) out.push(`${entry.addEvidence.length === 1 ? 'a quote' : `${entry.addEvidence.length} quotes`} added`);
  return out;
}

const read = new WeakMap<object, Promise<unknown>>();

/**
 * The curation file beside `graphFile`, fetched once per loaded graph (`loaded`): selecting
 * relation after relation asks nothing more of the server, and a rebuilt graph reads it afresh.
 */
export function curationOf(graphFile: string, loaded: object): Promise<unknown> {
  let pending = read.get(loaded);
  if (!pending) read.set(loaded, (pending = fetchServedCuration(graphFile)));
  return pending;
}
