import { describe, expect, it } from 'vitest';
import { loadFailure } from './loadFailure';

describe('loadFailure', () => {
  it('turns anything thrown while loading into an error screen naming the file', () => {
    expect(loadFailure('data/x.json', new RangeError('Maximum call stack size exceeded'))).toEqual({
      status: 'error',
      file: 'data/x.json',
      problems: [{ file: 'data/x.json', path: '(root)', message: 'could not be read: Maximum call stack size exceeded' }],
    });
    expect(loadFailure('data/x.json', 'boom')).toMatchObject({ problems: [{ message: 'could not be read: boom' }] });
  });
});
