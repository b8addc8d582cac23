/**
 * What the error screen says first, in one sentence a reader of the news understands: the file
 * was not found, could not be read, or holds data that does not pass the checks. The paths and
 * messages a data maintainer needs come after it, folded away unless they are the point.
 */
import type { Problem } from '../model/validate';
import { MISSING_FILE } from '../data/fetchFile';

export type LoadErrorKind = 'missing' | 'unreadable' | 'invalid';

export interface ErrorSummary {
  kind: LoadErrorKind;
  headline: string;
  /** What it means for the reader, and what they can do. */
  explanation: string;
}

const atRoot = (file: string) => (p: Problem) => p.file === file && p.path === '(root)';

export function summarizeLoadError(file: string, problems: readonly Problem[]): ErrorSummary {
  const root = problems.filter(atRoot(file));
  if (root.some((p) => p.message === MISSING_FILE)) {
    return {
      kind: 'missing',
      headline: `Entente could not find the data file ${file}.`,
      explanation: 'The link may name a data set that was renamed, removed or never made here.',
    };
  }
  if (root.length > 0 && root.length === problems.length && root.every((p) => p.message.startsWith('could not be'))) {
    return {
      kind: 'unreadable',
      headline: `Entente could not load the data file ${file}.`,
      explanation: 'The file is there but did not arrive whole; the connection or the browser may have cut it off. Reloading may help.',
    };
  }
  const n = problems.length;
  return {
    kind: 'invalid',
    headline: `There ${n === 1 ? 'is a problem' : `are ${n.toLocaleString('en')} problems`} with ${file}.`,
    explanation: 'Nothing is shown until the data passes its checks, so that no half-checked claim reaches the graph.',
  };
}
