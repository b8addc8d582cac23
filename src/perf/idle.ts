/**
 * Work done a step at a time while the page is idle (after the graph is shown, between the
 * user's actions), where the browser can say so, else soon: `step` runs at each idle moment
 * until it returns false. Returns a function that stops it.
 *
 * Within one idle period, steps follow one another while the period has time left for another
 * (IDLE_STEP_MS) and for at most a frame's worth in all (IDLE_RUN_MS): one step per period spread
 * a large graph's preparation (the filters' indices, the search worker's text) over two seconds
 * of 50 ms idle periods, and a filter used in those seconds built the indices it found missing
 * itself, at up to 300 ms; filling whole 50 ms periods would make a click wait that long.
 */
const IDLE_STEP_MS = 8;
const IDLE_RUN_MS = 16;

export function whileIdle(step: () => boolean): () => void {
  const later = (f: (deadline?: IdleDeadline) => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 3000 }) : setTimeout(f, 50));
  const cancel = (handle: number | ReturnType<typeof setTimeout>) => (typeof cancelIdleCallback === 'function' && typeof handle === 'number' ? cancelIdleCallback(handle) : clearTimeout(handle));
  let timer: number | ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const run = (deadline?: IdleDeadline) => {
    const start = performance.now();
    let more = step();
    const hasTime = () => !!deadline && !deadline.didTimeout && deadline.timeRemaining() > IDLE_STEP_MS && performance.now() - start < IDLE_RUN_MS;
    while (more && !stopped && hasTime()) more = step();
    timer = more && !stopped ? later(run) : undefined;
  };
  timer = later(run);
  return () => {
    stopped = true;
    if (timer !== undefined) cancel(timer);
  };
}
