import { Suspense, useState, type ReactNode } from 'react';

/**
 * A header button that mounts its dialog only while open (the dialog gets `onClose`). The
 * dialog may be a lazy component: its code is fetched on the first press, not with the page.
 */
export function DialogButton({ label, dialog }: { label: string; dialog: (onClose: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="whitespace-nowrap rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        {label}
      </button>
      {open && <Suspense fallback={null}>{dialog(() => setOpen(false))}</Suspense>}
    </>
  );
}
