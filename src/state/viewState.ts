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

/**
 * Where the user has taken the camera: the layout point at the centre of the canvas, and the
 * zoom. Window-size independent, so a link opens on the same place on another screen.
 */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** The zooms a camera may have (a large graph's world map on a phone goes down to about 0.005; the canvas may allow less: an article's view stops at 0.08). */
export const MIN_CAMERA_ZOOM = 0.002;
export const MAX_CAMERA_ZOOM = 4;

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
  /** Only claims one side reports and another denies. */
  contestedOnly: boolean;
  /** Only claims reported by at least this many independent outlets (1: all). */
  minOutlets: number;
  /** Article ids: only claims with a mention in one of them; empty means all sources. */
  sources: string[];
  /** The search box text. */
  query: string;
  selected?: Selection;
  /** Node positions the user set by dragging, overriding the computed layout. */
  pinned: Record<string, Point>;
  /** Absent until the user pans or zooms: the graph is then framed to fit. */
  camera?: Camera;
  /** Shown inside another page (?embed=1): the graph and its details only. */
  embed?: boolean;
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
  countries: [],
  includeUndated: true,
  kinds: [],
  statuses: [],
  contestedOnly: false,
  minOutlets: 1,
  sources: [],
  query: '',
  pinned: {},
}) as ViewState;

/**
 * How a change enters the browser history: discrete steps push, typing replaces (after a first
 * push), and a camera move amends the current entry without ever being a step of its own.
 */
export type HistoryMode = 'push' | 'replace' | 'amend';
