/**
 * Where editing is offered, in the header: with the local server (`npm start`) the data set
 * can be added to; opened as static files it is read-only, and the page says so, and how to
 * edit, rather than offering buttons that could save nothing.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { localApi, type Editing } from '../data/localApi';

export function useEditing(): Editing | undefined {
  const [editing, setEditing] = useState<Editing>();
  useEffect(() => {
    let live = true;
    void localApi().then((e) => live && setEditing(e));
    return () => void (live = false);
  }, []);
  return editing;
}

export function ReadOnlyNote() {
  return (
    <details className="relative" data-testid="read-only">
      <summary className="cursor-pointer select-none list-none whitespace-nowrap rounded-md border border-slate-300 bg-slate-100 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-200 [&::-webkit-details-marker]:hidden">
        Read-only
      </summary>
      {/* On a phone the note spans the screen below the header row; beside the button on wider screens. */}
      <p className="fixed inset-x-4 z-30 mt-1 rounded-md sm:absolute sm:inset-x-auto sm:left-0 sm:w-72 border border-slate-200 bg-white p-3 text-sm text-slate-700 shadow-lg">
        This copy is served as static files, so nothing can be saved here. Review still works: its decisions stay in this page and download as a curation.json to commit. To add articles and
        save decisions directly, run <code className="font-mono text-[0.8125rem]">npm start</code> in a clone of Entente and open the address it prints.
      </p>
    </details>
  );
}

/** Beside the app's name: says, when it is so, that nothing can be saved from this page. */
export function ReadOnlyBadge() {
  return useEditing()?.mode === 'read-only' ? <ReadOnlyNote /> : null;
}

/** `children` only when this copy is served as static files (nothing can be saved from it). */
export function WhenReadOnly({ children }: { children: ReactNode }) {
  return useEditing()?.mode === 'read-only' ? <>{children}</> : null;
}

/** `children` (the editing controls) only when the open data set `file` can be edited from this page. */
export function WhenEditable({ file, children }: { file: string; children: ReactNode }) {
  const editing = useEditing();
  return editing?.mode === 'editable' && editing.datasets.some((d) => d.file === file && d.editable) ? <>{children}</> : null;
}
