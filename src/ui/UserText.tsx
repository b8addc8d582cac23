/**
 * Text that comes from the data (names, titles, publishers), shown in the page: isolated in a
 * <bdi>, so an unclosed right-to-left mark cannot reorder what follows it (the "↗" of a link);
 * allowed to break anywhere, so a word longer than its box cannot overflow it; and cut past
 * `max` characters, with the whole text on hover and for screen readers.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text); // never cut a surrogate pair in two
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

export function UserText({ text, max = 160, className = '' }: { text: string; max?: number; className?: string }) {
  const shown = clipText(text, max);
  const cut = shown !== text;
  return (
    <bdi className={`wrap-anywhere ${className}`} title={cut ? text : undefined} aria-label={cut ? text : undefined}>
      {shown}
    </bdi>
  );
}
