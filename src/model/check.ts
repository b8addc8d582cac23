/**
 * The zod-free half of validation: the problem type, JSON parsing, and the checks that need the
 * whole graph (ids resolve, quotes equal the article text at their offsets). validate.ts adds the
 * structural checks (zod) and re-exports all of this; the page's reader uses this module alone
 * when the fast path (fastPath.ts) vouches for every item, so zod is not in its first script.
 */
import type { Graph } from './schema';
import { keepParticipantNumbers, participantCount } from './participants';

export interface Problem {
  file: string;
  /** Dotted path into the document, e.g. "relations[3].evidence[0].quote". */
  path: string;
  message: string;
}

export interface ValidationResult {
  graph?: Graph;
  problems: Problem[];
}

/** Looks up an article's text by id; undefined when it could not be loaded. */
export type TextLookup = (articleId: string) => string | undefined;

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

/**
 * Parses JSON text, reporting a syntax error as a problem rather than throwing. A leading byte
 * order mark is dropped, as the browser's TextDecoder drops it: the app and the CLIs read the
 * same file the same way.
 */
export function parseJson(file: string, text: string): { value?: unknown; problems: Problem[] } {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), problems: [] };
  } catch (err) {
    return { problems: [{ file, path: '(root)', message: `is not valid JSON: ${(err as Error).message}` }] };
  }
}

/** Each id's first place in the list, and a problem for every id used again. */
function placesById(file: string, list: ReadonlyArray<{ id: string }>, key: string, problems: Problem[]): Map<string, number> {
  const first = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const id = list[i].id;
    const at = first.get(id);
    if (at !== undefined) problems.push({ file, path: `${key}[${i}].id`, message: `duplicate id "${id}" (first used at ${key}[${at}])` });
    else first.set(id, i);
  }
  return first;
}

/**
 * Checks that need the whole graph: ids resolve, quotes equal the article text at their offsets.
 * Paths are written only for a problem: at 300,000 relations, a path string per relation and
 * quote was a tenth of the check.
 */
export function crossCheck(file: string, graph: Graph, textOf: TextLookup): Problem[] {
  const problems: Problem[] = [];
  const articles = placesById(file, graph.articles, 'articles', problems);
  const entities = placesById(file, graph.entities, 'entities', problems);
  placesById(file, graph.relations, 'relations', problems);

  graph.entities.forEach((entity, i) => {
    if (entity.country == null) return;
    const at = entities.get(entity.country);
    const country = at === undefined ? undefined : graph.entities[at];
    if (!country) problems.push({ file, path: `entities[${i}].country`, message: `unknown entity id "${entity.country}"` });
    else if (country.kind !== 'country') {
      problems.push({ file, path: `entities[${i}].country`, message: `"${entity.country}" is a ${country.kind}, not a country` });
    }
  });

  // Each participant is looked up here anyway: its entity's number is kept for the views (participants.ts).
  const numbers = { first: new Int32Array(graph.relations.length + 1), list: new Int32Array(participantCount(graph)) };
  let numbered = 0;
  graph.relations.forEach((relation, i) => {
    const { participants } = relation;
    numbers.first[i] = numbered;
    // A scan, not a Set per relation, for the usual handful of participants (a file may hold 300,000 relations).
    const seen = participants.length > 16 ? new Set<string>() : undefined;
    for (let j = 0; j < participants.length; j++) {
      const id = participants[j];
      const at = entities.get(id);
      if (at === undefined) problems.push({ file, path: `relations[${i}].participants[${j}]`, message: `unknown entity id "${id}"` });
      else numbers.list[numbered++] = at;
      if (seen ? seen.has(id) : participants.indexOf(id) < j) problems.push({ file, path: `relations[${i}].participants[${j}]`, message: `"${id}" is listed twice` });
      seen?.add(id);
    }
    if (relation.actors !== undefined && (!relation.directed || relation.actors >= relation.participants.length)) {
      problems.push({ file, path: `relations[${i}].actors`, message: relation.directed ? 'the acting side must leave at least one participant as a target' : 'only a directed relation has an acting side' });
    }
    if (relation.kind === 'role' && !relation.directed) {
      problems.push({ file, path: `relations[${i}].directed`, message: 'a role relation is directed (person first, then what they serve)' });
    }
    relation.evidence.forEach((ev, j) => {
      if (ev.speaker !== undefined && !entities.has(ev.speaker)) {
        problems.push({ file, path: `relations[${i}].evidence[${j}].speaker`, message: `unknown entity id "${ev.speaker}"` });
      }
      if (!articles.has(ev.article)) {
        problems.push({ file, path: `relations[${i}].evidence[${j}].article`, message: `unknown article id "${ev.article}"` });
        return;
      }
      const text = textOf(ev.article);
      if (text === undefined) {
        problems.push({ file, path: `relations[${i}].evidence[${j}].article`, message: `the text of article "${ev.article}" could not be loaded` });
        return;
      }
      if (ev.end > text.length) {
        problems.push({ file, path: `relations[${i}].evidence[${j}].end`, message: `offset ${ev.end} is past the end of article "${ev.article}" (${text.length} characters)` });
        return;
      }
      const actual = text.slice(ev.start, ev.end);
      if (actual !== ev.quote) {
        problems.push({
          file,
          path: `relations[${i}].evidence[${j}].quote`,
          message: `does not match the article text at ${ev.start}–${ev.end}: expected ${JSON.stringify(clip(actual))}, found ${JSON.stringify(clip(ev.quote))}`,
        });
      }
    });
  });
  numbers.first[graph.relations.length] = numbered;
  if (!problems.length) keepParticipantNumbers(graph, numbers);
  return problems;
}

function clip(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max)}…`;
}

/**
 * The checks after the structure: article texts given inline count before fetched ones. Returns
 * the graph only when there are no problems at all.
 */
export function checkWholeGraph(file: string, graph: Graph, textOf: TextLookup): ValidationResult {
  const inline = new Map(graph.articles.filter((a) => a.text !== undefined).map((a) => [a.id, a.text as string]));
  const problems = crossCheck(file, graph, (id) => inline.get(id) ?? textOf(id));
  return problems.length ? { problems } : { graph, problems };
}

/** Runs a check that must never throw: whatever the input, the answer is a graph or a list of problems. */
export function withoutThrowing(file: string, check: () => ValidationResult): ValidationResult {
  try {
    return check();
  } catch (err) {
    return { problems: [{ file, path: '(root)', message: `could not be checked: ${(err as Error)?.message ?? String(err)}` }] };
  }
}
