/**
 * Opening a graph file from the user's own computer: dropped anywhere on the page, or picked
 * with "Open file…" (for those who cannot drag). The file passes the loader's boundary check
 * (data/readLocalGraph.ts); a file that fails it is named with its first wrong field in a
 * notice, and the graph on screen stays.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../state/store';

export const OPEN_FAILED = (name: string) => `${name} could not be opened, so the graph on screen is unchanged:`;

export async function openLocalFile(file: File): Promise<void> {
  const { openLocal, addNotice } = useStore.getState();
  const [{ readLocalGraph, describeProblems }, text] = await Promise.all([import('../data/readLocalGraph'), file.text()]);
  const read = readLocalGraph(file.name, text);
  if ('problems' in read) addNotice(OPEN_FAILED(file.name), describeProblems(read.problems));
  else openLocal(file.name, read.graph, read.texts);
}

function carriesFiles(e: DragEvent): boolean {
  return !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
}

/** Renderless but for the hint shown while a file is dragged over the page. */
export function FileDropTarget() {
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; counting them tells when the pointer leaves the page.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      const files = e.dataTransfer?.files;
      if (!files?.length) return;
      // Never let the browser navigate away to the dropped file.
      e.preventDefault();
      if (files.length > 1) useStore.getState().addNotice(`${files.length} files were dropped; only the first, ${files[0].name}, is opened.`);
      void openLocalFile(files[0]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!over) return null;
  return (
    <div aria-hidden="true" className="pointer-events-none fixed inset-2 z-50 flex items-center justify-center rounded-xl border-4 border-dashed border-sky-500 bg-sky-50/80">
      <p className="rounded-lg bg-white px-4 py-3 text-base font-medium text-slate-900 shadow">Drop an Entente JSON file to open it</p>
    </div>
  );
}

/** "Open file…": the same as dropping, from a file dialog. */
export function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open an Entente JSON file from your computer (or drop it on the page)"
        className="whitespace-nowrap rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600"
      >
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-label="Entente JSON file to open"
        data-testid="open-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // picking the same file again opens it again
          if (file) void openLocalFile(file);
        }}
      />
    </>
  );
}
