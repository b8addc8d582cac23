/**
 * "Copy link": puts the canonical link to the current view on the clipboard. Where the
 * clipboard is unavailable (plain http, a refused permission) a small popover shows the link
 * in a selected text field to copy by hand. The link is built from the store, not read from the
 * address bar, so it is exactly what the URL module writes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../state/store';
import { shareableLink } from './UrlSync';

type Feedback = 'idle' | 'copied' | 'manual' | 'local';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyLinkButton() {
  const [feedback, setFeedback] = useState<Feedback>('idle');
  const [link, setLink] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const fieldId = useId();

  useEffect(() => {
    if (feedback !== 'copied') return;
    const t = setTimeout(() => setFeedback('idle'), 2500);
    return () => clearTimeout(t);
  }, [feedback]);

  useEffect(() => {
    if (feedback !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [feedback, link]);

  // A press anywhere else closes the manual-copy popover, as popovers do.
  useEffect(() => {
    if (feedback !== 'manual' && feedback !== 'local') return;
    const onPress = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setFeedback('idle');
    };
    document.addEventListener('pointerdown', onPress);
    return () => document.removeEventListener('pointerdown', onPress);
  }, [feedback]);

  const copy = async () => {
    const { view, load } = useStore.getState();
    // A link cannot carry a file from the user's computer: say so rather than link to something else.
    if (load.status === 'ready' && load.local) {
      setLink(load.file);
      setFeedback('local');
      return;
    }
    const url = shareableLink(view, load.file);
    setLink(url);
    setFeedback((await writeClipboard(url)) ? 'copied' : 'manual');
  };

  const close = () => {
    setFeedback('idle');
    buttonRef.current?.focus();
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        onClick={() => void copy()}
        aria-expanded={feedback === 'manual' || feedback === 'local'}
        aria-controls={feedback === 'manual' || feedback === 'local' ? popoverId : undefined}
        className={`inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1.5 sm:px-3 text-sm font-medium shadow-sm focus-visible:outline-2 focus-visible:outline-sky-600 ${
          feedback === 'copied' ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'
        }`}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-none stroke-current stroke-[1.8]">
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1" strokeLinecap="round" />
          <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1" strokeLinecap="round" />
        </svg>
        {/* On a phone the icon alone (the name stays "Copy link"), so the header's buttons fit one row. */}
        {feedback === 'copied' ? 'Link copied' : <span className="max-sm:sr-only">Copy link</span>}
      </button>
      <span role="status" className="sr-only">
        {feedback === 'copied' ? 'Link copied to the clipboard' : ''}
      </span>
      {feedback === 'local' && (
        <div
          id={popoverId}
          role="dialog"
          aria-label="No link for a local file"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
          data-testid="local-link-note"
          className="absolute right-0 top-full z-40 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-800 shadow-lg"
        >
          <p>
            This view comes from <span className="font-medium break-all">{link}</span>, a file on your computer, which a link cannot carry. Share the file itself (Export → Entente JSON) instead.
          </p>
          <div className="mt-2 text-right">
            <button type="button" autoFocus onClick={close} className="rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600">
              Close
            </button>
          </div>
        </div>
      )}
      {feedback === 'manual' && (
        <div
          id={popoverId}
          role="dialog"
          aria-label="Link to this view"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
          className="absolute right-0 top-full z-40 mt-2 w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
        >
          <label htmlFor={fieldId} className="block text-xs font-medium text-slate-700">
            Copying is not available here. Select the link and copy it (Ctrl+C or ⌘C):
          </label>
          <div className="mt-1.5 flex gap-2">
            <input
              id={fieldId}
              ref={fieldRef}
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="share-link-field"
              className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-900 focus:outline-2 focus:outline-sky-600"
            />
            <button type="button" onClick={close} className="rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600">
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
