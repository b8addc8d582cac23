/**
 * Banners for store.notices (e.g. the parts of a link that were ignored). Polite live region:
 * the user is told without being interrupted; each notice has its own dismiss button. On a
 * phone each notice folds to one line (with a More button) so two of them do not push the
 * graph below the fold.
 */
import { useState } from 'react';
import { useStore, type Notice as NoticeData } from '../state/store';

const MAX_DETAILS = 10;

export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismissNotice = useStore((s) => s.dismissNotice);
  return (
    <div role="status" aria-live="polite" aria-label="Notices" className="empty:hidden">
      {notices.map((n) => (
        <Notice key={n.id} notice={n} dismiss={() => dismissNotice(n.id)} />
      ))}
    </div>
  );
}

function Notice({ notice: n, dismiss }: { notice: NoticeData; dismiss: () => void }) {
  // Folding is for phones only (max-sm: classes): a desktop has room for the whole notice.
  const [open, setOpen] = useState(false);
  const folded = open ? '' : 'max-sm:hidden';
  return (
    <section
      aria-label="Notice"
      data-testid="notice"
      className="flex items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2.5 text-sm text-amber-950 max-sm:gap-2 max-sm:py-1.5"
    >
      <span aria-hidden="true" className="mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full bg-amber-500 text-xs font-bold text-white">
        !
      </span>
      <div className="min-w-0 flex-1">
        <p className={`font-medium ${open ? '' : 'max-sm:truncate'}`}>{n.message}</p>
        {n.details && n.details.length > 0 && (
          <ul className={`mt-1 list-disc space-y-0.5 pl-5 ${folded}`}>
            {/* A safety net: callers group their details (describeIgnoredGrouped), this never lets a notice cover the screen. */}
            {n.details.slice(0, MAX_DETAILS).map((d, i) => (
              <li key={i} className="break-words">
                {d}
              </li>
            ))}
            {n.details.length > MAX_DETAILS && <li>and {(n.details.length - MAX_DETAILS).toLocaleString('en')} more</li>}
          </ul>
        )}
      </div>
      <button
        type="button"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        aria-label={open ? 'Show less of this notice' : 'Show all of this notice'}
        className="shrink-0 rounded-md px-2 py-1 text-sm font-medium text-amber-900 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-700 sm:hidden"
      >
        {open ? 'Less' : 'More'}
      </button>
      <button
        type="button"
        onClick={dismiss}
        aria-label={`Dismiss notice: ${n.message}`}
        className="shrink-0 rounded-md px-2 py-1 text-sm font-medium text-amber-900 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-700"
      >
        Dismiss
      </button>
    </section>
  );
}
