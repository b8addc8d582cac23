/**
 * The graph as tables: every visible entity and relation, for keyboard and screen-reader
 * users and for anyone who prefers reading to looking. Same derivation as the canvas
 * (filters/visible.ts); selecting here selects in the store.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Graph } from '../model/schema';
import { ENTITY_KINDS } from '../model/vocabulary';
import type { Visible } from '../filters/visible';
import { useShowMore } from '../ui/ShowMore';
import { useStore } from '../state/store';
import { ENTITY_STYLES, RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { EntitySwatch, KindDot, LineSwatch } from '../ui/swatches';
import { dateLabel, entityName } from '../ui/format';
import { indexGraph } from '../graph/graphIndex';
import { DETAILS_PANEL_ID, focusById } from '../ui/focusTargets';
import { UserText } from '../ui/UserText';

const rowButton =
  'text-left font-medium text-sky-800 underline decoration-sky-300 underline-offset-2 hover:text-sky-950 hover:decoration-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600 rounded-sm';
/** "Belarus → Russia" for a directed relation (actors first), "Belarus, North Korea, Russia" otherwise. */
function participantsText(names: string[], directed: boolean, actors = 1): string {
  return directed ? `${names.slice(0, actors).join(', ')} → ${names.slice(actors).join(', ')}` : names.join(', ');
}

const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500';
const td = 'px-3 py-2 align-top max-sm:block max-sm:p-0';
// On a phone the tables reflow to cards: a row is a wrapped line of its cells under its title,
// each labelled where its value alone would not say what it is (data-label).
const cardTable = 'w-full text-sm max-sm:block';
const cardHead = 'bg-slate-50 max-sm:sr-only';
const cardRow = 'max-sm:flex max-sm:flex-wrap max-sm:items-center max-sm:gap-x-4 max-sm:gap-y-1 max-sm:px-3 max-sm:py-2.5';
const cardTitle = 'max-sm:w-full';
const labelled = 'max-sm:before:mr-1 max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]';

const LIST_ROWS = 200;

/** Right after the chosen row, so its details are one Tab away rather than after every other row. */
function GoToDetails() {
  return (
    <button
      type="button"
      onClick={() => focusById(DETAILS_PANEL_ID)}
      className="ml-2 rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-50"
    >
      Go to details
    </button>
  );
}

/** The first `count` rows, and the selected one too when it lies further down (so it can be scrolled to). */
function withSelected<T extends { id: string }>(rows: T[], count: number, selectedId: string | undefined): T[] {
  const first = rows.slice(0, count);
  if (selectedId === undefined || first.some((r) => r.id === selectedId)) return first;
  const picked = rows.find((r) => r.id === selectedId);
  return picked ? [...first, picked] : first;
}

export function ListView({ graph, visible }: { graph: Graph; visible: Visible }) {
  const selected = useStore((s) => s.view.selected);
  const updateView = useStore((s) => s.updateView);
  const index = indexGraph(graph);
  const rootRef = useRef<HTMLDivElement>(null);

  // A selection made on the canvas or by search is shown here too: bring its row into view.
  useEffect(() => {
    rootRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const entities = useMemo(() => {
    const order = new Map(ENTITY_KINDS.map((k, i) => [k, i]));
    return graph.entities.filter((e) => visible.entities.has(e.id)).sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || a.name.localeCompare(b.name));
  }, [graph, visible]);
  const relations = useMemo(() => graph.relations.filter((r) => visible.relations.has(r.id)), [graph, visible]);
  // A year of reporting is tens of thousands of rows: render them a few hundred at a time.
  const [entityRows, moreEntities] = useShowMore(entities.length, 'entities', LIST_ROWS);
  const [relationRows, moreRelations] = useShowMore(relations.length, 'relations', LIST_ROWS);

  const isSelected = (type: 'entity' | 'relation', id: string) => selected?.type === type && selected.id === id;
  const rowClass = (on: boolean, match = false) =>
    `border-t border-slate-100 ${cardRow} ${on ? 'bg-amber-50 outline-2 -outline-offset-2 outline-amber-400' : match ? 'bg-sky-50' : 'hover:bg-slate-50'}`;

  return (
    <div ref={rootRef} className="h-full overflow-y-auto px-4 py-4 sm:px-6">
      <section aria-labelledby="list-entities">
        <h2 id="list-entities" className="text-base font-semibold text-slate-900">
          Entities <span className="font-normal text-slate-500">({entities.length})</span>
        </h2>
        <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className={cardTable}>
            <caption className="sr-only">Countries, people and organizations shown</caption>
            <thead className={cardHead}>
              <tr>
                <th scope="col" className={th}>
                  Name
                </th>
                <th scope="col" className={th}>
                  Kind
                </th>
                <th scope="col" className={th}>
                  Belongs to
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Relations shown
                </th>
              </tr>
            </thead>
            <tbody className="max-sm:block">
              {withSelected(entities, entityRows, selected?.type === 'entity' ? selected.id : undefined).map((e) => {
                const on = isSelected('entity', e.id);
                const match = visible.matches.has(e.id);
                const shown = (index.relationsOf.get(e.id) ?? []).filter((id) => visible.relations.has(id)).length;
                return (
                  <tr key={e.id} className={rowClass(on, match)} aria-current={on ? 'true' : undefined}>
                    <th scope="row" className={`${td} ${cardTitle} text-left font-normal`}>
                      <button type="button" className={rowButton} onClick={() => updateView({ selected: { type: 'entity', id: e.id } }, 'push')}>
                        <UserText text={e.name} max={120} />
                      </button>
                      {on && <GoToDetails />}
                      {e.kind === 'person' && e.offices?.length ? <span className="block text-xs text-slate-600">{e.offices.join(', ')}</span> : null}
                      {match && <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs font-medium text-sky-800">search match</span>}
                    </th>
                    <td className={td}>
                      <span className="inline-flex items-center gap-1.5 text-slate-700">
                        <EntitySwatch kind={e.kind} size={14} />
                        {ENTITY_STYLES[e.kind].label}
                      </span>
                    </td>
                    <td data-label="Belongs to:" className={`${td} ${labelled} text-slate-700`}>{e.country ? entityName(index.entity, e.country) : '—'}</td>
                    <td data-label="Relations shown:" className={`${td} ${labelled} text-right tabular-nums text-slate-700 max-sm:text-left`}>{shown}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {moreEntities}
      </section>

      <section aria-labelledby="list-relations" className="mt-6">
        <h2 id="list-relations" className="text-base font-semibold text-slate-900">
          Relations <span className="font-normal text-slate-500">({relations.length})</span>
        </h2>
        <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className={cardTable}>
            <caption className="sr-only">Relations shown, each with its kind, status, date and participants</caption>
            <thead className={cardHead}>
              <tr>
                <th scope="col" className={th}>
                  Relation and participants
                </th>
                <th scope="col" className={th}>
                  Kind
                </th>
                <th scope="col" className={th}>
                  Status
                </th>
                <th scope="col" className={th}>
                  Date
                </th>
              </tr>
            </thead>
            <tbody className="max-sm:block">
              {withSelected(relations, relationRows, selected?.type === 'relation' ? selected.id : undefined).map((r) => {
                const on = isSelected('relation', r.id);
                return (
                  <tr key={r.id} className={rowClass(on)} aria-current={on ? 'true' : undefined}>
                    <th scope="row" className={`${td} ${cardTitle} min-w-48 text-left font-normal`}>
                      <button type="button" className={rowButton} onClick={() => updateView({ selected: { type: 'relation', id: r.id } }, 'push')}>
                        {r.summary}
                      </button>
                      {on && <GoToDetails />}
                      <span className="mt-0.5 block text-xs text-slate-600">
                        {participantsText(r.participants.map((p) => entityName(index.entity, p)), r.directed, r.actors)}
                      </span>
                    </th>
                    <td className={td}>
                      <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-slate-700">
                        <KindDot kind={r.kind} />
                        {RELATION_KIND_STYLES[r.kind].label}
                      </span>
                    </td>
                    <td className={td}>
                      <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-slate-700">
                        <LineSwatch kind={r.kind} status={r.status} directed={r.directed} width={28} />
                        {STATUS_STYLES[r.status].label}
                      </span>
                    </td>
                    <td className={`${td} min-w-24 text-slate-700`}>{r.date ? dateLabel(r.date) : <span className="text-slate-600">undated</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {moreRelations}
        {relations.length === 0 && <p className="mt-2 text-sm text-slate-600">{graph.relations.length ? 'No relation matches the filters.' : 'This data holds no relations yet.'}</p>}
      </section>
    </div>
  );
}
