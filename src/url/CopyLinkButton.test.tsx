// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { CopyLinkButton } from './CopyLinkButton';
import { Notices } from '../app/Notices';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setView() {
  window.history.replaceState(null, '', '/app/');
  useStore.setState({ view: { ...DEFAULT_VIEW, countries: ['kp'], selected: { type: 'entity', id: 'kp' } }, load: { status: 'loading', file: 'data/other.json' } });
}

describe('CopyLinkButton', () => {
  it('copies the canonical link of the store view and says so', async () => {
    setView();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(<CopyLinkButton />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/app/?data=data/other.json&country=kp&select=e:kp`);
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeTruthy();
  });

  it('offers the link in a selected field when the clipboard refuses', async () => {
    setView();
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    render(<CopyLinkButton />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    const field = screen.getByRole('textbox', { name: /copy it/ }) as HTMLInputElement;
    expect(field.value).toMatch(/\?data=data\/other\.json&country=kp&select=e:kp$/);
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy link' }));
  });
});

describe('Notices', () => {
  it('lists the details and dismisses one notice by its named button', () => {
    useStore.setState({ notices: [] });
    useStore.getState().addNotice('Parts of this link were ignored', ['country=zz: unknown']);
    useStore.getState().addNotice('Another');
    render(<Notices />);
    expect(screen.getByText('country=zz: unknown')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notice: Parts of this link were ignored' }));
    expect(useStore.getState().notices.map((n) => n.message)).toEqual(['Another']);
    expect(screen.queryByText('country=zz: unknown')).toBeNull();
  });
});

describe('CopyLinkButton popover', () => {
  it('closes on a press outside it', async () => {
    setView();
    vi.stubGlobal('navigator', { clipboard: undefined });
    render(
      <>
        <CopyLinkButton />
        <p>elsewhere</p>
      </>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.pointerDown(screen.getByRole('textbox'));
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.pointerDown(screen.getByText('elsewhere'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('copies no link for a file opened from the computer, and says why', async () => {
    window.history.replaceState(null, '', '/app/');
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    useStore.setState({ view: DEFAULT_VIEW, load: { status: 'ready', file: 'mine.json', graph: { version: 1, articles: [], entities: [], relations: [] }, texts: new Map(), local: { opened: 1 } } });
    render(<CopyLinkButton />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'No link for a local file' }).textContent).toMatch(/mine\.json, a file on your computer, which a link cannot carry/);
  });
});
