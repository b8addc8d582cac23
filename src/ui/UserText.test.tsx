// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { clipText, UserText } from './UserText';
import { entityLabel, MAX_LABEL_WORD } from '../graph/elements';

afterEach(cleanup);

describe('UserText', () => {
  it('isolates text from the data, so a stray right-to-left mark moves nothing after it', () => {
    const { container } = render(<p><UserText text={'Publisher\u202E'} /> ↗</p>);
    expect(container.querySelector('bdi')?.textContent).toBe('Publisher\u202E');
  });

  it('cuts a 10,000-character name, keeping the whole on hover', () => {
    const name = 'N'.repeat(10_000);
    const { container } = render(<UserText text={name} max={80} />);
    const bdi = container.querySelector('bdi')!;
    expect(bdi.textContent).toHaveLength(80);
    expect(bdi.textContent!.endsWith('…')).toBe(true);
    expect(bdi.getAttribute('title')).toBe(name);
  });

  it('never cuts a surrogate pair in two', () => {
    expect(clipText('😀'.repeat(10), 4)).toBe('😀😀😀…');
  });

  it('keeps the canvas label short', () => {
    const label = entityLabel({ id: 'x', kind: 'country', name: 'N'.repeat(10_000), aliases: [] });
    expect(Array.from(label)).toHaveLength(MAX_LABEL_WORD);
    expect(entityLabel({ id: 'x', kind: 'country', name: 'Democratic People\'s Republic of Korea', aliases: [] })).toBe('Democratic People\'s Republic of Korea');
  });
});
