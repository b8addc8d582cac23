import { useEffect, useState } from 'react';
import { flagUrl } from '../graph/flags';

/** A country's bundled flag (decorative: the name is always written next to it). */
export function FlagImage({ code, name, size = 28 }: { code: string; name: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    void flagUrl(code).then((url) => live && setSrc(url));
    return () => {
      live = false;
    };
  }, [code]);
  if (!src) return <span aria-hidden="true" className="inline-block shrink-0 rounded-full bg-slate-200" style={{ width: size, height: size }} />;
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
