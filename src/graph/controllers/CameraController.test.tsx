// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { CameraController } from './CameraController';
import { USER_CAMERA_EVENT } from '../camera';
import { useStore } from '../../state/store';
import { DEFAULT_VIEW } from '../../state/viewState';

let cy: Core;
beforeEach(() => {
  vi.useFakeTimers();
  useStore.setState({ view: DEFAULT_VIEW, historyMode: 'push' });
  cy = cytoscape({ headless: true, minZoom: 0.15, maxZoom: 4 });
  vi.spyOn(cy, 'width').mockReturnValue(800);
  vi.spyOn(cy, 'height').mockReturnValue(600);
  cy.viewport({ zoom: 1, pan: { x: 400, y: 300 } }); // the layout's origin at the centre
  render(<CameraController cy={cy} />);
});
afterEach(() => {
  cleanup();
  cy.destroy();
  vi.useRealTimers();
});

const rest = () => act(() => void vi.advanceTimersByTime(300));

describe('CameraController', () => {
  it('keeps a camera the user moved, once it has come to rest, amending the history entry', () => {
    cy.emit(USER_CAMERA_EVENT); // the zoom button, before its animation
    cy.viewport({ zoom: 2, pan: { x: 400, y: 300 } });
    expect(useStore.getState().view.camera).toBeUndefined(); // still moving
    rest();
    expect(useStore.getState().view.camera).toEqual({ x: 0, y: 0, zoom: 2 });
    expect(useStore.getState().historyMode).toBe('amend');
  });

  it('ignores the app’s own camera moves (the first view, a selection brought into view)', () => {
    cy.viewport({ zoom: 1.5, pan: { x: 100, y: 50 } });
    rest();
    expect(useStore.getState().view.camera).toBeUndefined();
  });

  it('ignores a gesture that moved nothing, and the app’s moves after it', () => {
    cy.emit('scrollzoom'); // a wheel turned at the zoom limit
    rest();
    cy.viewport({ zoom: 0.5, pan: { x: 0, y: 0 } }); // then Fit, say
    rest();
    expect(useStore.getState().view.camera).toBeUndefined();
  });

  it('applies a camera arriving from the store (Back, Forward), the same place on this canvas', () => {
    act(() => useStore.getState().replaceView({ ...DEFAULT_VIEW, camera: { x: 100, y: -50, zoom: 2 } }));
    expect(cy.zoom()).toBe(2);
    expect(cy.pan()).toEqual({ x: 400 - 200, y: 300 + 100 });
  });
});
