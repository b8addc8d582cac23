import { useEffect, useRef, useState } from 'react';
import { flagUrl } from './flags';

/**
 * Resolves once the element comes near the visible part of its scroller. The country filter
 * lists every country of the data (two hundred in a year of reporting), and each flag is its own
 * asset: fetching only those scrolled into view keeps them from competing with the first frame.
 */
function whenNearView(el: Element, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onNear();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      onNear();
    },
    { rootMargin: '200px' },
  );
  observer.observe(el);
  return () => observer.disconnect();
}

/** A country's bundled flag (decorative: the name is always written next to it). */
export function FlagImage({ code, name, size = 28 }: { code: string; name: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  const placeholder = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let live = true;
    setSrc(undefined);
    const load = () => void flagUrl(code).then((url) => live && setSrc(url));
    // No placeholder when the code changed under an image already shown: load straight away.
    const stop = placeholder.current ? whenNearView(placeholder.current, load) : (load(), () => {});
    return () => {
      live = false;
      stop();
    };
  }, [code]);
  if (!src) return <span ref={placeholder} aria-hidden="true" className="inline-block shrink-0 rounded-full bg-slate-200" style={{ width: size, height: size }} />;
  return (
    <img
      src={src}
      alt=""
      data-flag={name}
      width={size}
      height={size}
      className="shrink-0 rounded-full object-cover ring-1 ring-slate-900/15"
      style={{ width: size, height: size }}
    />
  );
}
