import { describe, expect, it } from 'vitest';
import { plainIgnored } from './linkNotices';
import { viewFromSearch } from './urlState';
import { seedGraph } from '../test/fixtures';

const graph = seedGraph();
const said = (search: string) => viewFromSearch(search, graph).ignored.map(plainIgnored);

describe('plainIgnored', () => {
  it('says what the link meant and what was done, with no parameter syntax', () => {
    expect(said('?country=zz')).toEqual(['This link named a country that is not in the data (zz), so it was left out.']);
    expect(said('?select=e:nobody')).toEqual(['This link selected something that is not in the data (e:nobody), so nothing is selected.']);
    expect(said('?from=notadate')[0]).toMatch(/^This link gave a date that could not be read \(notadate\), so it was left out\./);
    expect(said('?colour=red')).toEqual(['This link had a part Entente does not use (colour=red), so it was ignored.']);
    expect(said('?kind=zz')).toEqual(['This link named a kind of relation Entente does not know (zz), so it was left out.']);
  });
  it('never speaks in e:<entity id> syntax', () => {
    for (const line of said('?select=nope&country=zz&from=2024&to=2020&status=maybe&source=zz&at=a,b&pos=x:1,2&embed=2&undated=3')) {
      expect(line).not.toMatch(/<|must be|\(root\)/);
      expect(line).toMatch(/^This link|^Part of this link/);
    }
  });
});
