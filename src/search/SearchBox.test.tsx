// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SearchBox } from './SearchBox';
import { useStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { visibleElements } from '../filters/visible';
import { seedGraph, view } from '../test/fixtures';
import { loadFuzzy } from './fuzzy';

// These tests are about answers with the typo tier at hand; fuzzy.test.ts covers the wait for it.
beforeAll(loadFuzzy);

const graph = seedGraph();

function Harness() {
  const [visible] = useState(() => visibleElements(graph, view()));
  return <SearchBox graph={graph} visible={visible} />;
}

beforeEach(() => useStore.setState({ view: DEFAULT_VIEW, historyMode: 'push' }));
afterEach(cleanup);

describe('SearchBox (combobox)', () => {
  it('typing replaces the query in the store and lists matches as options', () => {
    render(<Harness />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'Pyeongyang' } });
    expect(useStore.getState().view.query).toBe('Pyeongyang');
    expect(useStore.getState().historyMode).toBe('replace');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options[0].textContent).toContain('North Korea');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
  });

  it('arrow keys move the active option; Enter selects it and clears the query', () => {
    render(<Harness />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'fo' } });
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(box, { key: 'Enter' });
    const { view: v, historyMode } = useStore.getState();
    expect(v.selected?.type).toBe('entity');
    expect(v.query).toBe('');
    expect(historyMode).toBe('push');
  });

  it('Escape closes the list, then clears the text', () => {
    render(<Harness />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'choe' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(useStore.getState().view.query).toBe('choe');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(useStore.getState().view.query).toBe('');
  });

  it('says so when nothing matches', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'zzzz' } });
    expect(screen.getByText(/No country, person, organization, quote or article matches/)).toBeTruthy();
  });

  it('lists relations found by a quote word, the word marked, and Enter on one selects the relation', () => {
    render(<Harness />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'banquet' } });
    const group = screen.getByRole('group', { name: 'Relations, by their quotes' });
    const option = group.querySelector('[role="option"]')!;
    expect(option.querySelector('mark')?.textContent?.toLowerCase()).toBe('banquet');
    const index = screen.getAllByRole('option').indexOf(option as HTMLElement);
    for (let i = 0; i < index; i++) fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(useStore.getState().view.selected?.type).toBe('relation');
  });

  it('finds a country by its capital', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Minsk' } });
    expect(screen.getAllByRole('option')[0].textContent).toContain('Belarus');
  });
});

