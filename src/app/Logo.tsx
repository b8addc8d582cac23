/** The mark: three linked nodes, one of them a hub. */
export function Logo({ className = 'size-8' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={`${className} shrink-0`} aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="#0f172a" />
      <g stroke="#38bdf8" strokeWidth="2.2">
        <line x1="9" y1="10" x2="16" y2="17" />
        <line x1="23" y1="10" x2="16" y2="17" />
        <line x1="16" y1="17" x2="16" y2="25" strokeDasharray="2.5 2" />
      </g>
      <circle cx="9" cy="10" r="3.6" fill="#f8fafc" />
      <circle cx="23" cy="10" r="3.6" fill="#f8fafc" />
      <circle cx="16" cy="25" r="3" fill="#f8fafc" />
      <circle cx="16" cy="17" r="2.2" fill="#38bdf8" />
    </svg>
  );
}
