/**
 * Details of the selection: what it is, what the source says (verbatim), and links onward.
 * All data is rendered as text.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Graph, Relation, RelationKind } from '../model/schema';
import { RELATION_KINDS } from '../model/vocabulary';
import type { Visible } from '../filters/visible';
import type { Selection } from '../state/viewState';
import { useStore } from '../state/store';
import { ENTITY_STYLES, RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { EntitySwatch, KindDot, LineSwatch } from '../ui/swatches';
import { dateSortKey } from '../model/dates';
import { EvidenceList } from './EvidenceList';
import { useShowMore } from '../ui/ShowMore';
import { ORIGIN_LABELS, dateLabel, entityName, plural, precisionLabel } from '../ui/format';
import { FlagImage } from '../ui/FlagImage';
import { Byline, isSampleText, OriginalLink, SampleLabel } from './ArticleByline';
import { ClaimSupportNote, ContestedSides } from './ClaimSupport';
import { DatedOffices, OfficesAtTime } from './Offices';
import { UserText } from '../ui/UserText';
import { CuratedChanges } from './CuratedChanges';

interface Props {
  graph: Graph;
  texts: ReadonlyMap<string, string>;
  visible: Visible;
}

function useLookups(graph: Graph) {
  return useMemo(
    () => ({
      entities: new Map(graph.entities.map((e) => [e.id, e])),
      relations: new Map(graph.relations.map((r) => [r.id, r])),
      articles: new Map(graph.articles.map((a) => [a.id, a])),
    }),
    [graph],
  );
}

function useSelect() {
  const updateView = useStore((s) => s.updateView);
  return (selected: Selection) => updateView({ selected }, 'push');
}

const linkButton =
  'rounded-sm text-left font-medium text-sky-800 underline decoration-sky-300 underline-offset-2 hover:text-sky-950 hover:decoration-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600';

function SectionTitle({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h3 id={id} className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
      {children}
    </h3>
  );
}

function HiddenNote({ hidden }: { hidden: boolean }) {
  if (!hidden) return null;
  return (
    <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-600">
      Hidden in the graph by the current filters.
    </p>
  );
}

function Notes({ notes }: { notes?: readonly string[] }) {
  if (!notes?.length) return null;
  return (
    <section aria-label="Caveats" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3">
      <p className="mb-1 flex items-center gap-1.5 text-sm font-semibold text-amber-900">
        <span aria-hidden="true">⚠</span> {notes.length === 1 ? 'Caveat' : 'Caveats'}
      </p>
      <ul className="list-disc space-y-1 pl-5 text-sm leading-snug text-amber-950">
        {notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </section>
  );
}

function RelationDetails({ relation, graph, texts, visible }: { relation: Relation } & Props) {
  const { entities, articles } = useLookups(graph);
  const select = useSelect();
  const kind = RELATION_KIND_STYLES[relation.kind];
  const status = STATUS_STYLES[relation.status];
  const origin = ORIGIN_LABELS[relation.origin];
  const actorCount = relation.directed ? relation.actors ?? 1 : 0;
  const actors = relation.participants.slice(0, actorCount);
  const others = relation.participants.slice(actorCount);

  const participantLink = (id: string) => (
    <button key={id} type="button" className={linkButton} onClick={() => select({ type: 'entity', id })}>
      {entityName(entities, id)}
    </button>
  );

  return (
    <article aria-labelledby="details-title" className="max-lg:flex max-lg:flex-col">
      <div className="flex flex-wrap items-center gap-2 text-xs font-medium">
        <span
          className="inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-slate-800"
          style={{ borderColor: kind.color, background: `color-mix(in srgb, ${kind.color} 12%, white)` }}
        >
          <KindDot kind={relation.kind} />
          {kind.label}
        </span>
        <span className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 bg-white px-2 py-0.5 text-slate-700">
          <LineSwatch kind={relation.kind} status={relation.status} directed={relation.directed} width={30} />
          {status.label}
        </span>
        <span
          className="rounded-full border border-slate-200 bg-slate-50 px-2 py-0.5 text-slate-600"
          title={origin.description}
        >
          {origin.label}
          <span className="sr-only">: {origin.description}</span>
        </span>
        {relation.participants.length > 2 && (
          <span className="rounded-full border border-slate-200 bg-slate-50 px-2 py-0.5 text-slate-600">
            {relation.participants.length}-way
          </span>
        )}
      </div>
      <CuratedChanges relation={relation} />
      <h2 id="details-title" className="mt-2.5 text-lg font-semibold leading-snug text-slate-900">
        {relation.summary}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {status.label}: {status.description}.
      </p>
      <HiddenNote hidden={!visible.relations.has(relation.id)} />

      <dl className="mt-4 grid grid-cols-[6.5rem_1fr] gap-x-3 gap-y-2 text-sm">
        <dt className="text-slate-500">{relation.directed ? 'From → to' : 'Participants'}</dt>
        <dd className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-slate-800">
          {relation.directed ? (
            <>
              {actors.map((id, i) => (
                <span key={id} className="inline-flex items-center gap-1.5">
                  {i > 0 && <span aria-hidden="true">·</span>}
                  {participantLink(id)}
                </span>
              ))}
              <span aria-label="to">→</span>
              {others.map((id, i) => (
                <span key={id} className="inline-flex items-center gap-1.5">
                  {i > 0 && <span aria-hidden="true">·</span>}
                  {participantLink(id)}
                </span>
              ))}
            </>
          ) : (
            relation.participants.map((id, i) => (
              <span key={id} className="inline-flex items-center gap-1.5">
                {i > 0 && <span aria-hidden="true">·</span>}
                {participantLink(id)}
              </span>
            ))
          )}
        </dd>
        <dt className="text-slate-500">Date</dt>
        <dd className="text-slate-800">
          {relation.date ? (
            <>
              <span className="font-medium">{dateLabel(relation.date)}</span>{' '}
              <span className="text-slate-500">({precisionLabel(relation.date)})</span>
            </>
          ) : (
            <span className="text-slate-600">Not dated by the source</span>
          )}
        </dd>
        {relation.dateText && (
          <>
            <dt className="text-slate-500">As worded</dt>
            <dd className="text-slate-800">“{relation.dateText}”</dd>
          </>
        )}
      </dl>

      {/* On a phone the quotes come first after the facts (max-lg:order-1): the sheet opens at a height that shows them. */}
      <div className="max-lg:order-2">
        <OfficesAtTime relation={relation} graph={graph} />
        <ClaimSupportNote relation={relation} graph={graph} />
        <Notes notes={relation.notes} />
        <ContestedSides relation={relation} graph={graph} />
      </div>

      <section className="mt-5 max-lg:order-1" aria-labelledby="evidence-title">
        <SectionTitle id="evidence-title">Source {relation.evidence.length === 1 ? 'quote' : `quotes (${relation.evidence.length})`}</SectionTitle>
        <EvidenceList evidence={relation.evidence} articles={articles} entities={entities} texts={texts} />
      </section>
    </article>
  );
}

function EntityDetails({ entityId, graph, visible }: { entityId: string } & Props) {
  const { entities, relations } = useLookups(graph);
  const select = useSelect();
  const entity = entities.get(entityId)!;
  const style = ENTITY_STYLES[entity.kind];
  const own = graph.relations.filter((r) => r.participants.includes(entityId));
  const members = graph.entities.filter((e) => e.country === entityId);
  const byKind = RELATION_KINDS.map((kind) => [kind, own.filter((r) => r.kind === kind)] as [RelationKind, Relation[]]).filter(([, list]) => list.length);
  const country = entity.country ? entities.get(entity.country) : undefined;
  const [shownMembers, moreMembers] = useShowMore(members.length, 'people and bodies');
  const [order, setOrder] = useState<'kind' | 'date'>('kind');

  const others = (r: Relation) =>
    r.participants
      .filter((p) => p !== entityId)
      .map((p) => entityName(entities, p))
      .join(', ');

  const renderRelation = (r: Relation) => {
    const rel = relations.get(r.id)!;
    const hidden = !visible.relations.has(r.id);
    return (
      <li key={r.id}>
        <button
          type="button"
          onClick={() => select({ type: 'relation', id: r.id })}
          className={`group flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 ${hidden ? 'opacity-60' : ''}`}
        >
          <span className="mt-1.5">
            <LineSwatch kind={rel.kind} status={rel.status} directed={rel.directed} width={28} />
          </span>
          <span className="min-w-0">
            <span className="block leading-snug text-slate-900 group-hover:underline">{rel.summary}</span>
            <span className="block text-xs text-slate-500">
              {STATUS_STYLES[rel.status].label}
              {rel.date ? ` · ${dateLabel(rel.date)}` : ''} · with {others(rel)}
              {hidden ? ' · hidden by filters' : ''}
            </span>
          </span>
        </button>
      </li>
    );
  };

  return (
    <article aria-labelledby="details-title">
      <div className="flex items-center gap-3">
        {entity.kind === 'country' ? <FlagImage code={entity.id} name={entity.name} /> : <EntitySwatch kind={entity.kind} size={28} />}
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{style.label}</p>
          <h2 id="details-title" className="text-xl font-semibold leading-tight text-slate-900">
            <UserText text={entity.name} />
          </h2>
        </div>
      </div>
      {(entity.offices?.length || entity.description || country) && (
        <p className="mt-2 text-sm text-slate-700">
          {[entity.offices?.join(', '), entity.description].filter(Boolean).join(' · ')}
          {country && (
            <>
              {entity.offices?.length || entity.description ? ' · ' : ''}
              <button type="button" className={linkButton} onClick={() => select({ type: 'entity', id: country.id })}>
                <UserText text={country.name} max={80} />
              </button>
            </>
          )}
        </p>
      )}
      {entity.aliases.length > 0 && (
        <p className="mt-2 text-sm text-slate-600">
          <span className="text-slate-500">Also written: </span>
          {entity.aliases.join(' · ')}
        </p>
      )}
      <HiddenNote hidden={!visible.entities.has(entity.id)} />
      {entity.kind === 'person' && <DatedOffices personId={entity.id} graph={graph} />}

      {members.length > 0 && (
        <section className="mt-4" aria-labelledby="members-title">
          <SectionTitle id="members-title">People and bodies of <UserText text={entity.name} max={80} /></SectionTitle>
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {members.slice(0, shownMembers).map((m) => (
              <li key={m.id}>
                <button type="button" className={linkButton} onClick={() => select({ type: 'entity', id: m.id })}>
                  <UserText text={m.name} max={80} />
                </button>
              </li>
            ))}
          </ul>
          {moreMembers}
        </section>
      )}

      <section className="mt-5" aria-labelledby="relations-title">
        <div className="flex items-center justify-between gap-2">
          <SectionTitle id="relations-title">{plural(own.length, 'relation')}</SectionTitle>
          {own.length > 1 && (
            <div role="radiogroup" aria-label="Order of relations" className="mb-2 inline-flex rounded-md bg-slate-100 p-0.5 text-xs">
              {(['kind', 'date'] as const).map((o) => (
                <button
                  key={o}
                  type="button"
                  role="radio"
                  aria-checked={order === o}
                  onClick={() => setOrder(o)}
                  className={`rounded px-2 py-0.5 font-medium ${order === o ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600'}`}
                >
                  {o === 'kind' ? 'By kind' : 'In date order'}
                </button>
              ))}
            </div>
          )}
        </div>
        {byKind.length === 0 && <p className="text-sm text-slate-600">The sources name no relation for this entity.</p>}
        {order === 'date' && own.length > 1 && <DateOrderList list={own} render={renderRelation} />}
        <div className={`space-y-4 ${order === 'date' && own.length > 1 ? 'hidden' : ''}`}>
          {byKind.map(([kind, list]) => (
            <section key={kind} aria-labelledby={`rel-kind-${kind}`}>
              <h4 id={`rel-kind-${kind}`} className="mb-1.5 flex items-center gap-2 text-sm font-semibold text-slate-800">
                <KindDot kind={kind} /> {RELATION_KIND_STYLES[kind].label} <span className="font-normal text-slate-500">({list.length})</span>
              </h4>
              <KindRelationList list={list} render={renderRelation} />
            </section>
          ))}
        </div>
      </section>
    </article>
  );
}

/** One kind's relations of an entity, newest first, the first few dozen at a time. */
function KindRelationList({ list, render }: { list: Relation[]; render: (r: Relation) => ReactNode }) {
  const sorted = useMemo(() => [...list].sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date))), [list]);
  const [shown, more] = useShowMore(sorted.length, 'relations');
  return (
    <>
      <ul className="space-y-1">{sorted.slice(0, shown).map(render)}</ul>
      {more}
    </>
  );
}

/** An entity's relations as its own timeline: oldest first, a span by its start, undated last. */
function DateOrderList({ list, render }: { list: Relation[]; render: (r: Relation) => ReactNode }) {
  const sorted = useMemo(
    () => [...list].sort((a, b) => (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) || dateSortKey(a.date).localeCompare(dateSortKey(b.date))),
    [list],
  );
  const [shown, more] = useShowMore(sorted.length, 'relations');
  return (
    <>
      <ol className="space-y-1 border-l-2 border-slate-200 pl-1" aria-label="Relations in date order" data-testid="entity-timeline">
        {sorted.slice(0, shown).map(render)}
      </ol>
      {more}
    </>
  );
}

function Overview({ graph }: { graph: Graph }) {
  const [shown, more] = useShowMore(graph.articles.length, 'sources');
  return (
    <div className="space-y-4 text-sm text-slate-700">
      <div>
        <h2 className="text-base font-semibold text-slate-900">Nothing selected</h2>
        <p className="mt-1">
          Select a country, person or line in the graph — or use the list view or search — to see what it is and the exact words of the source
          behind it.
        </p>
      </div>
      <section aria-labelledby="sources-title">
        <SectionTitle id="sources-title">{graph.articles.length === 1 ? 'Source' : `Sources (${graph.articles.length})`}</SectionTitle>
        <ul className="space-y-2">
          {graph.articles.slice(0, shown).map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="font-medium leading-snug text-slate-900">
                <UserText text={a.title} max={300} />
              </p>
              <p className="mt-1 text-xs text-slate-500">
                <Byline article={a} />
                {isSampleText(a) ? (
                  <>
                    {' '}
                    <SampleLabel />
                  </>
                ) : (
                  <>
                    {' '}
                    · <OriginalLink article={a} className="font-medium text-sky-700 underline underline-offset-2" />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
        {more}
      </section>
    </div>
  );
}

/** On a phone the details are a bottom sheet the user can raise to full height. */
export interface SheetToggle {
  full: boolean;
  toggle: () => void;
}

export function Sidebar({ sheet, ...props }: Props & { sheet?: SheetToggle }) {
  const selected = useStore((s) => s.view.selected);
  const updateView = useStore((s) => s.updateView);
  const { graph } = props;
  const exists =
    selected &&
    (selected.type === 'entity' ? graph.entities.some((e) => e.id === selected.id) : graph.relations.some((r) => r.id === selected.id));
  const relation = selected?.type === 'relation' ? graph.relations.find((r) => r.id === selected.id) : undefined;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
        <p className="text-sm font-semibold text-slate-800">Details</p>
        {exists && sheet && (
          <button
            type="button"
            onClick={sheet.toggle}
            aria-expanded={sheet.full}
            className="ml-auto rounded-md px-2 py-1 text-sm font-medium text-sky-800 hover:bg-slate-100 lg:hidden"
          >
            {sheet.full ? 'Show less' : 'Full height'}
          </button>
        )}
        {exists && (
          <button
            type="button"
            onClick={() => updateView({ selected: undefined }, 'push')}
            className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
          >
            Clear selection
          </button>
        )}
      </div>
      {/* Announce what was selected, not the whole panel. */}
      <p className="sr-only" aria-live="polite">
        {exists ? `Details: ${relation ? relation.summary : (graph.entities.find((e) => e.id === selected!.id)?.name ?? '')}` : ''}
      </p>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4">
        {!exists ? (
          <Overview graph={graph} />
        ) : relation ? (
          <RelationDetails key={relation.id} relation={relation} {...props} />
        ) : (
          <EntityDetails key={selected!.id} entityId={selected!.id} {...props} />
        )}
      </div>
    </div>
  );
}
