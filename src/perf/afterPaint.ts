/**
 * Runs `run` after the browser has painted: in a task after the next frame, so work that can
 * wait (a history write, a second pass of emphasis) does not delay the frame that shows what the
 * user did. Where there are no frames (tests), soon. Returns a function that cancels it.
 */
export function afterPaint(run: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
