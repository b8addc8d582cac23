// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useAfterFirstPaint } from './useAfterFirstPaint';

function Panels() {
  return <p>{useAfterFirstPaint() ? 'panels' : 'graph only'}</p>;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useAfterFirstPaint', () => {
  it('is false for the first render and turns true after the next frame and a task', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    render(<Panels />);
    expect(screen.getByText('graph only')).toBeTruthy();
    await act(async () => vi.runAllTimers());
    expect(screen.getByText('graph only')).toBeTruthy(); // no frame yet, no panels
    await act(async () => {
      frames.forEach((f) => f(0));
      vi.runAllTimers();
    });
    expect(screen.getByText('panels')).toBeTruthy();
  });

  it('does nothing once unmounted', async () => {
    const frames: FrameRequestCallback[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => cancelled.push(id));
    const { unmount } = render(<Panels />);
    unmount();
    expect(cancelled).toEqual([frames.length]);
  });
});
