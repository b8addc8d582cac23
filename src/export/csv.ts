/**
 * Three tables for spreadsheets: one row per entity, one per relation (participants joined by
 * "; "), one per quote. RFC 4180 quoting and CRLF line ends; a UTF-8 byte-order mark so that
 * Excel reads accents and non-Latin names right (LibreOffice and pandas ignore it).
 */
import type { Selection } from './selection';
import { dateEnd, dateStart, sourceCount } from './network';

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: Array<Array<string | number | boolean | undefined>>): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function entitiesCsv(s: Selection): string {
  const names = new Map(s.entities.map((e) => [e.id, e.name]));
  const shown = new Map<string, number>();
  for (const r of s.relations) for (const p of r.participants) shown.set(p, (shown.get(p) ?? 0) + 1);
  return table(
    ['id', 'kind', 'name', 'aliases', 'country', 'country_name', 'offices', 'description', 'relations_shown', 'x', 'y'],
    s.entities.map((e) => {
      const at = s.entityAt.get(e.id);
      return [e.id, e.kind, e.name, e.aliases.join('; '), e.country ?? '', e.country ? names.get(e.country) : '', (e.offices ?? []).join('; '), e.description, shown.get(e.id) ?? 0, at && Math.round(at.x), at && Math.round(at.y)];
    }),
  );
}

export function relationsCsv(s: Selection): string {
  const names = new Map(s.entities.map((e) => [e.id, e.name]));
  return table(
    ['id', 'kind', 'status', 'participants', 'participant_ids', 'directed', 'actors', 'date_start', 'date_end', 'date_text', 'summary', 'origin', 'sources', 'quotes', 'notes'],
    s.relations.map((r) => [
      r.id,
      r.kind,
      r.status,
      r.participants.map((p) => names.get(p) ?? p).join('; '),
      r.participants.join('; '),
      r.directed,
      // How many leading participants act (directed relations only): "Egypt; Türkiye; Somalia" with 2.
      r.directed ? r.actors ?? 1 : '',
      dateStart(r),
      dateEnd(r),
      r.dateText,
      r.summary,
      r.origin,
      sourceCount(r),
      r.evidence.length,
      (r.notes ?? []).join(' | '),
    ]),
  );
}

export function evidenceCsv(s: Selection): string {
  const articles = new Map(s.articles.map((a) => [a.id, a]));
  const names = new Map(s.entities.map((e) => [e.id, e.name]));
  return table(
    ['relation', 'article', 'title', 'outlet', 'date', 'start', 'end', 'quote', 'speaker', 'url'],
    s.relations.flatMap((r) =>
      r.evidence.map((ev) => {
        const a = articles.get(ev.article);
        const outlet = a ? (a.agency ? `${a.publisher} (${a.agency})` : a.publisher) : '';
        return [r.id, ev.article, a?.title, outlet, a?.published, ev.start, ev.end, ev.quote, ev.speaker ? (names.get(ev.speaker) ?? ev.speaker) : '', a?.url];
      }),
    ),
  );
}
