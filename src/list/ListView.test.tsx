// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ListView } from './ListView';
import { useStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { visibleElements } from '../filters/visible';
import { seedGraph, view } from '../test/fixtures';

const graph = seedGraph();
beforeEach(() => useStore.setState({ view: DEFAULT_VIEW }));
afterEach(cleanup);

describe('ListView', () => {
  it('lists exactly the visible entities and relations, with table semantics', () => {
    const visible = visibleElements(graph, view({ countries: ['ua'] }));
    render(<ListView graph={graph} visible={visible} />);
    const entities = screen.getByRole('table', { name: /Countries, people/ });
    expect(within(entities).getAllByRole('rowheader').map((c) => within(c).getByRole('button').textContent)).toEqual(['Russia', 'Ukraine']);
    const relations = screen.getByRole('table', { name: /Relations shown/ });
    expect(within(relations).getAllByRole('row')).toHaveLength(2);
    expect(within(relations).getByText('Russia → Ukraine')).toBeTruthy();
  });

  it('selecting a row selects in the store and marks the row', () => {
    const visible = visibleElements(graph, view());
    render(<ListView graph={graph} visible={visible} />);
    fireEvent.click(screen.getByRole('button', { name: 'Belarus is considered one of Russia\'s strong allies.' }));
    expect(useStore.getState().view.selected).toEqual({ type: 'relation', id: 'by-ru-allies' });
    expect(screen.getByRole('row', { current: true })).toBeTruthy();
  });

  it('marks search matches', () => {
    const visible = visibleElements(graph, view({ query: 'dprk' }));
    render(<ListView graph={graph} visible={visible} />);
    const row = screen.getByRole('button', { name: 'North Korea' }).closest('tr')!;
    expect(within(row).getByText('search match')).toBeTruthy();
    expect(screen.getAllByText('search match')).toHaveLength(1);
  });
});
