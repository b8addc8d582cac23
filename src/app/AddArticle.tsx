/**
 * Add article: paste a text (or a page's HTML), or choose or drop a .txt / .html file; give its
 * headline, outlet, agency, address and date (a page's own metadata fills what it states), and
 * the local server writes it into the data set's articles/ and re-extracts; the page then
 * reloads on the new graph (the link keeps the view). Before saving, Preview runs the extractor
 * in a worker and shows the draft: what it reads, in its summaries and the article's words.
 * Input that cannot be added gets one sentence saying what to fix, and nothing is written.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { looksLikeHtml, MAX_ARTICLE_TEXT_BYTES, newArticleProblem, type NewArticleFields } from '../model/newArticle';
import { postArticle } from '../data/localApi';
import type { Preview } from '../extract/preview';
import { KindDot } from '../ui/swatches';
import { STATUS_STYLES } from '../ui/styleConstants';

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

const FIELD_NAMES: Partial<Record<keyof NewArticleFields, string>> = { title: 'title', publisher: 'outlet', url: 'address', published: 'date' };

/** “a, b and c” */
const listed = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** What a file is, for the form: plain text, a page, or something it cannot read. */
function fileKind(file: File): 'text' | 'html' | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.txt') || file.type === 'text/plain') return 'text';
  if (name.endsWith('.html') || name.endsWith('.htm') || file.type === 'text/html') return 'html';
  return undefined;
}

export function AddArticleDialog({ dataset, onClose }: { dataset: string; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState<NewArticleFields>(EMPTY);
  // The fields as they are now, for the page reading that finishes after an await.
  const latest = useRef(fields);
  latest.current = fields;
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);
  /** What the form did with a page or a file, for the person to check. */
  const [note, setNote] = useState<string>();
  const [dragging, setDragging] = useState(false);
  /** The draft for the text and date it was made from; any edit of those makes it stale. */
  const [preview, setPreview] = useState<{ for: string; draft: Preview } | { for: string; reading: true }>();
  const previewKey = `${fields.published}\n${fields.text}`;
  const currentPreview = preview?.for === previewKey ? preview : undefined;

  const runPreview = async () => {
    if (!fields.text.trim()) return setProblem('Paste or drop the article’s text first.');
    const key = previewKey;
    setPreview({ for: key, reading: true });
    try {
      // Loaded on first use: the extractor (its tagger and date parser) runs in a worker.
      const { previewInWorker } = await import('../extract/previewInWorker');
      const draft = await previewInWorker(fields.text, fields.published || new Date().toISOString().slice(0, 10));
      setPreview((p) => (p?.for === key ? { for: key, draft } : p));
    } catch (err) {
      setPreview(undefined);
      setProblem(`The preview could not run: ${(err as Error).message}`);
    }
  };

  /** A page's HTML: keep the story's text, fill the empty fields the page states (never overwrite what was typed). */
  const takeHtml = async (html: string, from: string) => {
    // Loaded on first use: Readability is only needed when a page is added.
    const { articleFromHtml } = await import('../data/htmlArticle');
    const page = articleFromHtml(html);
    if (!page) {
      setNote(undefined);
      return setProblem(`No article text was found in ${from}: paste the article’s text instead.`);
    }
    const current = latest.current;
    const empty = (['title', 'publisher', 'url', 'published'] as const).filter((key) => !current[key].trim() && page[key]);
    const filled = empty.map((key) => FIELD_NAMES[key]!);
    setFields((f) => ({ ...f, text: page.text, ...Object.fromEntries(empty.filter((key) => !f[key].trim()).map((key) => [key, page[key]])) }));
    const paragraphs = page.text.trim().split('\n\n').length;
    setProblem(undefined);
    setNote(`Read ${from} as a web page: kept the article’s ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}${filled.length ? ` and filled the ${listed(filled)} from it` : ''}. Check them before adding.`);
  };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const kind = fileKind(file);
    if (!kind) return setProblem(`Only a .txt or .html file can be added; “${file.name}” is neither.`);
    if (file.size > MAX_ARTICLE_TEXT_BYTES) return setProblem(`“${file.name}” is over 10 MB; is this really one news article?`);
    const content = await file.text();
    if (kind === 'html' || looksLikeHtml(content)) return takeHtml(content, `“${file.name}”`);
    setFields((f) => ({ ...f, text: content }));
    setProblem(undefined);
    setNote(`Took the text of “${file.name}”.`);
  };

  /** Page source pasted into the text box goes through the same reading as an .html file. */
  const paste = (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!looksLikeHtml(pasted)) return;
    e.preventDefault();
    void takeHtml(pasted, 'the pasted text');
  };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // An edit answers the sentence shown: it goes until the next attempt.
  const set = (key: keyof NewArticleFields) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setFields((f) => ({ ...f, [key]: e.target.value }));
    setProblem(undefined);
    if (key === 'text') setNote(undefined);
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
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        onDragOver={(e) => {
          if (![...e.dataTransfer.types].includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          if (!e.dataTransfer.files.length) return;
          e.preventDefault();
          setDragging(false);
          void takeFile(e.dataTransfer.files[0]);
        }}
        className={`flex flex-col gap-3 px-5 py-4 ${dragging ? 'outline-2 -outline-offset-4 outline-dashed outline-sky-600' : ''}`}
      >
        <h2 id="add-article-title" className="text-lg font-semibold">
          Add an article
        </h2>
        <Field label="Text" hint="(as published: plain text, or a page’s HTML)">
          {(id) => <textarea id={id} value={fields.text} onChange={set('text')} onPaste={paste} rows={8} className={`${inputClass} font-mono text-[0.8125rem]`} />}
        </Field>
        <div className="-mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
          <label className="cursor-pointer rounded-md border border-slate-300 px-2 py-1 font-medium text-slate-800 focus-within:outline-2 focus-within:outline-sky-600 hover:bg-slate-50">
            Choose a file…
            <input
              type="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              className="sr-only"
              onChange={(e) => {
                void takeFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
          <span>or drop a .txt or .html file on this form</span>
        </div>
        {note && (
          <p role="status" className="rounded-md bg-sky-50 px-2 py-1.5 text-sm text-sky-900">
            {note}
          </p>
        )}
        <Field label="Title">{(id) => <input id={id} value={fields.title} onChange={set('title')} className={inputClass} />}</Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Outlet">{(id) => <input id={id} value={fields.publisher} onChange={set('publisher')} className={inputClass} />}</Field>
          <Field label="Agency" hint="(optional)">
            {(id) => <input id={id} value={fields.agency} onChange={set('agency')} className={inputClass} />}
          </Field>
          <Field label="Address (URL)">{(id) => <input id={id} type="url" value={fields.url} onChange={set('url')} className={inputClass} />}</Field>
          <Field label="Publication date">{(id) => <input id={id} type="date" value={fields.published} onChange={set('published')} className={inputClass} />}</Field>
        </div>
        {currentPreview && <Draft preview={currentPreview} dated={!!fields.published} />}
        <p role="alert" className="min-h-5 text-sm font-medium text-red-800">
          {problem}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={() => dialogRef.current?.close()} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
            Cancel
          </button>
          <button
            type="button"
            onClick={() => void runPreview()}
            disabled={sending || (!!currentPreview && 'reading' in currentPreview)}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
          >
            {currentPreview && 'reading' in currentPreview ? 'Reading…' : 'Preview'}
          </button>
          <button type="submit" disabled={sending} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
            {sending ? 'Adding and extracting…' : 'Add and extract'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

const SHOWN = 40;

/** The draft: what the extractor reads in the text, before anything is saved. */
function Draft({ preview, dated }: { preview: { draft: Preview } | { reading: true }; dated: boolean }) {
  if ('reading' in preview) {
    return (
      <p role="status" className="text-sm text-slate-600">
        Reading the article…
      </p>
    );
  }
  const { draft } = preview;
  const n = draft.relations.length;
  return (
    <section aria-labelledby="draft-title" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2" data-testid="add-article-draft">
      <h3 id="draft-title" role="status" className="text-sm font-semibold text-slate-800">
        Draft: {n === 0 ? 'no relation' : `${n} relation${n === 1 ? '' : 's'}`} among {draft.entities} {draft.entities === 1 ? 'entity' : 'entities'} ({draft.people} {draft.people === 1 ? 'person' : 'people'}) — nothing is saved yet
      </h3>
      {!dated && <p className="mt-1 text-xs text-amber-800">Without a publication date, words such as “on Tuesday” are read against today.</p>}
      {n > 0 && (
        <ul className="mt-2 max-h-56 space-y-1.5 overflow-y-auto pr-1 text-sm">
          {draft.relations.slice(0, SHOWN).map((r, i) => (
            <li key={i} className="leading-snug">
              <span className="inline-flex items-center gap-1.5 text-slate-900">
                <KindDot kind={r.kind} />
                {r.summary}
              </span>
              {r.status !== 'reported' && <span className="ml-1 text-xs text-slate-500">({STATUS_STYLES[r.status].label.toLowerCase()})</span>}
              <span className="block truncate pl-4 text-xs text-slate-500" title={r.quote}>
                “{r.quote}”
              </span>
            </li>
          ))}
        </ul>
      )}
      {n > SHOWN && <p className="mt-1 text-xs text-slate-600">… and {n - SHOWN} more; Review shows each after adding.</p>}
      {draft.unsure.length > 0 && (
        <p className="mt-1 text-xs text-slate-600">
          Unsure of {draft.unsure.length} thing{draft.unsure.length === 1 ? '' : 's'}, which Review shows first: {draft.unsure.slice(0, 2).join('; ')}
          {draft.unsure.length > 2 ? '; …' : ''}
        </p>
      )}
      {draft.ignored > 0 && <p className="mt-1 text-xs text-slate-600">{draft.ignored} paragraph{draft.ignored === 1 ? ' was' : 's were'} read as page furniture (captions, teasers) and gave no relation.</p>}
    </section>
  );
}
