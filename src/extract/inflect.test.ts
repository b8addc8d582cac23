import { describe, expect, it } from 'vitest';
import { inflectNoun, inflectVerb } from './inflect';

describe('inflectVerb', () => {
  it('makes the regular forms', () => {
    expect(inflectVerb('accuse')).toEqual(['accuse', 'accuses', 'accused', 'accusing']);
    expect(inflectVerb('supply')).toEqual(['supply', 'supplies', 'supplied', 'supplying']);
    expect(inflectVerb('ship')).toEqual(['ship', 'ships', 'shipped', 'shipping']);
    expect(inflectVerb('visit')).toEqual(['visit', 'visits', 'visited', 'visiting']);
    expect(inflectVerb('criticise')).toContain('criticised');
    expect(inflectVerb('expel+')).toEqual(['expel', 'expels', 'expelled', 'expelling']);
    expect(inflectVerb('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing']);
  });
  it('spells a final single-vowel l both ways, as British and American copy do', () => {
    expect(inflectVerb('travel to')).toEqual(expect.arrayContaining(['traveled to', 'travelled to', 'travelling to']));
    expect(inflectVerb('rail against')).not.toContain('railled against');
  });
  it('inflects the first word of a phrase and takes an irregular past', () => {
    expect(inflectVerb('rail against')).toEqual(['rail against', 'rails against', 'railed against', 'railing against']);
    expect(inflectVerb('fight>fought>fought')).toEqual(['fight', 'fights', 'fought', 'fighting']);
    expect(inflectVerb('withdraw from>withdrew from>withdrawn from')).toContain('withdrawn from');
  });
});

describe('inflectNoun', () => {
  it('adds the plural of the head noun, before a trailing preposition', () => {
    expect(inflectNoun('dispute with')).toEqual(['dispute with', 'disputes with']);
    expect(inflectNoun('joint drill')).toEqual(['joint drill', 'joint drills']);
    expect(inflectNoun('ally')).toEqual(['ally', 'allies']);
    expect(inflectNoun('talks')).toEqual(['talks']);
  });
});
