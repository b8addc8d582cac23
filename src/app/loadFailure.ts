import type { LoadState } from '../state/store';

/** The error screen's state for a load that threw (a bug or a browser limit, not bad data: that is reported as problems). */
export function loadFailure(file: string, err: unknown): LoadState {
  const reason = err instanceof Error ? err.message : String(err);
  return { status: 'error', file, problems: [{ file, path: '(root)', message: `could not be read: ${reason || 'unknown error'}` }] };
}
