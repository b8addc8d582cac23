import { useEffect, useState } from 'react';

/**
 * False for a component's first render, true once the browser has painted it (a frame, then a
 * task). The explorer draws the graph first and fills the side panels in right after: on a
 * 2-core laptop their first render is a quarter of the work between data and the first graph
 * frame. Only for content whose space is reserved, so nothing moves when it arrives.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
