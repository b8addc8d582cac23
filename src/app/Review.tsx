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
import type { Entity, Graph } from '../model/schema';
import { DIRECTED_KINDS } from '../model/vocabulary';
import { curationFileOf, curationFileText, type CurationStore, type PageCurationStore } from '../data/curationStore';
import { loadGraph } from '../data/loadGraph';
import { recordDecision } from '../extract/curationDecisions';
import type { RelationEdit } from '../extract/curation';
import type { PossibleMerge } from '../extract/entityMerge';
import { useStore } from '../state/store';
import {
  answerEntity,
  answerMerge,
  cycleKind,
  cycleStatus,
  decidedMatches,
  decisionFor,
  draftOf,
  entriesFor,
  mergeQuestions,
  newEntityEntries,
  progress,
  reviewQueue,
  swapDirection,
  undoDecision,
  unsureEntities,
  type Draft,
} from './reviewQueue';
import { EntityCard, MergeCard, RelationCard, type Editing } from './ReviewCards';

type Curation = { version: string; curation: Record<string, unknown> };
type Problem = { message: string; conflict: boolean };
/** What an undo puts back: a relation's entries, or (a merge question) the whole file as it was. */
type Undo = { match: string; before: unknown[]; said: string; graph?: Graph } | { curation: Record<string, unknown>; said: string; graph?: Graph; question: string };

const questionKey = (q: Pick<PossibleMerge, 'ids'>) => q.ids.join('+');

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
async function applyInPage(entries: { entities?: object[]; relations?: object[] }): Promise<Graph | undefined> {
  // Loaded on the first decision: the curation schema stays out of the page's first script.
  const { applyCuration, CurationSchema } = await import('../extract/curation');
  const { load, setLoad, view, updateView } = useStore.getState();
  if (load.status !== 'ready') return undefined;
  const before = load.graph;
  const curation = CurationSchema.parse({ version: 1, ...entries });
  const { entities, relations } = applyCuration('curation.json', curation, before, (id) => load.texts.get(id));
  setLoad({ ...load, graph: { ...before, entities, relations } });
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
  { key: 'p', label: 'Participants' },
  { key: 't', label: 'Date' },
  { key: 'n', label: 'Skip' },
  { key: 'u', label: 'Undo' },
] as const;
/** For an entity the extractor doubted, after the relations. */
const ENTITY_KEYS = [
  { key: 'y', label: 'Yes, it is' },
  { key: 'x', label: 'Not an entity' },
  { key: 'm', label: 'Same as…' },
  { key: 'n', label: 'Skip' },
  { key: 'u', label: 'Undo' },
] as const;
/** For a possible merge of two entities, after the relations. */
const MERGE_KEYS = [
  { key: 'm', label: 'Merge' },
  { key: 'd', label: 'Different' },
  { key: 'n', label: 'Skip' },
  { key: 'u', label: 'Undo' },
] as const;
type Key = (typeof KEYS)[number]['key'] | (typeof MERGE_KEYS)[number]['key'] | (typeof ENTITY_KEYS)[number]['key'];


export function ReviewDialog({ dataset, store, onClose }: { dataset: string; store: CurationStore; onClose: () => void }) {
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
  const [editing, setEditing] = useState<Editing>();
  const [skippedQuestions, setSkippedQuestions] = useState<string[]>([]);
  const [skippedEntities, setSkippedEntities] = useState<string[]>([]);

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
  // After the relations, the entities the extractor doubted, then those that may be one; skipped ones go last.
  const [picking, setPicking] = useState(false);
  const doubts = useMemo(() => {
    if (!graph || !file) return [];
    const rank = (e: Entity) => skippedEntities.indexOf(e.id);
    return [...unsureEntities(graph, file.curation)].sort((a, b) => rank(a) - rank(b));
  }, [graph, file, skippedEntities]);
  const doubt = current ? undefined : doubts[0];
  // The possible merges compare every pair of entities: asked only once relations and doubts are done.
  const asking = !!graph && !!file && !current && !doubt;
  const possible = useMemo(() => (asking && graph && file ? mergeQuestions(graph, file.curation) : []), [asking, graph, file]);
  const questions = useMemo(() => {
    const rank = (q: PossibleMerge) => skippedQuestions.indexOf(questionKey(q));
    return [...possible].sort((a, b) => rank(a) - rank(b));
  }, [possible, skippedQuestions]);
  const question = questions[0];
  const mode: 'relation' | 'entity' | 'merge' | 'done' = current ? 'relation' : doubt ? 'entity' : question ? 'merge' : 'done';
  // When the control that had focus goes (a name box closed, the keys of another kind of question),
  // focus stays in the dialog, on its heading, so the single keys go on working.
  const shown = `${mode}:${current?.id ?? doubt?.id ?? question?.ids.join('+') ?? ''}:${picking}`;
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const dialog = dialogRef.current;
      if (dialog?.open && !dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('#review-title')?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [shown]);
  // A new relation on the card closes an editor left open on the last one.
  const shownId = current?.id;
  useEffect(() => setEditing(undefined), [shownId]);
  const draft = current ? (edit?.id === current.id ? edit.draft : draftOf(current)) : undefined;
  const { reviewed, total } = progress(decided, queue.length);

  const decide = useCallback(
    async (verdict: 'accept' | 'reject') => {
      if (!file || !current || !draft) return;
      const decision = decisionFor(current, draft, verdict, today());
      // New entities go into the file with the decision that names them, in one write.
      const added = verdict === 'accept' ? newEntityEntries(draft, today()) : [];
      const withEntities = added.length ? { ...file.curation, entities: [...(Array.isArray(file.curation.entities) ? file.curation.entities : []), ...added] } : file.curation;
      const next = recordDecision(withEntities, decision as RelationEdit);
      setBusy(true);
      const res = added.length ? await store.replace(file.version, next) : await store.decide(file.version, decision);
      setBusy(false);
      if (!res.ok) return setProblem({ message: res.error, conflict: res.conflict });
      setProblem(undefined);
      const graphBefore = store.saves === 'page' ? await applyInPage({ entities: added, relations: [decision] }) : undefined;
      setUndos((u) => [...u, added.length ? { curation: file.curation, said: current.summary, graph: graphBefore, question: `relation:${current.id}` } : { match: current.id, before: entriesFor(file.curation, current.id), said: current.summary, graph: graphBefore }]);
      setFile({ version: res.version, curation: next });
      setFront(undefined);
      setSaid(`${verdict === 'reject' ? 'Rejected' : decision.set ? 'Corrected and accepted' : 'Accepted'}: ${current.summary}`);
      if (store.saves === 'server') void refreshGraph(load.file);
    },
    [file, current, draft, store, load.file],
  );

  const undo = useCallback(async () => {
    const last = undos[undos.length - 1];
    if (!file || !last) return;
    const restored = 'question' in last ? last.curation : undoDecision(file.curation, last.match, last.before);
    setBusy(true);
    const res = await store.replace(file.version, restored);
    setBusy(false);
    if (!res.ok) return setProblem({ message: res.error, conflict: res.conflict });
    setProblem(undefined);
    setUndos((u) => u.slice(0, -1));
    setFile({ version: res.version, curation: restored });
    if ('match' in last) {
      setFront(last.match);
      setSkipped((s) => s.filter((id) => id !== last.match));
    } else if (last.question.startsWith('relation:')) setFront(last.question.slice('relation:'.length));
    else if (last.question.startsWith('entity:')) setSkippedEntities((s) => s.filter((id) => `entity:${id}` !== last.question));
    else setSkippedQuestions((s) => s.filter((k) => k !== last.question));
    setSaid(`Undone: ${last.said}`);
    if (last.graph) restoreInPage(last.graph);
    // A page store's graph only changes in the page: the served file would drop its decisions.
    else if (store.saves === 'server') void refreshGraph(load.file);
  }, [file, undos, store, load.file]);

  /** An unsure entity answered: confirmed, removed (with the relations read from it), or merged into another. */
  const answerDoubt = useCallback(
    async (e: Entity, verdict: 'confirm' | 'remove' | { into: string }) => {
      if (!file || !graph) return;
      const into = typeof verdict === 'object' ? verdict.into : undefined;
      const next = into ? answerMerge(file.curation, { ids: [into, e.id] }, 'merge', today()) : answerEntity(file.curation, e.id, verdict as 'confirm' | 'remove', today());
      setBusy(true);
      const res = await store.replace(file.version, next);
      setBusy(false);
      if (!res.ok) return setProblem({ message: res.error, conflict: res.conflict });
      setProblem(undefined);
      setPicking(false);
      const intoName = into ? graph.entities.find((x) => x.id === into)?.name ?? into : '';
      const said = into ? `“${e.name}” is ${intoName}: merged` : verdict === 'confirm' ? `“${e.name}” is a ${e.kind}` : `“${e.name}” is not an entity: removed, with the relations read from it`;
      const entry = into ? { id: into, merge: [e.id] } : verdict === 'confirm' ? { id: e.id, confirmed: true } : { id: e.id, remove: true };
      const graphBefore = store.saves === 'page' ? await applyInPage({ entities: [entry] }) : undefined;
      setUndos((u) => [...u, { curation: file.curation, said, graph: graphBefore, question: `entity:${e.id}` }]);
      setFile({ version: res.version, curation: next });
      setSaid(`${said}.`);
      if (store.saves === 'server') void refreshGraph(load.file);
    },
    [file, graph, store, load.file],
  );

  /** A possible merge answered: curation.json gets the entities entry, the graph the merge. */
  const answer = useCallback(
    async (q: PossibleMerge, verdict: 'merge' | 'apart') => {
      if (!file || !graph) return;
      const next = answerMerge(file.curation, q, verdict, today());
      setBusy(true);
      const res = await store.replace(file.version, next);
      setBusy(false);
      if (!res.ok) return setProblem({ message: res.error, conflict: res.conflict });
      setProblem(undefined);
      const said = `${q.names.join(' and ')} ${verdict === 'merge' ? `are one: merged into ${q.names[0]}` : 'are kept apart'}`;
      const graphBefore = store.saves === 'page' && verdict === 'merge' ? await applyInPage({ entities: [{ id: q.ids[0], merge: q.ids.slice(1) }] }) : undefined;
      setUndos((u) => [...u, { curation: file.curation, said, graph: graphBefore ?? (store.saves === 'page' ? graph : undefined), question: questionKey(q) }]);
      setFile({ version: res.version, curation: next });
      setSaid(`${said}.`);
      if (store.saves === 'server') void refreshGraph(load.file);
    },
    [file, graph, store, load.file],
  );

  const press = (key: Key) => {
    if (busy || !file) return;
    if (key === 'u') return void undo();
    if (mode === 'entity' && doubt) {
      if (key === 'y') void answerDoubt(doubt, 'confirm');
      else if (key === 'x') void answerDoubt(doubt, 'remove');
      else if (key === 'm') setPicking(true);
      else if (key === 'n') setSkippedEntities((s) => [...s.filter((k) => k !== doubt.id), doubt.id]);
      return;
    }
    if (!current && question) {
      if (key === 'm') void answer(question, 'merge');
      else if (key === 'd') void answer(question, 'apart');
      else if (key === 'n') setSkippedQuestions((s) => [...s.filter((k) => k !== questionKey(question)), questionKey(question)]);
      return;
    }
    if (!current || !draft) return;
    const change = (next: Draft) => setEdit({ id: current.id, draft: next });
    if (key === 'a') void decide('accept');
    else if (key === 'r') void decide('reject');
    else if (key === 'k') change(cycleKind(draft));
    else if (key === 's') change(cycleStatus(draft));
    else if (key === 'd') change(swapDirection(draft));
    else if (key === 'p' || key === 't') setEditing(key === 'p' ? 'participants' : 'date');
    else if (key === 'n') {
      setSkipped((s) => [...s.filter((id) => id !== current.id), current.id]);
      setFront(undefined);
    }
  };

  const keys = mode === 'entity' ? ENTITY_KEYS : mode === 'merge' ? MERGE_KEYS : KEYS;
  const onKeyDown = (e: React.KeyboardEvent) => {
    // Typing a date or a name is not a decision.
    if (e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement).closest('input, textarea, select')) return;
    const key = keys.find((k) => k.key === e.key.toLowerCase())?.key;
    if (!key) return;
    e.preventDefault();
    press(key);
  };

  const disabled = (key: Key) =>
    busy ||
    !file ||
    (key === 'u'
      ? undos.length === 0
      : mode === 'entity'
        ? key === 'n' && doubts.length < 2
        : !current
        ? !question || (key === 'n' && questions.length < 2)
        : (key === 'd' && !(draft?.directed && DIRECTED_KINDS.has(draft.kind))) || (key === 'n' && queue.length < 2));

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
          <h2 id="review-title" tabIndex={-1} className="text-lg font-semibold outline-none">
            Review extracted relations
          </h2>
          <p className="text-sm text-slate-600" data-testid="review-progress" aria-live="polite">
            {file ? `${reviewed} of ${total} reviewed` : 'Reading the decisions…'}
          </p>
        </div>
        {file && graph && texts && current && draft && (
          <RelationCard
            relation={current}
            draft={draft}
            graph={graph}
            texts={texts}
            editing={editing}
            onChange={(next) => setEdit({ id: current.id, draft: next })}
            onDone={() => {
              // Back to the key that opened the editor, so the single keys work again.
              dialogRef.current?.querySelector<HTMLButtonElement>(`[aria-keyshortcuts="${editing === 'date' ? 'T' : 'P'}"]`)?.focus();
              setEditing(undefined);
            }}
          />
        )}
        {file && mode === 'entity' && doubt && graph && (
          <EntityCard
            key={doubt.id}
            entity={doubt}
            graph={graph}
            picking={picking}
            onPick={(into) => void answerDoubt(doubt, { into })}
            onDone={() => {
              dialogRef.current?.querySelector<HTMLButtonElement>('[aria-keyshortcuts="M"]')?.focus();
              setPicking(false);
            }}
          />
        )}
        {file && mode === 'merge' && question && graph && <MergeCard question={question} graph={graph} left={questions.length} />}
        {file && mode === 'done' && <p className="text-sm text-slate-700">Nothing left to review: every extracted relation in this data set has a decision, and no two entities look like one.</p>}
        <p id="review-keys" className="text-xs text-slate-500">
          {mode === 'entity'
            ? 'Single keys: Y says it is what the extractor thought, X that it is no entity (it goes, with the relations read from it), M that it is the same as another (type its name), N skips, U undoes.'
            : mode === 'merge'
            ? 'Single keys: M merges the two (the first keeps its name), D keeps them apart for good, N skips, U undoes the last decision.'
            : 'Single keys: A accepts (with what is shown), R rejects, K and S change the kind and the status, D swaps the direction, P edits the participants and T the date, N skips, U undoes the last decision.'}{' '}
          {store.saves === 'server'
            ? 'Each decision is saved to curation.json at once.'
            : `This copy is served as static files: decisions are kept in this page and shown in the graph; download curation.json and commit it as ${curationFileOf(dataset)} to keep them.`}
        </p>
        <div className="flex flex-wrap gap-1.5" role="group" aria-label="Decisions">
          {keys.map(({ key, label }) => (
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
  // Counted once per version of the file (each decision makes one), not on every keypress.
  const pending = useMemo(() => (version === undefined ? 0 : store.pending()), [store, version]);
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
