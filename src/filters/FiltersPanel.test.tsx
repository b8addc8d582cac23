// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FiltersPanel, toggleInAll } from './FiltersPanel';
import { useStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { seedGraph } from '../test/fixtures';
import { generateGraph } from '../generate/generate';
import { prepareFilters, PREPARE_WHILE_IDLE_FROM } from './visible';

const graph = seedGraph();
beforeEach(() => useStore.setState({ view: DEFAULT_VIEW, historyMode: 'push' }));
afterEach(cleanup);

describe('toggleInAll keeps "empty means all" canonical', () => {
  const all = ['a', 'b', 'c'] as const;
  it('unchecking from all leaves the rest', () => expect(toggleInAll(all, [], 'b', false)).toEqual(['a', 'c']));
  it('checking the last one returns to empty', () => expect(toggleInAll(all, ['a', 'c'], 'b', true)).toEqual([]));
  it('keeps data order', () => expect(toggleInAll(all, ['c'], 'a', true)).toEqual(['a', 'c']));
});

describe('FiltersPanel', () => {
  it('on a large graph, shows its choices at once and their counts once the indices are built', async () => {
    const large = generateGraph({ entities: 2000, relations: PREPARE_WHILE_IDLE_FROM, seed: 6 });
    render(<FiltersPanel graph={large} />);
    const counts = () => screen.getByRole('group', { name: 'Countries' }).querySelectorAll('label span.tabular-nums').length;
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(20);
    expect(counts()).toBe(0);
    prepareFilters(large);
    await waitFor(() => expect(counts()).toBeGreaterThan(20), { timeout: 5000 });
  });

  it('checkboxes push history steps; country ids stay sorted', () => {
    render(<FiltersPanel graph={graph} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Ukraine/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Belarus/ }));
    expect(useStore.getState().view.countries).toEqual(['by', 'ua']);
    expect(useStore.getState().historyMode).toBe('push');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Meeting/ }));
    expect(useStore.getState().view.kinds).toEqual(['cooperation', 'alliance', 'support', 'conflict', 'role']);
  });

  it('typing a date replaces; an invalid date is shown as an error and never reaches the store', () => {
    render(<FiltersPanel graph={graph} />);
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '2024-0' } });
    expect(useStore.getState().view.from).toBeUndefined();
    expect(screen.queryByText('Use YYYY, YYYY-MM or YYYY-MM-DD')).toBeNull(); // not while typing
    fireEvent.blur(from);
    expect(screen.getByText('Use YYYY, YYYY-MM or YYYY-MM-DD')).toBeTruthy();
    fireEvent.change(from, { target: { value: '2024-07' } });
    expect(useStore.getState().view.from).toBe('2024-07');
    expect(useStore.getState().historyMode).toBe('replace');
    fireEvent.change(from, { target: { value: '2024-02-30' } });
    expect(useStore.getState().view.from).toBe('2024-07');
    fireEvent.change(from, { target: { value: '2031' } });
    expect(screen.getByText(/Outside the dated relations/)).toBeTruthy();
  });

  it('clear filters resets everything but the selection', () => {
    useStore.setState({ view: { ...DEFAULT_VIEW, countries: ['ua'], statuses: ['forecast'], selected: { type: 'entity', id: 'ua' } } });
    render(<FiltersPanel graph={graph} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    const v = useStore.getState().view;
    expect(v.countries).toEqual([]);
    expect(v.statuses).toEqual([]);
    expect(v.selected).toEqual({ type: 'entity', id: 'ua' });
    expect((screen.getByRole('button', { name: 'Clear filters' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
