import { describe, expect, it } from 'vitest';
import { summarizeLoadError } from './errorSummary';
import { MISSING_FILE } from '../data/fetchFile';

describe('summarizeLoadError', () => {
  it('a missing file is said to be not found, in words', () => {
    const s = summarizeLoadError('data/missing.json', [{ file: 'data/missing.json', path: '(root)', message: MISSING_FILE }]);
    expect(s.kind).toBe('missing');
    expect(s.headline).toBe('Entente could not find the data file data/missing.json.');
    expect(s.headline).not.toContain('(root)');
  });
  it('a file that could not be loaded or read is not called invalid', () => {
    expect(summarizeLoadError('d.json', [{ file: 'd.json', path: '(root)', message: 'could not be loaded (HTTP 500)' }]).kind).toBe('unreadable');
    expect(summarizeLoadError('d.json', [{ file: 'd.json', path: '(root)', message: 'could not be read: out of memory' }]).kind).toBe('unreadable');
  });
  it('data that fails its checks counts the problems', () => {
    const s = summarizeLoadError('d.json', [
      { file: 'd.json', path: 'relations[0].participants[1]', message: 'unknown entity id "x"' },
      { file: 'd.json', path: '(root)', message: 'is not valid JSON' },
    ]);
    expect(s.kind).toBe('invalid');
    expect(s.headline).toBe('There are 2 problems with d.json.');
    // A missing article text is a problem of the data set, not a missing data file.
    expect(summarizeLoadError('d.json', [{ file: 'data/articles/a.txt', path: '(root)', message: MISSING_FILE }]).headline).toBe('There is a problem with d.json.');
  });
});
