/**
 * The page's landmarks that skip links and "Go to details" buttons move the keyboard to. Each is
 * focusable by script only (tabIndex −1), so it adds no tab stop of its own.
 */
export const GRAPH_CANVAS_ID = 'graph-canvas';
export const DETAILS_PANEL_ID = 'details-panel';

export function focusById(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.focus();
  return document.activeElement === el;
}
