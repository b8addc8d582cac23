// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useStore } from '../state/store';
import { DatasetPicker } from './DatasetPicker';

const INDEX = {
  version: 1,
  datasets: [
    { file: 'data/graph.json', title: 'The seed article', description: 'One report.', articles: 1 },
    { file: 'data/sample/graph.json', title: 'Entente sample corpus', description: 'Seventeen texts.', articles: 17 },
  ],
};
const GENERATED = { version: 1, datasets: [{ file: 'data/generated/L.json', title: 'Generated L', description: 'Synthetic.', articles: 900 }] };

function serve(files: Record<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      if (!(path in files)) return new Response('Not found', { status: 404 });
      const body = files[path];
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
    }),
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  useStore.setState({ notices: [] });
});

describe('DatasetPicker', () => {
  it('offers the listed data sets and the generated ones present, and opens the chosen one at its link', async () => {
    serve({ 'data/index.json': INDEX, 'data/generated/index.json': GENERATED });
    window.history.replaceState(null, '', '/app/?country=kp');
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, pathname: '/app/', hash: '', assign });
    render(<DatasetPicker file="data/graph.json" />);
    const select = (await screen.findByLabelText('Data set')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['The seed article', 'Entente sample corpus (17 articles)', 'Generated L (900 articles)']);
    expect(select.title).toBe('One report.');
    fireEvent.change(select, { target: { value: 'data/sample/graph.json' } });
    // A new data set starts from its default view: the seed's filters do not travel.
    expect(assign).toHaveBeenCalledWith('/app/?data=data/sample/graph.json');
    fireEvent.change(select, { target: { value: 'data/graph.json' } });
    expect(assign).toHaveBeenLastCalledWith('/app/');
  });

  it('keeps a data set opened from a link among the choices, and says when the list cannot be read', async () => {
    serve({ 'data/index.json': '{ not json' });
    render(<DatasetPicker file="data/other.json" />);
    await waitFor(() => expect(useStore.getState().notices).toHaveLength(1));
    expect(useStore.getState().notices[0].details?.[0]).toMatch(/^data\/index\.json: \(root\): is not valid JSON/);
    // One data set alone needs no picker.
    expect(screen.queryByLabelText('Data set')).toBeNull();
  });

  it('reports a listed entry that is not a data file under data/, naming its field, and still offers the others', async () => {
    serve({ 'data/index.json': { version: 1, datasets: [...INDEX.datasets, { file: '../secret.json', title: 'x', description: 'y', articles: 1 }] } });
    render(<DatasetPicker file="data/graph.json" />);
    await waitFor(() => expect(useStore.getState().notices).toHaveLength(1));
    expect(useStore.getState().notices[0].details).toEqual(['data/index.json: datasets[2].file: must be a .json file under data/']);
    const select = (await screen.findByLabelText('Data set')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['data/graph.json', 'data/sample/graph.json']);
  });

  it('names a file opened from the computer as the current choice, and always offers Open file…', async () => {
    serve({ 'data/index.json': INDEX });
    render(<DatasetPicker file="entente.json" local />);
    const select = (await screen.findByLabelText('Data set')) as HTMLSelectElement;
    expect(select.value).toBe('entente.json');
    expect(select.selectedOptions[0].textContent).toBe('entente.json (your file)');
    expect(select.title).toMatch(/a link cannot carry it/);
    expect(screen.getByRole('button', { name: 'Open file…' })).toBeTruthy();
  });
});
