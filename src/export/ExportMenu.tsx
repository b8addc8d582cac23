/**
 * "Export" beside "Copy link": the view as a picture, a network file, tables or data, and the
 * code to embed it in another page. What the files hold is built by src/export/download.ts,
 * fetched only when an item is chosen, so none of it weighs on the first load.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../state/store';
import { shareableLink } from '../url/UrlSync';
import type { MenuFormat } from './download';

interface Item {
  id: MenuFormat | 'embed';
  label: string;
  hint: string;
}

const GROUPS: Array<{ title: string; items: Item[] }> = [
  {
    title: 'Picture',
    items: [
      { id: 'png1', label: 'PNG', hint: 'for slides' },
      { id: 'png2', label: 'PNG, 2×', hint: 'sharp on print and retina' },
      { id: 'svg', label: 'SVG', hint: 'vector, for articles' },
    ],
  },
  {
    title: 'Network',
    items: [
      { id: 'gexf', label: 'GEXF', hint: 'Gephi' },
      { id: 'graphml', label: 'GraphML', hint: 'yEd, Cytoscape' },
    ],
  },
  {
    title: 'Tables (CSV)',
    items: [
      { id: 'entities.csv', label: 'entities.csv', hint: 'one row per entity' },
      { id: 'relations.csv', label: 'relations.csv', hint: 'one row per relation' },
      { id: 'evidence.csv', label: 'evidence.csv', hint: 'one row per quote' },
    ],
  },
  {
    title: 'Data',
    items: [
      { id: 'ftm', label: 'FollowTheMoney', hint: 'Aleph, OpenSanctions (NDJSON)' },
      { id: 'json', label: 'Entente JSON', hint: 'opens again in Entente' },
    ],
  },
  { title: 'Publish', items: [{ id: 'embed', label: 'Copy embed code', hint: '<iframe> for a web page' }] },
];

/** The <iframe> that shows this view, graph only, in another page. */
export function embedCode(): string {
  const { view, load } = useStore.getState();
  const src = shareableLink({ ...view, embed: true }, load.file);
  const escaped = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${escaped}" title="Entente: relations graph" width="100%" height="480" style="border:1px solid #e2e8f0;border-radius:8px" loading="lazy"></iframe>`;
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string>();
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPress = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPress);
    return () => document.removeEventListener('pointerdown', onPress);
  }, [open]);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), 6000);
    return () => clearTimeout(t);
  }, [status]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => {
      e.preventDefault();
      all[(i + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };

  const choose = async (id: Item['id']) => {
    close();
    if (id === 'embed') {
      const { load } = useStore.getState();
      if (load.status === 'ready' && load.local) {
        setStatus(`No embed code: ${load.file} is a file on your computer, which a web page cannot show. Publish it under data/ and embed that.`);
        return;
      }
      const code = embedCode();
      try {
        await navigator.clipboard.writeText(code);
        setStatus('Embed code copied');
      } catch {
        setManual(code);
      }
      return;
    }
    setBusy(true);
    setStatus('Preparing the file…');
    try {
      const { download } = await import('./download');
      const done = await download(id);
      setStatus(`Downloaded ${done.name} (${kb(done.bytes)})${done.note ? `, ${done.note}` : ''}`);
    } catch (err) {
      setStatus(`Export failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-none stroke-current stroke-[1.8]">
          <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 14v2h12v-2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {busy ? 'Exporting…' : 'Export'}
      </button>
      <span role="status" className="sr-only" data-testid="export-status-sr">
        {status}
      </span>
      {status && !open && (
        <p aria-hidden="true" data-testid="export-status" className="fixed inset-x-2 top-14 z-40 rounded-md bg-slate-900 px-3 py-1.5 text-xs text-white shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-max sm:max-w-[22rem]">
          {status}
        </p>
      )}
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Export this view"
          onKeyDown={onMenuKey}
          className="fixed inset-x-2 top-14 z-40 max-h-[75dvh] overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-72"
        >
          <p aria-hidden="true" className="px-3 pb-1 pt-1.5 text-xs text-slate-500">
            What the filters show, with positions.
          </p>
          {GROUPS.map((g) => (
            <div key={g.title} role="group" aria-label={g.title} className="border-t border-slate-100 py-1 first-of-type:border-t-0">
              <p aria-hidden="true" className="px-3 pt-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
                {g.title}
              </p>
              {g.items.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  data-export={item.id}
                  onClick={() => void choose(item.id)}
                  className="flex w-full items-baseline justify-between gap-3 px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus:bg-sky-50 focus:outline-none"
                >
                  <span className="font-medium">{item.label}</span>
                  <span className="text-xs text-slate-600">{item.hint}</span>
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
      {manual && (
        <div role="dialog" aria-label="Embed code" className="fixed inset-x-2 top-14 z-40 rounded-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-[26rem] border border-slate-200 bg-white p-3 shadow-lg" onKeyDown={(e) => e.key === 'Escape' && setManual(undefined)}>
          <label className="block text-xs font-medium text-slate-700">
            Copying is not available here. Select the code and copy it (Ctrl+C or ⌘C):
            <textarea readOnly autoFocus value={manual} onFocus={(e) => e.currentTarget.select()} data-testid="embed-code-field" rows={4} className="mt-1.5 block w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900" />
          </label>
          <button type="button" onClick={() => setManual(undefined)} className="mt-2 rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100">
            Close
          </button>
        </div>
      )}
    </div>
  );
}
