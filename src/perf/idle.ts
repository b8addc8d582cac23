/**
 * Work done a step at a time while the page is idle (after the graph is shown, between the
 * user's actions), where the browser can say so, else soon: `step` runs at each idle moment
 * until it returns false. Returns a function that stops it.
 */
export function whileIdle(step: () => boolean): () => void {
  const later = (f: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 3000 }) : setTimeout(f, 50));
  const cancel = (handle: number | ReturnType<typeof setTimeout>) => (typeof cancelIdleCallback === 'function' && typeof handle === 'number' ? cancelIdleCallback(handle) : clearTimeout(handle));
  let timer: number | ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = step() ? later(run) : undefined;
  };
  timer = later(run);
  return () => {
    if (timer !== undefined) cancel(timer);
  };
}
