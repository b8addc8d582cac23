/**
 * Review: the extracted relations one at a time, each with its sentence marked inside its
 * paragraph, decided with single keys. With the local server every decision is one POST, made on
 * the version of curation.json this page read; the server writes the file and rebuilds the
 * graph, and the page reads the rebuilt graph through the usual loader (no page reload). A
 * decision the file no longer allows (409) gets a sentence and a way to reload. Opened as static
 * files, the decisions are kept in the page and applied to the graph shown, and the curator
 * downloads curation.json to commit it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Graph, Relation } from '../model/schema';
import { DIRECTED_KINDS } from '../model/vocabulary';
import { curationFileText, pageStoreFor, serverCurationStore, type CurationStore, type PageCurationStore } from '../data/curationStore';
import { loadGraph } from '../data/loadGraph';
import { recordDecision } from '../extract/curationDecisions';
import type { RelationEdit } from '../extract/curation';
import { useStore } from '../state/store';
import { RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { KindDot } from '../ui/swatches';
import { dateLabel, entityName } from '../ui/format';
import { DialogButton } from '../ui/DialogButton';
import { isSampleText, SampleLabel } from '../sidebar/ArticleByline';
import {
  cycleKind,
  cycleStatus,
  decidedMatches,
  decisionFor,
  draftOf,
  entriesFor,
  isUnsure,
  progress,
  quoteInContext,
  reviewQueue,
  swapDirection,
  undoDecision,
  type Draft,
} from './reviewQueue';

type Curation = { version: string; curation: Record<string, unknown> };
type Problem = { message: string; conflict: boolean };
type Undo = { match: string; before: unknown[]; said: string; graph?: Graph };

const today = () => new Date().toISOString().slice(0, 10);

/** Reads the rebuilt graph and shows it in place of the old one, keeping the view (ids of kept relations do not change). */
async function refreshGraph(file: string): Promise<void> {
  const state = await loadGraph(file);
  const { load, setLoad, view, updateView } = useStore.getState();
  if (state.status !== 'ready' || load.status !== 'ready' || load.file !== file || load.local) return;
  setLoad(state);
  const selected = view.selected;
  if (selected?.type === 'relation' && !state.graph.relations.some((r) => r.id === selected.id)) updateView({ selected: undefined }, 'replace');
}

/** A decision kept in the page: the graph shown takes it at once, as a rebuilt graph would. */
async function applyInPage(decision: object): Promise<Graph | undefined> {
  // Loaded on the first decision: the curation schema stays out of the page's first script.
  const { applyCuration, CurationSchema } = await import('../extract/curation');
  const { load, setLoad, view, updateView } = useStore.getState();
  if (load.status !== 'ready') return undefined;
  const before = load.graph;
  const curation = CurationSchema.parse({ version: 1, relations: [decision] });
  const { relations } = applyCuration('curation.json', curation, before, (id) => load.texts.get(id));
  setLoad({ ...load, graph: { ...before, relations } });
  const selected = view.selected;
  if (selected?.type === 'relation' && !relations.some((r) => r.id === selected.id)) updateView({ selected: undefined }, 'replace');
  return before;
}

function restoreInPage(graph: Graph): void {
  const { load, setLoad } = useStore.getState();
  if (load.status === 'ready') setLoad({ ...load, graph });
}

/** Saves the page's decisions as curation.json, to put beside the data set's graph and commit. */
function downloadCuration(store: PageCurationStore): void {
  const curation = store.current();
  if (!curation) return;
  const url = URL.createObjectURL(new Blob([curationFileText(curation)], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'curation.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const KEYS = [
  { key: 'a', label: 'Accept' },
  { key: 'r', label: 'Reject' },
  { key: 'k', label: 'Kind' },
  { key: 's', label: 'Status' },
  { key: 'd', label: 'Swap direction' },
  { key: 'n', label: 'Skip' },
  { key: 'u', label: 'Undo' },
] as const;
type Key = (typeof KEYS)[number]['key'];

function Was({ changed, was }: { changed: boolean; was: string }) {
  return changed ? <span className="font-normal text-amber-800"> (was {was})</span> : null;
}

function RelationCard({ relation, draft, graph, texts }: { relation: Relation; draft: Draft; graph: Graph; texts: ReadonlyMap<string, string> }) {
  const entities = useMemo(() => new Map(graph.entities.map((e) => [e.id, e])), [graph]);
  const ev = relation.evidence[0];
  const article = graph.articles.find((a) => a.id === ev.article);
  const text = texts.get(ev.article);
  const context = text !== undefined && text.slice(ev.start, ev.end) === ev.quote ? quoteInContext(text, ev.start, ev.end) : { before: '', quote: ev.quote, after: '' };
  const names = draft.participants.map((id) => entityName(entities, id));
  const kindChanged = draft.kind !== relation.kind;
  const statusChanged = draft.status !== relation.status;
  const swapped = draft.participants.join(' ') !== relation.participants.join(' ');
  return (
    <div data-testid="review-card" data-relation={relation.id}>
      <div className="flex flex-wrap items-center gap-2 text-xs font-medium">
        <span className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 px-2 py-0.5 text-slate-800" data-testid="review-kind">
          <KindDot kind={draft.kind} />
          {RELATION_KIND_STYLES[draft.kind].label}
          <Was changed={kindChanged} was={RELATION_KIND_STYLES[relation.kind].label} />
        </span>
        <span className="rounded-full border border-slate-300 px-2 py-0.5 text-slate-700" data-testid="review-status">
          {STATUS_STYLES[draft.status].label}
          <Was changed={statusChanged} was={STATUS_STYLES[relation.status].label} />
        </span>
        {isUnsure(relation) && <span className="rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-amber-900">The extractor was unsure</span>}
      </div>
      <p className="mt-2 text-base font-semibold leading-snug text-slate-900">{relation.summary}</p>
      <dl className="mt-2 grid grid-cols-[6.5rem_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">{draft.directed ? 'From → to' : 'Participants'}</dt>
        <dd className="text-slate-800" data-testid="review-participants">
          {draft.directed ? `${names.slice(0, draft.actors ?? 1).join(' · ')} → ${names.slice(draft.actors ?? 1).join(' · ')}` : names.join(' · ')}
          <Was changed={swapped} was="the other way round" />
        </dd>
        <dt className="text-slate-500">Date</dt>
        <dd className="text-slate-800">{relation.date ? dateLabel(relation.date) : 'Not dated by the source'}</dd>
        {article && (
          <>
            <dt className="text-slate-500">Article</dt>
            <dd className="truncate text-slate-800" title={article.title}>
              {article.title}
              {isSampleText(article) && <SampleLabel className="ml-1.5" compact />}
            </dd>
          </>
        )}
      </dl>
      <blockquote className="mt-3 max-h-48 overflow-y-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed text-slate-700">
        {context.before}
        <mark className="rounded-sm bg-amber-200 px-0.5 text-slate-950">{context.quote}</mark>
        {context.after}
      </blockquote>
    </div>
  );
}

function ReviewDialog({ dataset, store, onClose }: { dataset: string; store: CurationStore; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const load = useStore((s) => s.load);
  const [file, setFile] = useState<Curation>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [skipped, setSkipped] = useState<string[]>([]);
  const [front, setFront] = useState<string>();
  const [undos, setUndos] = useState<Undo[]>([]);
  const [edit, setEdit] = useState<{ id: string; draft: Draft }>();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    let live = true;
    void store.read().then((r) => {
      if (!live) return;
      if (r.ok) setFile({ version: r.version, curation: r.curation });
      else setProblem({ message: r.error, conflict: false });
    });
    return () => void (live = false);
  }, [store]);

  const graph = load.status === 'ready' ? load.graph : undefined;
  const texts = load.status === 'ready' ? load.texts : undefined;
  const decided = useMemo(() => decidedMatches(file?.curation ?? {}), [file]);
  const queue = useMemo(() => (graph ? reviewQueue(graph.relations, { decided, skipped, front }) : []), [graph, decided, skipped, front]);
  const current = queue[0];
  const draft = current ? (edit?.id === current.id ? edit.draft : draftOf(current)) : undefined;
  const { reviewed, total } = progress(decided, queue.length);

  const decide = useCallback(
    async (verdict: 'accept' | 'reject') => {
      if (!file || !current || !draft) return;
      const decision = decisionFor(current, draft, verdict, today());
      setBusy(true);
      const res = await store.decide(file.version, decision);
      setBusy(false);
      if (!res.ok) return setProblem({ message: res.error, conflict: res.conflict });
      setProblem(undefined);
      const graphBefore = store.saves === 'page' ? await applyInPage(decision) : undefined;
      setUndos((u) => [...u, { match: current.id, before: entriesFor(file.curation, current.id), said: current.summary, graph: graphBefore }]);
      setFile({ version: res.version, curation: recordDecision(file.curation, decision as RelationEdit) });
      setFront(undefined);
      setSaid(`${verdict === 'reject' ? 'Rejected' : decision.set ? 'Corrected and accepted' : 'Accepted'}: ${current.summary}`);
      if (store.saves === 'server') void refreshGraph(load.file);
    },
    [file, current, draft, store, load.file],
  );

  const undo = useCallback(async () => {
    const last = undos[undos.length - 1];
    if (!file || !last) return;
    const restored = undoDecision(file.curation, last.match, last.before);
    setBusy(true);
    const res = await store.replace(file.version, restored);
    setBusy(false);
    if (!res.ok) return setProblem({ message: res.error, conflict: res.conflict });
    setProblem(undefined);
    setUndos((u) => u.slice(0, -1));
    setFile({ version: res.version, curation: restored });
    setFront(last.match);
    setSkipped((s) => s.filter((id) => id !== last.match));
    setSaid(`Undone: ${last.said}`);
    if (last.graph) restoreInPage(last.graph);
    else void refreshGraph(load.file);
  }, [file, undos, store, load.file]);

  const press = (key: Key) => {
    if (busy || !file) return;
    if (key === 'u') return void undo();
    if (!current || !draft) return;
    const change = (next: Draft) => setEdit({ id: current.id, draft: next });
    if (key === 'a') void decide('accept');
    else if (key === 'r') void decide('reject');
    else if (key === 'k') change(cycleKind(draft));
    else if (key === 's') change(cycleStatus(draft));
    else if (key === 'd') change(swapDirection(draft));
    else if (key === 'n') {
      setSkipped((s) => [...s.filter((id) => id !== current.id), current.id]);
      setFront(undefined);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = KEYS.find((k) => k.key === e.key.toLowerCase())?.key;
    if (!key) return;
    e.preventDefault();
    press(key);
  };

  const disabled = (key: Key) =>
    busy || !file || (key === 'u' ? undos.length === 0 : !current || (key === 'd' && !(draft?.directed && DIRECTED_KINDS.has(draft.kind))) || (key === 'n' && queue.length < 2));

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      onKeyDown={onKeyDown}
      aria-labelledby="review-title"
      aria-describedby="review-keys"
      className="m-auto max-h-[92dvh] w-[min(42rem,calc(100vw-1.5rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/30"
    >
      <div className="flex flex-col gap-3 px-5 py-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="review-title" className="text-lg font-semibold">
            Review extracted relations
          </h2>
          <p className="text-sm text-slate-600" data-testid="review-progress" aria-live="polite">
            {file ? `${reviewed} of ${total} reviewed` : 'Reading the decisions…'}
          </p>
        </div>
        {file && graph && texts && current && draft && <RelationCard relation={current} draft={draft} graph={graph} texts={texts} />}
        {file && !current && <p className="text-sm text-slate-700">Nothing left to review: every extracted relation in this data set has a decision.</p>}
        <p id="review-keys" className="text-xs text-slate-500">
          Single keys: A accepts (with the kind, status and direction shown), R rejects, K and S change the kind and the status, D swaps the direction, N skips, U undoes the last decision.{' '}
          {store.saves === 'server'
            ? 'Each decision is saved to curation.json at once.'
            : `This copy is served as static files: decisions are kept in this page and shown in the graph; download curation.json and commit it as ${dataset.replace(/[^/]+$/, 'curation.json')} to keep them.`}
        </p>
        <div className="flex flex-wrap gap-1.5" role="group" aria-label="Decisions">
          {KEYS.map(({ key, label }) => (
            <button
              key={key}
              type="button"
              aria-keyshortcuts={key.toUpperCase()}
              disabled={disabled(key)}
              onClick={() => press(key)}
              className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50"
            >
              <kbd className="rounded border border-slate-300 bg-slate-100 px-1 font-mono text-xs text-slate-700">{key.toUpperCase()}</kbd>
              {label}
            </button>
          ))}
        </div>
        <p className="min-h-5 text-sm text-slate-700" aria-live="polite" data-testid="review-said">
          {busy ? 'Saving and rebuilding the graph…' : said}
        </p>
        {problem && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
            {problem.message}
            {problem.conflict && (
              <>
                {' '}
                This decision was not saved.{' '}
                <button type="button" onClick={() => window.location.reload()} className="font-medium underline">
                  Reload the page
                </button>
              </>
            )}
          </div>
        )}
        <div className="flex flex-wrap items-center justify-end gap-2">
          {store.saves === 'page' && <DownloadCuration store={store as PageCurationStore} version={file?.version} />}
          <button type="button" onClick={() => dialogRef.current?.close()} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** `version` changes with every decision, so the count it shows is always the page's. */
function DownloadCuration({ store, version }: { store: PageCurationStore; version: string | undefined }) {
  const pending = version === undefined ? 0 : store.pending();
  return (
    <button
      type="button"
      onClick={() => downloadCuration(store)}
      disabled={!pending}
      data-testid="review-download"
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50"
    >
      Download curation.json{pending ? ` (${pending} new decision${pending === 1 ? '' : 's'})` : ''}
    </button>
  );
}

/** Review with the local server: each decision saved to the data set's curation.json. */
export function ReviewButton({ dataset }: { dataset: string }) {
  const store = useMemo(() => serverCurationStore(dataset), [dataset]);
  return <DialogButton label="Review" dialog={(onClose) => <ReviewDialog dataset={dataset} store={store} onClose={onClose} />} />;
}

/** Review on a static copy: decisions kept in the page, downloaded as curation.json. */
export function ReviewInPageButton({ dataset }: { dataset: string }) {
  const store = pageStoreFor(dataset);
  return <DialogButton label="Review" dialog={(onClose) => <ReviewDialog dataset={dataset} store={store} onClose={onClose} />} />;
}
