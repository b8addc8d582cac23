import type { Problem } from '../model/validate';
import { describeMore, summarizeProblems } from '../model/problems';
import { MISSING_FILE } from '../data/fetchFile';
import { DEFAULT_DATA_FILE } from '../data/loadGraph';
import { summarizeLoadError } from './errorSummary';

/**
 * The command that makes a missing generated data set (data/generated/<size>.json): those are
 * made on demand (npm run generate), not kept in the repository, so a link to one can arrive first.
 */
export function generateCommandFor(file: string, problems: Problem[]): string | undefined {
  const size = /^data\/generated\/(S|M|L|XL)\.json$/.exec(file)?.[1];
  const missing = problems.some((p) => p.file === file && p.path === '(root)' && p.message === MISSING_FILE);
  return size && missing ? `npm run generate -- --size ${size}` : undefined;
}

/** Problems listed one by one; the rest are counted by kind. */
export const SHOWN_PROBLEMS = 100;

/**
 * Broken data: say what went wrong in a sentence and offer the way back to the default graph;
 * every offending path follows under a disclosure (open when the data itself is at fault, since
 * then it is what someone came to fix), so it can be fixed in one pass.
 */
export function ErrorScreen({ file, problems }: { file: string; problems: Problem[] }) {
  const generate = generateCommandFor(file, problems);
  const summary = summarizeLoadError(file, problems);
  // Drawn in full, 100,000 problems take seconds; the first ones and a count of the rest say as much.
  const { shown, more } = summarizeProblems(problems, SHOWN_PROBLEMS);
  const isDefault = file === DEFAULT_DATA_FILE;
  return (
    <main className="mx-auto max-w-3xl px-5 py-12">
      <div className="rounded-xl border border-red-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-red-700">Entente could not open its data</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{summary.headline}</h1>
        <p className="mt-2 text-slate-600">{summary.explanation}</p>
        {generate && (
          <p className="mt-3 text-sm text-slate-700">
            Generated data sets are not kept in the repository. Make this one with <code className="whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5">{generate}</code>, then reload.
          </p>
        )}
        <p className="mt-5 flex flex-wrap gap-3">
          {isDefault ? (
            <button type="button" onClick={() => location.reload()} className="rounded-md bg-slate-900 px-3.5 py-2 text-sm font-medium text-white hover:bg-slate-700">
              Try again
            </button>
          ) : (
            // A plain link to the page without parameters: the default data set, a fresh view.
            <a href={defaultGraphHref()} className="rounded-md bg-slate-900 px-3.5 py-2 text-sm font-medium text-white hover:bg-slate-700">
              Open the default graph
            </a>
          )}
        </p>
        <details className="mt-6 rounded-lg border border-slate-200" open={summary.kind === 'invalid'}>
          <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium text-slate-800">
            Details for whoever looks after the data ({problems.length === 1 ? '1 problem' : `${problems.length.toLocaleString('en')} problems`})
          </summary>
          <ul className="divide-y divide-slate-200 border-t border-slate-200" aria-label="Problems">
            {shown.map((p, i) => (
              <li key={i} className="px-4 py-3">
                <p className="font-mono text-sm text-slate-900">
                  <span className="text-slate-500">{p.file}</span> <span className="font-semibold">{p.path}</span>
                </p>
                <p className="mt-0.5 text-sm text-red-800">{p.message}</p>
              </li>
            ))}
            {more.map((group, i) => (
              <li key={`more-${i}`} className="px-4 py-3 text-sm text-slate-700" data-testid="more-problems">
                {describeMore(group)}
              </li>
            ))}
          </ul>
          <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
            <code className="rounded bg-slate-100 px-1.5 py-0.5">npm run validate</code> prints the same report on the command line.
          </p>
        </details>
      </div>
    </main>
  );
}

/** This page's address without its query: the app with the default data set and a fresh view. */
function defaultGraphHref(): string {
  return typeof location === 'undefined' ? './' : location.pathname;
}

export function LoadingScreen({ file }: { file: string }) {
  return (
    <main className="flex h-dvh items-center justify-center" role="status" aria-live="polite">
      <div className="flex items-center gap-3 text-slate-600">
        <span className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-sky-600" aria-hidden="true" />
        Loading {file}…
      </div>
    </main>
  );
}
