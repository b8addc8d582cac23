/**
 * What the user is looking at: filters, search, selection and the positions they moved.
 * The store owns it (state/store.ts); the URL is its serialization (url/ module); the
 * visible graph is derived from it and the data (filters/ module). Nothing else keeps a copy.
 */
import type { RelationKind, Status } from '../model/schema';

export type Selection = { type: 'entity' | 'relation'; id: string };

export interface Point {
  x: number;
  y: number;
}

export interface ViewState {
  /** Country ids to focus on, sorted; empty means every country. */
  countries: string[];
  /** Date range (YYYY, YYYY-MM or YYYY-MM-DD); either end may be open. */
  from?: string;
  to?: string;
  /** Whether relations the sources give no date for stay visible under a date filter. */
  includeUndated: boolean;
  /** Relation kinds to show; empty means all. */
  kinds: RelationKind[];
  /** Relation statuses to show; empty means all. */
  statuses: Status[];
  /** The search box text. */
  query: string;
  selected?: Selection;
  /** Node positions the user set by dragging, overriding the computed layout. */
  pinned: Record<string, Point>;
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
  countries: [],
  includeUndated: true,
  kinds: [],
  statuses: [],
  query: '',
  pinned: {},
}) as ViewState;

/** How a change enters the browser history: discrete steps push, typing replaces. */
export type HistoryMode = 'push' | 'replace';
