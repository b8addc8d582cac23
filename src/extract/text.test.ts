import { describe, expect, it } from 'vitest';
import { classifyParagraphs, ignoredSpans, splitSentences } from './text';

const page = [
  'Leaders meet in capital',
  '',
  'President A greets guests in this photo provided by the ministry. Agency',
  '',
  'President A greets guests in this photo provided by the ministry. Agency',
  '',
  'The U.N. Security Council met on Monday. Mr. Smith said the talks went well.',
  '',
  'ADVERTISEMENT',
  'Most Read',
  'Share this article: Facebook | X | Email',
  'Subscribe to our newsletter',
].join('\n');

describe('page furniture and zones', () => {
  it('marks headline, caption, repeated caption and chrome without touching the text', () => {
    const zones = classifyParagraphs(page).map((p) => [p.zone, page.slice(p.start, p.end).slice(0, 12)]);
    expect(zones).toEqual([
      ['title', 'Leaders meet'],
      ['caption', 'President A '],
      ['duplicate', 'President A '],
      ['lead', 'The U.N. Sec'],
      ['furniture', 'ADVERTISEMEN'],
      ['furniture', 'Most Read'],
      ['furniture', 'Share this a'],
      ['furniture', 'Subscribe to'],
    ]);
    for (const span of ignoredSpans(page)) expect(page.slice(span.start, span.end).length).toBe(span.end - span.start);
  });

  it('reads a dashed line as a link only below the story\'s first sentence: above it, it is a key point', () => {
    const text = 'Peru and Chile sign a truce\n\n- Chile and Peru sign a ceasefire in Tacna\n\nThe two governments signed the text in Lima on Monday.\n\n- Chile and Bolivia agree to reopen the shared border crossing at Chungará next week\n';
    const zones = classifyParagraphs(text).map((p) => p.zone);
    expect(zones[1]).not.toBe('furniture');
    expect(zones[3]).toBe('furniture');
  });

  it('splits sentences at full stops but not after abbreviations, with exact offsets', () => {
    const sentences = splitSentences(page).filter((s) => s.zone === 'lead');
    expect(sentences.map((s) => page.slice(s.start, s.end))).toEqual(['The U.N. Security Council met on Monday.', 'Mr. Smith said the talks went well.']);
  });

  it('reads a publisher\'s notice below the story as furniture, wherever its copyright mark stands', () => {
    const text = [
      'Alphaland and Betaland hold talks',
      '',
      'Alphaland and Betaland held talks in Gammaville on Monday, the ministry said.',
      '',
      '(c) 2026 Danube Wire Service GmbH. Republication without prior written consent is prohibited.',
      '',
      'The Sentinel is published by Fako Press Ltd, Buea. Reproduction of our articles without permission is prohibited.',
      '',
      'The ministry said the talks would resume in March.',
      '',
    ].join('\n');
    expect(classifyParagraphs(text).map((p) => p.zone)).toEqual(['title', 'lead', 'furniture', 'furniture', 'body']);
  });

  it('treats a lone agency name as a credit line', () => {
    const s = splitSentences(page).find((x) => page.slice(x.start, x.end) === 'Agency');
    expect(s?.zone).toBe('byline');
  });

  it('treats a wire\'s credit line as furniture: no reporter becomes a person of the story', () => {
    const text = [
      'Alphaland and Betaland hold talks',
      '',
      'Alphaland and Betaland held talks in Gammaville on Monday, the ministry said.',
      '',
      '(Reporting by Ana Ruiz in Gammaville and Luis Paz in Deltaville; Editing by Tom Hale)',
      '',
      'Live desk: Ana Ruiz in Gammaville and Luis Paz in London',
    ].join('\n');
    expect(classifyParagraphs(text).map((p) => p.zone)).toEqual(['title', 'lead', 'furniture', 'furniture']);
    const reporting = 'Alphaland and Betaland hold talks\n\nAlphaland and Betaland held talks on Monday.\n\nReporting by state media showed that Alphaland had shelled Betaland.';
    expect(classifyParagraphs(reporting).map((p) => p.zone)).toEqual(['title', 'lead', 'body']);
  });

  it('treats desk and team credits, a lower-case byline and a contact line as furniture', () => {
    const text = [
      'Alphaland and Betaland hold talks',
      '',
      'Alphaland and Betaland held talks in Gammaville on Monday.',
      '',
      'by Ana Ruiz | 21 May 2026 | 10:42',
      '',
      'Gulf Desk live team: Ana Ruiz in Beirut and Tom Hale in London',
      '',
      'The Gammaville Post · Asia live desk: Ana Ruiz, Luis Paz and Tom Hale',
      '',
      'Luis Paz, Strategist, Asia FX | +65 6800 0001',
      '',
      'The negotiating team: it met in Deltaville on Monday.',
    ].join('\n');
    expect(classifyParagraphs(text).map((p) => p.zone)).toEqual(['title', 'lead', 'furniture', 'furniture', 'furniture', 'furniture', 'body']);
  });

  it('treats credits set out as labelled fields as furniture, not a sentence with a colon', () => {
    const text = [
      'Alphaland and Betaland hold talks',
      '',
      'Alphaland and Betaland held talks in Gammaville on Monday.',
      '',
      'Hosts: Ana Ruiz and Luis Paz · Producer: Tom Hale · Music: "North Wind" by Eva Sol',
      '',
      'Betaland said: Alphaland met its envoy twice.',
    ].join('\n');
    expect(classifyParagraphs(text).map((p) => p.zone)).toEqual(['title', 'lead', 'furniture', 'body']);
  });

  it('finds the headline under a masthead and a breadcrumb, and its standfirst, above the first sentence', () => {
    const text = [
      'The Gammaville Herald',
      'Home » News » Diplomacy',
      'Alphaland and Betaland begin joint patrols as Deltaland offers boats, Epsilonia set to join in May',
      'Ministers say the first vessels sail from Gammaville within weeks, while Zetaland stays out',
      'By Ana Ruiz, Gammaville',
      '',
      'The navies of Alphaland and Betaland began joint patrols on Tuesday, the ministry said.',
    ].join('\n');
    const zones = classifyParagraphs(text).map((p) => p.zone);
    expect(zones).toEqual(['title', 'furniture', 'title', 'title', 'furniture', 'lead']);
    const sentences = splitSentences(text).filter((s) => s.zone === 'lead' || s.zone === 'body');
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The navies of Alphaland and Betaland began joint patrols on Tuesday, the ministry said.']);
  });

  it('treats the headlines listed under "Related coverage" as links, until reporting resumes', () => {
    const text = [
      'Alphaland and Betaland hold talks',
      '',
      'Alphaland and Betaland held talks in Gammaville on Monday, the ministry said.',
      '',
      'Related coverage',
      "Betaland's spring trade fair draws Alphaland and Deltaland firms to the capital",
      'Gammaville sanctions hit Epsilonian exports',
      '',
      'Alphaland recalled its ambassador from Deltaland on Tuesday.',
    ].join('\n');
    const zones = classifyParagraphs(text).map((p) => p.zone);
    expect(zones).toEqual(['title', 'lead', 'furniture', 'furniture', 'furniture', 'body']);
  });

  it('treats a paragraph closed by a slash credit ("AGENCY/Ana Ruiz/Pool") as a caption, not a body sentence with a slash', () => {
    const text = [
      'Alphaland and Betaland hold talks',
      '',
      'The Alphaland minister greets the Betaland minister before their talks in Gammaville, July 10, 2026. WIRE/Ana Ruiz/Pool',
      '',
      'Alphaland and Betaland held talks in Gammaville on Monday, the ministry said.',
      '',
      'The ministry runs a 24/7 hotline for the talks.',
    ].join('\n');
    expect(classifyParagraphs(text).map((p) => p.zone)).toEqual(['title', 'caption', 'lead', 'body']);
  });

  it('treats a long standfirst without a full stop above the first sentence as the headline\'s, not the lead', () => {
    const text = [
      'Alphaland and Betaland agree a cable',
      '',
      "Gammaco and Deltaco commit to a 700 MW cable by 2035; Alphaland's plea for help with its onshore lines gets a Betaland no, and a cold-snap row follows the signing into the room",
      '',
      'Alphaland and Betaland will lay a third power cable, their grid operators agreed on Tuesday.',
      '',
      'The link is to carry power from 2035.',
    ].join('\n');
    expect(classifyParagraphs(text).map((p) => p.zone)).toEqual(['title', 'title', 'lead', 'body']);
  });

  it('treats a slogan, time stamp or notice of a few words above the first sentence as furniture, so the headline under it stays the headline', () => {
    const text = [
      'the valley courier',
      'Independent. Local. Awake.',
      'Alphaland to stock Betalandish classrooms with two million pencils before the school year',
      'Published May 2, 2025 | Updated 9:15 a.m.',
      'Alphaland will send two million pencils to Betalandish schools, its education ministry said on Monday.',
      'The first crates leave in June.',
    ].join('\n');
    expect(classifyParagraphs(text).map((p) => p.zone)).toEqual(['title', 'furniture', 'title', 'furniture', 'lead', 'body']);
  });

  it('treats a topics or tags line ("Topics: A · B relations · C") as furniture, but not a sentence about topics', () => {
    const text = [
      'Alphaland and Betaland hold talks',
      '',
      'Alphaland and Betaland held talks in Gammaville on Monday, the ministry said.',
      '',
      'Topics of the talks included fishing rights and the border.',
      '',
      'Topics: Alphaland · Betaland · Alphaland-Betaland relations · fishing rights',
      '',
      'Tags: Alphaland, Betaland, border',
      '',
      'Filed in: Alphaland · Betaland · Gammaland · trade · sanctions',
    ].join('\n');
    expect(classifyParagraphs(text).map((p) => p.zone)).toEqual(['title', 'lead', 'body', 'furniture', 'furniture', 'furniture']);
  });

  it('treats a teaser line ("More stories: …") as furniture, however long, but not a body sentence starting with "More"', () => {
    const text = [
      'Alphaland and Betaland hold talks',
      '',
      'Alphaland and Betaland held talks in Gammaville on Monday, the ministry said.',
      '',
      'More troops arrived in Betaland on Tuesday, officials said.',
      '',
      'Also on Tuesday, Alphaland recalled its ambassador from Deltaland.',
      '',
      'Most readers of the ministry bulletin know that Betaland backs Alphaland.',
      '',
      'More stories: Epsilonia and Zetaland sign a pact on fishing rights in the north',
    ].join('\n');
    const zones = classifyParagraphs(text).map((p) => [p.zone, text.slice(p.start, p.end).slice(0, 9)]);
    expect(zones).toEqual([
      ['title', 'Alphaland'],
      ['lead', 'Alphaland'],
      ['body', 'More troo'],
      ['body', 'Also on T'],
      // A heading word must end where the heading's word ends: "Most readers" is no "Most read" list.
      ['body', 'Most read'],
      ['furniture', 'More stor'],
    ]);
  });
});

describe('datelines in any alphabet', () => {
  it('"PORTOROŽ – Slovenia will …": the sentence starts after the dateline', () => {
    const text = 'A headline without a full stop\n\nPORTOROŽ – Slovenia will keep its checks.\n';
    const body = splitSentences(text).find((s) => s.zone !== 'title')!;
    expect(text.slice(body.start, body.end)).toBe('Slovenia will keep its checks.');
  });
});
