// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ErrorScreen, generateCommandFor } from './ErrorScreen';
import { MISSING_FILE } from '../data/fetchFile';

afterEach(cleanup);

const missing = (file: string) => [{ file, path: '(root)', message: MISSING_FILE }];

describe('generateCommandFor', () => {
  it('names the command that makes a missing generated data set', () => {
    expect(generateCommandFor('data/generated/L.json', missing('data/generated/L.json'))).toBe('npm run generate -- --size L');
    expect(generateCommandFor('data/generated/XL.json', missing('data/generated/XL.json'))).toBe('npm run generate -- --size XL');
  });

  it('says nothing for a file that exists but is broken, a missing file of another kind, or an unknown size', () => {
    const broken = [{ file: 'data/generated/M.json', path: 'relations[0].date', message: 'is not a date' }];
    expect(generateCommandFor('data/generated/M.json', broken)).toBeUndefined();
    expect(generateCommandFor('data/graph.json', missing('data/graph.json'))).toBeUndefined();
    expect(generateCommandFor('data/generated/XXL.json', missing('data/generated/XXL.json'))).toBeUndefined();
    // The data file is there; only its sidecar or an article text is missing.
    expect(generateCommandFor('data/generated/L.json', missing('data/generated/articles/a.txt'))).toBeUndefined();
  });
});

describe('ErrorScreen', () => {
  it('for a generated set not made yet, says how to make it, beside the problem itself', () => {
    render(<ErrorScreen file="data/generated/L.json" problems={missing('data/generated/L.json')} />);
    expect(screen.getByRole('list', { name: 'Problems' }).textContent).toContain('does not exist');
    expect(screen.getByText('npm run generate -- --size L').closest('p')?.textContent).toBe(
      'Generated data sets are not kept in the repository. Make this one with npm run generate -- --size L, then reload.',
    );
  });

  it('for the seed, lists the problems with no such advice', () => {
    render(<ErrorScreen file="data/graph.json" problems={missing('data/graph.json')} />);
    expect(screen.queryByText(/npm run generate/)).toBeNull();
    expect(screen.getByText('npm run validate')).toBeTruthy();
  });
});

describe('ErrorScreen, in plain words', () => {
  it('for a missing file: a sentence first, the way back, and the technical details folded away', () => {
    render(<ErrorScreen file="data/missing.json" problems={missing('data/missing.json')} />);
    expect(screen.getByRole('heading').textContent).toBe('Entente could not find the data file data/missing.json.');
    expect(screen.getByRole('link', { name: 'Open the default graph' })).toBeTruthy();
    const disclosure = screen.getByText(/^Details for whoever looks after the data/).closest('details')!;
    expect(disclosure.open).toBe(false);
    expect(disclosure.textContent).toContain('does not exist');
  });

  it('for broken data, the problems are shown open; the default data set offers to try again, not to open itself', () => {
    render(<ErrorScreen file="data/graph.json" problems={[{ file: 'data/graph.json', path: 'relations[0].date', message: 'is not a date' }]} />);
    expect(screen.getByText(/^Details for whoever looks after the data/).closest('details')!.open).toBe(true);
    expect(screen.queryByRole('link', { name: 'Open the default graph' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('ErrorScreen with a huge problem list', () => {
  it('lists the first problems and counts the rest', () => {
    const problems = Array.from({ length: 125_000 }, (_, i) => ({ file: 'big.json', path: `entities[${i}]`, message: 'Invalid input: expected object, received number' }));
    render(<ErrorScreen file="big.json" problems={problems} />);
    expect(screen.getByRole('heading').textContent).toContain('125,000 problems');
    const items = screen.getByRole('list', { name: 'Problems' }).querySelectorAll('li');
    expect(items).toHaveLength(101);
    expect(items[100].textContent).toBe('and 124,900 more of the same kind');
  });
});
