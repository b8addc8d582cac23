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
import { CANVAS_CAMERA_GESTURES, USER_CAMERA_EVENT, cameraOf, sameCamera, viewportFor } from '../camera';

/** How long the camera must be still before it is written (a drag or an animation in progress is not). */
const REST_MS = 250;

export function CameraController({ cy }: { cy: Core }) {
  const camera = useStore((s) => s.view.camera);

  useEffect(() => {
    let userMoving = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUserMove = () => void (userMoving = true);
    const onViewport = () => {
      if (!userMoving) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        userMoving = false;
        const { view, updateView } = useStore.getState();
        const now = cameraOf(cy);
        if (!view.camera || !sameCamera(view.camera, now)) updateView({ camera: now }, 'amend');
      }, REST_MS);
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
