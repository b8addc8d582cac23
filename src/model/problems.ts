/**
 * Presenting a problem list: the error screen and `npm run validate` both cut a long one to its
 * first entries and count the rest by kind. Zod-free, so the page's first script may use it.
 */
import type { Problem } from './validate';

/** What a problem is, without which item it is about: entities[7].kind and entities[9].kind are one kind. */
export function problemKind(p: Problem): string {
  return `${p.path.replace(/\[\d+\]/g, '[]')}: ${p.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N')}`;
}

export interface ProblemSummary {
  /** The problems to list in full, in order. */
  shown: Problem[];
  /** The rest, counted by kind (most frequent first), each with its first example. */
  more: MoreProblems[];
  hidden: number;
}

export interface MoreProblems {
  count: number;
  example: Problem;
  /** Of a kind already listed among the shown ones. */
  sameAsShown: boolean;
}

/**
 * A long problem list cut to its first `limit` entries and the rest counted by kind: 125,000
 * identical problems are one line, not a page that takes seconds to draw or a terminal to scroll.
 */
export function summarizeProblems(problems: readonly Problem[], limit = 100): ProblemSummary {
  const shown = problems.slice(0, limit);
  const shownKinds = new Set(shown.map(problemKind));
  const groups = new Map<string, MoreProblems>();
  for (let i = limit; i < problems.length; i++) {
    const key = problemKind(problems[i]);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { count: 1, example: problems[i], sameAsShown: shownKinds.has(key) });
  }
  const more = [...groups.values()].sort((a, b) => b.count - a.count);
  return { shown, more, hidden: Math.max(0, problems.length - limit) };
}

/** "and 124,900 more of the same kind" / "and 3 more like relations[12].kind: …". */
export function describeMore(group: MoreProblems): string {
  const n = group.count.toLocaleString('en');
  return group.sameAsShown ? `and ${n} more of the same kind` : `and ${n} more like ${group.example.path}: ${group.example.message}`;
}
