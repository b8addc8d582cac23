import type { ReactNode } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../state/store';
import { elementsOf } from './select';
import { fitVisible } from './controllers/ViewportController';
import { zoomOutStep, zoomStep } from './zoomSteps';
import { USER_CAMERA_EVENT } from './camera';

const button =
  'inline-flex h-9 min-w-9 items-center justify-center gap-1 px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-sky-600 disabled:opacity-40';

/** Camera controls over the canvas: fit everything shown, re-centre on the selection, zoom, reset drags. */
/**
 * `large`: the graph zooms like a map (zoomSteps.ts), in bigger steps across its overview.
 * `note`: shown under the buttons (the overview's explanation), so a fitted picture starts below it too.
 */
export function GraphControls({ cy, large = false, note }: { cy: Core; large?: boolean; note?: ReactNode }) {
  const selected = useStore((s) => s.view.selected);
  const hasPins = useStore((s) => Object.keys(s.view.pinned).length > 0);
  const updateView = useStore((s) => s.updateView);

  const recentre = () => {
    const target = selected ? elementsOf(cy, selected).not('.filtered') : cy.collection();
    const eles = target.nonempty() ? target : cy.elements().not('.filtered');
    cy.emit(USER_CAMERA_EVENT);
    cy.animate({ center: { eles } }, { duration: 250 });
  };
  const zoom = (direction: 1 | -1) => {
    // A press during the last press's animation steps from where that one ends.
    cy.stop(true, true);
    cy.emit(USER_CAMERA_EVENT);
    const step = direction > 0 ? zoomStep(cy.zoom(), large) : zoomOutStep(cy.zoom(), large);
    cy.animate({ zoom: { level: cy.zoom() * step, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  };
  // Fitting is the default view: the link stops naming a camera.
  const fit = () => {
    fitVisible(cy, true);
    if (useStore.getState().view.camera) updateView({ camera: undefined }, 'amend');
  };

  return (
    // The note is outside the toolbar role (a paragraph is no tool) but inside what the fitted picture starts below.
    <div className="absolute right-3 top-3 flex flex-col items-end gap-2" data-graph-toolbar>
      <div className="flex flex-col items-end gap-2" role="toolbar" aria-label="Graph view">
        <div className="flex divide-x divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white/95 shadow-sm">
          <button type="button" className={button} onClick={fit} title="Fit everything shown into view">
            Fit
          </button>
          <button
            type="button"
            className={button}
            onClick={recentre}
            title={selected ? 'Centre the view on the selection' : 'Centre the view on the graph'}
          >
            Re-centre
          </button>
          <button type="button" className={button} onClick={() => zoom(1)} aria-label="Zoom in">
            +
          </button>
          <button type="button" className={button} onClick={() => zoom(-1)} aria-label="Zoom out">
            −
          </button>
        </div>
        {hasPins && (
          <button
            type="button"
            className="rounded-lg border border-slate-200 bg-white/95 px-2.5 py-1.5 text-xs font-medium text-slate-600 shadow-sm hover:bg-slate-100"
            onClick={() => updateView({ pinned: {} }, 'push')}
          >
            Reset dragged positions
          </button>
        )}
      </div>
      {note}
    </div>
  );
}
