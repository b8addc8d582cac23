/**
 * A graph file the user opens from their own computer (dropped on the page or picked with
 * "Open file…"): the same boundary check as a served file (parseJson, then validateGraph), so
 * a file the app would refuse from data/ is refused here with the same sentences. A local file
 * has nothing beside it to fetch: its article texts must be inline, as the Entente JSON export
 * writes them, and it has no layout sidecar.
 */
import { formatProblem, parseJson, validateGraph, type Problem } from '../model/validate';
import type { Graph } from '../model/schema';
import { citedTexts } from './articleTexts';

export type LocalRead = { graph: Graph; texts: ReadonlyMap<string, string> } | { problems: Problem[] };

export function readLocalGraph(name: string, text: string): LocalRead {
  const { value, problems } = parseJson(name, text);
  if (problems.length) return { problems };
  const texts = new Map(citedTexts(name, value).inline);
  const result = validateGraph(name, value, (id) => texts.get(id));
  return result.graph ? { graph: result.graph, texts } : { problems: result.problems };
}

/** Formatted here so the page imports the validator only once a file is opened. */
export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map(formatProblem);
}
