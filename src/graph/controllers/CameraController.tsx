/**
 * The camera ↔ the view state, for links that open on the place the user was looking at.
 * Once the user pans or zooms (on the canvas, or with the zoom buttons) and the camera has
 * come to rest, the store gets the new camera, which amends the current history entry (panning
 * is no step to go Back through). A camera arriving from the store (Back and Forward, a link
 * opened in place) is applied to the canvas. The first view is ViewportController's.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import type { Camera } from '../../state/viewState';
import { CANVAS_CAMERA_GESTURES, USER_CAMERA_EVENT, cameraOf, sameCamera, viewportFor } from '../camera';

/** How long the camera must be still before it is written (a drag or an animation in progress is not). */
const REST_MS = 250;

export function CameraController({ cy }: { cy: Core }) {
  const camera = useStore((s) => s.view.camera);

  useEffect(() => {
    // The camera when the user's current move began; undefined between moves.
    let moveStart: Camera | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Written once the camera has been still for REST_MS, and only if the move changed it:
    // a wheel turned at the zoom limit moves nothing, and then the app's own moves after it
    // (a fit, a selection brought into view) are not taken for the user's.
    const waitForRest = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const start = moveStart;
        moveStart = undefined;
        const now = cameraOf(cy);
        if (start && !sameCamera(start, now)) useStore.getState().updateView({ camera: now }, 'amend');
      }, REST_MS);
    };
    const onUserMove = () => {
      moveStart ??= cameraOf(cy);
      waitForRest();
    };
    const onViewport = () => {
      if (moveStart) waitForRest();
    };
    cy.on(`${CANVAS_CAMERA_GESTURES} ${USER_CAMERA_EVENT}`, onUserMove);
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      cy.removeListener(`${CANVAS_CAMERA_GESTURES} ${USER_CAMERA_EVENT}`, onUserMove);
      cy.removeListener('viewport', onViewport);
    };
  }, [cy]);

  useEffect(() => {
    if (camera && !sameCamera(cameraOf(cy), camera)) cy.viewport(viewportFor(cy, camera));
  }, [cy, camera]);

  return null;
}
