/**
 * Work done a step at a time while the page is idle (after the graph is shown, between the
 * user's actions), where the browser can say so, else soon: `step` runs at each idle moment
 * until it returns false. Returns a function that stops it.
 *
 * Within one idle period, steps follow one another while the period has time left for another
 * (IDLE_STEP_MS). One step per period spread a large graph's preparation (the filters' indices,
 * the search worker's text) over two seconds of 50 ms idle periods, and a filter used in those
 * seconds built the indices it found missing itself, at up to 300 ms.
 */
const IDLE_STEP_MS = 8;

export function whileIdle(step: () => boolean): () => void {
  const later = (f: (deadline?: IdleDeadline) => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 3000 }) : setTimeout(f, 50));
  const cancel = (handle: number | ReturnType<typeof setTimeout>) => (typeof cancelIdleCallback === 'function' && typeof handle === 'number' ? cancelIdleCallback(handle) : clearTimeout(handle));
  let timer: number | ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const run = (deadline?: IdleDeadline) => {
    let more = step();
    while (more && !stopped && deadline && !deadline.didTimeout && deadline.timeRemaining() > IDLE_STEP_MS) more = step();
    timer = more && !stopped ? later(run) : undefined;
  };
  timer = later(run);
  return () => {
    stopped = true;
    if (timer !== undefined) cancel(timer);
  };
}
