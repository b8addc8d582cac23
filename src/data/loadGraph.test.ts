import { describe, expect, it } from 'vitest';
import { dataFileFromSearch, DEFAULT_DATA_FILE } from './loadGraph';

describe('dataFileFromSearch', () => {
  it('defaults to the seed', () => {
    expect(dataFileFromSearch('')).toEqual({ file: DEFAULT_DATA_FILE });
    expect(dataFileFromSearch('?data=')).toEqual({ file: DEFAULT_DATA_FILE });
  });
  it('loads a generated file under data/', () => {
    expect(dataFileFromSearch('?data=data/generated/L.json')).toEqual({ file: 'data/generated/L.json' });
  });
  it('refuses paths outside the data folder and reports them', () => {
    for (const bad of ['../secret.json', 'data/../x.json', 'https://evil.example/x.json', 'data/x.txt']) {
      expect(dataFileFromSearch(`?data=${encodeURIComponent(bad)}`)).toEqual({ file: DEFAULT_DATA_FILE, ignored: bad });
    }
  });
});
