/**
 * Validation at the boundary: every problem in a graph file, each with the file and the
 * path of the offending field, so a curator can fix them all in one pass. Pure (no I/O):
 * the app, the CLI (`npm run validate`) and the extractor all call it.
 */
import { ArticleSchema, EntitySchema, MAX_NESTED_LIST, RelationSchema } from './schema';
import { z } from './zod';
import { acceptArticle, acceptEntity, acceptRelation } from './fastPath';
import { checkWholeGraph, formatPath, withoutThrowing, type Problem, type TextLookup, type ValidationResult } from './check';

export { crossCheck, formatPath, formatProblem, parseJson, type Problem, type TextLookup, type ValidationResult } from './check';

function zodProblems(file: string, error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
}

/** The document around the lists; each list item is checked on its own (checkList). */
const GraphShellSchema = z.strictObject({
  version: z.literal(1),
  articles: z.array(z.unknown()),
  entities: z.array(z.unknown()),
  relations: z.array(z.unknown()),
});

function oversizedLists(file: string, at: string, item: unknown): Problem[] {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return [];
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (Array.isArray(value) && value.length > MAX_NESTED_LIST) {
      problems.push({ file, path: `${at}.${key}`, message: `has ${value.length.toLocaleString('en')} items; at most ${MAX_NESTED_LIST.toLocaleString('en')} are allowed` });
    }
  }
  return problems;
}

/**
 * Checks a top-level list item by item, appending to `problems` one at a time (never spread).
 * `accept`, the fast path for a list that grows with the data, vouches for most items; zod
 * checks the rest and words their problems.
 */
function checkList<T>(file: string, key: 'articles' | 'entities' | 'relations', items: unknown[], schema: z.ZodMiniType<T>, problems: Problem[], accept?: (item: unknown) => T | undefined): T[] {
  const out: T[] = [];
  items.forEach((item, i) => {
    const accepted = accept?.(item);
    if (accepted) {
      out.push(accepted);
      return;
    }
    const oversized = oversizedLists(file, `${key}[${i}]`, item);
    for (const p of oversized) problems.push(p);
    if (oversized.length) return;
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ file, path: formatPath([key, i, ...issue.path]), message: issue.message });
  });
  return out;
}

function checkStructure(file: string, value: unknown): ValidationResult {
  const shell = GraphShellSchema.safeParse(value);
  if (!shell.success) return { problems: zodProblems(file, shell.error) };
  const problems: Problem[] = [];
  const articles = checkList(file, 'articles', shell.data.articles, ArticleSchema, problems, acceptArticle);
  const entities = checkList(file, 'entities', shell.data.entities, EntitySchema, problems, acceptEntity);
  const relations = checkList(file, 'relations', shell.data.relations, RelationSchema, problems, acceptRelation);
  if (problems.length) return { problems };
  return { graph: { version: 1, articles, entities, relations }, problems };
}

/**
 * Full validation of a parsed graph document. Returns the typed graph only when there
 * are no problems at all: the app never shows half-valid data. Never throws: whatever the
 * input, the answer is a graph or a list of problems.
 */
export function validateGraph(file: string, value: unknown, textOf: TextLookup): ValidationResult {
  return withoutThrowing(file, () => {
    const structure = checkStructure(file, value);
    return structure.graph ? checkWholeGraph(file, structure.graph, textOf) : structure;
  });
}

