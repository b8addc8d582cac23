/**
 * Add article: paste a text, give its headline, outlet, agency, address and date, and the local
 * server writes it into the data set's articles/ and re-extracts; the page then reloads on the
 * new graph (the link keeps the view). Input that cannot be added gets one sentence saying
 * what to fix, and nothing is written.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { newArticleProblem, type NewArticleFields } from '../model/newArticle';
import { postArticle } from '../data/localApi';
import { DialogButton } from '../ui/DialogButton';

const EMPTY: NewArticleFields = { text: '', title: '', publisher: '', agency: '', url: '', published: '' };

const inputClass = 'mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600';

function Field({ label, hint, children }: { label: string; hint?: string; children: (id: string) => React.ReactNode }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {hint && <span className="font-normal text-slate-500"> {hint}</span>}
      </label>
      {children(id)}
    </div>
  );
}

function AddArticleDialog({ dataset, onClose }: { dataset: string; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState<NewArticleFields>(EMPTY);
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // An edit answers the sentence shown: it goes until the next attempt.
  const set = (key: keyof NewArticleFields) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setFields((f) => ({ ...f, [key]: e.target.value }));
    setProblem(undefined);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const local = newArticleProblem(fields);
    setProblem(local);
    if (local) return;
    setSending(true);
    const result = await postArticle({ dataset, ...fields, url: fields.url.trim(), agency: fields.agency.trim() || undefined });
    setSending(false);
    if (!result.ok) return setProblem(result.error);
    window.location.reload();
  };

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-labelledby="add-article-title"
      className="m-auto max-h-[92dvh] w-[min(40rem,calc(100vw-1.5rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50"
    >
      <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-3 px-5 py-4">
        <h2 id="add-article-title" className="text-lg font-semibold">
          Add an article
        </h2>
        <Field label="Text" hint="(plain text, as published)">
          {(id) => <textarea id={id} value={fields.text} onChange={set('text')} rows={8} className={`${inputClass} font-mono text-[0.8125rem]`} />}
        </Field>
        <Field label="Title">{(id) => <input id={id} value={fields.title} onChange={set('title')} className={inputClass} />}</Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Outlet">{(id) => <input id={id} value={fields.publisher} onChange={set('publisher')} className={inputClass} />}</Field>
          <Field label="Agency" hint="(optional)">
            {(id) => <input id={id} value={fields.agency} onChange={set('agency')} className={inputClass} />}
          </Field>
          <Field label="Address (URL)">{(id) => <input id={id} type="url" value={fields.url} onChange={set('url')} className={inputClass} />}</Field>
          <Field label="Publication date">{(id) => <input id={id} type="date" value={fields.published} onChange={set('published')} className={inputClass} />}</Field>
        </div>
        <p role="alert" className="min-h-5 text-sm font-medium text-red-800">
          {problem}
        </p>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => dialogRef.current?.close()} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
            Cancel
          </button>
          <button type="submit" disabled={sending} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
            {sending ? 'Adding and extracting…' : 'Add and extract'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function AddArticleButton({ dataset }: { dataset: string }) {
  return <DialogButton label="Add article" dialog={(onClose) => <AddArticleDialog dataset={dataset} onClose={onClose} />} />;
}
