import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from '../perf/afterPaint';

/**
 * False for a component's first render, true once the browser has painted it (a frame, then a
 * task). The explorer draws the graph first and fills the side panels in right after: on a
 * 2-core laptop their first render is a quarter of the work between data and the first graph
 * frame. The switch is a transition, so React renders what it reveals in slices that yield to
 * the page (at 5,000 entities the filters and sources alone are ~60 ms), and never together
 * with another update such as a large graph's canvas. Only for content whose space is
 * reserved, so nothing moves when it arrives.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}
