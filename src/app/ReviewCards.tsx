/**
 * What Review shows for each question: a relation with its sentence in context (and the
 * participant and date editors its P and T keys open), an entity the extractor doubted, and two
 * entities that may be one. Presentational: the dialog (Review.tsx) holds the state and saves.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Entity, Graph, Relation } from '../model/schema';
import type { PossibleMerge } from '../extract/entityMerge';
import { RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { KindDot } from '../ui/swatches';
import { dateLabel, entityName } from '../ui/format';
import { isSampleText, SampleLabel } from '../sidebar/ArticleByline';
import { addNewParticipant, addParticipant, dateInputText, entityMatches, isUnsure, parseDateInput, quoteInContext, removeParticipant, type Draft, type NewEntity } from './reviewQueue';

/**
 * A one-line box of the review: Enter gives the text to `onEnter`, Escape goes back without
 * closing the dialog; its help line turns into the error when there is one. `suggestions` become
 * the browser's type-ahead (a datalist).
 */
function EditBox({
  label,
  showLabel = false,
  text,
  onText,
  onEnter,
  onEscape,
  help,
  error,
  placeholder,
  suggestions,
  inputRef,
}: {
  label: string;
  showLabel?: boolean;
  text: string;
  onText: (text: string) => void;
  onEnter: () => void;
  onEscape: () => void;
  help: string;
  error?: string;
  placeholder?: string;
  suggestions?: readonly Entity[];
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={showLabel ? 'text-sm font-medium text-slate-800' : 'sr-only'}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        autoFocus
        list={suggestions ? `${id}-entities` : undefined}
        value={text}
        placeholder={placeholder}
        aria-describedby={`${id}-help`}
        aria-invalid={!!error}
        onChange={(e) => onText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onEscape();
          } else if (e.key === 'Enter') {
            e.preventDefault();
            onEnter();
          }
        }}
        className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      {suggestions && (
        <datalist id={`${id}-entities`}>
          {suggestions.map((e) => (
            <option key={e.id} value={e.name} />
          ))}
        </datalist>
      )}
      <p id={`${id}-help`} className={`mt-0.5 text-xs ${error ? 'text-red-800' : 'text-slate-500'}`} role={error ? 'alert' : undefined}>
        {error ?? help}
      </p>
    </>
  );
}

/** The entity a typed name means: one whose name or alias it is, or the only one it begins; else a sentence why not. */
function entityNamed(entities: readonly Entity[], typed: string, nobody: string): { entity: Entity } | { error: string; none: boolean } {
  const q = typed.trim().toLowerCase();
  const exact = entities.find((e) => [e.name, ...e.aliases].some((f) => f.toLowerCase() === q));
  if (exact) return { entity: exact };
  const matches = entityMatches(entities, typed);
  if (matches.length === 1) return { entity: matches[0] };
  return matches.length ? { error: `Several entities match “${typed.trim()}”: type more of the name.`, none: false } : { error: nobody, none: true };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function Was({ changed, was }: { changed: boolean; was: string }) {
  return changed ? <span className="font-normal text-amber-800"> (was {was})</span> : null;
}

export type Editing = 'date' | 'participants' | undefined;

/** An entity the extractor doubted: what it is said to be, and the words it was read from. */
export function EntityCard({ entity, graph, picking, onPick, onDone }: { entity: Entity; graph: Graph; picking: boolean; onPick: (id: string) => void; onDone: () => void }) {
  const rels = graph.relations.filter((r) => r.participants.includes(entity.id));
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const others = useMemo(() => graph.entities.filter((e) => e.id !== entity.id), [graph, entity.id]);
  const suggestions = useMemo(() => entityMatches(others, text), [others, text]);
  return (
    <div data-testid="review-entity" data-entity={entity.id}>
      <p className="text-xs font-medium text-slate-600">The extractor was unsure of this {entity.kind}</p>
      <p className="mt-1 text-base font-semibold text-slate-900">
        Is “{entity.name}” a {entity.kind}?
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {rels.length} relation{rels.length === 1 ? '' : 's'} {rels.length === 1 ? 'was' : 'were'} read from it; they go if it is not an entity.
      </p>
      {rels.slice(0, 2).map((r) => (
        <blockquote key={r.id} className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-2 text-sm text-slate-700">
          {r.evidence[0]?.quote}
        </blockquote>
      ))}
      {picking && (
        <div className="mt-2">
          <EditBox
            label="Same as"
            showLabel
            text={text}
            onText={(t) => {
              setText(t);
              setError(undefined);
            }}
            onEnter={() => {
              if (!text.trim()) return;
              const found = entityNamed(others, text, `No other entity is called “${text.trim()}”.`);
              if ('entity' in found) onPick(found.entity.id);
              else setError(found.error);
            }}
            onEscape={onDone}
            error={error}
            help="Type the name of the entity it is; Enter merges it there, Escape goes back."
            suggestions={suggestions}
          />
        </div>
      )}
    </div>
  );
}

/** Two (or more) entities that may be one: who each is, and where each is named. */
export function MergeCard({ question, graph, left }: { question: PossibleMerge; graph: Graph; left: number }) {
  const entities = useMemo(() => new Map(graph.entities.map((e) => [e.id, e])), [graph]);
  return (
    <div data-testid="review-merge" data-entities={question.ids.join(' ')}>
      <p className="text-xs font-medium text-slate-600">
        Possible merge{left > 1 ? ` · ${left} left` : ''} · {question.reason}
      </p>
      <p className="mt-1 text-base font-semibold text-slate-900">Are these one {entities.get(question.ids[0])?.kind ?? 'entity'}?</p>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {question.ids.map((id) => {
          const e = entities.get(id);
          const rels = graph.relations.filter((r) => r.participants.includes(id));
          return (
            <li key={id} className="rounded-md border border-slate-200 bg-slate-50 p-2 text-sm">
              <p className="font-semibold text-slate-900">{e?.name ?? id}</p>
              <p className="text-xs text-slate-600">
                {[e?.country ? `of ${entityName(entities, e.country)}` : undefined, e?.offices?.[0], e?.aliases.length ? `also “${e.aliases.slice(0, 2).join('”, “')}”` : undefined].filter(Boolean).join(' · ') || 'no country or office given'}
              </p>
              <p className="mt-1 text-xs text-slate-700">
                {rels.length} relation{rels.length === 1 ? '' : 's'}
                {rels[0] ? `, e.g. “${rels[0].evidence[0]?.quote.slice(0, 90)}${(rels[0].evidence[0]?.quote.length ?? 0) > 90 ? '…' : ''}”` : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The date, typed: Enter keeps it in the draft, Escape leaves it as it was. */
function DateEditor({ draft, onChange, onDone }: { draft: Draft; onChange: (d: Draft) => void; onDone: () => void }) {
  const [text, setText] = useState(dateInputText(draft.date));
  const [error, setError] = useState<string>();
  return (
    <div>
      <EditBox
        label="Date of the event"
        text={text}
        onText={(t) => {
          setText(t);
          setError(undefined);
        }}
        onEnter={() => {
          const parsed = parseDateInput(text);
          if (!parsed.ok) return setError(parsed.error);
          onChange({ ...draft, date: parsed.date });
          onDone();
        }}
        onEscape={onDone}
        error={error}
        placeholder="2024-07-23, 2024-07, 2024, or … to …; empty for none"
        help="Enter keeps it at the precision typed; Escape leaves the date as it was."
      />
    </div>
  );
}

/** The participants: type a name (suggested from the data set's entities) and Enter adds it; each can be taken away. */
function ParticipantEditor({ draft, graph, onChange, onDone }: { draft: Draft; graph: Graph; onChange: (d: Draft) => void; onDone: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  /** A name no entity has: offered as a new one. */
  const [unknown, setUnknown] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  const entities = useMemo(() => new Map(graph.entities.map((e) => [e.id, e])), [graph]);
  const suggestions = useMemo(() => entityMatches(graph.entities, text), [graph, text]);
  const add = () => {
    const found = entityNamed(graph.entities, text, `No entity in this data set is called “${text.trim()}”: add it as a new one below, or type another name.`);
    if ('error' in found) {
      setUnknown(found.none ? text.trim() : undefined);
      return setError(found.error);
    }
    onChange(addParticipant(draft, found.entity.id));
    setText('');
    setError(undefined);
  };
  const addNew = (kind: NewEntity['kind']) => {
    if (!unknown) return;
    onChange(addNewParticipant(draft, unknown, kind, new Set(graph.entities.map((e) => e.id))));
    setUnknown(undefined);
    setText('');
    setError(undefined);
    // The buttons go: back to the name box for the next name.
    inputRef.current?.focus();
  };
  const nameOf = (p: string) => draft.added?.find((a) => a.id === p)?.name ?? entityName(entities, p);
  return (
    <div>
      <ul className="mb-1.5 flex flex-wrap gap-1.5" aria-label="Participants">
        {draft.participants.map((p) => (
          <li key={p} className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white py-0.5 pl-2 pr-1 text-sm">
            {nameOf(p)}
            {draft.added?.some((a) => a.id === p) && <span className="text-xs text-slate-500">(new)</span>}
            <button
              type="button"
              aria-label={`Remove ${nameOf(p)}`}
              disabled={draft.participants.length <= 2}
              onClick={() => onChange(removeParticipant(draft, p))}
              className="rounded-full px-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-40"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <EditBox
        label="Add a participant"
        inputRef={inputRef}
        text={text}
        onText={(t) => {
          setText(t);
          setError(undefined);
          setUnknown(undefined);
        }}
        onEnter={() => (text.trim() ? add() : onDone())}
        onEscape={onDone}
        error={error}
        placeholder="Add a participant: type a name"
        help="Enter adds the entity named; Enter on an empty box or Escape is done. A relation keeps two or more."
        suggestions={suggestions}
      />
      {unknown && (
        <div className="mt-1 flex flex-wrap items-center gap-1.5 text-sm" role="group" aria-label={`Add “${unknown}” as a new entity`}>
          <span className="text-slate-700">Add “{unknown}” as a new</span>
          {(['person', 'organization', 'place'] as const).map((kind) => (
            <button key={kind} type="button" onClick={() => addNew(kind)} className="rounded-md border border-slate-300 px-2 py-0.5 font-medium text-slate-800 hover:bg-slate-50">
              {kind}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

export function RelationCard({
  relation,
  draft,
  graph,
  texts,
  editing,
  onChange,
  onDone,
}: {
  relation: Relation;
  draft: Draft;
  graph: Graph;
  texts: ReadonlyMap<string, string>;
  editing: Editing;
  onChange: (d: Draft) => void;
  onDone: () => void;
}) {
  const entities = useMemo(() => new Map(graph.entities.map((e) => [e.id, e])), [graph]);
  const ev = relation.evidence[0];
  const article = graph.articles.find((a) => a.id === ev.article);
  const text = texts.get(ev.article);
  const context = text !== undefined && text.slice(ev.start, ev.end) === ev.quote ? quoteInContext(text, ev.start, ev.end) : { before: '', quote: ev.quote, after: '' };
  const names = draft.participants.map((id) => draft.added?.find((a) => a.id === id)?.name ?? entityName(entities, id));
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
          {editing === 'participants' ? (
            <ParticipantEditor draft={draft} graph={graph} onChange={onChange} onDone={onDone} />
          ) : (
            <>
              {draft.directed ? `${names.slice(0, draft.actors ?? 1).join(' · ')} → ${names.slice(draft.actors ?? 1).join(' · ')}` : names.join(' · ')}
              <Was changed={swapped} was={sameSet(draft.participants, relation.participants) ? 'the other way round' : relation.participants.map((id) => entityName(entities, id)).join(' · ')} />
            </>
          )}
        </dd>
        <dt className="text-slate-500">Date</dt>
        <dd className="text-slate-800" data-testid="review-date">
          {editing === 'date' ? (
            <DateEditor draft={draft} onChange={onChange} onDone={onDone} />
          ) : (
            <>
              {draft.date ? dateLabel(draft.date) : 'Not dated by the source'}
              <Was changed={JSON.stringify(draft.date) !== JSON.stringify(relation.date ?? null)} was={relation.date ? dateLabel(relation.date) : 'undated'} />
            </>
          )}
        </dd>
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
