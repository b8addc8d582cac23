/**
 * The app proper, fetched by the entry (main.tsx) once it has started reading the data file:
 * React, Cytoscape and the explorer load while the file is read in its worker.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useStore } from '../state/store';
import type { LoadState } from '../state/store';
import { noticeForIgnored } from '../url/UrlSync';
import { isEmbedSearch, type IgnoredParam } from '../url/urlState';
import { DEFAULT_VIEW } from '../state/viewState';
import { loadFailure } from './loadFailure';

export function start(file: string, ignored: IgnoredParam[], loading: Promise<LoadState>) {
  useStore.getState().setLoad({ status: 'loading', file });
  if (isEmbedSearch(window.location.search)) useStore.getState().replaceView({ ...DEFAULT_VIEW, embed: true });
  noticeForIgnored(ignored);
  // Any failure while loading ends on the error screen, never on a spinner that turns forever.
  void loading.then(useStore.getState().setLoad, (err: unknown) => useStore.getState().setLoad(loadFailure(file, err)));
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
