/**
 * The extraction core: article text + metadata in, entities and relations of the data
 * contract out, every relation pinned to a verbatim quote with its offsets. Plain
 * TypeScript without Node imports, so the same code can run in the browser.
 */
import type { Article, DateValue, Entity, Relation, RelationKind, Status } from '../model/schema';
import { combineDates, findDates, isDayValue, yearForStatus, type DateHit } from './dates';
import { COMMENTATOR_TRADES, COURTESY_TITLES, lexicon, MONEY_SOURCE, NAMES_WITH_THE, NEWS_AGENCIES, POLITIES, SEATS_OF_INTERNATIONAL_BODIES } from './lexicon';
import { findMentions, isCounterpartWord, namedAfterColon, namedByCapital, officeClass, type EntityDraft, type Mention, type OfficePhrase } from './mentions';
import { ACCEPTED, clauses, findTriggers, statusOf, type Clause, type RawRelation, type Trigger } from './relations';
import { classifyParagraphs, splitSentences, type Paragraph, type Sentence } from './text';
import { relationId } from './keys';
import { cachedRegExp, execAll } from './regex';
import { FACILITY_NOUNS, PACT_NOUNS, statusCues, VICTIM_NOUNS } from './cues';

export interface ExtractionReport {
  article: string;
  entities: number;
  relations: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  dates: Array<{ text: string; value: string }>;
  ignored: Array<{ zone: string; text: string }>;
  unsure: string[];
}

export interface Extraction {
  entities: Entity[];
  relations: Relation[];
  report: ExtractionReport;
}

const NEWS_SOURCE_NAME = /news agency|press agency/i;
const isNewsSource = (id: string, name = '') => NEWS_AGENCIES.has(id) || NEWS_SOURCE_NAME.test(name);
const EXPERT = new RegExp(COMMENTATOR_TRADES.join('|'), 'i');
const EXPERTS_SAY = /(?:^|[^\w-])(?:analysts|experts|observers|economists|researchers|scholars)\s+(?:(?:in|at|from)\s+[\w'’.-]+\s+)?(?:(?:now|also|widely|generally|privately)\s+)?(?:say|said|believe|believed|expect|expected|predict|predicted|think|thought|warn|warned|agree|agreed)\s*(?:that\s*)?,?\s*$/i;

interface Ctx {
  text: string;
  article: Pick<Article, 'id' | 'published'>;
  mentions: Mention[];
  entities: Map<string, EntityDraft>;
  raw: RawRelation[];
  sentences: Sentence[];
  /** Country, bloc and organization mentions that only modify a person ("Belarusian" in "Belarusian President …"). */
  modifiers: Set<Mention>;
  /** Day-precision dates of the body in text order: the start of a span that ends "until Friday". */
  dayPoints: Array<{ at: number; value: string }>;
  recentCountries: string[];
  dates: Array<{ text: string; value: string }>;
  /** Sentences that report what someone said, with the speaker of their first reported clause: the claims a later "rejected the accusation" answers. */
  spoken: Map<Sentence, string>;
  /** The two countries the article names most (mostNamedPair), once worked out; null when no two stand out. */
  mostNamed?: string[] | null;
}

const ONLOOKERS_BEFORE_AS = /\b(?:(?:looked|look|looks|looking)\s+on|watch(?:ed|es|ing)?|stood\s+by)\s+(?:as\s+)?$/;
/** "A and B looked on as the two chiefs exchanged the signed copies": what onlookers watch is done by others, never by them. */
function watchedByOnlookers(ctx: Ctx, c: Clause): boolean {
  const before = ctx.text.slice(Math.max(0, c.start - 24), c.start);
  return ONLOOKERS_BEFORE_AS.test(before) ? /\bas\s+$/.test(before) || /^as\s/.test(ctx.text.slice(c.start, c.start + 3)) : false;
}

/** Extracts one article. `text` is the article exactly as stored; offsets index into it. */
export function extractArticle(article: Pick<Article, 'id' | 'published'>, text: string): Extraction {
  const paras = classifyParagraphs(text);
  const sentences = splitSentences(text, paras);
  const { mentions, entities } = findMentions(text, sentences);
  const ctx: Ctx = { text, article, mentions, entities, raw: [], sentences, modifiers: personModifiers(text, mentions), dayPoints: [], recentCountries: [], dates: [], spoken: new Map() };

  // The subject of the last clause of the body, for a "they" that opens the next one (wire copy often has one sentence a paragraph).
  let lastSubject: Mention[] | undefined;
  const interview = interviewOf(ctx, paras);
  for (const s of sentences) {
    if (s.zone === 'byline') continue;
    // An interview's questions assert nothing; its answers are the interviewee's words.
    const turn = interview?.turns.get(s.paragraph);
    // (A question's statements of fact stand: "The GCC put out a statement backing Kuwait. Has Guterres been asked?")
    if (turn === 'question' && /\?["”’]?\s*$/.test(text.slice(s.start, s.end))) continue;
    const hits = findDates(text.slice(s.start, s.end), s.start, article.published);
    const cls = clauses(text, s, mentionsIn(ctx, s.start, s.end));
    if (turn === 'answer') {
      for (const c of cls) if (!c.speaker) Object.assign(c, { speaker: interview!.speaker, speechVerb: 'said', answer: true });
      // ("A: No. We will not join …": the label and a bare yes or no are no part of what the answer says.)
      const label = cls.length ? ANSWER_OPENING.exec(text.slice(cls[0].start, cls[0].end)) : null;
      if (label && label[0].length < cls[0].end - cls[0].start) cls[0].start += label[0].length;
    }
    let carried: DateHit[] = [];
    const sentenceActors = actorsIn(ctx, s.start, s.end);
    // "She met Xi in Beijing and was received by Putin in Moscow": a sentence that opens on "he" or "she" has that
    // person (when exactly one fits) as the subject its coordinated verbs carry, not the first name after its verb.
    const pronounSubject = cls.length > 1 && PRONOUN_OPENS.test(text.slice(s.start, s.end)) ? personPronoun(ctx, cls[0]) : undefined;
    const subject = pronounSubject?.[0] ?? sentenceActors[0];
    const subjects = pronounSubject ?? (subject ? sentenceActors.filter((m) => m.start === subject.start) : []);
    // "A and her Rwandan counterpart, B, signed … and were later received by C": a plural verb carries the whole coordinated subject.
    const run = subject && subjects.length === 1 && !subject.possessive ? coordinatedRun(ctx, sentenceActors.filter((m) => m.start >= subject.start)) : [];
    let theySubject: Mention[] | undefined;
    const opening = participleSubject(ctx, s);
    for (const c of cls) {
      const own = hits.filter((h) => h.start >= c.start && h.end <= c.end);
      const clauseDates = own.length ? own : carried;
      if (own.length) carried = own;
      // Only a subject named before the clause can be carried into it.
      if (subject && subject.start < c.start && !watchedByOnlookers(ctx, c) && (actorsIn(ctx, c.start, c.end).length === 0 || firstActorIsLater(ctx, c, subject))) c.inherited = run.length > 1 && PLURAL_VERB_OPENS.test(text.slice(c.start, c.end)) ? run : subjects;
      // "Armenia and Azerbaijan …, when their ministers initialled …": "their" is the whole coordinated subject.
      else if (subject && subject.start < c.start && possessiveSubject(ctx, c)) c.inherited = coordinatedRun(ctx, sentenceActors.filter((m) => m.end <= c.start));
      // "…, who seized power, hosted …" and "they would …": the clause's subject is the phrase it refers back to.
      if (opening && c.start < opening.until) c.inherited = opening.subject.map((m) => ({ ...m, start: c.start, end: c.start, via: 'pronoun' as const }));
      else if (c.head) c.inherited = headOf(ctx, c) ?? c.inherited;
      else if (THEY_OPENS.test(ctx.text.slice(c.start, c.end)) && lastSubject) c.inherited = theyOf(ctx, lastSubject, s);
      // "They agreed to set up a commission, and to meet again in Brazil": a coordinated infinitive keeps the "they" of its sentence.
      else if (theySubject && c !== cls[0] && /^to\s+[a-z]+/.test(ctx.text.slice(c.start, c.end)) && /\band\s*$/.test(ctx.text.slice(Math.max(s.start, c.start - 6), c.start))) c.inherited = theySubject;
      if (c === cls[0] && THEY_OPENS.test(ctx.text.slice(c.start, c.end))) theySubject = c.inherited;
      const coded = ctx.raw.length;
      const subjectHere = codeClause(ctx, c, clauseDates);
      allianceOfStrategicPartnership(ctx, c, coded);
      // "Denmark summoned Russia's ambassador after a Russian corvette sailed into an area closed off for a joint
      // Danish-Swedish exercise": one clause does not make the same two sides quarrel and cooperate.
      dropCooperationBesideQuarrel(ctx, coded);
      // "Belarus will ship medicines to North Korea under an agreement signed in Minsk on Tuesday": the plan is the
      // clause's, the signing done; both are stated.
      codeSignedUnder(ctx, c, coded);
      // "signed a protocol under which Danish and Swedish police will share passenger lists": the plan the pact sets out.
      codePlanUnderWhich(ctx, c, coded, clauseDates);
      // "Security Council resolutions forbid supplying North Korea with vehicles": a ban, not a supply.
      codeProhibition(ctx, c, coded, clauseDates);
      // "Belarus has been under EU sanctions since 2020", "Washington placed him under sanctions": a standing measure.
      if (ctx.raw.length === coded) codeUnderSanctions(ctx, c, clauseDates);
      // "The two countries intend to hold a single auction", "both governments will jointly fund …": a joint act no cue names.
      if (ctx.raw.length === coded) codeJointAct(ctx, c, clauseDates);
      // "Their prime ministers are to meet in Dubrovnik", "Croatia's and Montenegro's foreign ministers met": the two sides' people met.
      if (ctx.raw.length === coded) codeOfficialsOfPairMeet(ctx, c, clauseDates);
      // "The two men spent the afternoon at the crossing", "when the two met at the hotel": two people together, met.
      if (ctx.raw.length === coded) codePeopleTogether(ctx, c, clauseDates);
      // "the Georgian-Azerbaijani border commission, which met …": the two states' body met.
      if (ctx.raw.length === coded) codePairBodyMet(ctx, c, clauseDates);
      // "Botswana has already signed up", "She expects Namibia to join within a year": a third state joining the story's scheme.
      if (ctx.raw.length === coded) codeJoinsStoryScheme(ctx, c, clauseDates);
      // "Moscow will pay for the first two million trees", "pledged €15 million for the clean-up": money put into something.
      if (ctx.raw.length === coded) codeFunding(ctx, c, clauseDates);
      // "Mulimba floated a joint customs post at Kajo-Keji": a proposal by one of the story's sides of something done together.
      if (ctx.raw.length === coded) codeProposalOnStory(ctx, c, clauseDates);
      // "Tanzania would not repeal a law passed by its parliament", "Namibia will not halt the works": one side's refusal.
      if (ctx.raw.length === coded) codeSideRefuses(ctx, c, clauseDates);
      // "South Korea's Unification Ministry said the agreement 'opens a back door' …": a third party's criticism of the story's deal.
      if (ctx.raw.length === coded) codeCritiqueOfStory(ctx, c, clauseDates);
      // "expects the FIG to open a formal case against North Korea's federation": one foreseen to act on another, both named.
      if (ctx.raw.length === coded) codeForecastBetweenNamed(ctx, c, clauseDates);
      // "North Korean troops have been deployed to Russia's Kursk region": a state's people sent abroad, in the passive.
      if (ctx.raw.length === coded) codePeopleSent(ctx, c, clauseDates);
      // "The joint commission will meet again in Pyongyang next autumn": the story's joint body meeting is the pair's.
      // (Also after "their joint commission" was coded as the two sides' cooperation: its meeting is a relation of its own.)
      if (!ctx.raw.slice(coded).some((r) => r.kind === 'meeting')) codeJointBodyMeets(ctx, c, clauseDates);
      if (inStoryText(s)) lastSubject = subjectHere ?? lastSubject;
    }
    codeTalksBeforeAct(ctx, s, hits);
    for (const h of hits) {
      ctx.dates.push({ text: h.text, value: h.value });
      if (isDayValue(h.value) && h.role === 'point' && s.zone !== 'caption' && s.zone !== 'title') ctx.dayPoints.push({ at: h.start, value: h.value });
    }
    for (const m of actorsIn(ctx, s.start, s.end)) noteCountry(ctx, m.entity);
  }
  ministriesActForTheirCountries(ctx);
  addRoles(ctx);
  return finish(ctx, sentences, paras.filter((p) => p.zone === 'furniture' || p.zone === 'duplicate').map((p) => ({ zone: p.zone, text: text.slice(p.start, p.end) })));
}

/** A government ministry by its name: "South Korea's foreign ministry", "the Ministry of Unification". */
const MINISTRY_NAME = /\bministry\b/i;

/**
 * "The South Korean foreign ministry summoned the Russian ambassador", "Russia's foreign ministry
 * backed Belgrade": a ministry acting towards another state acts for its own, as the corpus codes
 * it (the state is the party). Beside a company or another body ("Bellegprom and North Korea's
 * Ministry of Light Industry signed …") the ministry is the party and stays; its office holders'
 * roles stay at the ministry too.
 */
function ministriesActForTheirCountries(ctx: Ctx): void {
  const countryOfMinistry = (p: string) => {
    const e = ctx.entities.get(p);
    return e?.kind === 'organization' && e.country && MINISTRY_NAME.test(e.name) ? e.country : undefined;
  };
  ctx.raw = ctx.raw.filter((r) => {
    if (r.kind === 'role' || !r.participants.some(countryOfMinistry)) return true;
    if (r.participants.some((p) => !countryOfMinistry(p) && ctx.entities.get(p)?.kind === 'organization')) return true;
    const mapped = r.participants.map((p) => countryOfMinistry(p) ?? p);
    const actors = r.actors ? new Set(mapped.slice(0, r.actors)).size : undefined;
    r.participants = [...new Set(mapped)];
    if (actors !== undefined) r.actors = actors;
    // "Russia's defence ministry said Russia would …": the ministry and its own state are one party, and no relation.
    return r.participants.length >= 2;
  });
}

/**
 * "President Aliyev met Prime Minister Pashinyan. They agreed to meet again": "they" is plural, so a
 * single subject before it stands for the parties of the last meeting or pact it took part in in the
 * sentence before (as people or countries, as named there).
 */
function theyOf(ctx: Ctx, lastSubject: Mention[], s: Sentence): Mention[] {
  if (lastSubject.length !== 1) return lastSubject;
  const prev = reportingSentenceBefore(ctx, s);
  const one = lastSubject[0].entity;
  const r = prev && findLast(ctx.raw, (x) => x.clause.sentence === prev && !x.directed && (x.kind === 'meeting' || x.kind === 'cooperation') && x.participants.length >= 2 && x.participants.includes(one));
  if (!r) return lastSubject;
  return r.participants.map((entity) => ({ start: s.start, end: s.start, entity, kind: ctx.entities.get(entity)?.kind ?? 'country', possessive: false, demonym: false, via: 'pronoun' as const }));
}

const VETOED_RESOLUTION = /\bveto(?:ed|es)?\s+(?:a|an|the|its)\s+(?:[^.;]|\b[A-Z]\.){0,80}?\b(?:resolution|draft)\b/;

/**
 * "Since expelling French forces in 2022, Mali has …", "After meeting Putin, Kim said …": an
 * opening participle phrase is done by the subject of the main clause after its comma.
 */
function participleSubject(ctx: Ctx, s: Sentence): { subject: Mention[]; until: number } | undefined {
  const body = ctx.text.slice(s.start, s.end);
  // Only a conjunction before the -ing word, or "Having": a bare capitalised "-ing" word is as
  // likely a name ("Beijing accused …", "Downing Street said …").
  // Also an event of the subject's own: "After talks with his counterpart X on Saturday, Lavrov said …", "During her visit to …".
  if (!/^(?:(?:Since|After|Before|While|By|Upon|On|When)\s+(?:[a-z]+ing|having\s+[a-z]+(?:ed|en))|Having\s+[a-z]+(?:ed|en))\s/.test(body) && !OWN_EVENT_OPENS.test(body)) return undefined;
  const comma = body.indexOf(', ');
  if (comma < 0) return undefined;
  const at = s.start + comma + 2;
  const lead = /^(?:the\s+)?/i.exec(ctx.text.slice(at, at + 4))![0].length;
  const first = actorsIn(ctx, at, s.end).find((m) => m.start === at + lead && !m.demonym && !m.possessive);
  if (!first) return undefined;
  // The main clause's subject must be followed by its verb, not be a list item of the phrase.
  if (!/^\s+(?:(?:has|have|had|was|were|is|are|will|would|also|then|later|now|quickly)\s+)*(?!(?:and|or|but|the|a|an|of|in|on|to|for|with)\b)[a-z]+(?:ed|s)?\b/.test(ctx.text.slice(first.end, first.end + 40))) return undefined;
  return { subject: coordinatedRun(ctx, actorsIn(ctx, first.start, s.end)), until: s.start + comma + 1 };
}

/** An opening phrase on an event of the main clause's subject, "his" or "her" in it looking forward to that subject. */
const OWN_EVENT_OPENS = /^(?:After|Before|During|Following)\s+(?:(?:his|her)\s+(?:[\w-]+\s+)?(?:talks|meeting|meetings|visit|trip|call|conversation)|(?:talks|a\s+meeting|meetings|a\s+call)\s+with\s+(?:his|her)\s+(?:[\w-]+\s+)?counterpart)\b/;

/**
 * "…, when their foreign ministers initialled a treaty at the White House": a clause whose subject
 * is the sentence subject's own people ("their", "its"), with no actor before its verb, acts for it.
 */
function possessiveSubject(ctx: Ctx, c: Clause): boolean {
  const m = /^(?:(?:when|where|after|as|while|before|and)\s+)?(?:their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z]{3,}ed|met|held|signed|agreed|sent|made|took)\b/.exec(ctx.text.slice(c.start, c.end));
  return !!m && actorsIn(ctx, c.start, c.start + m[0].length).length === 0;
}

/** A coordinated verb phrase with a plural verb: "(and) were later received", "and have since met". */
const PLURAL_VERB_OPENS = /^(?:and\s+)?(?:then\s+)?(?:were|are|have|had\s+both|agreed|pledged|vowed|signed|promised|decided|discussed|resolved)\b/i;

/** A sentence whose subject is "he" or "she", after at most a short time phrase. */
const PRONOUN_OPENS = /^(?:(?:on|in|at|last|this|earlier|later)\s+\w+,?\s+)?(?:he|she)\s+(?!(?:said|says|added|told)\b)[a-z]+/i;

function firstActorIsLater(ctx: Ctx, c: Clause, subject: Mention): boolean {
  if (c.start <= subject.start) return false;
  // A coordinated verb phrase ("… and met Putin") starts with a verb, not an actor.
  const t = ctx.text.slice(c.start, c.end);
  // Only coordinated ("… and met Putin") or participial ("…, vowing to …") verb phrases lack their own subject.
  const coordinated = /\b(?:and|then)\s+$/.test(ctx.text.slice(Math.max(0, c.start - 6), c.start)) || /^[a-z]+ing\b/.test(t);
  if (!coordinated) return false;
  return /^(?:and\s+)?(?:then\s+)?[a-z]+\b/.test(t) && !/^(?:the|a|an|his|her|its|their|to|of|in|on|at|for|with|by|from|that|which|who|there|it|both|such|this|these|those|some|many|no)\b/.test(t);
}

function noteCountry(ctx: Ctx, id: string): void {
  const e = ctx.entities.get(id);
  const country = e?.kind === 'country' ? e.id : e?.kind === 'person' ? e.country : undefined;
  if (!country) return;
  ctx.recentCountries = [country, ...ctx.recentCountries.filter((c) => c !== country)];
}

function personModifiers(text: string, mentions: Mention[]): Set<Mention> {
  // Prefix sums of the characters covered by a person mention or its title phrase.
  const covered = new Uint8Array(text.length + 1);
  for (const p of mentions) {
    if (p.kind !== 'person') continue;
    for (let i = p.start; i < p.end; i++) covered[i] = 1;
    if (p.phrase) for (let i = p.phrase.start; i < p.phrase.end; i++) covered[i] = 1;
  }
  const sums = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) sums[i + 1] = sums[i] + covered[i];
  const out = new Set(mentions.filter((m) => m.kind !== 'person' && sums[m.end] - sums[m.start] === m.end - m.start));
  // "North Korea's Kim Jong Un", "Kenya's William Ruto": the country says whose leader, it is not a party beside them.
  const personAt = new Set(mentions.filter((p) => p.kind === 'person').map((p) => p.start));
  for (const m of mentions) {
    if (m.kind !== 'country' || !m.possessive) continue;
    const after = /^['’]s?\s+/.exec(text.slice(m.end, m.end + 4));
    if (after && personAt.has(m.end + after[0].length)) out.add(m);
  }
  // "the UN peacekeeping mission MINUSMA": a body that describes the one named after it is not a party of its own.
  const orgAt = new Map(mentions.filter((m) => m.kind === 'organization' || m.kind === 'bloc').map((m) => [m.start, m]));
  for (const m of mentions) {
    if (m.kind !== 'organization' && m.kind !== 'bloc') continue;
    const desc = /^\s+(?:[a-z-]+\s+){0,2}(?:mission|force|operation|agency|body|court|tribunal|alliance)\s+/.exec(text.slice(m.end, m.end + 50));
    if (desc && orgAt.has(m.end + desc[0].length)) out.add(m);
  }
  // "X, an analyst of Asian trade at the Palessie Policy Institute, …", "Y of the Norwegian Institute of International
  // Affairs expects …": where a person works says who they are; the body is no party beside them.
  const people = mentions.filter((p) => p.kind === 'person');
  for (const m of mentions) {
    if (m.kind !== 'organization') continue;
    const p = findLast(people, (x) => x.end <= m.start);
    if (p && m.start - p.end <= 140 && AFFILIATION_BETWEEN.test(text.slice(p.end, m.start))) out.add(m);
  }
  // "Jake Sullivan, Biden's national security adviser, met Wang Yi": the leader whose aide is named is not a party.
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const aide = aideApposition(text, mentions, m);
    if (aide?.boss.possessive) out.add(aide.boss);
  }
  return out;
}

/** A person whose only offices are a commentator's (analyst, researcher, professor, fellow …). */
function isCommentator(ctx: Ctx, id: string): boolean {
  const e = ctx.entities.get(id);
  return e?.kind === 'person' && e.offices.size > 0 && [...e.offices].every((o) => EXPERT.test(o));
}

/** From a person to the body they work at: ", an analyst of Asian trade at the ", ", who teaches tourism at the ", " of the ". */
const AFFILIATION_BETWEEN = /^(?:,\s+(?:a|an|the|who\s+(?:teaches|lectures|works|researches|studies))\s+[^,;.()"“”]{0,100}?\b(?:at|with)|\s+of)\s+(?:the\s+)?$/;

/** Onlookers and where they sit, right before a mention: "Diplomats in", "analysts based in". */
const ONLOOKERS_IN = /\b(?:diplomats|analysts|experts|observers|economists|commentators|researchers|scholars|journalists|correspondents|traders|investors|bankers|pundits)\s+(?:based\s+)?in\s+$/i;

/** Mentions starting in [start, end) and ending by `until` (default: within the span), by binary search over the start-sorted list. */
function mentionsIn(ctx: Ctx, start: number, end: number, until = end): Mention[] {
  return mentionsBetween(ctx.mentions, start, end, until);
}

/** The same over any start-sorted list of mentions. */
function mentionsBetween(ms: Mention[], start: number, end: number, until = end): Mention[] {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i].start < end; i++) if (ms[i].end <= until) out.push(ms[i]);
  return out;
}

/** Actor mentions in a span: people, countries, blocs and organizations that act, minus words that only modify. */
function actorsIn(ctx: Ctx, start: number, end: number): Mention[] {
  const text = ctx.text;
  return mentionsIn(ctx, start, end).filter((m) => {
    if (m.kind === 'place' && !POLITIES.has(m.entity)) return false;
    if (ctx.modifiers.has(m)) return false;
    if (m.kind === 'organization' && isNewsSource(m.entity, ctx.entities.get(m.entity)?.name)) return false;
    const before = text.slice(Math.max(start, m.start - 40), m.start);
    // "According to a Chinese foreign ministry readout": the source of the words, not a party.
    if (/\b(without|according to)\s+(?:the\s+)?$|\baccording to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/i.test(before)) return false;
    if (/,\s*like\s+(?:its|their|his|her|the)?\s*$/i.test(before)) return false;
    // "one of Asia's largest deposits outside China": a country that only bounds a place is no party.
    if (m.kind === 'country' && !m.possessive && /\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?$/i.test(before)) return false;
    // "Diplomats in Copenhagen expect …", "analysts in Seoul say …": where the onlookers sit, not a party.
    if (/\bin\s*$/.test(before.slice(-6)) && ONLOOKERS_IN.test(before)) return false;
    // "any U.N. member state", "no NATO country": a quantified member, not the body itself.
    if (/\b(?:any|no|every|each|some|several|many|most|other)\s+$/i.test(before) && /^\s+(?:member|members|countries|country|states?|governments?|nations?)\b/i.test(text.slice(m.end, m.end + 20))) return false;
    return true;
  });
}

const countryOf = (ctx: Ctx, id: string): string | undefined => {
  const e = ctx.entities.get(id);
  if (!e) return undefined;
  // A self-governing polity (Somaliland) is a party in its own right, not its recognised state.
  if (e.kind === 'country' || e.kind === 'bloc' || POLITIES.has(e.id)) return e.id;
  return e.country ?? undefined;
};

/** Whether `id` is a ministry or department of the state `country` ("Russia's interior ministry", "the State Department"). */
function isMinistryOf(ctx: Ctx, id: string, country: string): boolean {
  const e = ctx.entities.get(id);
  return e?.kind === 'organization' && e.country === country && /\b(?:ministry|department)\b/i.test(e.name);
}

/**
 * Who a mention stands for as a party to a country-level relation ("fighting between A and B",
 * "accused each other"): its country, except an armed group, which fights for itself ("between
 * the FDLR and Rwandan troops" is not a conflict of Congo and Rwanda).
 */
const partyOf = (ctx: Ctx, id: string): string => (lexicon().entries.get(id)?.group ? id : (countryOf(ctx, id) ?? id));
/** Who asks or is asked, at the level a request is coded: a person as themselves, anyone else as their country (a ministry, a capital). */
const requestSide = (ctx: Ctx, id: string): string => (ctx.entities.get(id)?.kind === 'person' ? id : (countryOf(ctx, id) ?? id));

/**
 * The data model's `country` is a sovereign state. A polity's leader is a party for the polity
 * while extracting, but is not given to the state that claims it: no country is recorded.
 */
function sovereignOf(id: string | null): string | null {
  return id && POLITIES.has(id) ? null : id;
}

function findLast<T>(xs: T[], accept: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (accept(xs[i])) return xs[i];
  return undefined;
}

/** The sentence containing an offset, by binary search over the ordered sentences. */
function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Objects of conflict nouns ("war in Ukraine", "disputes with the West") are not parties to other relations. */
function conflictObjects(ctx: Ctx, c: Clause, triggers: Trigger[]): Set<Mention> {
  const out = new Set<Mention>();
  for (const t of triggers) {
    if (t.mode === 'possessive' || t.mode === 'dispute' || t.mode === 'violation') {
      const next = actorsIn(ctx, t.end, c.end)[0];
      if (next && next.start - t.end <= 25) out.add(next);
    }
    if (t.mode === 'control') {
      for (const m of mentionsIn(ctx, t.start, t.end)) out.add(m);
    }
  }
  return out;
}

/** The noun phrase a relative clause describes: a group anaphor, or the last actor (with those coordinated at its place). */
function headOf(ctx: Ctx, c: Clause): Mention[] | undefined {
  const head = { start: c.head!.start, end: c.head!.end, sentence: c.sentence };
  const group = groupAnaphor(ctx, head);
  // ("Both countries are members of the EAC, which has promised …": a relative clause describes the noun right before it,
  // a group only when it is that noun.)
  if (group && (c.rest || /^[\s,]*$/.test(ctx.text.slice(group[0].end, head.end)))) return group;
  // "In Tbilisi, Archbishop X, who …, demanded": a place after "in" or "at" is where, not who.
  const actors = actorsIn(ctx, head.start, head.end).filter((m) => !/\b(?:in|at)\s+$/i.test(ctx.text.slice(Math.max(head.start, m.start - 4), m.start)));
  // The rest of the main clause continues its subject; the relative clause describes the noun just before it.
  const pick = c.rest ? actors[0] : actors[actors.length - 1];
  if (!pick) return undefined;
  // "Romania and Bulgaria, which joined the EU together in 2007": the noun phrase may be a coordinated list.
  const chosen = actors.filter((m) => m.start === pick.start);
  // (Not when an apposition follows the last name: "A and B, North Korea's vice-minister, who had arrived" is B.)
  const listEndsHead = /^[\s,]*$/.test(ctx.text.slice(pick.end, head.end));
  for (let i = actors.indexOf(pick) - 1, next = pick; !c.rest && listEndsHead && i >= 0; i--) {
    const gap = ctx.text.slice(actors[i].end, next.start);
    if (actors[i].end > next.start || !/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(gap)) break;
    chosen.unshift(actors[i]);
    next = actors[i];
  }
  return chosen;
}

/** "Namibia says it has broken no agreement", "…had never breached a single line": a breach denied. */
const BREACH_DENIED = /\b(?:no|never|not|n['’]t|any|a\s+single)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** A demonym's forces right before a verb: "(Chilean) jets breached", "(Afghan) troops have crossed". */
const FORCES_AFTER_DEMONYM = /^\s+(?:[a-z-]+\s+)?(?:jets|troops|soldiers|forces|ships|vessels|boats|warships|aircraft|planes|drones|helicopters|patrols|units|border\s+guards|guards|coastguards?|coast\s+guard|police|army|navy|air\s+force|militias?|fishermen|trawlers)\s+(?:(?:has|have|had|also|repeatedly|again|allegedly|reportedly)\s+)*$/i;
/** "X denied on Monday that it had", "Y insists that they have never": a subject speaking of its own act. */
const SAID_OF_ITSELF = /^\s+(denied|denies|insisted|insists|said|says|maintained|maintains)\s+(?:[\w-]+\s+){0,3}?that\s+(?:it|they)\s+(?:(?:has|have|had|was|were|is|are|never|not|also|ever)\s+)*$/i;
const NOT_BEFORE_BREACH = /(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:(?:have|has|had|be|been|ever)\s+)*$/i;

/**
 * "Nicaragua had violated Costa Rican sovereignty", "Greece said North Macedonia had violated the Prespa
 * Agreement", "Windhoek says it has broken no agreement": who broke a pact or a line (the clause's subject, or
 * the speaker its pronoun stands for) against whom: the state whose sovereignty, airspace or waters it names,
 * the side named after "with", an accusing speaker of another side, else the story's other side.
 */
function breachParties(ctx: Ctx, c: Clause, t: Trigger, before: Mention[], after: Mention[]): { ids: string[]; denied: boolean; unsure?: string } | undefined {
  const text = ctx.text;
  const lead = text.slice(c.start, t.start);
  const subject = before.length ? coordinatedRun(ctx, before.filter((m) => !m.demonym || before.length === 1)) : [];
  const pronoun = !subject.length && c.speaker && /^(?:that\s+)?(?:it|they|we)\s/i.test(lead) ? c.speaker : undefined;
  const violators = subject.length ? subject.map((m) => partyOf(ctx, m.entity)) : pronoun ? [partyOf(ctx, pronoun)] : [];
  const gap = subject.length ? text.slice(subject[subject.length - 1].end, t.start) : '';
  // ("Romania denied on Monday that it had broken any treaty": the subject's own act, said of itself.)
  const ownDenial = SAID_OF_ITSELF.exec(gap);
  // ("Chilean jets breached Peruvian airspace": a state's forces named by its demonym act for it.)
  const forcesOf = subject.length === 1 && subject[0].demonym && FORCES_AFTER_DEMONYM.test(gap);
  if (!violators.length || (subject.length && !SUBJECT_TO_VERB.test(gap) && !ownDenial && !forcesOf)) return undefined;
  const sides = uniq(violators.map((v) => countryOf(ctx, v) ?? v));
  const words = text.slice(t.start, t.end);
  const denied = BREACH_DENIED.test(words.replace(/\S+$/, '')) || NOT_BEFORE_BREACH.test(lead) || /^(?:denied|denies|deny|rejected|rejects)$/i.test(c.speechVerb ?? ownDenial?.[1] ?? '');
  const other = (id: string) => !sides.includes(countryOf(ctx, id) ?? id) && !violators.includes(id);
  // Whose sovereignty, airspace or waters: the demonym or possessive inside the cue's words.
  const owner = mentionsIn(ctx, t.start, t.end).find((m) => m.kind === 'country' && (m.demonym || m.possessive) && other(m.entity));
  const withWhom = after.find((m) => /^\s+with\s+(?:the\s+)?$/i.test(text.slice(t.end, m.start)) && other(m.entity));
  const accuser = c.speaker && other(c.speaker) && !isCommentator(ctx, c.speaker) ? c.speaker : undefined;
  const named = owner?.entity ?? withWhom?.entity ?? accuser;
  if (named) return { ids: [...violators, partyOf(ctx, named)], denied };
  const pair = storyPair(ctx, c.start);
  const side = sides.length === 1 && pair?.includes(sides[0]) ? pair.find((x) => x !== sides[0]) : undefined;
  if (!side || actorsIn(ctx, c.start, c.end).some((m) => !pair!.includes(countryOf(ctx, m.entity) ?? m.entity) && !isCommentator(ctx, m.entity))) return undefined;
  return { ids: [...violators, side], denied, unsure: 'the side wronged taken from the story (the pair its first relation joins)' };
}

/** The state of an office holder left unnamed before a cue ("Panama's foreign minister phoned …"), as a mention. */
function unnamedOfficeHolderState(ctx: Ctx, c: Clause, t: Trigger): Mention[] {
  return [...(c.inherited ?? []), ...mentionsIn(ctx, c.start, t.start)].filter((m) => m.kind === 'country' && m.possessive && m.end <= t.start && UNNAMED_OFFICE_OBJECT.test(ctx.text.slice(m.end, m.end + 60))).slice(-1);
}

/** A cue of shutting a border or crossing ("closed the crossing", "sealed its frontier"). */
const BORDER_SHUT = /^(?:clos|shut|seal)\w*\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:border|frontier|crossing)/i;
/** Words before a cue of backing that take it away: "has frozen about NZ$20 million of budget support". */
const FROZEN_BEFORE = /\b(?:froze|frozen|freez(?:e|es|ing)|suspend(?:s|ed|ing)?|withh(?:o|e)ld(?:s|ing)?|halt(?:s|ed|ing)?|cut\s+off|cuts?\s+off|cutting\s+off)\s+(?:[\w$€£.,-]+\s+){0,6}?(?:of\s+)?(?:(?:its|the|their|all|budget|military|financial|development)\s+)*$/i;
/** A protest or objection lodged or delivered (the cue's own words), or a note of protest answered with. */
const PROTEST_LODGED = /^(?:(?:lodg|regist|submit|deliver|sen[dt]|hand)\w*\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:objection|protest|complaint)|protest|(?:with|by\s+sending|sent|sends|delivered|handed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:note|letter)\s+of\s+protest)\b/i;
/** What a border is shut to when no party is named: "to traffic", "to all trucks", "to goods and travellers". */
const SHUT_TO_TRAFFIC = /^\s+(?:all\s+|most\s+|further\s+)?(?:traffic|trade|trucks|lorries|vehicles|goods|cargo|freight|pedestrians|travellers|travelers|people|visitors|civilians|tourists)\b/i;

/** The party named last before `at` in a clause (not a demonym, not a possessive), else the subject it carries in. */
function actorNamedBefore(ctx: Ctx, c: Clause, at: number): Mention | undefined {
  return actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive).pop() ?? c.inherited?.[0];
}

/**
 * One side of the story acting with no other party named ("intends to take the dispute to the tribunal", "would not
 * negotiate"): the party named before `at` (a demonym carried in only when `demonymCarried`), else the speaker's state,
 * and the story's other side.
 */
function storySidesFrom(ctx: Ctx, c: Clause, at: number, demonymCarried: boolean): { side: string; other: string } | undefined {
  const named = actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive).pop() ?? (c.inherited?.[0] && (demonymCarried || !c.inherited[0].demonym) ? c.inherited[0] : undefined);
  const side = named ? countryOf(ctx, named.entity) ?? named.entity : c.speaker && countryOf(ctx, c.speaker);
  const other = side ? storyOtherSide(ctx, c, side) : undefined;
  return side && other ? { side, other } : undefined;
}

/**
 * A third party acting on the story's two ("urged both governments", "offered its mediation"): the party named before
 * `at`, as the side it speaks for, with the story's pair; none when it is one of the two.
 */
function thirdPartyToStory(ctx: Ctx, c: Clause, at: number, sideOf: (id: string) => string): { side: string; pair: string[] } | undefined {
  const named = actorNamedBefore(ctx, c, at);
  const pair = named ? storyPair(ctx, c.start) : undefined;
  if (!named || !pair) return undefined;
  const side = sideOf(named.entity);
  return pair.includes(side) || pair.includes(countryOf(ctx, side) ?? '') ? undefined : { side, pair };
}

/**
 * The story's other side from `party` (a side of the story, or a person of one), when the clause names no third party: whom
 * a refusal, a border shut, a protest lodged or a two-sided act with one side named is aimed at.
 */
function storyOtherSide(ctx: Ctx, c: Clause, party: string): string | undefined {
  const pair = storyPair(ctx, c.start);
  const side = countryOf(ctx, party) ?? party;
  if (!pair || !pair.includes(side)) return undefined;
  if (actorsIn(ctx, c.start, c.end).some((m) => !pair.includes(countryOf(ctx, m.entity) ?? m.entity) && !isCommentator(ctx, m.entity))) return undefined;
  return pair.find((x) => x !== side);
}

/** The status the words of a clause give an act of `kind` coded from the whole clause (not from one cue in it). */
function clauseStatus(ctx: Ctx, c: Clause, kind: RelationKind, body: string): Status {
  return statusOf(kind, body, c.speechVerb, false, ctx.text.slice(c.sentence.start, c.sentence.end));
}

/**
 * An interview set out as questions and answers ("Q: Will Timor-Leste sign …? / A: We hope to sign …"): at least two
 * paragraphs opening on "Q:" and two on "A:" (or "Question:" / "Answer:"). The interviewee is the first person the body
 * names before the first question; their answers are their words, so that "we" and "our" are theirs.
 */
const QUESTION_TURN = /^\s*(?:Q|Question)\s*[:.–—-]\s/;
const ANSWER_TURN = /^\s*(?:A|Answer)\s*[:.–—-]\s/;
const ANSWER_OPENING = /^\s*(?:(?:A|Answer|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*:\s+)?(?:(?:Yes|No|Well|Certainly|Of\s+course)[.,!]\s+)?/u;
/** A transcript's label: one or two capitalised words and a colon opening a paragraph ("Spokesman: …", "Ramos-Lay: …"). */
const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*:\s/u;

function interviewOf(ctx: Ctx, paras: Paragraph[]): { speaker: string; turns: Map<number, 'question' | 'answer'> } | undefined {
  const turns = new Map<number, 'question' | 'answer'>();
  // Answers are labelled "A:" or, in a transcript, by the one who answers ("Spokesman:", "Ramos-Lay:"): a label that
  // opens two paragraphs or more, besides the questions'.
  const labels = new Map<string, number>();
  for (const p of paras) {
    const label = SPEAKER_LABEL.exec(ctx.text.slice(p.start, Math.min(p.end, p.start + 40)))?.[1];
    if (label && !/^(?:Q|Question)$/.test(label)) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  for (const p of paras) {
    const opening = ctx.text.slice(p.start, Math.min(p.end, p.start + 40));
    const label = SPEAKER_LABEL.exec(opening)?.[1];
    if (QUESTION_TURN.test(opening)) turns.set(p.index, 'question');
    else if (ANSWER_TURN.test(opening) || (label && (labels.get(label) ?? 0) >= 2)) turns.set(p.index, 'answer');
  }
  const counts = [...turns.values()];
  if (counts.filter((x) => x === 'question').length < 2 || counts.filter((x) => x === 'answer').length < 2) return undefined;
  const firstQuestion = paras.find((p) => turns.get(p.index) === 'question')!;
  const intro = ctx.sentences.filter((s) => inStoryText(s) && s.end <= firstQuestion.start);
  const speaker = intro.flatMap((s) => actorsIn(ctx, s.start, s.end)).find((m) => m.kind === 'person')?.entity;
  return speaker ? { speaker, turns } : undefined;
}

/** Codes one clause; returns its subject (the actors before its first cue), for a later "they". */
function codeClause(ctx: Ctx, c: Clause, dateHits: DateHit[]): Mention[] | undefined {
  const text = ctx.text;
  const body = text.slice(c.start, c.end);
  // A cue word inside a name ("the Alliance of Sahel States", "Gulf Cooperation Council") is part of the name.
  const names = mentionsIn(ctx, c.start, c.end).filter((m) => m.kind === 'organization' || m.kind === 'bloc' || m.kind === 'place');
  const found = findTriggers(text, c).filter((t) => !names.some((m) => m.start <= t.start && m.end >= t.end));
  // "relations were likely to remain fragile": the longer cue of another kind owns the word "relations".
  const triggers = found.filter((t) => !found.some((x) => x !== t && x.kind !== t.kind && x.start <= t.start && x.end >= t.end && x.end - x.start > t.end - t.start));
  if (c.speaker && !ctx.spoken.has(c.sentence)) ctx.spoken.set(c.sentence, c.speaker);
  codeClaimRebutted(ctx, c, body, dateHits);
  codeAllegation(ctx, c, body, dateHits);
  codeAnaphoricDenial(ctx, c, body, dateHits);
  codeRefusalOfRequest(ctx, c, body, dateHits);
  codeRefusalAfterAsk(ctx, c, body, dateHits);
  codeRefusedOffer(ctx, c, body, dateHits);
  codeComplaint(ctx, c, body, dateHits);
  codeDemand(ctx, c, body, dateHits);
  codeToldCounterpart(ctx, c, dateHits);
  const notAimed = codeNotAimedAt(ctx, c, body, dateHits);
  codePactSaidNoAlliance(ctx, c, body, dateHits);
  codeExpertsOnStory(ctx, c, dateHits);
  codeForecastOnStory(ctx, c, dateHits);
  codeProjectForecast(ctx, c, dateHits);
  codeForecastOfOneSide(ctx, c, dateHits);
  codeBroughtToTable(ctx, c, body, dateHits);
  codeFacilityAbroad(ctx, c, body, dateHits);
  codeNextMeeting(ctx, c, body, dateHits);
  codePaidUnnamed(ctx, c, body, dateHits);
  codeUrgedBothSides(ctx, c, body, dateHits);
  codeCallForCalmToNamed(ctx, c, body, dateHits);
  codeTerritorialClaim(ctx, c, body, dateHits);
  codeOfficeHoldersMet(ctx, c, body, dateHits);
  codeAbidesByRuling(ctx, c, body, dateHits);
  codeDisputeToForum(ctx, c, body, dateHits);
  codeTroopsAcrossBorder(ctx, c, body, dateHits);
  codeBorderChecks(ctx, c, body, dateHits);
  codeCourtOrder(ctx, c, body, dateHits);
  codeMediationOffered(ctx, c, body, dateHits);
  codeAgreedToFund(ctx, c, body, dateHits);
  codeTalksRefused(ctx, c, body, dateHits);
  codeRetaliationForeseen(ctx, c, dateHits);
  codeArrivalOnVisit(ctx, c, dateHits);
  codeInvitationTo(ctx, c, dateHits);
  codeInvitationAccepted(ctx, c, dateHits);
  codeDemonymVisit(ctx, c, body, dateHits);
  codeAskedToConvene(ctx, c, body, dateHits);
  codeAskedFor(ctx, c, body, dateHits);
  codeJoinedBloc(ctx, c, body, dateHits);
  codeBlocMember(ctx, c, dateHits);
  codeAppointment(ctx, c, body);
  if (!triggers.length) {
    codeUncuedSuggestion(ctx, c, body, dateHits);
    codeRequest(ctx, c, body, dateHits);
    // "The three governments said they …": a clause without a cue can still name who "they" are.
    const subject = groupAnaphor(ctx, c) ?? coordinatedRun(ctx, actorsIn(ctx, c.start, c.end));
    return subject.length ? subject : undefined;
  }
  const speaker = c.speaker ? ctx.entities.get(c.speaker) : undefined;
  // "Analysts said the truce would hold", "Economists expect that …": reported words of unnamed experts are a forecast too.
  const expert = (!!speaker && [...speaker.offices].some((o) => EXPERT.test(o))) || (!!c.speechVerb && EXPERTS_SAY.test(text.slice(Math.max(c.sentence.start, c.start - 80), c.start)));
  const objects = conflictObjects(ctx, c, triggers);
  const groupRef = groupAnaphor(ctx, c);
  // "The African Union said it supported the bloc's position": the speaking "it" stays the subject beside a bloc read back.
  const itSpeaker = groupRef && groupRef[0].start - c.start > 3 ? speakerPronoun(ctx, c, body) : undefined;
  const group = (groupRef && itSpeaker ? [...itSpeaker, ...groupRef] : groupRef) ?? speakersCountry(ctx, c, body) ?? personPronoun(ctx, c) ?? infinitiveSubject(ctx, c, body) ?? speakerPronoun(ctx, c, body);
  // "a partnership that Western governments say has sent …", "rebels who U.N. experts say are backed by …": the source of a parenthetical is no party.
  const parentheticalSource = (m: Mention) => /\b(?:that|which|who|whom)\s+(?:[\w.-]+\s+)?$/i.test(text.slice(Math.max(0, m.start - 24), m.start)) && /^\s+(?:[\w.-]+\s+)?(?:say|says|said|believe|believes|allege|alleges|claim|claims|estimate|estimates)\b/i.test(text.slice(m.end, m.end + 30));
  // "… is not directed against any third country, including X": X is denied as a target, not added to the clause's act.
  const namedInClause = actorsIn(ctx, c.start, notAimed ?? c.end).filter((m) => (m.entity !== c.speaker || c.speechVerb === undefined || m.kind === 'country') && !parentheticalSource(m));
  const object = objectPronoun(ctx, c, namedInClause);
  const named = object ? [...namedInClause, object].sort((a, b) => a.start - b.start) : namedInClause;
  // "He held talks with Chapo, and the two presidents agreed …": the group read back from what was reported replaces the
  // descriptor's guess at the same words (the two presidents mentioned last), when all its people are titled (holdOffice
  // has checked the titles fit; someone untitled may be no president at all).
  const titled = !!group && group.every((g) => g.kind !== 'person' || !!ctx.entities.get(g.entity)?.offices.size);
  // ("North Korea has sent troops to fight for Russia under the treaty the two countries signed": a name the clause gives
  // before a group read back stays where it is written, or "for Russia" would lose the party it names.)
  const repeats = (m: Mention, g: Mention) => g.entity === m.entity && !(g.via === 'pronoun' && m.end <= g.start);
  const all = group ? [...named.filter((m) => !group.some((g) => repeats(m, g) || (titled && m.via === 'descriptor' && g.start === m.start))), ...group].sort((a, b) => a.start - b.start) : named;
  // (A commentator is never a party: "X, an analyst, expects Brazil to impose sanctions on Y" is Brazil's act.)
  const actors = all.filter((m) => !objects.has(m) && !isCommentator(ctx, m.entity));
  const inherited = group && group[0].start - c.start < 30 ? undefined : c.inherited;
  // (A subject carried from the main clause into an opening participle phrase sits at the clause's start: it is kept before the words.)
  const withInherited = inherited ? [...inherited.filter((i) => !actors.some((a) => a.entity === i.entity && (i.start < c.start || a.start <= i.start))), ...actors] : actors;
  const seenInClause = new Set<string>();

  const statusOfCue = (kind: RelationKind, t: Trigger): Status => {
    const whole = concludedUpTo(text, c, t, triggers) ?? statusScope(text, c, t);
    const cue = whole.lastIndexOf(t.text);
    // "accused Minsk of supplying tools that could end up in arms factories": the modal is the charge's, not the accuser's.
    const scope = cue >= 0 && ACCUSATION_VERB.test(t.text) ? whole.slice(0, cue + t.text.length) : whole;
    return statusOf(kind, scope, c.speechVerb, expert, text.slice(c.sentence.start, c.sentence.end), cue < 0 ? scope : scope.slice(0, cue + t.text.length));
  };
  // "Can Morocco and Algeria make peace?": a yes-no question in the writer's voice asserts nothing.
  const askedOnly = (YES_NO_QUESTION.test(body) || WH_QUESTION.test(text.slice(c.sentence.start, c.end))) && /\?["”’']?\s*$/.test(text.slice(c.sentence.start, c.sentence.end)) && !c.speaker;
  const question = reportersQuestion(ctx, c);
  const emit = (kind: RelationKind, participants: string[], directed: boolean, t: Trigger, opts: { standing?: boolean; status?: Status; unsure?: string; span?: { start: number; end: number }; actors?: number } = {}) => {
    if (askedOnly && !opts.standing) return;
    // "Asked whether Kim would travel to Russia, he said …": what a reporter asks asserts nothing; the answer may.
    if (question && t.start >= question.start && t.start < question.end) return;
    // An analyst, researcher or professor comments on the story; they are never a party to it.
    const ps = uniq(participants.filter((p) => p && !isCommentator(ctx, p)));
    // "Baku has said it will not sign until …", "Pakistan would not reopen talks on the assets": a side of the story refusing
    // a deal or talks whose other party the clause leaves unsaid refuses them to the story's other side.
    // (Cheap gates first: a clause with no word of refusal cannot be one, and most single parties are no side of the story.)
    if (ps.length === 1 && (kind === 'cooperation' || kind === 'meeting') && !opts.standing && (NEGATION_WORD.test(body) || statusCues().denied.test(body))) {
      const lone = opts.status ?? (isNegated(text, c, t) || negatedKinds.has(kind) ? 'denied' : statusOfCue(kind, t));
      // (Only refusals: a lone party planning, proposing or reporting an act is as often about a third thing; measured, those
      // added as many false relations as true ones.)
      const other = lone === 'denied' ? storyOtherSide(ctx, c, ps[0]) : undefined;
      if (other) {
        ps.push(other);
        opts = { ...opts, status: lone, unsure: 'the other side taken from the story (the pair its first relation joins)' };
      }
    }
    // "The Emirates pledged to double bilateral trade by 2030", "would go on trading with its neighbour": the other side of a
    // two-sided act is the story's other side.
    else if (ps.length === 1 && kind === 'cooperation' && !opts.standing && (/\bbilateral\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 25), t.start)) || /^\s+(?:(?:with|to)\s+)?its\s+neighbou?r\b/i.test(text.slice(t.end, t.end + 24)))) {
      const other = storyOtherSide(ctx, c, ps[0]);
      if (other) {
        ps.push(other);
        opts = { ...opts, unsure: 'the other side taken from the story (the pair its first relation joins)' };
      }
    }
    const actorCount = directed && opts.actors && opts.actors > 1 ? Math.min(opts.actors, ps.length - 1) : undefined;
    if (ps.length < 2) return;
    // "Sunak … before approving British participation": a person backing, meeting or joining their own country is no relation between parties.
    if (ps.length === 2 && kind !== 'conflict' && ps.some((p, i) => ctx.entities.get(p)?.kind === 'person' && countryOf(ctx, p) === ps[1 - i])) return;
    // "Russia's interior ministry has charged him with …": a state's own ministry is never a side against that state.
    if (ps.length === 2 && ps.some((p, i) => isMinistryOf(ctx, p, ps[1 - i]))) return;
    // "New Zealand has frozen about NZ$20 million of budget support to the Cook Islands": backing frozen, cut or withheld is a
    // measure against the one who had it (as annotators record it), not backing.
    if (kind === 'support' && !opts.status && FROZEN_BEFORE.test(text.slice(Math.max(c.start, t.start - 60), t.start))) {
      kind = 'conflict';
      directed = true;
    }
    // "could help end the war between A and B": the war is there now; only its end is planned or forecast.
    const ended = kind === 'conflict' && !opts.status && ENDING_BEFORE.test(text.slice(Math.max(c.start, t.start - 40), t.start));
    // "will stop sharing intelligence with", "suspended cooperation with", "voted to suspend a gas agreement with", "ended its
    // defence pact with": cooperation or an alliance stopped is one refused from then on.
    const stopped = (kind === 'cooperation' || kind === 'alliance') && !opts.status && !opts.standing && STOPPED_BEFORE.test(text.slice(Math.max(c.start, t.start - 50), t.start)) && !finishedEvent(text, c, t);
    // "has never joined the CSTO or any other military alliance": "or any other" carries the clause's negation to its cue.
    const orAnyOther = !opts.status && /\b(?:or|nor)\s+any\s+(?:other\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(c.start, t.start - 40), t.start)) && NEGATION_WORD.test(text.slice(c.start, t.start));
    const status = opts.status ?? (stopped || orAnyOther ? 'denied' : opts.standing || ended ? 'reported' : isNegated(text, c, t) || negatedKinds.has(kind) ? 'denied' : statusOfCue(kind, t));
    // "is due in Manila for talks on closer defence ties": the ties are what the talks are about, not ties reported.
    if (kind === 'cooperation' && status === 'reported' && !opts.standing && TOPIC_OF_TALKS.test(text.slice(Math.max(c.start, t.start - 60), t.start))) return;
    const key = `${kind}|${[...ps].sort().join(',')}|${status}`;
    if (seenInClause.has(key)) return;
    seenInClause.add(key);
    // The rest of a main clause is quoted from its subject: "General X, who …, hosted A and B".
    const span = opts.span ?? { start: c.rest && c.head ? c.head.start : c.start, end: c.end };
    // "The ministers welcomed …", "the two sides agreed …": an act of a group named before refers back to what was reported of them.
    const referringBack = !!groupRef && ps.every((p) => groupRef.some((g) => g.entity === p));
    ctx.raw.push({ kind, participants: ps, directed, ...(actorCount && actorCount > 1 ? { actors: actorCount } : {}), status, clause: c, start: span.start, end: span.end, trigger: t.text, standing: opts.standing, unsure: opts.unsure, ...(referringBack ? { referringBack } : {}) });
    (ctx.raw[ctx.raw.length - 1] as RawRelation & { dates?: DateHit[] }).dates = dateHits;
  };

  const agreement = triggers.some((t) => CONCLUDED.test(t.text));
  // "had never agreed any arms deal": the negation governs the clause's other cues of that kind too.
  const negatedKinds = new Set(triggers.filter((t) => isNegated(text, c, t)).map((t) => t.kind));
  // Transfers and violations first: a relation they code makes the clause's general cooperation cues redundant.
  const ordered = [...triggers.filter((t) => t.mode === 'transfer' || t.mode === 'violation'), ...triggers.filter((t) => t.mode !== 'transfer' && t.mode !== 'violation')];
  let transferred = false;
  // "accused Moscow of helping Pyongyang develop a submarine": the act charged is reported as charged, between the accused and
  // the party named right after the verb (the conventions record it, so that a denial can answer it). The reason for a
  // reproach ("criticised Ali for agreeing to hold exercises") is the reproach's, and no act of its own.
  const codeChargedCooperation = (t: Trigger, kind: RelationKind): void => {
    const charge = findLast(triggers, (x) => x.mode === 'accuse' && x.end <= t.start);
    if (kind !== 'cooperation' || !charge || !/^accus/i.test(charge.text)) return;
    const accused = actors.filter((m) => m.start >= charge.end && m.end <= t.start && !m.possessive).pop();
    const partner = actors.find((m) => m.start >= t.end && /^\s+(?:[\w'’-]+\s+){0,3}$/.test(text.slice(t.end, m.start)));
    const ids = accused && partner ? uniq([partyOf(ctx, accused.entity), partyOf(ctx, partner.entity)]) : [];
    if (ids.length === 2) emit('cooperation', ids, false, t, { status: 'reported' });
  };
  // A hostile act by one side of the story with no target named ("closed the crossing", "lodged a protest"): against the other.
  const againstStoryOtherSide = (actors: string[], t: Trigger): void => {
    const sides = uniq(actors.map((p) => partyOf(ctx, p)));
    const other = sides.length === 1 ? storyOtherSide(ctx, c, sides[0]) : undefined;
    if (other) emit('conflict', [...sides, other], true, t, { actors: 1, unsure: 'the other side taken from the story (the pair its first relation joins)' });
  };
  // "the border treaty that Kyrgyzstan and Tajikistan signed": a pact's cooperation among the signatories a relative clause names.
  const signedPact = (t: Trigger): boolean => {
    const signers = pactSigners(ctx, t);
    if (!signers || signers.length < 2) return false;
    emit('cooperation', signers, false, t, { standing: true });
    return true;
  };
  /** A relation of parties related by the cue ("agreed", "cooperation", "a pact"), with no arrow. */
  const relate = (t: Trigger, kind: RelationKind): void => {
    if (transferred && !/cooperat/i.test(t.text)) return;
    // ("agreed to train officers at each other's academies": training both ways is cooperation, no one side's backing.)
    if (kind === 'support' && /\b(?:each\s+other|one\s+another)\b/i.test(text.slice(t.end, c.end))) kind = 'cooperation';
    // "Chadian troops fought alongside Nigerien forces to expel Beninese units": the side fought for, not the enemy named after it.
    if (/^(?:fight|fights|fighting|fought)\s+(?:for|alongside|on\s+the\s+side\s+of)$/i.test(t.text)) {
      const partner = actors.find((m) => m.start >= t.end && /^\s+(?:the\s+)?$/.test(text.slice(t.end, m.start)));
      // The fighters are the party nearest before the verb ("Lima denies that Peruvian soldiers are fighting for Bolivia").
      const side = subjectRunBefore(ctx, withInherited, t.start);
      const ids = partner ? uniq([...side, partner].map((m) => partyOf(ctx, m.entity))) : [];
      // (Troops sent to fight beside another side's are that side's backing: support, from the fighters' side.)
      if (ids.length >= 2) emit('support', ids, true, t);
      // "… fought alongside Russian forces against Ukraine": the enemy named after "against" is fought by the side, not by the partner alone.
      const enemy = partner && all.find((m) => m.start > partner.end && !m.possessive && /^[^,;]{0,40}?\bagainst\s+(?:the\s+)?$/i.test(text.slice(partner.end, m.start)));
      const foes = enemy ? uniq([...side.map((m) => partyOf(ctx, m.entity)), partyOf(ctx, enemy.entity)]) : [];
      if (foes.length >= 2) emit('conflict', foes, true, t, { actors: foes.length - 1 });
      return;
    }
    // "a document drafted by Moscow and Minsk", "the plan, drafted by France and Germany": the drafters' cooperation, whoever
    // the clause's subject is (the leaders who back the plan drafted no part of it).
    if (/^(?:drafted|sponsored|co-sponsored)\s/i.test(t.text)) {
      const drafters = coordinatedRun(ctx, actors.filter((m) => m.start >= t.end));
      const ids = uniq(drafters.map((m) => partyOf(ctx, m.entity)));
      if (ids.length >= 2) emit(kind, ids, false, t);
      return;
    }
    // "… her Belarusian counterpart, Maxim Ryzhenkov, with whom she signed a plan": the act is with the one "whom" stands for.
    const whom = WITH_WHOM.exec(text.slice(c.sentence.start, t.start));
    if (whom) {
      const at = c.sentence.start + whom.index;
      const partner = actorsIn(ctx, c.sentence.start, at).filter((m) => m.kind === 'person').pop();
      const doer = partner && withInherited.find((m) => m.kind === 'person' && m.entity !== partner.entity && m.start < partner.start);
      if (partner && doer && partner.end >= at - 2) emit(kind, [doer.entity, partner.entity], false, t);
      return;
    }
    // "ready to help Tajikistan and Afghanistan talk", "helped Sudan and Chad settle the dispute": a go-between's help for two
    // sides to come to terms is a meeting among the three (offered or held as the clause says), not support for one side.
    const helping = /^(?:help|assist)/i.test(t.text);
    if (helping) {
      const twoSides = HELP_TWO_TO_TALK.exec(text.slice(t.end, c.end));
      const sides = twoSides ? coordinatedRun(ctx, actors.filter((m) => m.start >= t.end && m.end <= t.end + twoSides[0].length)) : [];
      const helpers = uniq(subjectRunBefore(ctx, withInherited, t.start).map((m) => partyOf(ctx, m.entity)));
      const ids = uniq(sides.map((m) => partyOf(ctx, m.entity)));
      if (ids.length >= 2 && helpers.length && !helpers.some((h) => ids.includes(h))) {
        const offered = /\b(?:ready|willing|prepared|open|offer(?:s|ed)?)\s+to\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 30), t.start));
        emit('meeting', [...helpers, ...ids], false, t, offered ? { status: 'proposed' } : {});
        return;
      }
    }
    // "helped Russia push Ukraine's forces out of Kursk": help for the one named after "help", not for the side its act is aimed at.
    const aimed = helping ? triggers.find((x) => x.kind === 'conflict' && x.start > t.end && HELPED_DOER_SPAN.test(text.slice(t.end, x.start))) : undefined;
    if (aimed) {
      const helpers = subjectRunBefore(ctx, withInherited, t.start);
      const helped = actors.filter((m) => m.start >= t.end && m.end <= aimed.start && !m.possessive);
      const ids = uniq([...helpers, ...helped].map((m) => partyOf(ctx, m.entity)));
      if (helped.length && ids.length >= 2) emit('support', ids, true, t, { actors: uniq(helpers.map((m) => partyOf(ctx, m.entity))).length });
      return;
    }
    // "sent troops to help Russia", "pressing its allies to help Kyiv before winter": help given to the party named right
    // after the verb is the helper's support for it. Help to do something with it ("help Pyongyang build satellites") is
    // cooperation in that thing, as are "help each other" and "help rebuild".
    const helpedParty = helping ? actors.find((m) => m.start >= t.end && !m.demonym && !m.possessive && HELPED_PARTY_GAP.test(text.slice(t.end, m.start)) && !HELPED_TO_DO.test(text.slice(m.end, m.end + 30))) : undefined;
    if (helpedParty) {
      const helpers = uniq(subjectRunBefore(ctx, withInherited, t.start).map((m) => partyOf(ctx, m.entity)));
      const helped = partyOf(ctx, helpedParty.entity);
      if (helpers.length && !helpers.includes(helped)) {
        emit('support', [...helpers, helped], true, t, { actors: helpers.length });
        return;
      }
    }
    // "failing to implement the agreement would hurt …": a condition about a pact already reported, not a new one.
    if (/\bfail(?:s|ed|ing|ure)?\s+to\s+(?:implement|honou?r|respect|ratify|abide by|comply with)\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 60), t.start))) return;
    // "has fed Western fears of an arms deal": a deal feared or rumoured is not reported.
    if (/\b(?:fears?|worries|speculation|rumou?rs?)\s+(?:of|about|over)\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 40), t.start))) return;
    // "ended two days of talks without a peace treaty": what was not reached is not reported.
    if (/\bwithout\s+(?:(?:a|an|any|the)\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 30), t.start))) return;
    // "investment screening", "trade barriers", "a trade war": a measure against the exchange, not the exchange.
    if (/^(?:trade|investment|exchange)s?$/i.test(t.text) && /^\s+(?:screening|controls?|restrictions?|curbs?|barriers?|bans?|war|wars|sanctions?|dispute|disputes|tensions?|frictions?|deficit)\b/i.test(text.slice(t.end, t.end + 16))) return;
    // "Analysts say the truce will likely hold only if …": experts' words on the story's pact, its subject, are a forecast
    // of its parties' cooperation (named or not after it).
    if (expert && PACT_NOUN_CUE.test(t.text) && /^\s*(?:that\s+)?(?:the|this)\s+(?:[\w-]+\s+)?$/i.test(text.slice(c.start, t.start)) && PACT_HOLDS.test(text.slice(t.end, c.end))) {
      const story = partiesOfStoryPact(ctx, c);
      if (story.length >= 2) emit(kind, story, false, t, { status: 'forecast' });
      return;
    }
    // "the agreements were modest": a judgement on agreements already reported, not a new one.
    if (!actors.length && isEvaluatedReference(text, c, t)) return;
    if (/\bviolat/i.test(body)) return;
    if (inAccusation(text, triggers, t)) {
      codeChargedCooperation(t, kind);
      return;
    }
    // "Tehran welcomed the agreement", "Turkey hailed the deal": whoever welcomes a pact backs its
    // parties and is not one of them; they are the parties of the story's pact (partiesOfStoryPact).
    if (PACT_NOUN_CUE.test(t.text) && WELCOMED_BEFORE.test(text.slice(Math.max(c.start, t.start - 50), t.start))) {
      const welcomer = withInherited.find((m) => m.end <= t.start && !m.demonym && !ctx.modifiers.has(m));
      // A person speaks as themselves; a capital or body for its country.
      const by = welcomer && (welcomer.kind === 'person' ? welcomer.entity : countryOf(ctx, welcomer.entity) ?? welcomer.entity);
      // "welcomed the deal between A and B" names its parties; otherwise they are the story's pact's, as
      // governments: a pact signed by ministers binds their countries.
      const story = partiesOfStoryPact(ctx, c);
      const asStates = story.every((p) => ctx.entities.get(p)?.kind === 'person') ? uniq(story.map((p) => countryOf(ctx, p) ?? p)) : story;
      const named = pactWith(t) ?? (asStates.length === story.length ? asStates : story);
      const parties = by ? named.filter((p) => p !== by && p !== countryOf(ctx, by)) : [];
      if (by && parties.length >= 1) emit('support', [by, ...parties], true, t);
      return;
    }
    // "urged Peru and Bolivia to halt their military cooperation": a demand that others stop cooperating is no proposal of
    // that cooperation; the demand itself is a conflict, coded by codeDemand.
    if (URGED_TO_HALT.test(text.slice(c.start, t.start))) return;
    // "Indonesia called on Vietnam and China to cooperate on fishing": the parties are the two urged, not the one urging.
    const urged = kind === 'cooperation' || kind === 'alliance' ? URGED_PARTIES.exec(text.slice(c.start, t.start)) : null;
    if (urged) {
      const from = c.start + urged.index + urged[0].length - urged[1].length - urged[2].length;
      const addressees = uniq(actorsIn(ctx, from, from + urged[1].length).filter((m) => !m.possessive && !m.demonym).map((m) => m.entity));
      if (addressees.length >= 2) {
        emit(kind, addressees, false, t);
        return;
      }
    }
    // "The agreement complicates matters for Norway", "Lund called the deal a victory": a pact the story reported, named
    // again with "the", is no new pact among whoever the sentence names; only an act on it (signing, ratifying, backing or
    // refusing it) or its parties named with it make one.
    if (kind === 'cooperation' && PACT_NOUN_CUE.test(t.text) && REFERENCE_BACK.test(text.slice(Math.max(c.start, t.start - 30), t.start)) && !PACT_ACT_BEFORE.test(text.slice(Math.max(c.start, t.start - 60), t.start)) && !PACT_ACT_AFTER.test(text.slice(t.end, Math.min(c.end, t.end + 40))) && !isNegated(text, c, t) && !pactWith(t) && !betweenParties(t) && !triggers.some((x) => x !== t && (x.kind === 'cooperation' || x.kind === 'alliance') && !PACT_NOUN_CUE.test(x.text))) return;
    // "Australia, long the main security partner of the Solomons, had urged …": an apposition states a standing fact, between its own words.
    // The words before the comma must end in an actor ("On Monday, the Philippines … will" is no apposition).
    const headComma = /^[^,]{2,60}(?=,\s+(?:(?:long|now|once|still|already)\s+)?(?:the|a|an)\s[^,]*$)/.exec(text.slice(c.start, t.start));
    const apposition = !!headComma && withInherited.some((m) => m.end === c.start + headComma[0].length) && /^[^,;]{0,60},/.test(text.slice(t.end));
    const appositionEnd = apposition ? t.end + text.slice(t.end).indexOf(',') : c.end;
    // "said it would not join the patrols": joining an act reported before is an act with its parties.
    const joined = /^join(?:s|ed|ing)?\s/i.test(t.text) ? joinedEvent(ctx, t, withInherited, speaker) : undefined;
    if (joined) {
      emit(kind, joined, false, t, { actors: 1 });
      return;
    }
    // "initialled a treaty at the White House", "signed an agreement in Washington": where a pact is made is no party to it.
    const atVenue = (m: Mention) =>
      /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(c.start, m.start - 8), m.start)) ||
      (PACT_TRIGGER.test(t.text) && /\bin\s+$/.test(text.slice(Math.max(c.start, m.start - 4), m.start)) && !!lexicon().forms.get(text.slice(m.start, m.end))?.metonym);
    // ("Greece and Albania agreed to ask the International Court of Justice to …": the one asked is no party to the agreement.)
    const asked = (m: Mention) => m.start > t.end && ASKED_AFTER_AGREEING.test(text.slice(t.end, m.start));
    const ps = relateParticipants(ctx, c, withInherited.filter((m) => !isGoBetween(text, c, m) && m.start < appositionEnd && !atVenue(m) && !asked(m) && !(m.start > t.end && AFFECTED_BY_RELATIVE.test(text.slice(t.end, m.start)))), body, speaker);
    if (!ps) return;
    // (One party: only a refusal by a side of the story is coded, with the story's other side; see emit.)
    if (ps.ids.length === 1) return emit(kind, ps.ids, false, t, { unsure: ps.unsure });
    // "Japan is concerned about the military ties between Russia and North Korea": when the clause names a party besides
    // those after "between", the relation is theirs alone (when it names only them, as people or states, it stays as named).
    const between = betweenParties(t);
    const outsider = between && ps.ids.some((id) => !between.includes(partyOf(ctx, id)) && !between.includes(id));
    const pair = pactWith(t) ?? (outsider ? between : undefined) ?? possessedWith(t) ?? drillsHeldBy(t);
    // "The ministry said it would cooperate with the US and Japan": a subject pronoun standing for no one found leaves the
    // act's doer unknown, and those named after the verb did not act with each other.
    if (!pair && !group && !withInherited.some((m) => m.start < t.start) && UNRESOLVED_SUBJECT.test(body)) return;
    // "a newly signed security pact with China": an act named as signed is reported, whatever the clause around it says.
    const signed = /\b(?:newly|recently|just|already)[- ]signed\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(c.start, t.start - 40), t.start));
    emit(kind, pair ?? ps.ids, false, t, { unsure: ps.unsure, standing: apposition, span: apposition ? { start: c.start, end: appositionEnd } : undefined, ...(signed && !isNegated(text, c, t) ? { status: 'reported' as const } : {}) });
  };
  /** "wary of Russia's growing ties with North Korea", "Vietnam raised its ties with the US": ties a possessor has with X are theirs alone. */
  const possessedWith = (t: Trigger): string[] | undefined => {
    if (!/^(?:ties|relations|cooperation|closeness|partnership|rapprochement|alignment|links)$/i.test(t.text)) return undefined;
    const possessor = actors.filter((m) => m.possessive && m.end <= t.start && /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(m.end, t.start))).pop();
    // "Vietnam raised its ties with the United States": "its" is the clause's subject.
    const owner = possessor ?? (/\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(c.start, t.start - 30), t.start)) ? actors.find((m) => m.end <= t.start && !m.possessive && !m.demonym) : undefined);
    const first = owner && actors.find((m) => m.start >= t.end && /^\s+(?:with|to)\s+(?:the\s+)?$/i.test(text.slice(t.end, m.start)));
    if (!owner || !first) return undefined;
    const ids = uniq([owner, ...coordinatedRun(ctx, actors.filter((m) => m.start >= first.start))].map((m) => partyOf(ctx, m.entity)));
    return ids.length >= 2 ? ids : undefined;
  };
  /** "the trilateral exercises that Washington, Seoul and Tokyo have stepped up": drills are held by the parties their relative clause names first. */
  const drillsHeldBy = (t: Trigger): string[] | undefined => {
    if (!/(?:exercises?|drills?|manoeuvres|maneuvers|patrols?|war games)$/i.test(t.text) || !/^\s+(?:that|which)\s/i.test(text.slice(t.end, t.end + 8))) return undefined;
    const first = actors.find((m) => m.start >= t.end && /^\s+(?:that|which)\s+(?:the\s+)?$/i.test(text.slice(t.end, m.start)));
    const ids = first ? uniq(coordinatedRun(ctx, actors.filter((m) => m.start >= first.start)).map((m) => partyOf(ctx, m.entity))) : [];
    return ids.length >= 2 ? ids : undefined;
  };
  /** "talks between Sudan and Ethiopia", "a pact between Serbia and Russia": the coordinated parties right after "between". */
  const betweenParties = (t: Trigger, head = ''): string[] | undefined => {
    // Most cues have no "between" after them: skip the search for the parties (it slices the text at each actor).
    if (!/\bbetween\b/i.test(text.slice(t.end, c.end))) return undefined;
    const first = actors.find((m) => m.start >= t.end && cachedRegExp(`^${head}\\s+between\\s+(?:the\\s+)?$`, 'i').test(text.slice(t.end, m.start)));
    if (!first) return undefined;
    // "between the two sides": the members of a group anaphor stand together at its words.
    const atGroup = first.via === 'pronoun' ? actors.filter((m) => m.start === first.start) : [];
    const ids = uniq((atGroup.length >= 2 ? atGroup : coordinatedRun(ctx, actors.filter((m) => m.start >= first.start))).map((m) => partyOf(ctx, m.entity)));
    return ids.length >= 2 ? ids : undefined;
  };
  /**
   * "warned Solomon Islands that … a security pact with China", "criticised Moldova's new pact with the EU":
   * a pact with X binds X and the party whose pact it is (a possessor, else the nearest party named
   * before it that is not the clause's subject), not everyone the clause names.
   */
  const pactWith = (t: Trigger, subjectOwns = false): string[] | undefined => {
    // The cue may be the pact itself or a noun before it ("a trade pact with").
    const head = PACT_NOUN.test(t.text) ? '' : PACT_SOURCE;
    const between = betweenParties(t, head);
    if (between) return between;
    // "an agreement under which Somaliland would lease its coast to Ethiopia": the parties of what it provides.
    const under = cachedRegExp(`^${head}\\s+(?:under|by)\\s+which\\b`, 'i').exec(text.slice(t.end, c.end));
    if (under) {
      const ids = uniq(actors.filter((m) => m.start >= t.end + under[0].length).map((m) => countryOf(ctx, m.entity) ?? m.entity));
      return ids.length >= 2 ? ids : undefined;
    }
    const partner = actors.find((m) => m.start >= t.end && cachedRegExp(`^${head}\\s+with\\s+(?:the\\s+)?$`, 'i').test(text.slice(t.end, m.start)));
    if (!partner) return undefined;
    const phrase = /(?:\b(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}$/.exec(text.slice(Math.max(c.start, t.start - 40), t.start));
    const phraseStart = t.start - (phrase?.[0].length ?? 0);
    const before = withInherited.filter((m) => m.end <= phraseStart);
    const possessor = before.filter((m) => m.possessive && phraseStart - m.end <= 2).pop();
    const subject = coordinatedRun(ctx, before);
    const owner = possessor ?? before.filter((m) => !subject.some((x) => x.entity === m.entity) && m.kind !== 'person').pop();
    // "Mexico scrapped a gas deal with Peru": the one who undoes a pact is its party (said only for such verbs).
    const owners = owner ? [owner] : subjectOwns ? subject : [];
    const ids = uniq([...owners, partner].map((m) => countryOf(ctx, m.entity) ?? m.entity));
    return owners.length && ids.length >= 2 ? ids : undefined;
  };
  /**
   * The two sides of "X discussed <a matter> with Y": the one person of the clause or the government named
   * before the cue, and the side right after its "with" (a person, or a country however written).
   */
  const discussedWith = (t: Trigger, persons: string[]): string[] | undefined => {
    const withAt = DISCUSSED_WITH.exec(text.slice(t.end, c.end));
    if (!withAt) return undefined;
    const from = t.end + withAt[0].length;
    const partner = actors.find((m) => m.start >= from && /^(?:the\s+)?$/i.test(text.slice(from, m.start)));
    if (!partner) return undefined;
    const person = persons.length === 1 && withInherited.some((m) => m.entity === persons[0] && m.end <= t.start) ? persons[0] : undefined;
    const government = coordinatedRun(ctx, withInherited.filter((m) => m.end <= t.start && (m.kind === 'country' || m.kind === 'bloc') && !m.demonym && !m.possessive))[0]?.entity;
    const subject = person ?? government;
    const other = partner.kind === 'person' ? partner.entity : partyOf(ctx, partner.entity);
    if (!subject || other === subject || other === countryOf(ctx, subject)) return undefined;
    return [subject, other];
  };
  // "Russia vetoed a U.N. Security Council resolution that would have extended sanctions on X": the council that votes
  // and the measures the draft proposed are not acts against anyone; the veto's target is not named.
  const veto = VETOED_RESOLUTION.exec(body);
  const vetoAt = veto ? c.start + veto.index : Infinity;
  // "under Article 4 of the alliance's treaty", "the founding treaty of the EU": a text invoked, not a pact made.
  const invoked = execAll(INVOKED_TREATY, body).map((m) => ({ start: c.start + m.index, end: c.start + m.index + m[0].length }));
  // "warned Peru against deepening ties with Bolivia": what a party is warned against doing is no act of anyone's.
  const warnedAgainst = WARNED_AGAINST_DOING.exec(body);
  const warnedFrom = warnedAgainst ? c.start + warnedAgainst.index + warnedAgainst[0].length : Infinity;
  for (const t of ordered) {
    if (t.kind === 'conflict' && t.start >= vetoAt) continue;
    if (t.kind !== 'conflict' && t.start >= warnedFrom) continue;
    if (invoked.some((x) => t.start >= x.start && t.end <= x.end)) continue;
    // "agreed that they would not threaten …": a renunciation agreed on is the agreement, not a conflict.
    if (agreement && t.kind === 'conflict' && isNegated(text, c, t)) continue;
    // "the Kenya-backed rebels of X", "Ugandan troops clashed with the Rwanda-backed M23": a compound adjective
    // states the backer's standing support for the actor it qualifies, and is no act of the clause's subject.
    if (t.kind === 'support' && text[t.start - 1] === '-') {
      // (The backer's name is no mention of its own, "Rwanda-backed" being one word: it counts when the article names it elsewhere.)
      const form = /(?:^|[^\w.'’-])([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)-$/.exec(text.slice(Math.max(c.start, t.start - 30), t.start));
      const entry = form ? lexicon().forms.get(form[1]) : undefined;
      const backer = entry && ctx.entities.has(entry.id) ? partyOf(ctx, entry.id) : undefined;
      const backed = actors.find((m) => m.start > t.end && /^\s+$/.test(text.slice(t.end, m.start)));
      if (backer && backed && backer !== partyOf(ctx, backed.entity) && /^backed$/i.test(t.text)) {
        emit('support', [backer, backed.entity], true, t, { standing: true, span: { start: t.start - form![1].length - 1, end: backed.end } });
      }
      continue;
    }
    // "thanked Peru for its help": what a party is thanked for is coded as the thanks' backing, not as an act of its own.
    if (t.kind === 'cooperation' && /^(?:help|assistance|aid|cooperation|support)$/i.test(t.text) && triggers.some((x) => x.mode === 'thanks' && x.end <= t.start && THANKED_FOR.test(text.slice(x.end, t.start)))) continue;
    const before = withInherited.filter((m) => m.end <= t.start);
    const after = actors.filter((m) => m.start >= t.end);
    switch (t.mode) {
      case 'meet': {
        // "the point where their borders meet": lines on a map meet, not parties.
        if (/^meet/i.test(t.text) && /\b(?:borders|frontiers|boundaries|rivers|roads|railways|lines|coastlines|territories)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 30), t.start))) break;
        // A go-between ("talks facilitated by X") is not a party to the meeting.
        const persons = uniq(withInherited.filter((m) => m.kind === 'person' && !isGoBetween(text, c, m)).map((m) => m.entity));
        // '"We have a deal," X said after hosting A and B': the speaker is the subject of the participle.
        if (c.speaker && ctx.entities.get(c.speaker)?.kind === 'person' && SPEAKER_ADJUNCT.test(body) && !persons.includes(c.speaker)) persons.unshift(c.speaker);
        // 'Trump said he had telephoned both leaders': "he" or "she" opening the reported words is the speaker.
        else if (c.speaker && ctx.entities.get(c.speaker)?.kind === 'person' && SPEAKER_PRONOUN.test(text.slice(c.start, t.start)) && !persons.includes(c.speaker)) persons.unshift(c.speaker);
        // "He had spoken by phone with A and B": one caller, a call with each (separate calls, not a conference).
        const call = /^(?:spoke|spoken|speaks?|talked)(?: by (?:tele)?phone)?(?:\s+[a-z]+ly)? with$|^(?:tele)?phoned$/i.test(t.text);
        const callers = uniq(withInherited.filter((m) => m.kind === 'person' && m.end <= t.start).map((m) => m.entity));
        // Named one by one ("both leaders" may be one call with both, and is left as one meeting).
        const called = uniq(withInherited.filter((m) => m.kind === 'person' && m.start >= t.end && m.via !== 'pronoun').map((m) => m.entity));
        // "Umerov separately held talks with A and B": one visitor, a meeting with each.
        const separately = /\bseparately\b/i.test(text.slice(c.start, t.start + 1)) || /^\s+separately\b/i.test(text.slice(t.end, t.end + 12));
        if ((call || separately) && callers.length === 1 && called.length >= 2 && persons.length === called.length + 1) {
          for (const other of called) emit('meeting', [callers[0], other], false, t);
          break;
        }
        if (persons.length >= 2) {
          emit('meeting', persons.slice(0, 4), false, t);
          break;
        }
        // "Chung discussed the case with Poland's ambassador", "Moscow would not discuss the line with Seoul": who talks
        // a matter over with a side meets that side.
        if (/^discuss/i.test(t.text)) {
          const sides = discussedWith(t, persons);
          if (sides) emit('meeting', sides, false, t);
          break;
        }
        // "Peru's foreign minister met her Chilean counterpart", "Chilean and Peruvian officials met": office holders named
        // only by their country's office meet for their countries.
        if (persons.length === 0 && /^(?:met|meet|meets|meeting|talks|held talks|hold talks|holds talks|sat down|sit down|sits down|sitting down|spoke|spoken|speaks|talked|(?:tele)?phoned|(?:tele)?phones|(?:tele)?phone|received|receives|receive|hosted|hosts|host|welcomed|welcomes|welcome|greeted|greets)\b/i.test(t.text)) {
          const sides = officeSidesMeeting(text, t, withInherited.filter((m) => m.end <= t.start), after);
          if (sides) {
            emit('meeting', sides, false, t);
            break;
          }
        }
        // "She ruled out talks with Quito", "he held talks with Japan": one person and the government named after "with".
        if (persons.length === 1 && MEETS_WITH.test(t.text)) {
          // ("spoke by telephone with her Romanian colleague": an unnamed office holder, by the demonym before the office.)
          const withAfter = /\s(?:with|to)$/i.test(t.text) ? /^\s+(?:the\s+|his\s+|her\s+|their\s+)?$/i : /^\s+(?:with|to)\s+(?:the\s+|his\s+|her\s+|their\s+)?$/i;
          // ("talks with Russian officials": a demonym before the people met stands for their side.)
          const partner = after.find((m) => (isMeetingSide(m) || isSideByDemonym(text, m)) && withAfter.test(text.slice(t.end, m.start)));
          const own = countryOf(ctx, persons[0]);
          if (partner && partner.entity !== own) {
            emit('meeting', [persons[0], partner.entity], false, t);
            break;
          }
        }
        // "Pashinyan will not attend the bloc's summits", "Armenia skipped the summit of the CSTO": whoever attends a body's
        // summit or session meets that body.
        if (persons.length <= 1 && ATTENDED_BEFORE.test(text.slice(Math.max(c.start, t.start - 60), t.start)) && /^(?:summits?|meetings?|sessions?|talks)$/i.test(t.text)) {
          const owner = all.find(
            (m) =>
              (m.kind === 'bloc' || m.kind === 'organization') &&
              ((m.end <= t.start && (m.possessive ? /^['’]s?\s+(?:[\w-]+\s+){0,2}$/ : /^\s+(?:[\w-]+\s+)?$/).test(text.slice(m.end, t.start))) || (m.start >= t.end && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(t.end, m.start)))),
          );
          const attendee = persons[0] ?? withInherited.filter((m) => m.end <= t.start && m !== owner && (m.kind === 'country' || m.kind === 'bloc') && !m.demonym && !m.possessive).pop()?.entity;
          if (owner && attendee && attendee !== owner.entity) {
            // (A summit skipped or boycotted is a meeting refused.)
            const refused = /\b(?:skip|boycott|miss)/i.test(ATTENDED_BEFORE.exec(text.slice(Math.max(c.start, t.start - 60), t.start))?.[0] ?? '');
            emit('meeting', [attendee, owner.entity], false, t, refused ? { status: 'denied' } : {});
            break;
          }
        }
        // "Ryzhenkov hosted a North Korean delegation", "received the visiting Russian officials": one person and the
        // government whose delegation, officials or envoys are the object.
        if (persons.length === 1 && /^(?:hosted|hosts|host|received|receives|receive|welcomed|welcomes|welcome|met|meets|meet|greeted|greets|greet)$/i.test(t.text)) {
          const host = persons[0];
          // ("hosted Peru's foreign minister", "received her Peruvian counterpart": an office holder left unnamed stands for the country.)
          const guestWords = (m: Mention) => DELEGATION_OBJECT.test(text.slice(m.end, m.end + 40)) || UNNAMED_OFFICE_OBJECT.test(text.slice(m.end, m.end + 60));
          const guests = after.find(
            (m) =>
              m.kind === 'country' &&
              ((m.demonym && /^\s+(?:by\s+)?(?:(?:a|an|the|its|his|her|their)\s+)?(?:visiting\s+|high-level\s+|senior\s+|top\s+)?$/i.test(text.slice(t.end, m.start))) || (m.possessive && /^\s+(?:by\s+)?$/.test(text.slice(t.end, m.start)))) &&
              guestWords(m),
          );
          // ("met senior American and Japanese diplomats": demonyms joined by "and" before the office holders, each a side met.)
          const listed = guests ? [] : coordinatedRun(ctx, after.filter((m) => m.kind === 'country' && m.demonym));
          const byDemonyms = listed.length > 1 && /^\s+(?:(?:the|senior|top|visiting|high-level)\s+)*$/i.test(text.slice(t.end, listed[0].start)) && guestWords(listed[listed.length - 1]) ? listed : [];
          const lands = uniq((guests ? [guests] : byDemonyms).map((m) => countryOf(ctx, m.entity) ?? m.entity)).filter((x) => x !== countryOf(ctx, host));
          if (lands.length) {
            emit('meeting', [host, ...lands], false, t);
            break;
          }
        }
        // "Mali, Niger and Chad held talks", "the two sides met": governments meeting, when no person is named.
        if (persons.length === 0 && GOVERNMENTS_MEET.test(t.text)) {
          const named = coordinatedRun(ctx, withInherited.filter((m) => m.end <= t.start && (m.kind === 'country' || m.kind === 'bloc') && !m.demonym && !m.possessive));
          // ("Panama's foreign minister phoned both capitals": an office holder left unnamed acts for the state, when the group met is its object.)
          const subject = named.length || !group || group[0].start < t.end ? named : unnamedOfficeHolderState(ctx, c, t);
          let ids = uniq(subject.map((m) => m.entity));
          // "the two governments will hold a summit": the members of a group subject, all standing at its words
          // ("the two sides agreed to hold talks" is the agreement, coded as such, not a meeting).
          const agreedTo = group && /\bagree(?:d|s)?\b/i.test(text.slice(group[0].end, t.start));
          if (ids.length < 2 && group && !agreedTo && group.length >= 2 && group[0].end <= t.start && group.every((g) => g.start === group[0].start && g.kind === 'country')) ids = uniq(group.map((g) => g.entity));
          // "Chile held talks with Peru", "ruled out talks with Seoul": the government named after "with" is the other side.
          if (ids.length >= 1) {
            // ("North Korea will meet the United States": a verb of meeting takes its other side as object.)
            const withAfter = /\s(?:with|as)$|^(?:met|meet|meets|(?:tele)?phoned)$/i.test(t.text) ? /^\s+(?:the\s+)?$/ : /^\s+with\s+(?:the\s+)?$/i;
            const partner = after.find((m) => (isMeetingSide(m) || isSideByDemonym(text, m)) && withAfter.test(text.slice(t.end, m.start)));
            // ("phoned both capitals": a group read back stands at its words, all its members at one place.)
            const sides = partner?.via === 'pronoun' ? after.filter((m) => m.start === partner.start) : partner ? coordinatedRun(ctx, after.filter((m) => m.start >= partner.start)) : [];
            const others = sides.filter((m) => isMeetingSide(m) || isSideByDemonym(text, m)).map((m) => m.entity);
            if (others.length) ids = uniq([...ids, ...others]);
          }
          // "A Belarusian delegation held talks in Pyongyang": one government's people meeting abroad met their hosts.
          if (ids.length < 2) {
            const host = hostAbroad(ctx, c, t, ids[0] ?? delegationCountry(ctx, text, withInherited, t));
            if (host) emit('meeting', host, false, t);
          }
          // Hosts of talks between others do not meet each other as the talks' sides (below).
          if (ids.length >= 2 && !(HOSTED_BEFORE.test(text.slice(Math.max(c.start, t.start - 40), t.start)) && betweenParties(t))) emit('meeting', ids, false, t);
        }
        // "Egypt hosted talks between Sudan and Ethiopia", "Iraq and Oman hosted talks between the two sides": the parties
        // named after "between" met, and the host (the subject of "hosted") sat with them.
        if (persons.length < 2 && /^(?:talks|summit|meeting|negotiations|round)$/i.test(t.text)) {
          const between = betweenParties(t);
          const hosts = between && HOSTED_BEFORE.test(text.slice(Math.max(c.start, t.start - 40), t.start))
            ? coordinatedRun(ctx, withInherited.filter((m) => m.end <= t.start && (m.kind === 'country' || m.kind === 'bloc') && !m.demonym && !m.possessive)).map((m) => m.entity)
            : [];
          if (between) emit('meeting', uniq([...hosts, ...between]), false, t);
          // "Panama has offered to host talks", "ready to host negotiations in Panama City": talks hosted between no one named
          // are the story's two sides', when the host is neither and the clause names no other party than where.
          else if (OFFERS_TO_HOST.test(text.slice(Math.max(c.start, t.start - 60), t.start))) {
            const host = coordinatedRun(ctx, withInherited.filter((m) => m.end <= t.start && (m.kind === 'country' || m.kind === 'bloc' || m.kind === 'organization') && !m.demonym && !m.possessive));
            // ("Panama's foreign minister offered to host talks": the state of an office holder left unnamed.)
            const office = host.length ? [] : unnamedOfficeHolderState(ctx, c, t);
            const hostIds = uniq([...host, ...office].map((m) => partyOf(ctx, m.entity)));
            const pair = storyPair(ctx, c.start);
            // (The host named again, "a Saudi official said", is no other party.)
            const elsewhere = actorsIn(ctx, t.end, c.end).some((m) => !(m.kind === 'country' && /\bin\s+$/i.test(text.slice(Math.max(t.end, m.start - 4), m.start))) && !pair?.includes(partyOf(ctx, m.entity)) && !hostIds.includes(partyOf(ctx, m.entity)));
            // "Thailand offered to host the next summit": a bloc's summit, when the story named a bloc of which the host is no part.
            const bloc = /^summit$/i.test(t.text) && /\bnext\s+$/i.test(text.slice(Math.max(c.start, t.start - 6), t.start)) ? mentionsIn(ctx, Math.max(0, t.start - 1500), t.start).filter((m) => m.kind === 'bloc').pop() : undefined;
            if (hostIds.length === 1 && bloc && !elsewhere) emit('meeting', [hostIds[0], bloc.entity], false, t, { status: 'proposed' });
            else if (hostIds.length === 1 && pair && !pair.includes(hostIds[0]) && !elsewhere) emit('meeting', [hostIds[0], ...pair], false, t, { status: 'proposed', unsure: 'the sides taken from the story (the pair its first relation joins)' });
          }
        }
        break;
      }
      case 'visit': {
        // (One who "landed in" or "stepped off his plane" is named before it, never after: "… he carried a letter from Trump".)
        const arrivedBefore = /^(?:landed|touched|stepped)\b/i.test(t.text);
        // "Belousov, an economist who replaced Shoigu at the ministry, landed in …": the person an apposition describes is the subject.
        const opening = actors.find((m) => m.kind === 'person' && m.start - c.start <= 4 && m.end <= t.start);
        const head = opening && /^,\s+(?:a|an|the|who|whose)\s[^;"“”]*,\s+(?:\w+\s+){0,2}$/i.test(text.slice(opening.end, t.start)) ? opening : undefined;
        // "met an Israeli delegation led by Ron Dermer in Paris": the leader named after the cue travelled, not the subject.
        const leader = /^delegation\s+led\s+by$/i.test(t.text) ? actors.find((m) => m.kind === 'person' && m.start >= t.end && /^\s+(?:[\w.'’-]+\s+){0,4}$/.test(text.slice(t.end, m.start))) : undefined;
        const person = leader ?? head ?? actors.filter((m) => m.kind === 'person' && m.end <= t.start).pop() ?? (arrivedBefore ? undefined : actors.find((m) => m.kind === 'person')) ?? c.inherited?.find((m) => m.kind === 'person');
        if (!person) {
          codeUnnamedTravellers(ctx, c, t, after, emit);
          break;
        }
        if (/\b(was|were|been|being) given\b/.test(body)) break;
        const home = countryOf(ctx, person.entity);
        const landOf = (m: Mention) => {
          const x = countryOf(ctx, m.entity);
          return x && x !== home && ctx.entities.get(x)?.kind === 'country' ? x : undefined;
        };
        const destinations = [...after, ...mentionsIn(ctx, t.end, c.end).filter((m) => m.kind === 'place')]
          // ("visited the Swedish ships off Bornholm": a demonym describes what is visited, not where; "on Burundian soil" is where.)
          .filter((m) => m.kind !== 'person' && (!m.demonym || /^\s+(?:soil|territory|capital|waters|airspace)\b/.test(text.slice(m.end, m.end + 12))) && !/\bfrom\s+(?:the\s+)?$/.test(text.slice(m.start - 10, m.start)));
        const first = destinations.findIndex((m) => !!landOf(m));
        const place = first >= 0 ? landOf(destinations[first]) : undefined;
        // "will travel to Lusaka and Harare": every land of a coordinated list of destinations is visited.
        const lands = first >= 0 ? uniq(coordinatedRun(ctx, destinations.slice(first).filter((m) => m.kind === 'country' && !m.demonym)).map(landOf).filter((x): x is string => !!x)) : [];
        // "X was due in Nairobi for talks with the Kenyan foreign minister": the talks name whom the visitor meets there.
        const host = place && triggers.some((x) => x.mode === 'meet' && x.start > t.end) && actors.some((m) => m.kind === 'person' && m.entity !== person.entity && m.start > t.end && countryOf(ctx, m.entity) === place);
        // "A met an Israeli delegation led by B in Paris": where two others meet is a venue, not a host.
        const venue = place && triggers.some((x) => x.mode === 'meet') && actors.some((m) => m.kind === 'person' && m.entity !== person.entity && !!countryOf(ctx, m.entity) && countryOf(ctx, m.entity) !== place);
        // "plans to travel to Abidjan next month to see President X": the one the visitor goes to see is whom they meet.
        const seen = actors.find((m) => m.kind === 'person' && m.entity !== person.entity && m.start > t.end && TO_SEE_BEFORE.test(text.slice(t.end, m.phrase && m.phrase.start > t.end ? m.phrase.start : m.start)));
        // "flew to Addis Ababa on Friday to brief the African Union": a body the visitor goes to brief or see is whom they meet.
        const bodySeen = seen ? undefined : actors.find((m) => (m.kind === 'bloc' || m.kind === 'organization') && !m.possessive && m.start > t.end && TO_BRIEF_BEFORE.test(text.slice(t.end, m.start)));
        if (seen) emit('meeting', [person.entity, seen.entity], false, t);
        else if (bodySeen) emit('meeting', [person.entity, bodySeen.entity], false, t);
        else if (place && !host && !venue) emit('meeting', [person.entity, ...(lands.length > 1 && lands[0] === place ? lands : [place])], false, t);
        break;
      }
      case 'alliance': {
        // "Turkey, a member of the alliance, has vowed …": the membership is read on its own (codeBlocMember).
        if (/\bmembers?\s+of\s+the\s+$/i.test(text.slice(Math.max(c.start, t.start - 16), t.start))) break;
        // "Washington's alliances with Tokyo and Seoul": one alliance with each, not one among all.
        const owner = all.filter((m) => m.possessive && m.end <= t.start && t.start - m.end <= 4).pop();
        const following = all.filter((m) => m.start > t.end);
        const partners = /^\s+with\s/.test(text.slice(t.end, t.end + 6)) && following[0] && following[0].start - t.end <= 12 ? coordinatedRun(ctx, following) : [];
        if (owner && partners.length && /^(?:alliances|ties|treaties)$/i.test(t.text.split(/\s+/).pop() ?? '')) {
          for (const p of partners) emit('alliance', [countryOf(ctx, owner.entity) ?? owner.entity, countryOf(ctx, p.entity) ?? p.entity], false, t, { standing: true, span: { start: owner.start, end: partners[partners.length - 1].end } });
          break;
        }
        // "Belarus would not join any bloc beyond its alliance with Russia": an alliance the subject
        // already has is a standing fact between the two, whatever the clause says will happen.
        const ownPronoun = /\b(?:its|their)\s+(?:[\w-]+\s+)?$/i.exec(text.slice(Math.max(c.start, t.start - 25), t.start));
        if (/^alliances?$/i.test(t.text) && ownPronoun && partners.length) {
          const holder = withInherited.find((m) => m.end <= t.start && (m.kind === 'country' || m.kind === 'bloc') && !m.demonym);
          const ids = holder ? uniq([holder, ...partners].map((m) => countryOf(ctx, m.entity) ?? m.entity)) : [];
          if (ids.length >= 2) {
            emit('alliance', ids, false, t, { standing: true, span: { start: t.start - ownPronoun[0].length, end: partners[partners.length - 1].end } });
            break;
          }
        }
        // "Rome, Tirana's closest ally and a trade partner of Athens", "X remains Y's closest ally": the two only.
        if (/^ally$/i.test(t.text)) {
          // (The names as written: a group anaphor later in the clause may stand for the same parties.)
          const owner = named.filter((m) => m.possessive && !m.demonym && m.end <= t.start && /^['’]s?\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(m.end, t.start))).pop();
          const head = owner ? named.filter((m) => m.end <= owner.start && !m.possessive && !m.demonym).pop() : undefined;
          if (owner && head && BACKER_GAP.test(text.slice(head.end, owner.start))) {
            const ids = uniq([head, owner].map((m) => countryOf(ctx, m.entity) ?? m.entity));
            if (ids.length === 2) emit('alliance', ids, false, t, { standing: true, span: { start: head.start, end: t.end } });
            break;
          }
          // "Belarus relies on Moscow, its closest ally, for gas": "its" is the clause's subject, the ally the name before the comma.
          const its = owner ? null : /,\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}$/i.exec(text.slice(Math.max(c.start, t.start - 45), t.start));
          const namedBefore = its ? named.filter((m) => m.end <= t.start - its[0].length && !m.possessive && !m.demonym) : [];
          const ally = namedBefore[namedBefore.length - 1];
          const holder = ally && ally.end === t.start - its![0].length ? (namedBefore.find((m) => m !== ally && m.kind === 'country') ?? c.inherited?.find((m) => m.kind === 'country')) : undefined;
          if (ally && holder) {
            const ids = uniq([holder, ally].map((m) => countryOf(ctx, m.entity) ?? m.entity));
            if (ids.length === 2) emit('alliance', ids, false, t, { standing: true, span: { start: Math.min(holder.start, ally.start), end: t.end } });
            break;
          }
        }
        // ("treaty allies": the treaty only says what kind of allies.)
        if (/^treat(?:y|ies)$/i.test(t.text) && /^\s+all(?:y|ies)\b/i.test(text.slice(t.end, t.end + 8))) break;
        // "Both countries are Washington's treaty allies", "Chile and Peru remain Brazil's allies": each is an ally of the owner,
        // not of each other.
        if (/^allies$/i.test(t.text)) {
          const owner = named.filter((m) => m.possessive && !m.demonym && m.end <= t.start && /^['’]s?\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(m.end, t.start))).pop();
          const copula = owner && /\b(?:are|were|remain|remained|have\s+been|had\s+been|became|have\s+become)\s+(?:(?:long|now|still|both|all|the)\s+)*$/i.exec(text.slice(c.start, owner.start));
          // (Named before a copula, or right after the word: "Brazil's allies Chile and Peru".)
          const listedAfter = owner && !copula ? named.find((m) => m.start >= t.end && /^\s+(?:the\s+)?$/.test(text.slice(t.end, m.start))) : undefined;
          const subjects = copula
            ? groupRef && groupRef[0].end <= owner.start
              ? groupRef
              : coordinatedRun(ctx, named.filter((m) => m.end <= owner.start - copula[0].length && !m.possessive && !m.demonym))
            : listedAfter
              ? coordinatedRun(ctx, named.filter((m) => m.start >= listedAfter.start))
              : [];
          const ownerId = owner ? countryOf(ctx, owner.entity) ?? owner.entity : undefined;
          const each = uniq(subjects.map((m) => countryOf(ctx, m.entity) ?? m.entity)).filter((id) => id !== ownerId);
          if (ownerId && each.length >= 2) {
            for (const id of each) emit('alliance', [id, ownerId], false, t, { standing: true });
            break;
          }
        }
        // "Belarus forms a Union State with Russia", "Mali, Burkina Faso and Niger, whose juntas had formed their own
        // Alliance of Sahel States, left ECOWAS": the union binds those who form it and those they form it with, no one else.
        if (/^form/i.test(t.text)) {
          const formers = subjectRunBefore(ctx, withInherited.filter((m) => m.end <= t.start && !m.demonym), t.start);
          const partners = /^\s+with\s/.test(text.slice(t.end, t.end + 6)) && following[0] ? coordinatedRun(ctx, following) : /\bwith\s+$/.test(text.slice(t.end, following[0]?.start ?? t.end)) ? coordinatedRun(ctx, following) : [];
          const ids = uniq([...formers, ...partners].map((m) => countryOf(ctx, m.entity) ?? m.entity)).filter((id) => ctx.entities.get(id)?.kind === 'country' || POLITIES.has(id));
          if (ids.length >= 2) emit('alliance', ids, false, t);
          break;
        }
        // "Washington has been pressing its allies to help Kyiv": allies left unnamed are no one in the clause.
        if (/^all(?:y|ies)$/i.test(t.text) && ownPronoun && !following.some((m) => m.start - t.end <= 3)) break;
        // "A mutual defence treaty between Russia and North Korea came into force …": its parties are the ones after "between", whoever else the sentence names.
        // "the mutual defence treaty that Putin and Kim signed": the people a relative clause names as its signatories, as named.
        // (Not when the clause names governments as the pact's holders: "Russia and North Korea are bound by the treaty that …".)
        const holders = withInherited.some((m) => m.end <= t.start && (m.kind === 'country' || m.kind === 'bloc') && !m.demonym && !ctx.modifiers.has(m));
        // (The union formed, "a Union State", is what they form, not one of them.)
        const cs = betweenParties(t) ?? (holders ? undefined : pactSigners(ctx, t)) ?? uniq(withInherited.filter((m) => !/^form/i.test(t.text) || m.start >= t.end || m.end <= t.start).map((m) => countryOf(ctx, m.entity)).filter((x): x is string => !!x));
        // "a treaty …, which obliges each side to come to the other's aid", "a treaty obliging each side to …", "a treaty that
        // commits Russia to defend Belarus": a defence clause in the relative clause or participle on the pact.
        const pactRest = text.slice(t.end, c.sentence.end);
        // ("…, which includes a mutual defence clause", "…, whose fourth article binds each to come to the other's aid": the clause the pact holds.)
        const defenceClause =
          /^[^.;]{0,120}?(?:(?:,\s*)?(?:which|that|whose\s+(?:[\w-]+\s+){0,2}?(?:article|clause|provision)s?)\s+(?:obliges|obligates|commits|binds|requires)|\s(?:obliging|obligating|committing|binding|requiring))\b[^.;]*\b(?:aid|assistance|defen[cs]e|defend)\b/i.exec(pactRest) ??
          /^[^.;]{0,120}?,?\s*(?:which|that)\s+(?:includes|contains|has)\s+an?\s+(?:mutual[- ](?:defen[cs]e|aid|assistance)|(?:collective\s+|common\s+)?defen[cs]e|military[- ]assistance)\s+(?:clause|provision|article|commitment|guarantee|obligation)\b/i.exec(pactRest) ??
          // ("… under which each side must come to the other's aid")
          /^[^.;]{0,120}?\bunder\s+which\s+[^.;]{0,60}?\b(?:come\s+to\s+(?:the\s+other|each\s+other)(?:['’]s)?\s+(?:aid|defen[cs]e|assistance|help)|defend\s+(?:the\s+other|each\s+other))\b/i.exec(pactRest);
        // The quote reaches the clause that makes the pact an alliance, when that clause was read apart.
        const clauseSpan = defenceClause && t.end + defenceClause[0].length > c.end ? { span: { start: c.rest && c.head ? c.head.start : c.start, end: t.end + defenceClause[0].length } } : {};
        // "Belarus forms a Union State with Russia", "formed a confederation": a union of states binds them as allies.
        // "Belarus is bound to Russia in the Union State": the cue matches only before a union or an alliance.
        // (The union they are bound in is where they are allies, not one more ally.)
        if (/^bound/i.test(t.text)) emit('alliance', cs.filter((id) => ctx.entities.get(id)?.kind === 'country' || POLITIES.has(id)), false, t);
        else if (defenceClause || /^form/i.test(t.text) || /\bobliges|mutual|military assistance|military\s+(?:pacts?|treat(?:y|ies)|blocs?)|defen[cs]e|security\s+(?:guarantees?|treat(?:y|ies))|all(?:y|ies)|allied|alliance\b/i.test(body)) emit('alliance', cs, false, t, clauseSpan);
        // "signed a treaty creating a confederation of their three states": a union of the signatories.
        else if (/^\s+(?:[\w-]+\s+){0,3}?(?:creating|establishing|forming|founding|that (?:created|established|formed|founded))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:confederation|federation|union)\b/i.test(text.slice(t.end, c.end))) {
          const signatories = coordinatedRun(ctx, before.filter((m) => m.kind === 'country' || POLITIES.has(m.entity)));
          emit('alliance', uniq(signatories.map((m) => countryOf(ctx, m.entity) ?? m.entity)), false, t);
        }
        // "signed a security pact with Australia", "a fisheries treaty": a pact that binds no one to defend anyone is cooperation.
        else if (/\b(?:pacts?|treat(?:y|ies))$/i.test(t.text)) {
          // ("the border treaty that Kyrgyzstan and Tajikistan signed": the signatories a relative clause names.)
          if (holders || !signedPact(t)) relate(t, 'cooperation');
        }
        break;
      }
      case 'thanks': {
        // Thanks for backing, help, aid or funding, for a stand taken on the thanker's side ("for its principled stand on the
        // peninsula", "for blocking every attempt … at the United Nations"), for loyalty or an open door; not for hospitality.
        if (!BACKING_THANKS.test(body.slice(t.end - c.start))) break;
        // "thanked Russia and China for standing with the DPRK": every party thanked.
        const thanked = after.length ? coordinatedRun(ctx, after) : [];
        // ("Pyongyang thanked Moscow for fuel deliveries": a government thanks as well as a person.)
        const thanker = before.filter((m) => m.kind === 'person').pop() ?? c.inherited?.find((m) => m.kind === 'person') ?? before.filter((m) => m.kind !== 'person' && !m.demonym && !m.possessive).pop() ?? previousSubject(ctx, c.sentence);
        const backers = uniq(thanked.map((m) => m.entity));
        if (backers.length && thanker) emit('support', [...backers, countryOf(ctx, thanker.entity) ?? thanker.entity], true, t, { actors: backers.length });
        break;
      }
      case 'directed': {
        if (t.kind === 'support' && triggers.some((x) => x.mode === 'thanks')) break;
        // "expelled two diplomats after an exchange of fire between the Frontier Corps and Afghan guards": a fight
        // named with "between" joins the two named there, not the clause's subject.
        if (t.kind === 'conflict' && /^\s+between\s/i.test(text.slice(t.end, t.end + 10))) {
          const first = actors.find((m) => m.start > t.end && /^\s+between\s+(?:the\s+)?$/i.test(text.slice(t.end, m.start)));
          const ids = first ? uniq(coordinatedRun(ctx, actors.filter((m) => m.start >= first.start)).map((m) => partyOf(ctx, m.entity))) : [];
          if (ids.length >= 2) {
            emit('conflict', ids, false, t);
            break;
          }
        }
        // "the Polisario Front, which Algiers has backed for five decades": in a relative clause whose subject is named, the
        // one it describes is the object of the act.
        const objectGap = !!c.head && !c.rest && OBJECT_RELATIVE.test(text.slice(Math.max(0, c.start - 8), c.start));
        if (objectGap) {
          const doer = actors.find((m) => m.start === c.start && m.end <= t.start);
          const described = headOf(ctx, c);
          if (doer && described?.length && /^\s*(?:(?:has|have|had|was|were|is|are|long|also|openly|reportedly|\w+ly)\s+)*$/.test(text.slice(doer.end, t.start))) {
            emit(t.kind, [doer.entity, ...described.map((m) => m.entity)], true, t, { span: { start: described[0].start, end: c.end } });
            break;
          }
        }
        // "accused Peruvian troops of attacking Chilean positions": the charge's act is the accusation's content, not an act of the accuser.
        if (/\b(?:of|for)\s+$/i.test(text.slice(Math.max(c.start, t.start - 5), t.start)) && triggers.some((x) => x.mode === 'accuse' && x.end <= t.start)) {
          // "accuses the Taliban of sheltering the TTP": sheltering a group is backing it, reported as charged (its denial follows).
          const accusation = findLast(triggers, (x) => x.mode === 'accuse' && x.end <= t.start);
          if (t.kind === 'support' && accusation && /^(?:shelter|harbou?r)/i.test(t.text)) {
            const accused = actors.filter((m) => m.start >= accusation.end && m.end <= t.start && !m.possessive).pop();
            // The group sheltered: the first party named within a few words after the verb ("fighters of the TTP").
            const sheltered = after.find((m) => m.start > t.end && /^\s+(?:[\w'’-]+\s+){0,4}$/.test(text.slice(t.end, m.start)));
            if (accused && sheltered && sheltered.entity !== accused.entity) emit('support', [accused.entity, sheltered.entity], true, t, { status: 'reported' });
          }
          break;
        }
        // "Iraq sheltered refugees from Syria": only a group given shelter ("harbours the ELN") is backed.
        if (t.kind === 'support' && /^(?:shelter|harbou?r)/i.test(t.text) && after.find((m) => m.start > t.end)?.kind !== 'organization') break;
        // "who seized power in Niger": a coup at home, not an act against the country named.
        if (t.kind === 'conflict' && /^\s+(?:power|control of the (?:government|state))\b/i.test(text.slice(t.end, t.end + 30))) break;
        // "lifted sanctions on Venezuela", "eased tariffs on Chinese goods": ending a measure is no act against anyone.
        // Lifting sanctions is itself a conciliatory act (CAMEO 081, easing sanctions), a give-and-take between the two
        // sides: coded as cooperation, as the annotators of the unseen rounds did in six of the eight cases they met.
        // Blocking or vetoing them at a council shields the target: the blocker backs it.
        const lifted = t.kind === 'conflict' ? LIFTED.exec(text.slice(Math.max(c.start, t.start - 50), t.start)) : null;
        if (lifted) {
          const lifter = before.find((m) => !m.demonym);
          const relieved = coordinatedRun(ctx, after).map((m) => m.entity).filter((id) => id !== lifter?.entity);
          const shielded = /^(?:block|veto)/i.test(lifted[0]);
          if (lifter && relieved.length && /^(?:sanction|embargo|penalt)/i.test(t.text)) emit(shielded ? 'support' : 'cooperation', [lifter.entity, ...relieved], shielded, t, { actors: 1 });
          break;
        }
        // "blocked new sanctions on Myanmar": blocking a measure is no act against the one it would hit (the measure codes the backing).
        if (t.kind === 'conflict' && /^(?:block|veto)/i.test(t.text) && /^\s+(?:(?:any|new|further|the|all|fresh|tougher)\s+){0,2}(?:sanctions?|embargo(?:es)?|penalt(?:y|ies)|tariffs?|restrictions)\b/i.test(text.slice(t.end, t.end + 40))) break;
        // Passive: "Serbia, backed by Russia and China", "was condemned by X": the agents after "by" act on the subject.
        if (/^\s+by\s/.test(text.slice(t.end, t.end + 5)) && !BACKER_NOUN.test(t.text)) {
          const agents = coordinatedRun(ctx, after.filter((m) => m.start > t.end));
          const patient = passivePatient(ctx, c, before, t);
          // Coordinated agents act together: one relation, as with a coordinated subject.
          const ids = agents.map((a) => a.entity).filter((id) => id !== patient?.entity);
          // "Serbia, backed by Russia and China, still refuses …": an apposition states a standing fact, whatever the clause's status.
          const lastAgent = agents[agents.length - 1];
          const apposition = !!patient && !!lastAgent && /^,\s*(?:\w+ly\s+)?$/.test(text.slice(patient.end, t.start)) && /^\s*,/.test(text.slice(lastAgent.end, lastAgent.end + 3));
          if (patient && ids.length) emit(t.kind, [...ids, patient.entity], true, t, { actors: uniq(ids).length, ...(apposition ? { status: 'reported' as const, standing: true } : {}) });
          break;
        }
        // "The Afghan chargé d'affaires was summoned to the Foreign Office in Islamabad": an envoy summoned in the passive, by the
        // state whose capital the clause names, else by the story's other side.
        if (t.kind === 'conflict' && /^summoned$/i.test(t.text) && /\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 24), t.start))) {
          const envoy = before.filter((m) => m.kind === 'country' && (m.demonym || m.possessive) && ENVOY_AFTER.test(text.slice(m.end, t.start))).pop();
          const sender = envoy ? partyOf(ctx, envoy.entity) : undefined;
          const capital = after.find((m) => m.kind === 'country' && !m.demonym && !m.possessive && m.entity !== sender && /\b(?:in|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(t.end, m.start - 8), m.start)));
          // (The ministry it was summoned to is where, not who: only a third country makes the story's other side unsure.)
          const pair = !capital && sender ? storyPair(ctx, c.start) : undefined;
          const thirdState = !!pair && actorsIn(ctx, c.start, c.end).some((m) => m.kind === 'country' && !pair.includes(partyOf(ctx, m.entity)));
          const summoner = capital ? partyOf(ctx, capital.entity) : pair?.includes(sender!) && !thirdState ? pair.find((x) => x !== sender) : undefined;
          if (sender && summoner && summoner !== sender) emit('conflict', [summoner, sender], true, t, { actors: 1, ...(capital ? {} : { unsure: 'who summoned taken from the story (the pair its first relation joins)' }) });
          break;
        }
        // "A Russian spy was arrested in Germany": a passive without its agent names the one acted on, never the actor.
        // (Only a participle: "has been supporting" is progressive, "was worried by" names its agent.)
        if (/(?:ed|struck|fought|shot down|held up)$/i.test(t.text) && /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 24), t.start))) break;
        // "Paris, Niamey's most important backer", "X is Y's patron": the one named before backs the possessor.
        if (t.kind === 'support' && BACKER_NOUN.test(t.text)) {
          const owner = before.filter((m) => m.possessive && !m.demonym).pop();
          const heads = owner ? before.filter((m) => m.end <= owner.start && !m.possessive && !m.demonym) : [];
          // ("expects India to overtake China as Sri Lanka's largest creditor": the one overtaking, not the one overtaken.)
          const last = heads[heads.length - 1];
          const standing = !!last && BACKER_GAP.test(text.slice(last.end, owner!.start));
          // A place still to be taken ("to become Sri Lanka's largest creditor") has the clause's status: forecast, intent.
          const head = standing ? last : last && WILL_BECOME.test(text.slice(last.end, owner!.start)) ? last : findLast(heads, (m) => OVERTAKES_AS.test(text.slice(m.end, owner!.start)));
          if (owner && head && head.entity !== owner.entity) emit('support', [head.entity, owner.entity], true, t, { standing, span: { start: head.start, end: t.end } });
          break;
        }
        // "imposed sanctions on Minsk for its support of Moscow", "punished Peru for its backing of X": "its" is the party
        // the measure fell on, the one named right before "for".
        const forIts = FOR_ITS.exec(text.slice(Math.max(c.start, t.start - 40), t.start));
        const blamed = forIts && t.kind === 'support' ? before.filter((m) => !m.possessive && !m.demonym && m.end <= t.start - forIts[0].length).pop() : undefined;
        const possessor = before.filter((m) => m.possessive && t.start - m.end <= 20).pop() ?? blamed;
        // "Sweden hoped Hungary would approve …": the party right before the verb (past auxiliaries) is its subject.
        const near = before[before.length - 1];
        const nearSubject = near && !near.possessive && near.via !== 'pronoun' && !coordinatedRun(ctx, before).includes(near) && /^\s+(?:(?:would|will|could|should|might|may|must|to|has|have|had|also|not|never|soon|finally|eventually)\s+)+$/.test(text.slice(near.end, t.start)) ? near : undefined;
        // "Peru announced sanctions against Chile": a measure announced is the announcer's own act (the words after
        // "announced" are no reported clause with a subject of their own).
        const announcer = !before.length && c.speaker && t.start - c.start <= 40 && /^(?:announced|announces|unveiled|declared|ordered)$/i.test(c.speechVerb ?? '') ? mentionsIn(ctx, c.sentence.start, c.start).filter((m) => m.entity === c.speaker).pop() : undefined;
        const actor = possessor ?? nearSubject ?? doerOfAct(text, c, near, t) ?? before[0] ?? announcer;
        if (!actor) break;
        // (The announcer then stands as the subject the rest of the reading expects before the cue.)
        if (actor === announcer) before.push(announcer);
        // "signed a law nullifying an agreement under which A would …": annulling a pact is aimed at its parties.
        const annulled = t.kind === 'conflict' && ANNUL.test(t.text) ? triggers.find((x) => x.start > t.end && x.start - t.end <= 40 && x.kind !== 'conflict' && pactWith(x, true)) : undefined;
        // "revoked the visa of a journalist": undoing anything but a pact is no act against a party.
        if (t.kind === 'conflict' && ANNUL.test(t.text) && !annulled) break;
        const event = annulled ? pactWith(annulled, true) : t.kind === 'conflict' ? eventObject(ctx, t, c) : undefined;
        if (event) {
          const side = groupOf(before, actor, ctx);
          const ids = event.filter((p) => !side.includes(p));
          if (ids.length) emit('conflict', [...side, ...ids], true, t, { actors: side.length });
          break;
        }
        // "Egypt and Turkey voiced support for Somalia": the coordinated subject acts together, in one relation.
        const subjects = possessor ? [actor] : coordinatedRun(ctx, before.filter((m) => m.start >= actor.start));
        // "backing to the plan, drafted by France": a party named past a comma is not what is backed; nor is one in an
        // apposition before the verb ("Serbia, backed by Russia, refuses to recognise Kosovo").
        const inObject = (m: Mention) => (m.start < t.end ? !(m.start >= actor.end && /^,\s*(?:\w+ly\s+)?[a-z]+ed\s+by\s+[^,;]*$/.test(text.slice(actor.end, m.start))) : !/[,;]/.test(text.slice(t.end, m.start)));
        // "vowed to defend Somali territory": backing for a land is no backing for its government.
        const land = (m: Mention) => m.demonym && LAND_NOUN.test(text.slice(m.end, m.end + 16));
        // "shielded its neighbour at the UN Security Council": the body where the backing is given is no one backed.
        const venue = (m: Mention) => t.kind === 'support' && m.start > t.end && /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(c.start, m.start - 8), m.start));
        // "killed two Peruvian fishermen": the side killed or captured is named within the victims' words, not after them
        // ("killed twenty people near the Congolese frontier" names no side).
        const killing = /^(?:kill|captur)/i.test(t.text);
        const victims = killing ? VICTIMS_AFTER.exec(text.slice(t.end, c.end)) : null;
        if (killing && !victims) break;
        const victimEnd = victims ? t.end + victims[0].length : Infinity;
        // ("pushed MFDC separatists out of their bases along the Gambian border": who is driven out is named right after the verb.)
        const drivenOut = t.kind === 'conflict' && DRIVEN_OUT.test(t.text);
        const targets = t.kind === 'conflict' ? coordinatedRun(ctx, after.filter((m) => m.end <= victimEnd && (!drivenOut || /^\s+(?:out\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(text.slice(t.end, m.start))))).filter((m) => !inObjectsRelative(text, t, m)) : [actors.find((m) => m.start > actor.end && !subjects.some((x) => x.entity === m.entity) && m !== possessor && (m.start >= t.end || !possessor) && inObject(m) && !land(m) && !venue(m))].filter((m): m is Mention => !!m);
        // "conferred Russia's highest honour, the Order of …, on Modi": the one honoured is named after "on".
        const honoured = /^(?:confer|award|bestow)/i.test(t.text) ? after.find((m) => /\s(?:on|upon)\s+(?:the\s+)?$/.test(text.slice(Math.max(t.end, (m.phrase && m.phrase.start < m.start ? m.phrase.start : m.start) - 8), m.phrase && m.phrase.start < m.start ? m.phrase.start : m.start)) && !subjects.some((x) => x.entity === m.entity)) : undefined;
        const target = honoured ?? targets[0];
        // "the two countries expelled each other's ambassadors": a reciprocal hostile act among the subjects.
        if (!target && t.kind === 'conflict' && /^\s+(?:each other|one another)\b/i.test(text.slice(t.end, t.end + 16))) {
          const ids = uniq(subjects.map((m) => partyOf(ctx, m.entity)));
          if (ids.length >= 2) emit(t.kind, ids, false, t);
          break;
        }
        // "Peru and Chile fought a border war", "both countries recalled their ambassadors": a hostile act whose
        // only parties are its coordinated subject is among them, with no arrow (as with "each other").
        // (Only right after the subject: "soldiers who fought", "a memorandum on fighting crime" are no such act.)
        const lastSubject = before.filter((m) => m.start === actor.start || coordinatedRun(ctx, before.filter((x) => x.start >= actor.start)).includes(m)).pop();
        const adjacent = !!lastSubject && RECIPROCAL_GAP.test(text.slice(lastSubject.end, t.start));
        if (!target && t.kind === 'conflict' && adjacent && (RECIPROCAL_ACT.test(t.text) || /\btheir\b/i.test(t.text))) {
          const ids = uniq(groupOf(before, actor, ctx).map((p) => partyOf(ctx, p)));
          if (ids.length >= 2) emit(t.kind, ids, false, t);
          break;
        }
        // "Bogota recalled its ambassador for consultations": an envoy recalled from no country named is recalled from the one
        // other country its paragraph names, when there is exactly one.
        if (!target && t.kind === 'conflict' && /^recall/i.test(t.text) && !/\s(?:to|from|in)$/i.test(t.text)) {
          const side = uniq(groupOf(before, actor, ctx).map((p) => partyOf(ctx, p)));
          const other = onlyOtherCountryOfParagraph(ctx, c.sentence, side);
          if (other) emit('conflict', [...side, other], true, t, { actors: side.length });
          break;
        }
        // "Pakistan closed the crossing on Wednesday": a side of the story shutting its border or a crossing shuts it on the other side.
        // ("closed the Isfana crossing to traffic": a crossing shut to traffic or goods, not to a party.)
        if (!target && t.kind === 'conflict' && BORDER_SHUT.test(t.text) && (!/\s(?:with|to)$/i.test(t.text) || (/\sto$/i.test(t.text) && SHUT_TO_TRAFFIC.test(text.slice(t.end, t.end + 30))))) {
          againstStoryOtherSide(groupOf(before, actor, ctx), t);
          break;
        }
        if (!target) break;
        if (t.kind === 'conflict') {
          const side = groupOf(before, actor, ctx);
          // "summoned Chile's ambassador, Jorge Soto": a diplomat summoned or expelled stands for the state that sent them.
          const acted = targets.map((m) => (SUMMON_OR_EXPEL.test(t.text) ? envoyState(ctx, m.entity) : m.entity));
          emit(t.kind, [...side, ...acted], true, t, { actors: side.length, ...(actor === announcer ? { span: { start: announcer.start, end: c.end } } : {}) });
        }
        else {
          // "praised Peru and Chile", "congratulated A and B": a coordinated object is backed as one, like a coordinated subject.
          const backed = target === honoured ? [target] : coordinatedRun(ctx, actors.filter((m) => m.start >= target.start)).filter((m) => !m.possessive && !subjects.some((x) => x.entity === m.entity) && inObject(m) && !land(m));
          const ids = uniq([target, ...backed].map((m) => possessiveHead(ctx, m).entity));
          emit(t.kind, [...subjects.map((x) => x.entity), ...ids], true, t, { actors: uniq(subjects.map((x) => x.entity)).length });
        }
        break;
      }
      case 'accuse': {
        if (/^\s+by\s/.test(text.slice(t.end, t.end + 5))) {
          // "Mali, condemned by France, …": the agents after "by" accuse the subject.
          const agents = coordinatedRun(ctx, after).map((m) => m.entity);
          const patient = passivePatient(ctx, c, before, t);
          if (patient && agents.length && !agents.includes(patient.entity)) emit('conflict', [...agents, patient.entity], true, t, { actors: uniq(agents).length });
          break;
        }
        // "a long attack on NATO, which he accused of preparing for war": the charge is against what "which" stands for, by the
        // one named between (or, for "he" or "she", the person the sentence names first).
        const relative = /,\s*(?:which|whom|who)\s+((?:[\w'’.-]+\s+){1,4})$/.exec(text.slice(Math.max(c.sentence.start, t.start - 60), t.start));
        if (relative) {
          const relAt = t.start - relative[0].length;
          const antecedent = mentionsIn(ctx, c.sentence.start, relAt).filter((m) => m.kind !== 'place' && !m.demonym && !m.possessive).pop();
          const named = actorsIn(ctx, relAt, t.start)[0];
          const accuser = named?.entity ?? (/^(?:he|she)\s/i.test(relative[1]) ? actorsIn(ctx, c.sentence.start, relAt).find((m) => m.kind === 'person')?.entity : undefined);
          if (antecedent && accuser && !/\S/.test(text.slice(antecedent.end, relAt)) && partyOf(ctx, accuser) !== partyOf(ctx, antecedent.entity)) {
            emit('conflict', [accuser, antecedent.entity], true, t);
            break;
          }
        }
        // "X said that heavy vehicles sent to the North 'can be turned to military use' and accused Moscow of …": a charge
        // coordinated with the speech verb is the speaker's, not made by a party the words said.
        const speakerCharges = !!c.speaker && !!c.speechVerb && /\band\s+(?:also\s+|\w+ly\s+)?$/i.test(text.slice(c.start, t.start));
        const speakerMention = speakerCharges ? mentionsIn(ctx, c.sentence.start, c.sentence.end).find((m) => m.entity === c.speaker) : undefined;
        const accusing = speakerMention ? [speakerMention] : before;
        const actor = accusing[0];
        // "blamed the attack on Peru", "attributed the theft to North Korea": the party after "on" or "to" is the one blamed.
        const blamedOn = actor && /^(?:blam|attribut)/i.test(t.text) ? all.find((m) => m.start > t.end && !m.demonym && m.via !== 'pronoun' && /^\s+(?:[\w'’.-]+\s+){1,6}?(?:on|to)\s+(?:the\s+)?$/i.test(text.slice(t.end, m.start))) : undefined;
        if (actor && blamedOn) {
          const accusers = uniq(groupOf(accusing, actor, ctx).map((id) => partyOf(ctx, id)));
          const blamed = partyOf(ctx, blamedOn.entity);
          if (!accusers.includes(blamed)) emit('conflict', [...accusers, blamed], true, t, { actors: accusers.length });
          break;
        }
        // ("attributed its growth to trade with Peru": what is attributed to no party blames no one.)
        if (/^attribut/i.test(t.text)) break;
        // "Chile and Peru accused each other of …": a charge both ways among the subjects.
        if (actor && /^\s+(?:each other|one another)\b/i.test(text.slice(t.end, t.end + 16))) {
          const ids = uniq(coordinatedRun(ctx, accusing).map((m) => partyOf(ctx, m.entity)));
          if (ids.length >= 2) emit('conflict', ids, false, t);
          break;
        }
        // "called the Chinese attack illegal", "branded Lai a 'parasite'": the cue spans its object, which names the target.
        const naming = /^(?:call|brand|label|describ)/i.test(t.text);
        const object = naming ? actors.filter((m) => m.start > t.start && m.end <= t.end && m.entity !== actor?.entity) : [];
        let targets = object.length ? uniq(coordinatedRun(ctx, object).map((m) => m.entity)) : coordinatedRun(ctx, after).filter((m) => !inObjectsRelative(text, t, m)).map((m) => m.entity);
        const event = eventObject(ctx, t, c);
        const side = actor ? groupOf(accusing, actor, ctx) : [];
        if (event && actor) targets = event.filter((p) => !side.includes(p));
        const pair = anaphoricPair(ctx, body);
        if (!targets.length && pair) targets = pair;
        // "Seoul expressed 'grave concern' over the protocol", "condemned the deal": a pact named again is aimed at by its parties.
        // A naming cue spans its object ("called the agreement a violation"): the pact is named right after its verb.
        const objectAt = naming ? t.start + /^\S+/.exec(t.text)![0].length : t.end;
        const again = !targets.length && actor ? PACT_NAMED_AGAIN_AFTER.exec(text.slice(objectAt, objectAt + 50)) : null;
        if (again && actor) {
          // The latest pact of that name ("the protocol": the protocol signed), else the latest pact.
          const pacts = ctx.raw.filter((r) => r.start < t.start && (r.kind === 'cooperation' || r.kind === 'alliance') && r.status === 'reported' && PACT_TRIGGER.test(r.trigger));
          const noun = again[1].toLowerCase();
          const named = findLast(pacts, (r) => ctx.text.slice(r.start, r.end).toLowerCase().includes(noun)) ?? pacts[pacts.length - 1];
          const own = countryOf(ctx, actor.entity) ?? actor.entity;
          if (named) targets = uniq(named.participants.map((p) => countryOf(ctx, p) ?? p)).filter((p) => p !== own && !side.includes(p));
        }
        // "warned Moldova that … a security pact with Russia": a warning over a party's pact is aimed at its partner too.
        const pact = triggers.find((x) => x.start > t.end && x.kind !== 'conflict' && pactWith(x));
        const pactPair = pact ? pactWith(pact) : undefined;
        // Only a warning is aimed past its object ("accused Moscow of hiding its deal with Pyongyang" accuses Moscow alone).
        if (pactPair && targets.length && /^(?:warn|caution)/i.test(t.text) && pactPair.includes(countryOf(ctx, targets[0]) ?? targets[0])) targets = uniq([...targets, ...pactPair.filter((p) => p !== (countryOf(ctx, targets[0]) ?? targets[0]))]);
        // "Thai spokesman X accused Cambodian troops of attacking Thai positions": the accuser's own country is the victim named in the charge, not its target.
        const home = actor && actor.kind === 'person' ? countryOf(ctx, actor.entity) : undefined;
        if (home && targets.length > 1 && targets.includes(home)) targets = targets.filter((p) => p !== home);
        if (actor && targets.length) emit('conflict', [...side, ...targets], true, t, { actors: side.length });
        // "Vienna lodged a separate protest", "lodged a formal objection to the project's approval": a protest lodged with no
        // party named goes to the story's other side.
        // ("would be summoned to receive a protest": the protest is made to the subject, not by it.)
        else if (actor && PROTEST_LODGED.test(t.text) && !actorsIn(ctx, t.end, c.end).some((m) => !m.demonym) && !/\breceiv\w*\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(c.start, t.start - 30), t.start))) {
          againstStoryOtherSide(side, t);
        }
        break;
      }
      case 'possessive': {
        const owner =
          all.filter((m) => m.end <= t.start && t.start - m.end <= 4 && m.possessive).pop() ??
          (/\bits\s+$/.test(text.slice(t.start - 5, t.start)) ? all.filter((m) => m.end <= t.start && m.kind === 'country').pop() : undefined) ??
          demonymOwner(ctx, all, t.start);
        const target = all.find((m) => m.start >= t.end && m.start - t.end <= 25);
        if (owner && target) emit('conflict', [owner.entity, target.entity], true, t, { standing: true, span: { start: Math.min(owner.start, t.start), end: target.end } });
        // "The United States and Britain launched dozens of strikes on Houthi targets", "is waging war on X", "will not take part in the war in X":
        // the subject of a verb of carrying out or joining acts.
        else if (target && /\b(?:launch|carr(?:y|ies|ied|ying)\s+out|conduct|stag(?:e|ed|es|ing)|mount|order|wag(?:e|es|ed|ing))\w*\s+(?:[\w-]+\s+){0,5}$|\b(?:(?:take|takes|took|taken|taking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in|enter(?:s|ed|ing)?)\s+(?:(?:the|a|an|any|this|that)\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 60), t.start))) {
          const doers = coordinatedRun(ctx, before.filter((m) => !m.possessive));
          const ids = uniq(doers.map((m) => m.entity)).filter((id) => id !== target.entity);
          if (ids.length) emit('conflict', [...ids, target.entity], true, t, { actors: ids.length });
        }
        break;
      }
      case 'dispute': {
        const target = all.find((m) => m.start >= t.end && m.start - t.end <= 12);
        if (!target) break;
        const separate = /\bseparate\b/.test(text.slice(t.start - 12, t.start));
        const ownerMention = all.filter((m) => m.end <= t.start && m.entity !== target.entity && t.start - m.end <= 4 && m.possessive).pop();
        // "Venezuela is at war with Guyana", "Kenya has a dispute with Somalia", "went to war with": the subject's own quarrel.
        const subject = ownerMention ? undefined : actors.filter((m) => m.end <= t.start && m.entity !== target.entity && !m.possessive && !m.demonym).pop();
        const subjectOwns = !!subject && SUBJECT_OWNS_DISPUTE.test(text.slice(subject.end, t.start));
        const owners = ownerMention
          ? [ownerMention.entity]
          : subjectOwns
            ? [subject!.entity]
            : /\btheir\s+(?:separate\s+)?$/.test(text.slice(t.start - 20, t.start))
              ? lastRelationIn(ctx, c)?.participants.filter((p) => p !== target.entity) ?? []
              : [];
        // The noun phrase is the quote: "their separate disputes with the West".
        const phrase = /(?:\b(?:their|its|his|her)\s+)?(?:separate\s+)?$/.exec(text.slice(Math.max(c.start, t.start - 30), t.start));
        const span = { start: ownerMention ? ownerMention.start : subjectOwns ? subject!.start : t.start - (phrase?.[0].length ?? 0), end: target.end };
        // A dispute is mutual: no arrow.
        // ("ECOWAS was not at war with …", "does not want war with …": a quarrel denied.)
        const denied = subjectOwns && /\b(?:not|never)\b/i.test(text.slice(subject!.end, t.start)) ? { status: 'denied' as const } : {};
        if (separate) for (const o of owners) emit('conflict', [o, target.entity], false, t, { standing: true, span, ...denied });
        else emit('conflict', [...owners, target.entity], false, t, { standing: true, span, ...denied });
        break;
      }
      case 'control': {
        const controller = mentionsIn(ctx, t.start, t.end).find((m) => m.kind === 'country');
        const held = all.filter((m) => m.end <= t.start && m.possessive && m.kind === 'country').pop();
        if (controller && held) emit('conflict', [controller.entity, held.entity], true, t, { standing: true, span: { start: held.start, end: t.end } });
        break;
      }
      case 'violation': {
        const actor = actors.filter((m) => m.end <= t.start && m.kind !== 'organization').pop();
        const body2 = all.find((m) => m.start >= t.end && m.kind === 'organization');
        // "violated the U.N. Charter": a body's founding text is broken, not an act of the body (as a resolution is).
        if (body2 && /^\s*(?:['’]s\s+)?(?:founding\s+)?(?:Charter|Statute|Constitution|Convention)\b/.test(text.slice(body2.end, body2.end + 30))) break;
        // Quote from the violator to the end of the clause: "North Korea has sent … in violation of … resolutions".
        if (actor && body2) {
          transferred = true;
          emit('conflict', [actor.entity, body2.entity], true, t, { standing: true, span: { start: actor.start, end: c.end } });
        }
        break;
      }
      case 'transfer': {
        // Passive transfers ("was given … by X") reverse the roles; leave them to a curator.
        if (/\b(?:was|were|been|being)\s+$/.test(text.slice(t.start - 8, t.start))) break;
        // "threatened to cut gas supplies to Moldova", "halted arms deliveries": a transfer stopped is none.
        if (CUT_OFF.test(text.slice(Math.max(c.start, t.start - 30), t.start))) break;
        // "sent a joint letter to the European Commission", "sent his congratulations to": words sent are no goods given.
        if (WORDS_SENT.test(text.slice(t.end, t.end + 60))) break;
        // "Japan pledged $1 billion in aid to Ukraine": what a speech verb pledges or announces is the speaker's own transfer.
        const pledger = c.speaker && t.start - c.start <= 40 && /^(?:pledged|pledge|announced|promised|offered|vowed)$/i.test(c.speechVerb ?? '') ? mentionsIn(ctx, c.sentence.start, c.start).filter((m) => m.entity === c.speaker).pop() : undefined;
        // ("The Academy of Social Sciences in Pyongyang will send": where the subject sits is no giver.)
        const givers = withInherited.filter((m) => m.end <= t.start);
        const seated = (m: Mention, i: number) => i > 0 && /\b(?:in|at|from)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 6), m.start)) && !/[,;]/.test(text.slice(givers[i - 1].end, m.start));
        const actor = givers.filter((m, i) => !seated(m, i)).pop() ?? pledger;
        if (!actor) break;
        // "…, saying the line gives Pyongyang a second route": the thing said to give is the reported clause's subject, no party.
        if (THING_SAID_TO_GIVE.test(text.slice(Math.max(actor.end, t.start - 80), t.start))) break;
        let recipient: Mention | undefined;
        const direct = firstObjectParty(ctx, after, t, actor);
        if (/\bto (?:which|whom)\b/.test(text.slice(c.sentence.start, actor.start))) recipient = subjectOfSentence(ctx, c.sentence);
        // "will lend Pyongyang the money for the farm": a party right after the verb, before what it gets, is the one given to
        // (the "for" then names a use, not a recipient).
        else if (direct) recipient = direct;
        else {
          const toAt = text.slice(t.end, c.end).search(/\b(?:to|for)\s/);
          // "drafted by France": an agent is never the recipient.
          // ("supply birds from the Rawdat centre": a source is no recipient either, except of an import, whose partner it is.)
          const sourceIsPartner = /^(?:import|buy|bought|purchas)/i.test(t.text);
          const agent = (m: Mention) => (sourceIsPartner ? /\bby\s+(?:the\s+)?$/ : /\b(?:by|from)\s+(?:the\s+)?$/).test(text.slice(Math.max(c.start, m.start - 12), m.start));
          const pool = after.filter((m) => m.entity !== actor.entity && !agent(m) && (toAt < 0 || m.start >= t.end + toAt));
          // "gave their backing to the plan, …": "to" names a thing, so there is no recipient to look for.
          const toThing = toAt >= 0 && (!pool[0] || pool[0].start - (t.end + toAt) > 40) && /^(?:to|for)\s+(?:the|a|an|this|that|its|their|his|her)\s/.test(text.slice(t.end + toAt));
          recipient = toThing ? undefined : pool[0] ?? after.find((m) => m.entity !== actor.entity && !agent(m));
          if (recipient) recipient = possessiveHead(ctx, recipient);
        }
        if (!recipient) break;
        // Aid given is backing of its recipients (CAMEO 07, provide aid), by every donor of a coordinated subject and to every
        // recipient of a coordinated object: "Japan and the EU pledged aid to Thailand and Cambodia".
        if (t.kind === 'support') {
          const donors = runEndingAt(ctx, actor === pledger ? actorsIn(ctx, c.sentence.start, actor.end) : withInherited.filter((m) => m.end <= actor.end), actor) ?? [actor];
          const recipients = coordinatedRun(ctx, after.filter((m) => m.start >= recipient!.start));
          // (People give and get for their country; a body named as giver or receiver stays itself, at the level the text names.)
          const side = (m: Mention) => (ctx.entities.get(m.entity)?.kind === 'person' ? partyOf(ctx, m.entity) : m.entity);
          const give = uniq(donors.map(side));
          const get = uniq((recipients.length ? recipients : [recipient]).map(side)).filter((id) => !give.includes(id));
          transferred = true;
          if (get.length) emit('support', [...give, ...get], true, t, { actors: give.length, ...(pledger && actor === pledger ? { span: { start: donors[0].start, end: c.end } } : {}) });
          break;
        }
        // "sent emergency aid to X": the aid's own cue codes it, as backing.
        if (triggers.some((x) => x.mode === 'transfer' && x.kind === 'support' && x.start > t.end && x.start - t.end <= 40)) break;
        // ("sent military instructors to all three countries": a group read back stands at one place for each of its members.)
        const recipients = recipient.via === 'pronoun' ? after.filter((m) => m.start === recipient!.start && m.via === 'pronoun') : [recipient];
        const ps = uniq([actor.entity, ...recipients.map((m) => m.entity)].map((id) => (ctx.entities.get(id)?.kind === 'person' ? countryOf(ctx, id) ?? id : id)));
        // The quote stops where a violation clause begins: that part is the conflict's quote.
        const violation = triggers.find((x) => x.mode === 'violation' && x.start > t.end);
        transferred = true;
        const from = pledger && actor === pledger ? pledger.start : c.start;
        // "sent the North 50,000 tonnes of wheat as humanitarian aid": goods given as aid are backing, as aid named as such is.
        // ("…, a gift the minister cited", "free of charge", "without charge": goods given, not sold.)
        const asAid = /\bas\s+(?:[\w-]+\s+)?(?:aid|assistance|a\s+gift|gifts?|a\s+donation)\b|,\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:gift|donation)\b|\b(?:free\s+of\s+charge|without\s+charge|at\s+no\s+cost|for\s+free)\b/i.test(text.slice(t.end, c.end));
        // "sent thousands of soldiers to help Russian units", "troops to fight for Moscow": fighters sent to a side's aid back it.
        const troopsToHelp = TROOPS_TO_HELP.test(text.slice(t.end, c.end));
        emit(asAid || troopsToHelp ? 'support' : 'cooperation', ps, true, t, violation ? { span: { start: from, end: text.slice(c.start, violation.start).trimEnd().length + c.start } } : from !== c.start ? { span: { start: from, end: c.end } } : {});
        break;
      }
      case 'breach': {
        const parties = breachParties(ctx, c, t, before, after);
        if (parties) emit('conflict', parties.ids, true, t, { ...(parties.denied ? { status: 'denied' as const } : {}), ...(parties.unsure ? { unsure: parties.unsure } : {}) });
        break;
      }
      case 'withdraw': {
        // Leaving a bloc or a body is a break with it (CAMEO 16); leaving a country is only a departure.
        // "froze its participation in the Russian-led CSTO": who leads the body stands between, and is no party.
        const body = after.find((m) => (m.start - t.end <= 12 || LED_BY_BEFORE_BODY.test(text.slice(t.end, m.start))) && (m.kind === 'bloc' || m.kind === 'organization'));
        const actor = before[0];
        if (body && actor) {
          const side = groupOf(before, actor, ctx);
          emit('conflict', [...side, body.entity], true, t, { actors: side.length });
        }
        break;
      }
      case 'anaphor': {
        // "Analysts said the dispute was likely to drag on": the latest relation of that kind, when the clause names no party.
        if (actors.length) break;
        // "Analysts expect the standoff to drag on": the story's own dispute, the pair of parties its conflicts join most
        // often (the earliest of equals), over a side quarrel reported last ("China opposes the use of force").
        const story = storyConflict(ctx, t.start);
        if (story) {
          emit(t.kind, story, false, t, { unsure: 'parties taken from the dispute reported before' });
          break;
        }
        const prev = findLast(ctx.raw, (r) => r.kind === t.kind && r.start < t.start && t.start - r.start < 2500);
        if (prev) {
          // A dispute is between governments: people stand for their countries here.
          const ids = uniq(prev.participants.map((p) => countryOf(ctx, p) ?? p));
          emit(t.kind, ids.length >= 2 ? ids : prev.participants, false, t, { unsure: 'parties taken from the dispute reported before' });
        }
        break;
      }
      case 'relate': {
        // 'welcomed the agreement as "the kind of cooperation the region needs"', 'called the deal "a cover for naval
        // cooperation"': a cue inside words that describe something is no act of the clause's parties.
        if (t.kind === 'cooperation' && DESCRIBED_AS_QUOTE.test(text.slice(c.start, t.start))) break;
        // "It cites the border treaty that Kyrgyzstan and Tajikistan signed in March": the signatories a relative clause names.
        if (t.kind === 'cooperation' && PACT_NOUN_CUE.test(t.text) && signedPact(t)) break;
        // "fighting between Peru and Bolivia", "tensions between Lima and Quito": the parties after "between", whoever else the clause names.
        if (t.kind === 'conflict' && /\sbetween$/i.test(t.text)) {
          const first = actors.find((m) => m.start >= t.end && /^\s+(?:the\s+)?$/.test(text.slice(t.end, m.start)));
          const ids = first ? uniq(coordinatedRun(ctx, actors.filter((m) => m.start >= first.start)).map((m) => partyOf(ctx, m.entity))) : [];
          if (ids.length >= 2) emit('conflict', ids, false, t);
          break;
        }
        // "Cairo, whose relations with both Khartoum and Addis Ababa have soured": relations with each of several, one pair each.
        if (/^(?:relations|ties)\s+with\s/i.test(t.text)) {
          const first = actors.find((m) => m.start > t.start && m.end <= t.end && /^(?:relations|ties)\s+with\s+(?:both\s+)?(?:the\s+)?$/i.test(text.slice(t.start, m.start)));
          const partners = first ? coordinatedRun(ctx, actors.filter((m) => m.start >= first.start && m.end <= t.end)) : [];
          const owner = withInherited.filter((m) => m.end <= t.start && !m.demonym).pop();
          if (owner && partners.length >= 2) {
            for (const p of partners) emit(t.kind, [partyOf(ctx, owner.entity), partyOf(ctx, p.entity)], false, t);
            break;
          }
        }
        // "Congo is to help neutralise the FDLR": helping to fight someone is no cooperation with them.
        if (t.kind === 'cooperation' && /^(?:help|assist)/i.test(t.text) && triggers.some((x) => x.kind === 'conflict' && x.start >= t.end && /^\s+(?:to\s+)?$/.test(text.slice(t.end, x.start)))) break;
        relate(t, t.kind);
        break;
      }
    }
  }
  // "a strategic partnership treaty with a mutual-aid clause": one pact, an alliance; its partnership
  // words code no separate cooperation between the same parties.
  const allied = ctx.raw.filter((r) => r.clause === c && r.kind === 'alliance').map((r) => [...r.participants].sort().join(','));
  if (allied.length) {
    for (let i = ctx.raw.length - 1; i >= 0; i--) {
      const r = ctx.raw[i];
      if (r.clause === c && r.kind === 'cooperation' && /partnership|treat(?:y|ies)|pacts?$/i.test(r.trigger) && allied.includes([...r.participants].sort().join(','))) ctx.raw.splice(i, 1);
    }
  }
  const firstCue = triggers[0].start;
  const subjectHead = withInherited.find((m) => m.end <= firstCue);
  if (!subjectHead) return undefined;
  const sameSpot = withInherited.filter((m) => m.start === subjectHead.start);
  // "Guyana and Venezuela agreed …": the whole coordinated subject.
  return sameSpot.length > 1 ? sameSpot : coordinatedRun(ctx, withInherited.filter((m) => m.start >= subjectHead.start && m.end <= firstCue));
}

/** The clause up to a second, coordinated verb after the cue: in "recognised X, and urged talks", "urged" does not make the recognition a proposal. */
function statusScope(text: string, c: Clause, t: Trigger): string {
  // "the Oreshnik, a missile that Russia fired at Dnipro last month, could be deployed …": an act told in an
  // appositive relative clause has its own status, not that of the clause around it.
  const open = text.lastIndexOf(',', t.start);
  const close = text.indexOf(',', t.end);
  if (open >= c.start && close > 0 && close <= c.end && APPOSITIVE_RELATIVE.test(text.slice(open, t.start))) return text.slice(open + 1, close);
  // "Beijing rejected the move and stood by Tehran": the second of two coordinated acts, each with its object, has its own status.
  const second = SECOND_ACT_BEFORE.exec(text.slice(c.start, t.start));
  const from = second ? c.start + second.index + second[0].search(/\band\s/) : c.start;
  const rest = text.slice(t.end, c.end);
  // "reached a deal on how fast the reservoir may fill": an indirect question after the act is what it is about, not its status.
  const about = /\s(?:on|over|about)\s+(?:how|whether|what|when|where|which)\b/.exec(rest);
  if (about) return text.slice(from, t.end + about.index);
  // "…, and then …ed", or "…, an allegation India rejected": what follows is another act (the denial is of the charge's content).
  // ("threatened sanctions if Peru refused to withdraw": a condition after the act is no part of its status either.)
  // (", seeking the right to raise the price": an aim in a participle after the act is no status of the act done.)
  const next = /[,"”]*\s+and\s+(?:then\s+)?[a-z]+ed\s|,\s+(?:a|an)\s+(?:charge|accusation|allegation|claim)\b|,\s+(?:seeking|hoping|aiming|wanting|vowing|pledging|promising|planning)\s|,?\s+(?:if|unless|should|in\s+case)\s+(?=[^,;]*\b(?:refus|reject|declin|fail|not|n't|never)\w*)/.exec(rest);
  return text.slice(from, next ? t.end + next.index : c.end);
}

/** "rejected the move and " right before a cue: a finite verb with its own object, then "and". */
const SECOND_ACT_BEFORE = /\b[a-z]+ed\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+[^,;"“”]{1,40}?\s+and\s+(?:then\s+|also\s+|later\s+)?$/;

/** ", with whom she " right before a cue: the act is with the person named before the comma. */
const WITH_WHOM = /,\s+with\s+whom\s+(?:he|she|they|the\s+\w+|[A-Z][\w'’-]+)\s+(?:(?:also|later|then|jointly|has|had|have)\s+)*$/;

/** ", a hypersonic missile that Russia " before a cue: the cue is inside an appositive relative clause. */
const APPOSITIVE_RELATIVE = /^,\s+(?:a|an|the)\s+[^,;]*?\b(?:that|which|whom)\s+[^,;]*$/i;

/** Verbs that undo a pact: its parties are the ones acted against. */
const ANNUL = /^(?:nullif|annul|revok|invalidat|repudiat|scrap|tear|tore)/i;
/** "lifted sanctions on", "eased restrictions on", "block any new sanctions on": the words before a measure that end or stop it. */
const LIFTED = /\b(?:lift(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|waiv(?:e|es|ed|ing)|end(?:s|ed|ing)?|relax(?:es|ed|ing)?|suspend(?:s|ed|ing)?|relief from)\s+(?:(?:the\s+)?(?:[a-z]+est|most\s+[a-z]+|rest|bulk|remainder|last|some|many|all|most)\s+of\s+)?(?:(?:the|its|their|his|her|all|any|some|most|remaining|existing|further|new|fresh|tougher|gas|oil|energy|arms|weapons|military|food|grain|water|electricity|power|fuel|visa|export|import|[a-z-]+(?:al|ic|ary|ive))\s+){0,2}$/i;
/** From "thanked" to the cue of what the party is thanked for: "thanked Peru for its ", "thanks Moscow and Beijing for their ". */
const THANKED_FOR = /^\s*(?:[\w.'’-]+\s+){1,6}?for\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** What a party is thanked for when the thanks are for backing: support, aid, money, a stand, loyalty, an open door, things it sent. */
const BACKING_THANKS = /\b(?:support|backing|help|assistance|aid|solidarity|(?:[\w-]+\s+)?(?:deliveries|shipments|donations|contributions|loans?|grants?|credits?)|sending\s+(?:[\w-]+\s+){0,2}?(?:teams|troops|soldiers|experts|doctors|medics|firefighters|rescuers|supplies|food|medicines|vaccines|equipment|weapons|arms|aid|relief)|stand|standing|stance|position|loyalty|financ(?:e|ing)|funding|blocking|vetoing|turning\s+its\s+back|(?:doors?|stages?|markets?|ports?|borders?|airspace|skies)\s+open|(?:keeping|kept)\s+faith|(?:it|they)\s+(?:had\s+)?(?:sent|shipped|flew\s+in|donated|delivered|supplied|provided|gave)|(?:tonnes|tons|doses|kits|supplies|vaccines|medicines)\s+(?:of\s+[\w-]+\s+)?(?:it\s+|they\s+)?(?:sent|shipped|delivered|donated|supplied|provided|flown\s+in))\b/i;
const SUMMON_OR_EXPEL = /^(?:summon|expel)/i;
/** A cue of driving a side's forces out or defeating them: "drove Russian troops out", "defeated the Malian army". */
const DRIVEN_OUT = /^(?:driv|drove|push|forc|kick|defeat)/i;
/** From a state's demonym or possessive to "was summoned": its envoy ("Afghan chargé d'affaires", "Nicaragua's ambassador, X,"). */
const ENVOY_AFTER = /^(?:['’]s?)?\s+(?:(?:top|new|deputy|acting)\s+)?(?:ambassador|charg[eé]\s+d['’]affaires|envoy|consul(?:\s+general)?|high\s+commissioner|diplomat|representative)\b[^.;]{0,60}?\s+(?:was|were|been|being)\s+(?:\w+ly\s+)?$/i;
const ENVOY_OFFICE = /\b(?:ambassador|high commissioner|envoy|charg[eé] d['’]affaires|consul|diplomat)\b/i;
/** A person whose office is a diplomat's, as the state they represent (when it is known); anyone else as themselves. */
function envoyState(ctx: Ctx, id: string): string {
  const e = ctx.entities.get(id);
  if (!e || e.kind !== 'person' || ![...e.offices].some((o) => ENVOY_OFFICE.test(o))) return id;
  return countryOf(ctx, id) ?? id;
}

/** "protested against a statement that referred to X as …": a party named only inside a relative clause of the act's object is no target of the act. */
function inObjectsRelative(text: string, t: Trigger, m: Mention): boolean {
  return /^\s+(?:against\s+|over\s+)?(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s/i.test(text.slice(t.end, m.start));
}

/** A clause opening with a subject pronoun that acts (not "it is …", "it was agreed that …"). */
const UNRESOLVED_SUBJECT = /^(?:(?:on|in|at|last|this|earlier|later)\s+\w+\s+)?(?:that\s+)?(?:it|he|she|we)\s+(?!(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be|seems?|seemed|appears?|appeared)\b)/i;

/** What talks are about, right before a cue: "talks on closer defence ", "discussions about new ". */
const TOPIC_OF_TALKS = /\b(?:talks|discussions|negotiations|consultations)\s+(?:on|about|over)\s+(?:[\w-]+\s+){0,3}$/i;

/** Events of a set length, which end when done: exercises, drills, manoeuvres, patrols, visits, summits. */
const TIMED_EVENT = /\b(?:exercises?|drills?|manoeuvres?|maneuvers?|war\s+games?|patrols?|training|visit|summit|talks)$/i;
/** "ended ten days of joint exercises": an event of set length that ends took place (ties that end stop). */
function finishedEvent(text: string, c: Clause, t: Trigger): boolean {
  return TIMED_EVENT.test(t.text) && /\b(?:end(?:s|ed)?|conclud(?:es|ed)|wrapp?(?:s|ed)\s+up)\s+(?:(?:the|their|its|a|an)\s+)?(?:[\w-]+\s+(?:days?|weeks?)\s+of\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(c.start, t.start - 50), t.start));
}

/**
 * "stop sharing", "suspended all scheduled", "to suspend a two-decade-old": the words before a
 * cooperation cue that end it (not in a condition, "unless Niamey cancelled its deal", nor a state,
 * "the standoff that has frozen relations").
 */
const STOPPED_BEFORE = /(?<!\b(?:unless|if|until)\s+(?:[\w'’-]+\s+){0,3})\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze|quit(?:s|ting)?|terminat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|end(?:s|ed|ing)?|tore\s+up|tear(?:s|ing)?\s+up|pull(?:s|ed|ing)?\s+out\s+of|withdr(?:aw|aws|ew|awn|awing)\s+from|exit(?:s|ed|ing)?)\s+(?:(?:the|a|an|its|their|his|her|all|any|further|scheduled|existing|planned|bilateral|[\w-]+-old|[a-z]+ly)\s+){0,3}(?:[\w-]+\s+)?$/i;

/** "cut gas supplies to", "halted arms deliveries": the words before a transfer that stop it. */
const CUT_OFF = /\b(?:cut(?:s|ting)?(?:\s+off)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|end(?:s|ed|ing)?|block(?:s|ed|ing)?|ban(?:s|ned|ning)?|freez(?:e|es|ing)|froze|restrict(?:s|ed|ing)?)\s+(?:[A-Z][\w.'’-]*\s+)?(?:(?:the|its|their|his|her|all|some|most|remaining|existing|further|gas|oil|energy|arms|weapons|military|food|grain|water|electricity|power|fuel|visa|export|import|[a-z-]+(?:al|ic|ary|ive))\s+){0,2}$/i;
const PACT_SOURCE = `\\s+${PACT_NOUNS}`;
/** Nouns for a pact, which binds its owner and the party it is "with". */
const PACT_NOUN = new RegExp(`\\b${PACT_NOUNS}$`, 'i');
/** A pact named anywhere in a stretch of text. */
const ANY_PACT = new RegExp(`\\b${PACT_NOUNS}\\b`, 'i');

function isEvaluatedReference(text: string, c: Clause, t: Trigger): boolean {
  return /\b(?:the|those|these|such)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(c.start, t.start - 24), t.start)) && /^\s+(?:was|were|is|are|remains?|remained|seemed|looked|would|will|could|might|may)\s+(?!(?:be\s+|have\s+been\s+)?(?:signed|agreed|reached|concluded|struck|sealed|announced)\b)/i.test(text.slice(t.end, t.end + 30));
}

/** Verbs that report a concluded act whatever its content's tense: "agreed to hold talks" happened. */
const CONCLUDED = /^(?:agreed|signed|concluded|reached)\b/i;
const ENDING_BEFORE = /\b(?:end|ends|ending|halt|halting|stop|stopping|resolve|resolving|settle|settling)\s+(?:the|a|their|its)\s+(?:[\w-]+\s+){0,2}$/i;
// (A pact noun may head a compound: "a partnership treaty", "a cooperation agreement" end at the last one.)
const SIGNED_PACT = new RegExp(`\\b(?:signed|concluded|initialled|initialed|ratified)\\s+(?:an?|the|their|its)\\s+(?:[\\w-]+\\s+){0,3}?${PACT_NOUNS}(?:\\s+${PACT_NOUNS})*\\b`, 'i');
/** "… said after hosting …": an adjunct of the speech verb, whose subject is the speaker. */
const SPEAKER_ADJUNCT = /^(?:(?:reporters|journalists|the\s+press|parliament|lawmakers)\s+)?(?:after|before|while|when|following|during)\s+(?:[a-z]+ing|talks|a meeting|meeting)\b/;

/**
 * For a concluded act, only the words up to its verb set the status ("could agree" is proposed;
 * "agreed that they would" is reported). A cue of the same kind inside what was agreed ("agreed on
 * how to implement a plan to normalise their relations") is that agreement, not a second plan.
 */
function concludedUpTo(text: string, c: Clause, t: Trigger, triggers: Trigger[]): string | undefined {
  const verb = CONCLUDED.test(t.text) ? t : triggers.find((x) => x.kind === t.kind && x.start < t.start && CONCLUDED.test(x.text));
  if (verb) return text.slice(c.start, verb.end);
  // "signed a plan to expand cooperation": what was signed is the cue's act, concluded.
  const signed = /\b(?:signed|agreed|concluded|reached)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:plan|deal|agreement|accord|pact|treaty|memorandum|roadmap|framework|protocol|declaration)\s+(?:to|on|for)\s+(?:[\w-]+\s+){0,3}$/i.exec(text.slice(c.start, t.start));
  if (signed) return text.slice(c.start, c.start + signed.index + signed[0].split(/\s+/)[0].length);
  // "signed a (trade) pact on Monday that will allow …": the pact signed, and the words naming it, are reported; what it will allow is its content.
  const pact = SIGNED_PACT.exec(text.slice(c.start, c.end));
  if (pact && t.end <= c.start + pact.index + pact[0].length && t.start >= c.start + pact.index) return text.slice(c.start, c.start + pact.index + pact[0].length);
  return undefined;
}

/**
 * "She held talks with …", "during his talks with Putin": a personal pronoun with no person
 * before it in its clause is the one person named in this sentence before it or, failing
 * that, in the previous sentence — resolved only when exactly one person fits.
 */
function personPronoun(ctx: Ctx, c: Clause): Mention[] | undefined {
  // '"Our people have turned their backs on ECOWAS," Tiani told his guests': the first person in quoted words is the speaker.
  const first = /^(?:we|our|us|i)\b/i.exec(ctx.text.slice(c.start, c.end));
  if (first && c.speaker) {
    // (An interview's answer names no speaker in its sentence: the interviewee's mention anywhere stands for them.)
    const said = mentionsIn(ctx, c.sentence.start, c.sentence.end).find((m) => m.entity === c.speaker) ?? (c.answer ? ctx.mentions.find((m) => m.entity === c.speaker) : undefined);
    if (said) return [{ ...said, start: c.start, end: c.start + first[0].length, possessive: false, via: 'pronoun' }];
  }
  // "Orban said his government supported …", "… his country would back …", "… her troops had fought …": the speaker's government, country or forces are the speaker's country.
  const government = /\b(?:his|her)\s+(?:government|country|nation|army|military|armed forces|forces|troops|soldiers)\b/i.exec(ctx.text.slice(c.start, c.end));
  // (A speaker named only as "he" or "she" is the person the sentence before was about.)
  const speakerCountry = c.speaker ? countryOf(ctx, c.speaker) : government && c.speechVerb ? countryOf(ctx, pronounSpeaker(ctx, c) ?? '') : undefined;
  if (government && speakerCountry && ctx.entities.get(speakerCountry)?.kind === 'country') {
    const at = c.start + government.index;
    return [{ start: at, end: at + government[0].length, entity: speakerCountry, kind: 'country', possessive: false, demonym: false, via: 'pronoun' }];
  }
  // Only where the pronoun is the actor: a clause's subject, or the owner of an event noun ("his talks with").
  // The subject may follow an opening adverbial phrase: "In a statement on its website, she …", "In a speech on Monday he …",
  // after "where" or "when" ("…, where on Monday she met X"),
  // or a relative "in which" after an event noun: "…, capping a visit to Beijing in which he stood beside …" (the event is his).
  const m = /^(?:where\s+|when\s+)?(?:(?:on|in|at|last|this|earlier|later)\s+\w+\s+|(?:later|then|earlier|afterwards|meanwhile|separately),?\s+|(?:in|on|at|during|after|before|speaking|writing|asked|according)\b[^,;:"“”.]{2,80},\s+|(?:in|on|at|during)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){1,5}?|(?:[\w,]+\s+){0,5}?(?:visit|trip|tour|call|speech|interview|meeting|talks|summit|ceremony|parade|address|session)\s+(?:[\w'’.-]+\s+){0,3}?(?:in|on|at|during|after|before)\s+which\s+)?(?:that\s+)?(he|she)\b|\b(his|her)\s+(?=(?:\w+\s+)?(?:talks|meeting|visit|trip|call|summit|conversation|counterpart)\b)/i.exec(ctx.text.slice(c.start, c.end));
  if (!m) return undefined;
  const word = m[1] ?? m[2];
  const at = c.start + m.index + (m[1] ? m[0].length - m[1].length : 0);
  // "After talks with his counterpart X, Lavrov said …": in an opening phrase "his" is the main clause's subject, named after it.
  const ahead = c.inherited?.length === 1 && c.inherited[0].kind === 'person' && c.inherited[0].start === c.start && c.inherited[0].via === 'pronoun' ? c.inherited[0] : undefined;
  if (ahead && m[2] && OWN_EVENT_OPENS.test(ctx.text.slice(c.sentence.start, c.sentence.end))) return [{ ...ahead, start: at, end: at + word.length, possessive: true }];
  if (actorsIn(ctx, c.start, at).some((x) => x.kind === 'person')) return undefined;
  const here = sentenceAt(ctx.sentences, at);
  if (!here) return undefined;
  // "Biden told reporters that he still regarded …": the subject "he" of reported words is their speaker, unless they were told to another person.
  if (m[1] && c.speaker && c.speechVerb && ctx.entities.get(c.speaker)?.kind === 'person' && !(c.addressee && ctx.entities.get(c.addressee)?.kind === 'person')) {
    const said = mentionsIn(ctx, here.start, c.start).filter((x) => x.entity === c.speaker).pop();
    const others = said ? actorsIn(ctx, said.end, c.start).filter((x) => x.kind === 'person' && x.entity !== c.speaker) : [];
    if (said && !others.length) return [{ ...said, start: at, end: at + word.length, possessive: false, demonym: false, via: 'pronoun' }];
  }
  const persons = (start: number, end: number) => uniq(actorsIn(ctx, start, end).filter((x) => x.kind === 'person').map((x) => x.entity));
  const after = new Set(persons(at, c.end));
  // The speaker of reported words is not who "he" is inside them ("Kwatra said the PM raised it during his talks").
  after.add(c.speaker ?? '');
  let pool = persons(here.start, at).filter((p) => !after.has(p));
  if (!pool.length) {
    const prev = reportingSentenceBefore(ctx, here);
    if (prev) pool = persons(prev.start, prev.end).filter((p) => !after.has(p));
    // "Pak met Foreign Minister Sannikov … Later he held talks with …": a subject "he" continues the previous sentence's subject.
    const subject = prev && m[1] ? subjectPerson(ctx, prev) : undefined;
    if (pool.length > 1 && subject && pool.includes(subject)) pool = [subject];
  }
  if (pool.length !== 1) return undefined;
  return [{ start: at, end: at + word.length, entity: pool[0], kind: 'person', possessive: /^h(is|er)$/i.test(word), demonym: false, via: 'pronoun' }];
}

/**
 * "Belousov landed in Pyongyang on Friday. Kim received him …": "him" or "her" right after a verb
 * of meeting is the one person of the previous sentence not named in this clause (its subject
 * when it names several).
 */
function objectPronoun(ctx: Ctx, c: Clause, named: Mention[]): Mention | undefined {
  const m = /\b(?:received|receives|met|meets|welcomed|welcomes|greeted|greets|hosted|hosts|invited|invites|thanked|thanks|told|tells|called|calls|visited|visits)\s+(him|her)\b/i.exec(ctx.text.slice(c.start, c.end));
  if (!m) return undefined;
  const at = c.start + m.index + m[0].length - m[1].length;
  const here = sentenceAt(ctx.sentences, at);
  const prev = here && reportingSentenceBefore(ctx, here);
  if (!prev) return undefined;
  const entity = personOf(ctx, prev, new Set(named.map((x) => x.entity)));
  return entity ? { start: at, end: at + m[1].length, entity, kind: 'person', possessive: false, demonym: false, via: 'pronoun' } : undefined;
}

/** The sentence of reporting before `s` (not a byline, headline or caption), for references back. */
function reportingSentenceBefore(ctx: Ctx, s: Sentence): Sentence | undefined {
  for (let i = ctx.sentences.indexOf(s) - 1; i >= 0; i--) {
    const x = ctx.sentences[i];
    if (x.zone !== 'byline' && x.zone !== 'title' && x.zone !== 'caption') return x;
  }
  return undefined;
}

/** "… he pledged that ", "She also said ": a pronoun right before the verb of saying. */
const PRONOUN_SAID = /(?:^|[^\w'’-])(he|she)\s+(?:(?:also|then|later|again|had|has|once\s+more|\w+ly)\s+)*[a-z]+\s+(?:that\s+)?$/i;

/**
 * "Kim Jong Un welcomed home the engineers … At the ceremony he pledged that his country would …":
 * the "he" or "she" who says the words is the one person of the sentence before (its subject when
 * it names several), when the sentence names no one before the pronoun.
 */
function pronounSpeaker(ctx: Ctx, c: Clause): string | undefined {
  const lead = ctx.text.slice(c.sentence.start, c.start);
  const m = PRONOUN_SAID.exec(lead);
  if (!m || actorsIn(ctx, c.sentence.start, c.start).some((x) => x.kind === 'person')) return undefined;
  const prev = reportingSentenceBefore(ctx, c.sentence);
  return prev ? personOf(ctx, prev) : undefined;
}

/** The one person a sentence names (other than `except`), or its subject when it names several. */
function personOf(ctx: Ctx, s: Sentence, except: Set<string> = new Set()): string | undefined {
  const persons = uniq(actorsIn(ctx, s.start, s.end).filter((x) => x.kind === 'person' && !except.has(x.entity)).map((x) => x.entity));
  const subject = subjectPerson(ctx, s);
  return persons.length === 1 ? persons[0] : subject && persons.includes(subject) ? subject : undefined;
}

/** A live blog's time stamp and a dateline before a sentence's words: "14:10 SEOUL — ", "SEOUL, Nov. 12 (Agency) -- ". */
const DATELINE_LEAD = /^(?:\d{1,2}[:.]\d{2}\s+)?[A-Z][A-Z.'’ -]+(?:,\s+[^—–\n]{1,40}?)?\s+(?:—|–|--)\s+/;

/** The person a sentence opens on, after nothing but a time phrase and capitalised title words ("On Friday Foreign Minister X met …"). */
function subjectPerson(ctx: Ctx, s: Sentence): string | undefined {
  const from = s.start + (DATELINE_LEAD.exec(ctx.text.slice(s.start, s.end))?.[0].length ?? 0);
  const first = actorsIn(ctx, from, s.end).find((x) => !x.demonym);
  if (!first || first.kind !== 'person') return undefined;
  const lead = ctx.text.slice(from, first.start);
  return /^(?:(?:on|last|earlier|later|in|at)\s+\w+,?\s+)?(?:(?:[A-Z][\w.'’-]*|the|of)\s+)*$/.test(lead) ? first.entity : undefined;
}

/** What may open a reported clause before its subject: "on Monday", "last week", "that". */
const CLAUSE_LEAD = String.raw`^(?:(?:on|in|at|last|this|earlier|later)\s+\w+\s+)?(?:that\s+)?`;
const SPEAKING_BODY_PRONOUN = new RegExp(String.raw`${CLAUSE_LEAD}(it|they|we)\b`, 'i');
const SPEAKERS_OWN_STATE = new RegExp(String.raw`${CLAUSE_LEAD}((?:his|her|their|our)\s+(?:country|government|nation|state))\b`, 'i');

/** "The United States said that it recognised …": "it" (or "they", "we") is the speaking government or body. */
function speakerPronoun(ctx: Ctx, c: Clause, body: string): Mention[] | undefined {
  const speaker = c.speaker ? ctx.entities.get(c.speaker) : undefined;
  if (!speaker || speaker.kind === 'person') return undefined;
  const pronoun = SPEAKING_BODY_PRONOUN.exec(body);
  if (!pronoun) return undefined;
  const said = mentionsIn(ctx, c.sentence.start, c.start).filter((m) => m.entity === c.speaker).pop();
  if (!said) return undefined;
  const at = c.start + pronoun.index + pronoun[0].length - pronoun[1].length;
  return [{ ...said, start: at, end: at + pronoun[1].length, possessive: false, demonym: false, via: 'pronoun' }];
}

/**
 * "Putin said his country would sign a deal with North Korea", "…, she said her government wanted …": a clause that opens on
 * the speaker's own country or government is about the state the speaker belongs to, also when no title in the sentence
 * says which (a known office holder named bare).
 */
function speakersCountry(ctx: Ctx, c: Clause, body: string): Mention[] | undefined {
  const speaker = c.speaker ? ctx.entities.get(c.speaker) : undefined;
  if (!speaker || speaker.kind !== 'person') return undefined;
  const own = SPEAKERS_OWN_STATE.exec(body);
  const country = own ? countryOf(ctx, speaker.id) : undefined;
  if (!own || !country) return undefined;
  const at = c.start + own.index + own[0].length - own[1].length;
  return [{ start: at, end: at + own[1].length, entity: country, kind: 'country', possessive: false, demonym: false, via: 'pronoun' }];
}

function infinitiveSubject(ctx: Ctx, c: Clause, body: string): Mention[] | undefined {
  if (!c.speaker || !/^(?:(?:never|not)\s+)?to\s/.test(body)) return undefined;
  const said = mentionsIn(ctx, c.sentence.start, c.start).filter((m) => m.entity === c.speaker).pop();
  return said ? [{ ...said, via: 'pronoun' }] : undefined;
}

/**
 * The subject a passive participle is about: the actor just before it ("Serbia, backed by …",
 * "Mali was condemned by …") or the head of the clause it was cut from; never an actor further
 * back ("the plan, drafted by France and supported by the U.S." is about the plan).
 */
function passivePatient(ctx: Ctx, c: Clause, before: Mention[], t: Trigger): Mention | undefined {
  const last = before.filter((m) => m.end <= t.start).pop();
  if (last && /^(?:['’]s)?\s*(?:,\s*)?(?:(?:has|have|had)\s+been|was|were|is|are|being|been)?\s*(?:\w+ly\s+)?$/.test(ctx.text.slice(last.end, t.start))) return last;
  if (!last && /^\s*$/.test(ctx.text.slice(c.start, t.start))) return c.inherited?.[0];
  return undefined;
}

const LAND_NOUN = /^\s+(?:territory|territories|soil|land|lands|waters|airspace|coast|coastline|borders?)\b/i;

const EVENT_OBJECT = /^\s+(?:the|this|that|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(trip|visit|summit|meeting|talks|deal|agreement|pact|treaty|drills|exercises|manoeuvres|maneuvers|war games|strikes?|airstrikes?|attacks?|raids?|bombings?|bombardment|shelling|incursion|invasion|offensive)\b/i;
const ATTACK_NOUN = /^(?:strikes?|airstrikes?|attacks?|raids?|bombings?|bombardment|shelling|incursion|invasion|offensive)$/;
/** Cues of an armed act, whose acting side is the attacker. */
const ATTACK_CUE = /strik|struck|attack|fir(?:e|ed|ing)\b|bomb|raid|missile|shell|invad|incursion|launch|shot|hit\b|pound|offensive|(?:cross(?:es|ed|ing)?|strayed|flew)\s+into/i;

/**
 * "Zelensky criticised the trip", "China denounced the summit", "condemned the drills": a conflict whose object is an
 * event reported before is aimed at that event's parties (a trip's visitor; a summit's members).
 */
function eventObject(ctx: Ctx, t: Trigger, c: Clause): string[] | undefined {
  // "called the deal an act of aggression": the object sits inside the cue, right after its verb.
  const from = /^called\s/i.test(t.text) ? t.start + 'called'.length : t.end;
  const m = EVENT_OBJECT.exec(ctx.text.slice(from, c.end));
  if (!m) return undefined;
  // Named parties right after the event noun ("the summit of South Korea, …") are read as usual.
  const rest = ctx.text.slice(from + m[0].length, c.end);
  if (/^\s+(?:of|between|with)\s/.test(rest)) return undefined;
  const noun = m[1].toLowerCase();
  if (ATTACK_NOUN.test(noun)) {
    // "Qatar condemned the attack as …": aimed at the attacker of the armed act reported last (within a few paragraphs).
    const attack = findLast(ctx.raw, (x) => x.start < t.start && t.start - x.start < 1500 && x.kind === 'conflict' && x.status === 'reported' && !x.standing && ATTACK_CUE.test(x.trigger));
    if (!attack) return undefined;
    return uniq(attack.participants.slice(0, attack.actors ?? 1).map((p) => countryOf(ctx, p) ?? p));
  }
  const visit = noun === 'trip' || noun === 'visit';
  const meetingLike = visit || noun === 'summit' || noun === 'meeting' || noun === 'talks';
  const r = findLast(ctx.raw, (x) => x.start < t.start && (meetingLike ? x.kind === 'meeting' && (!visit || /visit|trip|arriv|travel|flew/i.test(x.trigger)) : x.kind === 'cooperation' || x.kind === 'alliance'));
  if (!r) return undefined;
  if (visit) return r.participants.filter((p) => ctx.entities.get(p)?.kind === 'person').slice(0, 1);
  // A deal or a summit binds governments: its signatories stand for their countries here.
  return uniq(r.participants.map((p) => (ctx.entities.get(p)?.kind === 'person' ? countryOf(ctx, p) ?? p : p)));
}

/**
 * "Ecuador said it would not join the patrols": the joiner (the clause's subject, else its speaker)
 * and the parties of the latest cooperation reported before, as countries.
 */
function joinedEvent(ctx: Ctx, t: Trigger, actors: Mention[], speaker: EntityDraft | undefined): string[] | undefined {
  const subject = actors.filter((m) => m.end <= t.start && !m.demonym).pop()?.entity ?? speaker?.id;
  if (!subject) return undefined;
  const joiner = countryOf(ctx, subject) ?? subject;
  const r = findLast(ctx.raw, (x) => x.start < t.start && x.kind === 'cooperation' && !x.standing);
  if (!r) return undefined;
  const parties = uniq(r.participants.map((p) => (ctx.entities.get(p)?.kind === 'person' ? countryOf(ctx, p) ?? p : p))).filter((p) => p !== joiner);
  return parties.length ? [joiner, ...parties] : undefined;
}

/** " the Russian-led ", " the US-backed ": a leader or backer named before a body, as its modifier. */
const LED_BY_BEFORE_BODY = /^\s+(?:(?:the|its|their)\s+)?[\p{L}.-]+-(?:led|backed|dominated|sponsored)\s+$/u;

/** The first mention and those coordinated with it: "South Korea, the United States and Japan". */
function coordinatedRun(ctx: Ctx, ms: Mention[]): Mention[] {
  const run = ms.slice(0, 1);
  // "A, the Russian health minister, and his North Korean counterpart, B": the words inside a person's title are theirs.
  const inTitle = (m: Mention) => ms.some((p) => p !== m && p.kind === 'person' && p.phrase && p.phrase.start < p.start && m.start >= p.phrase.start && m.end <= p.start);
  for (const m of ms.slice(1)) {
    if (m.kind !== 'person' && inTitle(m)) continue;
    const prev = run[run.length - 1];
    // "President A and Prime Minister B": the second name's title phrase belongs to it, not to the gap.
    // "… and North Korea's Kim Jong Un": the possessive country before a name is part of it.
    const owner = m.kind === 'person' ? mentionsIn(ctx, prev.end, m.start).find((x) => x.possessive && ctx.modifiers.has(x) && /^['’]s?\s+$/.test(ctx.text.slice(x.end, m.start))) : undefined;
    const from = owner ? owner.start : m.phrase && m.phrase.start < m.start && m.phrase.start >= prev.end && !/^(?:whose|who|which)\b/i.test(ctx.text.slice(m.phrase.start, m.start)) ? m.phrase.start : m.start;
    // "A, secretary of Iran's security council, and B": a person's own apposition stands between them.
    const appositionEnd = prev.kind === 'person' && prev.phrase && prev.phrase.start === prev.start && prev.phrase.end > prev.end && prev.phrase.end <= from ? prev.phrase.end : prev.end;
    const gap = ctx.text.slice(appositionEnd, from);
    if (!/^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+)(?:the\s+)?$/.test(gap)) break;
    run.push(m);
  }
  return run;
}

/** The actor and the parties that stand with it: the members of a group anaphor ("the three countries condemned …"). */
function groupOf(before: Mention[], actor: Mention, ctx: Ctx): string[] {
  // "France and Germany condemned Russia": a named coordinated subject acts together, like "the two countries".
  if (actor.via !== 'pronoun') return !actor.possessive ? uniq(coordinatedRun(ctx, before.filter((m) => m.start >= actor.start)).filter((m) => !m.possessive).map((m) => m.entity)) : [actor.entity];
  return uniq(before.filter((m) => m.via === 'pronoun' && m.start === actor.start).map((m) => m.entity));
}

const GO_BETWEEN = /\b(?:facilitated|mediated|brokered|hosted|chaired|moderated|attended|witnessed|presided\s+over|overseen) by\s+(?:[\w.'’-]+\s+){0,8}$|\bwith the help of\s+(?:[\w.'’-]+\s+){0,4}$|\bin\s+the\s+presence\s+of\s+(?:[\w.'’-]+\s+){0,8}$/i;

/**
 * "attended by the EU's envoy, Miroslav Lajcak, and the US envoy Gabriel Escobar": every one named after "by", titles and
 * all. (Not a host's or a chair's list: "was hosted by his counterpart, Choe Son Hui" names the one met.)
 */
const GO_BETWEEN_LIST = /\b(?:(?:facilitated|mediated|brokered|moderated|attended|witnessed|presided\s+over|overseen) by|in\s+the\s+presence\s+of)\s+((?:[^;.:"“”]|(?<=\b\p{Lu})\.)*)$/iu;
const VERB_IN_LIST = /\b(?:said|says|met|meets|signed|agreed|held|told|announced|was|were|is|are|has|have|had|will|would)\b/i;

function isGoBetween(text: string, c: Clause, m: Mention): boolean {
  if (m.start <= c.start) return false;
  if (GO_BETWEEN.test(text.slice(Math.max(c.start, m.start - 60), m.start))) return true;
  const window = text.slice(Math.max(c.start, m.start - 200), m.start);
  if (!window.includes(' by ') && !window.includes('presence of')) return false;
  const list = GO_BETWEEN_LIST.exec(window);
  return !!list && !VERB_IN_LIST.test(list[1]);
}

/** "did not agree", "is not an alliance", "did not see Pyongyang as an ally", "never met", "will not take part in any alliance", "would not sign the accord", "would not renew its agreement": the cue is negated in its own clause. ("would not join NATO or any other military alliance": the second object of a negated verb; "did not make A and B allies".) */
const NEGATION_BEFORE = /\b(?:not|never|won['’]t|wouldn['’]t)\s+(?:send|deploy|dispatch)\s+(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers|forces|units|fighters)\s+to\s+$|\b(?:not|never)\s+(?:(?:have|has|had|building|forming|creating|seeking|planning|joining|signing|making|entering)\s+)?(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$|\b(?:not|never|won['’]t|wouldn['’]t|refus(?:e|es|ed)\s+to|declin(?:e|es|ed)\s+to)\s+(?:(?:sit|take\s+part|participate|attend|join|return)\s+(?:(?:at|in|to|down\s+at)\s+)?)(?:(?:a|an|the|any|these|those)\s+)?(?:[\w'’-]+\s+){0,3}$|\b(?:not|never|no longer|neither|nor)\s+(?:(?:a|an|the|any|been|be|yet|again|explicitly|formally|officially|about|to|\w+ly|amount(?:s|ed|ing)?\s+to|add(?:s|ed)?\s+up\s+to|constitut(?:e|es|ed|ing))\s+){0,3}$|\b(?:not|never|won['’]t|wouldn['’]t)\s+(?:again\s+)?(?:go(?:ing)?\s+back\s+to|return\s+to|resume|reopen|restart|revive)\s+$|\bno\s+$|\bwithout\s+$|\b(?:not|never|\w+n['’]t)\s+(?:see|sees|saw|seen|regard|regards|regarded|consider|considers|considered|view|views|viewed|treat|treats|treated|count|counts|counted)\s+(?:[\w'’.-]+\s+){1,4}?as\s+(?:(?:a|an|the|its|their|his|her|any)\s+)?(?:[\w-]+\s+){0,2}$|\b(?:didn|doesn|don|hasn|haven|hadn|wasn|weren|isn|aren)['’]t\s+(?:\w+\s+){0,2}$|\b(?:not|never|won['’]t|wouldn['’]t)\s+(?:join|take part in|participate in|enter into|be part of|become part of|sign up to|form)\s+(?:(?:a|an|the|any|its|their)\s+)?(?:[\w-]+\s+){0,2}$|\b(?:not|never|won['’]t|wouldn['’]t|refuses? to|refused to)\s+(?:(?:yet|\w+ly)\s+)?(?:sign(?:ed)?|accept(?:ed)?|support(?:ed)?|back(?:ed)?|ratif(?:y|ied)|approve(?:d)?|endorse(?:d)?|conclude(?:d)?|honou?r(?:ed)?|implement(?:ed)?|renew(?:ed)?|extend(?:ed)?|prolong(?:ed)?|resume(?:d)?)\s+(?:(?:a|an|the|any|this|that|such|its|their)\s+)?(?:[\w-]+\s+){0,4}$|\b(?:not|never|won['’]t|wouldn['’]t)\s+[a-z]+\s+(?:[\w'’.-]+\s+){1,4}?or\s+(?:any\s+)?(?:other\s+)?(?:[\w-]+\s+){0,2}$|\b(?:not|never)\s+(?:make|makes|made|making)\s+(?:[\w'’.-]+\s+){1,5}?$/i;

/** The words every negation above contains: tested first, as most cues have none before them. */
const NEGATION_WORD = /\b(?:not|never|no|nor|neither|without|refus\w*|declin\w*)\b|n['’]t\b/i;

function isNegated(text: string, c: Clause, t: Trigger): boolean {
  // "will lend nothing for the gondola", "sold none of it to Kuwait": a transfer of nothing is a transfer refused.
  if (t.mode === 'transfer' && /^\s+(?:nothing|none)\b/i.test(text.slice(t.end, t.end + 10))) return true;
  const before = text.slice(Math.max(c.start, t.start - 40), t.start);
  if (!NEGATION_WORD.test(before)) return false;
  // "has not ruled out striking X": not excluding an act is proposing it (a status cue), not denying it.
  if (/\brul(?:e|ed|ing) out\s+$/i.test(before)) return false;
  return NEGATION_BEFORE.test(before);
}

/** A state's travellers left unnamed: "a Belarusian (government) delegation", "Belarus's foreign minister", "a Kenyan trade mission". */
const UNNAMED_TRAVELLERS = /^(?:['’]s?)?\s+(?:(?:[a-z-]+\s+){0,2}?)(?:delegations?|team|mission|foreign\s+minister|prime\s+minister|president|minister|secretary|premier|chancellor|king|queen|emir|officials|envoy)\s+(?:(?:has|have|had|was|were|is|are|will|would|also|then|later|plans?\s+to|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+)*(?:(?:paid|pays|pay|paying|made|makes|make|making|began|begins|begin|started|starts|start|on)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?)?$/i;

/**
 * "A Belarusian government delegation travelled to North Korea in July 2024", "Belarus's foreign
 * minister travelled to Pyongyang": travellers named only by their state's demonym or possessive
 * meet the state they go to (states, as the golds code them).
 */
function codeUnnamedTravellers(ctx: Ctx, c: Clause, t: Trigger, after: Mention[], emit: (kind: RelationKind, participants: string[], directed: boolean, t: Trigger) => void): void {
  const home = mentionsIn(ctx, c.start, t.start).filter((m) => m.kind === 'country' && (m.demonym || m.possessive) && UNNAMED_TRAVELLERS.test(ctx.text.slice(m.end, t.start))).pop();
  if (!home) return;
  const place = after.map((m) => countryOf(ctx, m.entity)).find((x) => x && x !== home.entity && ctx.entities.get(x)?.kind === 'country');
  if (place) emit('meeting', [home.entity, place], false, t);
}

/** Between a journey's cue and whom it goes to see: "… to Abidjan next month to see ", "… to Minsk to meet ". */
const goingToSee = (verbs: string, owners: string) => new RegExp(String.raw`^[^.;:"“”]{0,80}?\bto\s+(?:see|meet|call\s+on|hold\s+talks\s+with|talk\s+with${verbs})\s+(?:(?:${owners})\s+)?$`, 'i');
/** … a person: "to see President X", "to meet his counterpart". */
const TO_SEE_BEFORE = goingToSee('', 'the|his|her|their');
/** … a body, also to brief or lobby it: "to brief the African Union", "to address the council". */
const TO_BRIEF_BEFORE = goingToSee('|brief|address|consult|lobby', 'the');

/** The nouns of one who backs another ("Niamey's most important backer", "Sri Lanka's largest creditor"): no passive's participle. */
const BACKER_NOUN = /^(?:backer|patron|protector|creditor|lender|donor|benefactor|financier|funder)s?$/i;
/** Between a party and the possessor of a place it is to take: " to become ", " is expected to become one of ". */
const WILL_BECOME = /^\s+(?:(?:is|are|was|were)\s+)?(?:(?:expected|likely|set|poised|due|on\s+course|on\s+track)\s+)?(?:to|will|would|could|may|might|should|shall)\s+(?:(?:soon|eventually|quickly|now)\s+)?become\s+(?:(?:the|one\s+of)\s+)*$/i;
/** Between a party and the possessor of the place it takes from another: " to overtake China as ", " replaced Russia as the ". */
const OVERTAKES_AS = /^\s+(?:(?:to|will|would|could|may|might|has|have|had|soon|already)\s+)*(?:overt(?:ake|akes|ook|aken|aking)|replac(?:e|es|ed|ing)|displac(?:e|es|ed|ing)|supplant(?:s|ed|ing)?)\s+[^,;.]{1,40}?\s+as\s+(?:the\s+)?$/i;
/** Between a party and the possessor of its "backer" noun: an apposition or a copula. */
const BACKER_GAP = /^(?:,\s+(?:(?:long|now|still|once|widely|often|seen|regarded|considered|described|as|the)\s+)*|\s+(?:is|was|remains|remained|has\s+been|had\s+been|became|has\s+become)\s+(?:(?:long|now|still|once|the|one\s+of)\s+)*)$/i;

/** "hosted (two rounds of indirect)" right before a meeting noun. */
const HOSTED_BEFORE = /\bhost(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,4}$/i;
/** An offer to host, right before the talks: "has offered to host", "was ready to host", "would be glad to host". */
const OFFERS_TO_HOST = /\b(?:offer(?:s|ed|ing)?|ready|willing|prepared|glad|happy|propos(?:es|ed|ing))(?:\s+(?:on|last|this|earlier\s+this)\s+\w+)?\s+to\s+(?:host|convene)\s+(?:(?:an?|new|direct|fresh|further|the|such|follow-up|technical|informal|formal|peace|fisheries|trade|border|bilateral|regional|next|its|annual)\s+){0,3}$/i;

/** The countries these entities are or belong to, each once, in order. */
function countriesOf(ctx: Ctx, ids: readonly string[]): string[] {
  return uniq(ids.map((id) => countryOf(ctx, id)).filter((x): x is string => !!x && ctx.entities.get(x)?.kind === 'country'));
}

/** The countries the actors named between `from` and `to` are or belong to, each once, in order. */
function countriesNamedIn(ctx: Ctx, from: number, to: number): string[] {
  return countriesOf(ctx, actorsIn(ctx, from, to).map((m) => m.entity));
}

/** The one country, other than `side`, that the paragraph names up to the end of `s` (demonyms included); none when it names several. */
function onlyOtherCountryOfParagraph(ctx: Ctx, s: Sentence, side: string[]): string | undefined {
  const first = ctx.sentences.find((x) => x.paragraph === s.paragraph);
  if (!first) return undefined;
  const others = countriesNamedIn(ctx, first.start, s.end).filter((x) => !side.includes(x));
  return others.length === 1 ? others[0] : undefined;
}

/** A treaty named by an article of it, or as a body's founding text. */
const INVOKED_TREATY = /\b[Aa]rticles?\s+\d+[\w()]*(?:\s+(?:and|or)\s+\d+[\w()]*)?\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:treaty|charter|pact|accord|agreement|convention)\b|\b(?:its|their|the)\s+(?:[\w'’.-]+\s+){0,2}?founding\s+(?:treaty|charter|pact|accord|agreement)\b(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?/g;

/** "a partnership that has alarmed Seoul": a party the relation (or its relative clause) alarms, worries or angers is no party to it. */
/** Right after a verb of giving: what is sent is words, not goods ("a joint letter", "a message", "his congratulations"). */
const WORDS_SENT = /^\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:letters?|messages?|notes?|appeals?|requests?|invitations?|congratulations|condolences|greetings|telegrams?|cables|signals?|warnings?|replies|reply)\b/i;
/** After "agreed": "to ask the", "to invite", "to jointly petition": whom an agreement turns to, not a party to it. */
const ASKED_AFTER_AGREEING = /^\s+(?:(?:on|in|at|last|this|next)\s+[\w-]+\s+)?(?:(?:also|jointly|together)\s+)?to\s+(?:(?:also|jointly|together)\s+)?(?:ask|invite|urge|request|call\s+on|petition|approach|lobby|seize)\s+(?:the\s+)?$/i;
const AFFECTED_BY_RELATIVE = /^[^,;.]{0,60}?\b(?:that|which)\s+(?:(?:has|have|had|is|are|was|were|will|would|could|may|might)\s+)?(?:(?:long|also|already|deeply|greatly|increasingly|further|likely\s+to)\s+)?(?:alarm|worr|anger|angered|angering|unsettl|rattl|irk|troubl|infuriat|dismay|alienat|annoy|upset|frustrat|concern)\w*\s+(?:(?:the|its|their|neighbouring|neighboring)\s+)?(?:[\w'’.-]+,?\s+(?:and\s+)?){0,6}?$/i;

/** "warned X (and Y) against building up …": up to the gerund. */
const WARNED_AGAINST_DOING = /\bwarn(?:s|ed|ing)?\s+(?:[^.;]{1,80}?\s+)?against\s+(?=[a-z]+ing\b)/i;

/** Hostile acts that take two sides by their nature: with a coordinated subject and no object, the subjects fought each other. */
const RECIPROCAL_ACT = /^(?:fought|clashed|skirmished|exchanged\s.*|traded\s.*|(?:cut|severed|broke\s+off|suspended|downgraded|froze)\s+(?:[\w-]+\s+)?(?:ties|relations))$/i;
/** Between the subject and its verb: a noun for its forces, auxiliaries and adverbs only. */
// (Also a relative clause on the pair: "Algeria and Morocco, which severed diplomatic relations in 2021, …".)
const RECIPROCAL_GAP = /^(?:,\s+(?:which|who)|['’]?s?)\s+(?:(?:armed\s+)?(?:troops|forces|soldiers|armies|militaries|navies|border guards|fighters|units|have|has|had|also|again|briefly|then|later|reportedly|repeatedly|once|each|both|all)\s+)*$/i;

/** Sentences back a pair of countries named together still counts for "the two sides" (a story's lead to its later paragraphs). */
const PAIR_REACH = 8;

/** A clause opening with "they", after a short time phrase ("later that day they …", "in a statement they …"). */
const THEY_OPENS = /^(?:(?:in|on|at|last|this|earlier|later|early|late)\s+(?:[\w-]+\s+){1,3}?)?(?:that\s+)?they\b/i;

/** "join the alliance", "leave the bloc": the body named last. */
/** Verbs of taking a stand on someone (their stems): "supported the bloc's position", "condemned the alliance". */
const STANCE_STEMS = 'support|back|endors|welcom|prais|criticis|criticiz|condemn|reject';
const BODY_ANAPHOR = new RegExp(`\\b(?:join|joining|joined|leave|leaving|left|quit|of|to|from|in|(?:${STANCE_STEMS})\\w*)\\s+the\\s+(alliance|bloc|confederation|union)\\b`, 'i');
const STANCE_OPENS = new RegExp(`^(?:${STANCE_STEMS})`, 'i');

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
const GROUP_NOUN = /\b(?:the|both|all|these|those)\s+(?:(two|three|four|five)\s+(?:(?!(?:prime|foreign|defen[cs]e)\s+ministers\b)[a-z]{2,}\s+)?)?(rivals|countries|governments|nations|states|sides|capitals|juntas|neighbou?rs|allies|partners|delegations|ministries|leaders|men|women|ministers|officials|presidents|prime ministers|heads of state|foreign ministers|defen[cs]e ministers)\b|\b(both)\s+(countries|governments|nations|sides|delegations|ministries|leaders|men|women|ministers|officials|presidents|prime ministers|foreign ministers)\b|\bthe\s+(pair)\b(?!\s+of\b)()|\bthe\s+(two)\b(?=\s+(?:(?:then|later|also|had|have|first|last)\s+)?(?:met|meet|sat|spoke|talked|walked|toured|visited|inspected|rode|crossed|travell?ed|spent|stood|flew|went|dined|lunched|held)\b)()|\b(?:(both)|the\s+(two|three|four)|all\s+(three|four|five))\b(?=\s+(?:(?:are|were|have|has|had|also|now|still|today|already|been)\s+){0,3}(?:(?:also|both|fellow|full|founding|full-fledged|long-standing)\s+)*(?:members?|belong(?:s|ed)?)\b)/gi;
const PERSON_GROUP = /^(?:leaders|men|women|ministers|officials|presidents|prime ministers|heads of state|foreign ministers|defen[cs]e ministers)$/i;

/** How many parties a group noun counts: "the three countries" 3, "both sides" 2, "the pair" 2; "the countries" none said (0). */
function groupSize(m: RegExpExecArray): number {
  // ("the pair", and "the two" before a verb of meeting: two people.)
  if (m[5] ?? m[7]) return 2;
  // ("the delegations" of a story between two sides are its two.)
  return NUMBER_WORDS[(m[1] ?? m[3] ?? m[9] ?? m[10] ?? m[11] ?? '').toLowerCase()] ?? (/^(?:the|these|those)$/i.test(m[0].split(/\s+/)[0]) && !/^the\s+delegations$/i.test(m[0]) ? 0 : 2);
}

/**
 * "The three countries agreed …", "the two leaders set a target …": a group named by its
 * size stands for the latest set of that many parties (people for "leaders", countries
 * otherwise), taken from the relations coded so far or a coordinated list in the previous
 * sentences. Resolved only when exactly one such set is the latest; returned as mentions at
 * the words of the anaphor so the clause's coding places them as it would the names.
 */
function groupAnaphor(ctx: Ctx, c: Clause): Mention[] | undefined {
  const body = ctx.text.slice(c.start, c.end);
  const bloc = BODY_ANAPHOR.exec(body);
  if (bloc) {
    const start = c.start + bloc.index + bloc[0].indexOf(bloc[1]);
    const noun = bloc[1].toLowerCase();
    const fits = (x: Mention) => x.kind === 'bloc' || (noun === 'alliance' && x.kind === 'organization' && /alliance|treaty/i.test(ctx.entities.get(x.entity)?.name ?? ''));
    // "The African Union said it supported the bloc's position": a bloc one backs or blames is another than the one backing it.
    const stance = STANCE_OPENS.test(bloc[0]);
    const here = new Set([...actorsIn(ctx, c.start, start).map((m) => m.entity), ...(c.speaker ? [c.speaker] : [])]);
    const named = mentionsIn(ctx, Math.max(0, start - 1500), start).filter((x) => fits(x) && !(stance && here.has(x.entity)));
    const latest = named[named.length - 1];
    // "ECOWAS suspended Mali from the bloc": a bloc the clause names itself needs no reading back (and stays its subject).
    const namedHere = !!latest && actorsIn(ctx, c.start, start).some((m) => m.entity === latest.entity);
    if (namedHere) return undefined;
    if (latest) return [{ start, end: start + bloc[1].length, entity: latest.entity, kind: latest.kind, possessive: false, demonym: false, via: 'pronoun' }];
  }
  // "The presidents of the two countries": a group without a size ("the presidents") is passed over for the next one.
  const sized = execAll(GROUP_NOUN, body).map((m) => ({ m, size: groupSize(m) })).find((x) => x.size > 0);
  if (!sized) return undefined;
  const { m, size } = sized;
  const pairOfPeople = !!(m[5] ?? m[7]);
  const persons = pairOfPeople || PERSON_GROUP.test(m[2] ?? m[4]);
  const start = c.start + m.index;
  const end = start + m[0].length;
  // "the two foreign ministers, Cho Hyun and Takeshi Iwaya, have met": the group is named right after it.
  const named = /^,\s+/.exec(ctx.text.slice(end, end + 3));
  if (named && persons) {
    const list = coordinatedList(ctx, end, Math.min(c.end, end + 120), true);
    const first = actorsIn(ctx, end, c.end).find((x) => x.kind === 'person');
    if (list && list.length === size && first && first.start - end <= 40 && list.includes(first.entity)) return undefined;
  }
  // "the signatures of the two men who chair that commission: A, …, and B".
  if (persons && namedAfterColon(ctx.text, end, c.sentence.end, size)) return undefined;
  // "Beijing announced that the two governments had signed": a speaking government is one of the
  // two; when no recent set includes it, the other one is unknown and nothing is guessed.
  const speakerCountry = !persons && c.speaker ? countryOf(ctx, c.speaker) : undefined;
  // "Washington warned both sides", "Iraq and Oman hosted talks between the two sides": a country the clause
  // names before the group, when the group is the object of its act (not the venue, not the speaker's), is a third party to it.
  const third = persons || size !== 2 || !SIDES_AS_OBJECT.test(ctx.text.slice(Math.max(c.start, start - 40), start)) ? [] : uniq(actorsIn(ctx, c.start, start)
    .filter((x) => x.kind === 'country' && !x.demonym && !/\b(?:in|at)\s+$/i.test(ctx.text.slice(Math.max(c.start, x.start - 4), x.start)))
    .map((x) => countryOf(ctx, x.entity)).filter((x): x is string => !!x && x !== speakerCountry && ctx.entities.get(x)?.kind === 'country'));
  // "talks mediated by the United States … Rubio said the two sides would meet again": a go-between speaks of two sides it is not one of.
  const mediator = !!speakerCountry && wasGoBetween(ctx, c.speaker!, speakerCountry, start);
  // "ordered by Kim Jong Un under the treaty the two countries signed": a person the clause names first is, by their country,
  // one of the two when a recent pair includes it (else the latest pair, as before).
  // "Pyongyang sent those soldiers after the two countries concluded a treaty": so is a state the clause names first.
  const actorCountry = persons || speakerCountry || third.length ? undefined : (actorsIn(ctx, c.start, start).filter((x) => x.kind === 'person').map((x) => countryOf(ctx, x.entity)).find((x) => !!x) ??
    stateOpening(ctx, c, start)) ?? undefined;
  // "The two heads of state also held private talks" after the ministers signed: the latest pair that holds the office named.
  // ("the two interior ministers": the portfolio is part of the office.)
  const office = persons && !pairOfPeople ? portfolioOf(m[0], m[2] ?? m[4]) : undefined;
  // ("Honduras's president, C, will join the two leaders": a group the clause names someone before is no subject of its own.)
  const subject = persons && !actorsIn(ctx, c.start, start).some((x) => x.kind === 'person' && x.entity !== c.speaker);
  const ids = mediator
    ? latestSetOf(ctx, size, persons, start, undefined, [...third, speakerCountry!], office)
    : (actorCountry ? latestSetOf(ctx, size, persons, start, actorCountry, third, office) : undefined) ?? latestSetOf(ctx, size, persons, start, speakerCountry, third, office, subject);
  // "The two presidents nonetheless met in Turkmenbashi", no two presidents named: the heads of the story's two states
  // stand for them (as annotators record an unnamed office holder by the country).
  // (Not when the text names holders of that office: then the two are people it failed to read back.)
  const heads = !ids && office && size === 2 && HEADS_OF_SIDES.test(office) && !namesHolderOf(ctx, office) ? latestSetOf(ctx, size, false, start, speakerCountry, third) : undefined;
  const found = ids ?? heads;
  if (!found) return undefined;
  return found.map((entity) => ({ start, end, entity, kind: ctx.entities.get(entity)?.kind ?? 'country', possessive: false, demonym: false, via: 'pronoun' as const }));
}

/** The state a clause names first, before `before`, as its subject ("Pyongyang sent …"; not "X, an analyst at an institute in Vilnius"). */
function stateOpening(ctx: Ctx, c: Clause, before: number): string | undefined {
  const first = actorsIn(ctx, c.start, before)[0];
  return first && first.kind === 'country' && !first.demonym && !first.possessive ? countryOf(ctx, first.entity) : undefined;
}

/** Offices whose two holders, when no two are named, are their two states' ("the two presidents", "both prime ministers"). */
const HEADS_OF_SIDES = /^(?:presidents|prime\s+ministers|premiers|heads\s+of\s+state|[a-z]+\s+ministers|leaders)$/i;

/** The office a group is named by, with the portfolio before it: "the two interior ministers" is "interior ministers". */
function portfolioOf(group: string, noun: string): string {
  const portfolio = cachedRegExp(String.raw`\b(?:two|three|four|five)\s+([a-z]{2,})\s+${noun}$`, 'i').exec(group);
  return portfolio && /^ministers$/i.test(noun) ? `${portfolio[1]} ${noun}` : noun;
}

/** What a holder's title says for an office a group is named by ("interior ministers": "interior"). */
function officePattern(office: string): RegExp | undefined {
  const key = office.toLowerCase().replace(/\s+/g, ' ');
  const portfolio = /^([a-z]+) ministers$/.exec(key);
  return GROUP_OFFICE[key] ?? (portfolio ? cachedRegExp(String.raw`\b${portfolio[1]}\b`, 'i') : undefined);
}

/** Whether the article names someone holding the office a group is named by ("presidents": a president). */
function namesHolderOf(ctx: Ctx, office: string): boolean {
  const re = officePattern(office);
  if (!re) return false;
  for (const e of ctx.entities.values()) if (e.kind === 'person' && [...e.offices].some((o) => re.test(o))) return true;
  return false;
}

/** Offices a group of people named by office must hold ("the two presidents" are no envoy and a president). */
const GROUP_OFFICE: Record<string, RegExp> = {
  presidents: /\bpresident\b/i,
  'heads of state': /\b(?:president|king|queen|emir|sultan|monarch|emperor|head of state|grand duke|sovereign prince)\b/i,
  ministers: /\b(?:minister|secretary)\b/i,
  'foreign ministers': /\b(?:foreign|external)\b/i,
  leaders: /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|monarch|emperor|crown prince|leader|head of (?:state|government)|taoiseach|chairman|chairwoman|general secretary|secretary general|supreme)\b/i,
  'defence ministers': /\bdefen[cs]e\b/i,
  'defense ministers': /\bdefen[cs]e\b/i,
  'prime ministers': /\b(?:prime minister|premier)\b/i,
  premiers: /\b(?:prime minister|premier)\b/i,
};

/** Whether every person read back for "the two <office>" holds that office, as far as their titles say. */
function holdOffice(ctx: Ctx, ids: string[], noun: string): boolean {
  const office = officePattern(noun);
  if (!office) return true;
  return ids.every((id) => {
    const offices = [...(ctx.entities.get(id)?.offices ?? [])];
    // (A vice-president is no president; a deputy prime minister is a minister.)
    return !offices.length || offices.some((o) => office.test(o) && !(noun === 'presidents' && /\b(?:vice|deputy)\b/i.test(o)));
  });
}

/** Between "help" and the party helped: nothing, an article, or a demonym and the forces ("help the North Korean mission", "help Russian forces"). */
const HELPED_PARTY_GAP = /^\s+(?:(?:the|its|their)\s+)?$/i;
/** After the party helped, the act it is helped to do: a bare verb ("help Pyongyang build", "helped Minsk to pay"). */
const HELPED_TO_DO = /^(?:['’]s\s+[\w-]+)?\s+(?:to\s+)?(?!(?:in|on|at|with|before|after|during|against|from|for|by|and|or|as|since|until|through|over|under|via|amid|again|this|that|last|next|more|further)\b)\p{Ll}+\b/u;

/** The pair of countries the article's conflicts before `before` join most often, when one pair leads (or ties, then the earliest). */
function storyConflict(ctx: Ctx, before: number): string[] | undefined {
  const counts = new Map<string, { n: number; first: number; ids: string[] }>();
  for (const r of ctx.raw) {
    if (r.kind !== 'conflict' || r.start >= before || r.standing) continue;
    const ids = uniq(r.participants.map((p) => countryOf(ctx, p) ?? p)).filter((p) => ctx.entities.get(p)?.kind === 'country');
    if (ids.length !== 2) continue;
    const key = [...ids].sort().join(',');
    const seen = counts.get(key);
    // (Named in the order of its latest report, as the latest-conflict rule named it.)
    if (seen) Object.assign(seen, { n: seen.n + 1, ids });
    else counts.set(key, { n: 1, first: r.start, ids });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best && best.n >= 2 ? best.ids : undefined;
}

/** The speaker, or their country, named before `before` as a go-between ("talks mediated by X", "a U.S.-brokered truce"). */
function wasGoBetween(ctx: Ctx, speaker: string, country: string, before: number): boolean {
  return goBetweensOf(ctx).some((m) => m.end <= before && (m.entity === speaker || m.entity === country || countryOf(ctx, m.entity) === country));
}

/**
 * The mentions named as a go-between ("talks mediated by X", "a U.S.-brokered truce"), read once per
 * article (its mention list, fixed once found): every clause about "the two sides" asks, which made a long text quadratic.
 */
const goBetweens = new WeakMap<Mention[], Mention[]>();

function goBetweensOf(ctx: Ctx): Mention[] {
  let list = goBetweens.get(ctx.mentions);
  if (!list) {
    list = ctx.mentions.filter((m) => GO_BETWEEN.test(ctx.text.slice(Math.max(0, m.start - 60), m.start)) || /^-(?:brokered|mediated)\b/i.test(ctx.text.slice(m.end, m.end + 10)));
    goBetweens.set(ctx.mentions, list);
  }
  return list;
}

/** The people named from the start of `from` (a sentence of the same paragraph as `here`, else `here`) up to `before`. */
function peopleNamedSince(ctx: Ctx, from: Sentence, here: Sentence, before: number): string[] {
  const start = from.paragraph === here.paragraph && from.zone === here.zone ? from.start : here.start;
  return uniq(actorsIn(ctx, start, before).filter((m) => m.kind === 'person').map((m) => m.entity));
}

/** Whether a sentence is the story's running text (its lead or body): not a headline, deck, caption, byline or page furniture. */
function inStoryText(s: Sentence): boolean {
  return s.zone === 'body' || s.zone === 'lead';
}

function latestSetOf(ctx: Ctx, size: number, persons: boolean, before: number, including?: string, excluding: string[] = [], office?: string, subject = false): string[] | undefined {
  const fits = (ids: string[] | undefined) =>
    !!ids && ids.length === size && (!including || ids.includes(including)) && !ids.some((x) => excluding.includes(x)) && (!office || holdOffice(ctx, ids, office));
  const asSet = (ids: string[]) => uniq(persons ? ids.filter((p) => ctx.entities.get(p)?.kind === 'person') : ids.map((p) => countryOf(ctx, p)).filter((x): x is string => !!x && ctx.entities.get(x)?.kind === 'country'));
  // The latest coordinated list of exactly `size` parties in this or the two previous sentences: "Niger, Mali and Burkina Faso".
  // Two countries: the pair last named together ("Peru and Colombia agreed …", "between Riyadh and Tehran")
  // anywhere before, over the latest pair a relation happened to join ("Ecuador … with Colombia").
  const here = sentenceAt(ctx.sentences, before);
  const reach = !persons && size === 2 ? PAIR_REACH : 2;
  const sized = (ids: string[] | undefined): ids is string[] => !!ids && ids.length === size && (!including || ids.includes(including));
  const earlier = ctx.sentences.filter((s) => inStoryText(s) && s.end <= (here?.end ?? before));
  const near = (s: Sentence) => !here || s.index >= here.index - reach;
  // A pair that holds the third party ("Oman hosted talks between the two sides") is ruled out, and the
  // story's own pair is sought further back: one named together anywhere before, else the pair its relations join most often.
  let ruledOut = false;
  // "Relations with Algeria remain low after the Malian army said …; both countries recalled their ambassadors":
  // a paragraph that names exactly two countries before the group is about them.
  if (!persons && size === 2 && here) {
    const para = earlier.filter((s) => s.paragraph === here.paragraph);
    // (A third party the paragraph names too is no side: "India's … and his Pakistani counterpart … Rubio said the two sides …".)
    const named = para.length ? countriesNamedIn(ctx, para[0].start, before).filter((x) => !excluding.includes(x)) : [];
    if (fits(named)) return named;
    // "Diplomats from both countries are due to meet …" opening a paragraph: the two countries of the paragraph before.
    const previous = !named.length ? earlier.filter((s) => s.paragraph < here.paragraph).pop() : undefined;
    const prevPara = previous ? earlier.filter((s) => s.paragraph === previous.paragraph) : [];
    const named2 = prevPara.length ? countriesNamedIn(ctx, prevPara[0].start, prevPara[prevPara.length - 1].end) : [];
    if (fits(named2)) return named2;
    // "Trade between the two countries …" opening a paragraph after one that names third parties too: the story's own pair.
    const story = !named.length && named2.length > 2 ? mostNamedPair(ctx) : undefined;
    if (story && named2.filter((x) => story.includes(x)).length === 2 && fits(story)) return story;
  }
  // "He held talks with Chapo afterwards, and the two presidents agreed …": the set an earlier clause of the same sentence joined.
  const inThisSentence = here ? ctx.raw.filter((r) => r.kind !== 'role' && !r.standing && r.start >= here.start && r.end <= before).map((r) => asSet(r.participants)) : [];
  const joinedJustBefore = inThisSentence[inThisSentence.length - 1];
  if (fits(joinedJustBefore)) return joinedJustBefore;
  for (let i = earlier.length - 1; i >= 0 && near(earlier[i]); i--) {
    const s = earlier[i];
    const list = coordinatedList(ctx, s.start, Math.min(s.end, before), persons);
    if (fits(list)) return list;
    if (sized(list)) ruledOut = true;
  }
  // "…, according to A, who co-chairs the commission with B. A was in Pyongyang for its session, where the two
  // men signed …": exactly two people named since the previous sentence began are the two, over a pair some
  // relation joined further back.
  const namedLately = persons && subject && here ? peopleNamedSince(ctx, ctx.sentences[Math.max(0, here.index - 1)], here, before) : undefined;
  if (fits(namedLately) && !ruledOut) return namedLately;
  // ("… Boodhoo-Keane asked … Vasseur-Lindqvist proposed …" ¶ "The two ministers later met": a group opening its paragraph
  // is the people the paragraph before named.)
  const previous = persons && subject && here && ctx.sentences[here.index - 1]?.paragraph !== here.paragraph ? ctx.sentences[here.index - 1] : undefined;
  const namedBefore = previous ? uniq(actorsIn(ctx, ctx.sentences.find((x) => x.paragraph === previous.paragraph && x.zone === previous.zone)?.start ?? previous.start, previous.end).filter((m) => m.kind === 'person').map((m) => m.entity)) : undefined;
  if (fits(namedBefore) && !ruledOut) return namedBefore;
  // "The presidents of the two countries intend to meet", a paragraph after one on third parties: the story's own pair
  // (named far more than any third country) before whatever pair a relation happened to join last.
  const story = !persons && size === 2 ? mostNamedPair(ctx) : undefined;
  if (story && fits(story)) return story;
  const tally = new Map<string, { set: string[]; n: number }>();
  for (let i = ctx.raw.length - 1; i >= 0; i--) {
    const r = ctx.raw[i];
    // (A deck's "an agreement that Tokyo and Seoul had only guessed at" is no act of the story's text, as its lists are not.)
    if (r.kind === 'role' || r.standing || !inStoryText(r.clause.sentence)) continue;
    const set = asSet(r.participants);
    if (!sized(set)) continue;
    if (!fits(set)) {
      ruledOut = true;
      continue;
    }
    if (!ruledOut) return set;
    const key = [...set].sort().join('|');
    const t = tally.get(key) ?? { set, n: 0 };
    t.n++;
    tally.set(key, t);
  }
  for (let i = earlier.length - 1; ruledOut && i >= 0; i--) {
    const s = earlier[i];
    const list = near(s) ? undefined : coordinatedList(ctx, s.start, Math.min(s.end, before), persons);
    if (fits(list)) return list;
  }
  let best: { set: string[]; n: number } | undefined;
  for (const t of tally.values()) if (!best || t.n > best.n) best = t;
  if (best) return best.set;
  // "… the agreement he and Jon signed that morning." ¶ a quotation ¶ "The two ministries will share records": with no
  // act joining such a set, the parties of the latest pact signed or standing.
  const standing = findLast(ctx.raw, (r) => r.kind !== 'role' && !!r.standing && r.start < before && fits(asSet(r.participants)));
  if (standing) return asSet(standing.participants);
  // "Tajikistan, Kyrgyzstan and Uzbekistan fix the point where their borders meet" over a live page whose entries name them
  // apart: with no set of that size named nearby or joined by a relation, the one the headline lists is the story's.
  if (persons) return undefined;
  for (const s of ctx.sentences.filter((x) => x.zone === 'title' && x.start < before)) {
    const list = coordinatedList(ctx, s.start, s.end, false);
    if (fits(list)) return list;
  }
  return undefined;
}

/**
 * Words around the party named right before an act that make it the act's doer (`lead` before the
 * party, `gap` between it and the act): help ("helped Russia push Ukraine's forces out", "to help
 * Russian forces drive …") and urging ("urged the European Union to widen its sanctions on
 * Belarus", "called on Brazil to impose sanctions": the one urged would take the measure).
 */
const DOER_OF_ACT: ReadonlyArray<{ lead: RegExp; gap: RegExp }> = [
  { lead: /\bhelp(?:s|ed|ing)?\s+(?:to\s+)?(?:the\s+)?$/i, gap: /^\s+(?:(?:forces|troops|army|soldiers|units)\s+)?$/ },
  {
    lead: /\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing))\s+(?:the\s+)?$/i,
    gap: /^\s+to\s+(?:[a-z-]+\s+)(?:(?:its|their|new|further|tougher|more|wider)\s+){0,2}$/,
  },
];

function doerOfAct(text: string, c: Clause, near: Mention | undefined, t: Trigger): Mention | undefined {
  if (!near || near.possessive) return undefined;
  const gap = text.slice(near.end, t.start);
  const lead = text.slice(Math.max(c.start, near.start - 24), near.start);
  return DOER_OF_ACT.some((d) => d.gap.test(gap) && d.lead.test(lead)) ? near : undefined;
}

/** "… for its (continued) support of X": the backing a party is blamed for. */
const FOR_ITS = /\bfor\s+(?:its|their)\s+(?:[\w-]+\s+)?$/i;

/** After "help": two sides joined by "and", then a verb of coming to terms ("Sudan and Chad settle", "the two neighbours talk"). */
const HELP_TWO_TO_TALK = /^\s+(?:the\s+)?[^,;.]{2,60}?\s+and\s+(?:the\s+)?[^,;.]{2,40}?\s+(?:to\s+)?(?:talk|negotiate|meet|settle|resolve|reconcile|make\s+peace|reach\s+(?:a|an)\s+(?:deal|agreement|settlement))\b/i;
/** From "help" to the act of the one helped: " Russian forces ", " to the Malian army ". */
const HELPED_DOER_SPAN = /^\s+(?:to\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,3}$/;

/** Words before a group anaphor that make it the object of another party's act: "warned both sides", "talks between the two sides". */
const SIDES_AS_OBJECT = /\b(?:with|between|among|to|for|urged|urging|warned|warning|pressed|pressing|told|telling|invited|inviting|hosted|hosting|bring|bringing|brought|help|helped|helping|mediate|mediated|mediating)\s+$/i;

/** The coordinated run among `ms` that ends with `last` ("Japan and the EU" for the EU), or undefined. */
function runEndingAt(ctx: Ctx, ms: Mention[], last: Mention): Mention[] | undefined {
  const from = ms.findIndex((_, i) => coordinatedRun(ctx, ms.slice(i)).includes(last));
  return from >= 0 ? coordinatedRun(ctx, ms.slice(from)) : undefined;
}

/** The subject right before `at`: the coordinated run of the last non-possessive party named before it ("Bolivian and Chilean troops fought for …"). */
function subjectRunBefore(ctx: Ctx, ms: Mention[], at: number): Mention[] {
  const pre = ms.filter((m) => m.end <= at && !m.possessive);
  return pre.length ? runEndingAt(ctx, pre, pre[pre.length - 1]) ?? [] : [];
}

/** "A, B and C" / "A and B": actors joined only by commas and one "and". */
function coordinatedList(ctx: Ctx, start: number, end: number, persons: boolean): string[] | undefined {
  const ms = actorsIn(ctx, start, end).filter((m) => (persons ? m.kind === 'person' : m.kind === 'country' && !m.demonym));
  let best: string[] | undefined;
  let run: Mention[] = [];
  for (const m of ms) {
    const prev = run[run.length - 1];
    // A title belongs to its holder: "Vucic and Kosovo Prime Minister Albin Kurti". (Not a title shared with the one
    // before: "the two prime ministers, Robert Fico and Viktor Orbán" quotes the whole list for each.)
    // So does a possessive before a name: "Peru's Ana Soto and Chile's Luis Vega".
    const owner = (x: Mention) => (persons && prev ? mentionsIn(ctx, prev.end, x.start).find((o) => o.possessive && /^(?:['’]s)?\s+$/.test(ctx.text.slice(o.end, x.start))) : undefined);
    const from = (x: Mention) => (x.phrase && x.phrase.start < x.start && (!prev || x.phrase.start >= prev.end) ? x.phrase.start : (owner(x)?.start ?? x.start));
    const gap = prev ? ctx.text.slice(prev.end, from(m)) : '';
    if (prev && /^(?:['’]s)?(?:,\s*|\s*,?\s+and\s+)$/.test(gap)) run.push(m);
    else run = [m];
    if (run.length >= 2) {
      const last = ctx.text.slice(run[run.length - 2].end, from(m));
      if (/\band\s+$/.test(last)) best = uniq(run.map((x) => x.entity));
    }
  }
  return best;
}

/**
 * "reproached Ali for agreeing to hold exercises": the reason given for a reproach is coded
 * as the reproach (a conflict), not as a new act. (An act alleged with "accused X of …" is
 * kept: the annotation conventions record it, so that a denial can answer it.)
 */
function inAccusation(text: string, triggers: Trigger[], t: Trigger): boolean {
  return triggers.some((x) => x.mode === 'accuse' && x.end <= t.start && /\b(?:for|of)\s+(?:[\w'’-]+\s+){0,4}?[a-z]+ing\b/.test(text.slice(x.end, t.end)));
}

/** The verbs of a charge; what follows them is its content. */
const ACCUSATION_VERB = /^accus(?:e|es|ed|ing)$/i;
const COMPLAINT_VERB = /^(?:complained|protested|objected|alleged|charged)$/;
/** "charged that the workshop would knit uniforms for the army and that Belarus was helping": the one a charge is about opens a clause of its content. */
const ALLEGATION_VERB = /^(?:alleged|charged)$/;
const DEMAND_TO_STOP = /\b(?:should|must|would have to|has to|have to)\s+["“]?(?:stop|cease|end|halt|quit)\b/i;

/**
 * "Xi complained that U.S. export controls hurt China", "Xi told Biden the United States
 * should stop arming Taiwan": a complaint about, or a demand to stop, what another party does
 * is a conflict between the speaker and that party (CAMEO 11, 10).
 */
function codeComplaint(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  // ("He charged that Sierra Leone had moved its police post": a charge by "he" is the person the sentence before was about.)
  // ("Utsjoki's mayor, Jouni Guttorm-Heikkilä, charged that …": else the one named last before the verb.)
  const speaker = ALLEGATION_VERB.test(c.speechVerb ?? '') ? allegingSide(ctx, c) : c.speaker;
  if (!speaker) return;
  const complaint = COMPLAINT_VERB.test(c.speechVerb ?? '');
  const demand = DEMAND_TO_STOP.exec(body);
  if (!complaint && !demand) return;
  const own = countryOf(ctx, speaker);
  const until = demand ? c.start + demand.index : c.end;
  const opensClause = (m: Mention) => m.start === c.start || /\bthat\s+(?:(?:the|a|an)\s+)?$/i.test(ctx.text.slice(Math.max(c.start, m.start - 12), m.start));
  const named = actorsIn(ctx, c.start, until).filter((m) => m.entity !== speaker && countryOf(ctx, m.entity) !== own);
  // (A charge names the accused as the subject of what it says: "alleged that satellite pictures showed crates leaving for the
  // European Union" accuses no one.)
  const target = ALLEGATION_VERB.test(c.speechVerb ?? '') ? named.find((m) => opensClause(m) && !m.possessive) : named.find((m) => !m.possessive);
  const other = target ?? (ALLEGATION_VERB.test(c.speechVerb ?? '') ? undefined : actorsIn(ctx, c.start, until).find((m) => m.entity !== speaker && countryOf(ctx, m.entity) !== own));
  if (!other) return;
  const raw: RawRelation & { dates?: DateHit[] } = { kind: 'conflict', participants: [speaker, other.entity], directed: true, status: 'reported', clause: c, start: c.start, end: c.end, trigger: demand ? demand[0] : c.speechVerb! };
  raw.dates = dateHits;
  ctx.raw.push(raw);
}

/**
 * Who alleges or charges: "Vilnius accused Minsk of … and alleged that …" is the actor of the verb it is coordinated
 * with; "He charged that …" the person the sentence before was about; "X, charged that …" the one named just before.
 */
function allegingSide(ctx: Ctx, c: Clause): string | undefined {
  if (/\band\s+(?:\w+ly\s+)?(?:alleged|charged)\s[^,;]*$/i.test(ctx.text.slice(c.sentence.start, c.start))) {
    return findLast(ctx.raw, (r) => r.clause.sentence === c.sentence && r.clause !== c && r.directed && r.start < c.start)?.participants[0];
  }
  return c.speaker ?? pronounSpeaker(ctx, c) ?? nameRightBeforeVerb(ctx, c);
}

/** The one named just before a clause's speech verb, set off by a comma at most ("X, charged that"; not "… and alleged that"). */
function nameRightBeforeVerb(ctx: Ctx, c: Clause): string | undefined {
  const last = actorsIn(ctx, c.sentence.start, c.start).filter((m) => !m.possessive && !m.demonym).pop();
  const gap = last ? ctx.text.slice(last.end, c.start) : '';
  return last && /^,?\s+(?:\w+ly\s+)?[a-z]+\b/.test(gap) && !/^,?\s+and\b/.test(gap) ? last.entity : undefined;
}

/** What a demand asks of its addressee that sets it against them (CAMEO 10/11); "urged Washington to help" is no quarrel. */
const DEMANDED_ACTS = 'halt|stop|end|cease|suspend|abandon|break\\s+off|curb|respect|comply|abide|honou?r|refrain|withdraw|pull\\s+out|leave|release|free|return|reverse|hand\\s+over|stay\\s+out|keep\\s+out|lift|drop|scrap|apologi[sz]e|compensate';
const DEMANDED_ACT = new RegExp(`^(?:${DEMANDED_ACTS})$`, 'i');
/**
 * "urged Moscow to respect …", "called on Iran to refrain from …", "demanded that China return …": the demand, who it is
 * put to, "not", and the act (any verb after "urged … to", one of DEMANDED_ACTS after "demanded that").
 */
const DEMAND = new RegExp(
  `\\b(?:(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\\s+on|press(?:es|ed|ing)?)["”]?\\s+([^,;.:"“”()]{1,80}?)\\s+(not\\s+)?to|demand(?:s|ed|ing)?\\s+that\\s+([^,;.:"“”()]{1,80}?)(?:\\s+(not))?(?=\\s+(?:should\\s+|must\\s+)?(?:${DEMANDED_ACTS})\\b))\\s+(?:should\\s+|must\\s+)?(?:(?:immediately|also|fully|strictly)\\s+)?(${DEMANDED_ACTS}|[a-z]+)\\b`,
  'i',
);
/** "urged Washington not to ease the pressure on Minsk": a call to keep a measure against a third party, not against the one urged. */
const NOT_TO_EASE = /^\s*(?:ease|lift|relax|weaken|drop|reduce|abandon|end)\s+(?:the\s+|its\s+|their\s+)?(?:pressure|sanctions|support|aid)\b/i;

/**
 * "Seoul urged Minsk to respect Security Council resolutions", "demanded that China return the
 * rifles", "urged Honiara not to sign": a demand that another party stop, refrain, comply or undo
 * is a conflict of the one who demands it with the one it is put to (CAMEO 10, 11), reported as
 * made, whatever the demanded act would have been.
 */
function codeDemand(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  const m = DEMAND.exec(body);
  if (!m) return;
  const between = m[1] ?? m[3];
  const negated = m[2] ?? m[4];
  const act = m[5];
  if (!negated && !DEMANDED_ACT.test(act)) return;
  // "urged Peru to return to the negotiating table": a call back to talks proposes them, it sets no one against anyone.
  if (!negated && /^\s+to\s+(?:the\s+)?(?:negotiating\s+table|table|talks|dialogue|negotiations)\b/i.test(body.slice(m.index + m[0].length))) return;
  if (negated && NOT_TO_EASE.test(body.slice(m.index + m[0].length - act.length))) return;
  const verbAt = c.start + m.index;
  const addrFrom = c.start + m.index + m[0].indexOf(between);
  const addressees = coordinatedRun(ctx, actorsIn(ctx, addrFrom, addrFrom + between.length).filter((x) => !x.possessive && !x.demonym));
  // The words between the verb and "to" are the addressees' own ("urged Moscow and Pyongyang to"), not a clause of their own.
  // (A title may stand before the name: "called on President Vladimir Putin to halt".)
  if (!addressees.length || !/^(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,3}$|^$/.test(ctx.text.slice(addrFrom, addressees[0].start)) || !/^(?:\s+[\w'’-]+){0,2}\s*$/.test(ctx.text.slice(addressees[addressees.length - 1].end, addrFrom + between.length))) return;
  const before = actorsIn(ctx, c.start, verbAt).filter((x) => !x.demonym && !x.possessive && !ctx.modifiers.has(x));
  // ", and "strongly urged" Moscow to halt it": a clause that opens on the verb continues the sentence's subject.
  const opener = c.start > c.sentence.start && /^\W*(?:\w+ly\s+)?\W*$/.test(ctx.text.slice(c.start, verbAt)) ? subjectOfSentence(ctx, c.sentence) : undefined;
  const urgers = before.length ? subjectRunBefore(ctx, before, verbAt) : c.inherited?.length ? c.inherited : opener ? [possessiveHead(ctx, opener)] : [];
  const level = (id: string) => (ctx.entities.get(id)?.kind === 'person' ? id : partyOf(ctx, id));
  const side = uniq(urgers.length ? urgers.map((x) => level(x.entity)) : c.speaker ? [level(c.speaker)] : []);
  const put = uniq(addressees.map((x) => partyOf(ctx, x.entity))).filter((p) => !side.includes(p) && !side.some((s) => countryOf(ctx, s) === p));
  if (!side.length || !put.length) return;
  if (ctx.raw.some((r) => r.kind === 'conflict' && r.clause.sentence === c.sentence && put.every((p) => r.participants.includes(p)))) return;
  const raw: RawRelation & { dates?: DateHit[] } = { kind: 'conflict', participants: [...side, ...put], directed: true, ...(side.length > 1 ? { actors: side.length } : {}), status: 'reported', clause: c, start: c.start, end: c.end, trigger: m[0].split(/\s/)[0] };
  raw.dates = dateHits;
  ctx.raw.push(raw);
}

/**
 * "Wang told his Pakistani counterpart, Ishaq Dar, that …": one official speaking to their
 * counterpart abroad is a contact between the two (CAMEO 04), whatever the words were.
 */
function codeToldCounterpart(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  if (!c.toldCounterpart || !c.addressee) return;
  const speaker = c.speaker ?? toldBy(ctx, c.sentence, c.toldCounterpart.start);
  if (!speaker || speaker === c.addressee || ctx.entities.get(speaker)?.kind !== 'person' || ctx.entities.get(c.addressee)?.kind !== 'person') return;
  const [own, other] = [countryOf(ctx, speaker), countryOf(ctx, c.addressee)];
  if (own && own === other) return;
  const raw: RawRelation & { dates?: DateHit[] } = { kind: 'meeting', participants: [speaker, c.addressee], directed: false, status: 'reported', clause: c, start: c.toldCounterpart.start, end: c.toldCounterpart.end, trigger: 'told' };
  raw.dates = dateHits;
  ctx.raw.push(raw);
}

/** The signatories and the verb of a relative clause on a pact: "A and B had signed". */
const SIGNERS_SIGNED = String.raw`[^;.()"“”]{3,100}?\s+(?:(?:had|has|have|jointly|both)\s+)*signed\b`;
/** "… treaty that A and B signed", "… treaty, which A and B had signed": the relative clause right after a pact noun that names its signatories. */
const SIGNED_BY_RELATIVE = new RegExp(String.raw`^(?:\s+(?:on|of|for)\s+[^,;.()"“”]{1,40}?)?(?:,\s*which|\s+that|\s+which)\s+` + SIGNERS_SIGNED);
/** "the agreement he and Jon signed", "the treaty Moscow and Pyongyang signed": the same clause without "that" (never "… was signed"). */
const SIGNED_BY_BARE_RELATIVE = new RegExp(String.raw`^\s+(?=(?:he|she)\s+and\s|\p{Lu})` + SIGNERS_SIGNED, 'u');
const PASSIVE_SIGNED = /\b(?:was|were|is|are|be|been|being|get|got)\s+(?:[\w-]+\s+)?signed$/i;

/** The person "he" or "she" stands for before a pact's signers: the one person named earlier in the sentence, else in the sentence before. */
function signerPronoun(ctx: Ctx, t: Trigger): string | undefined {
  const s = sentenceAt(ctx.sentences, t.start);
  if (!s) return undefined;
  const here = uniq(actorsIn(ctx, s.start, t.start).filter((x) => x.kind === 'person').map((x) => x.entity));
  if (here.length) return here.length === 1 ? here[0] : undefined;
  const prev = ctx.sentences[s.index - 1];
  return prev && prev.paragraph === s.paragraph ? personOf(ctx, prev) : undefined;
}

/**
 * The signatories of a pact as its relative clause names them ("the treaty that Putin and Kim
 * signed"): two people or more, and no one else between the noun and "signed" but the countries
 * that qualify them ("North Korean leader Kim").
 */
function pactSigners(ctx: Ctx, t: Trigger): string[] | undefined {
  const after = ctx.text.slice(t.end, t.end + 180);
  const bare = SIGNED_BY_BARE_RELATIVE.exec(after);
  const m = SIGNED_BY_RELATIVE.exec(after) ?? (bare && !PASSIVE_SIGNED.test(bare[0]) ? bare : null);
  if (!m) return undefined;
  const named = actorsIn(ctx, t.end, t.end + m[0].length);
  // "the agreement he and North Korea's minister, Jon Hyok Chol, signed": "he" is the one person named before it.
  const pronoun = /^\s+(?:that\s+|,\s*which\s+|which\s+)?(?:he|she)\s+and\s/i.test(m[0]) ? signerPronoun(ctx, t) : undefined;
  const persons = [...(pronoun ? [pronoun] : []), ...named.filter((x) => x.kind === 'person').map((x) => x.entity)];
  if (persons.length >= 2 && !named.some((x) => x.kind !== 'person' && !x.demonym && !ctx.modifiers.has(x))) return uniq(persons);
  // "the treaty that Moscow and Pyongyang signed", "the border treaty the two countries signed in March": states as signatories.
  const rest = m[0].replace(/^(?:\s+(?:on|of|for)\s+[^,;.()"“”]{1,40}?)?(?:,\s*which|\s+that|\s+which)?\s+/, '');
  const before = t.end + m[0].length - rest.length;
  const states = coordinatedRun(ctx, actorsIn(ctx, before, t.end + m[0].length).filter((x) => (x.kind === 'country' || x.kind === 'bloc') && !x.demonym && !x.possessive));
  if (states.length >= 2 && states[0].start === before) return uniq(states.map((x) => countryOf(ctx, x.entity) ?? x.entity));
  if (/^(?:the\s+)?(?:two|both)\s+(?:countries|governments|sides|neighbou?rs|states|nations|capitals)\s+(?:(?:had|has|have|jointly)\s+)*signed\b/i.test(rest)) return storyPair(ctx, t.start);
  return undefined;
}

/**
 * Who "told" when no speaker stands right before the verb: "She told …", "…, where he told …" (the
 * one person who fits, personPronoun), or the person a relative clause describes ("X, who toured
 * the resort on Monday, told …").
 */
function toldBy(ctx: Ctx, s: Sentence, at: number): string | undefined {
  const before = ctx.text.slice(s.start, at);
  const pronoun = /\b(?:he|she)\s+$/i.exec(before);
  if (pronoun) return personPronoun(ctx, { start: s.start + pronoun.index, end: at, sentence: s })?.[0]?.entity;
  const head = actorsIn(ctx, s.start, at).filter((m) => m.kind === 'person' && /^,\s+who\s[^;"“”]*,\s+$/.test(ctx.text.slice(m.end, at)) && !/,\s+who\s/.test(ctx.text.slice(m.end + 2, at)));
  return head.length === 1 ? head[0].entity : undefined;
}

const NOT_AIMED = /\b(?:not|never)\s+(?:(?:been|be|being|in\s+any\s+way|in\s+any\s+sense|at\s+all)\s+)?(?:(?:directed|aimed|targeted|targetted|pointed)\s+(?:at|against)|against)\s+(?:(?:any\s+third\s+(?:country|countries|party|parties|state|states|nation|nations)|anyone|any\s+(?:other\s+)?(?:country|state|nation))\s*,?\s+(?:including|let\s+alone|and\s+certainly\s+not|least\s+of\s+all)\s+)?(?:the\s+)?/i;

/** "denied on Wednesday that the drill was aimed at South Korea or Japan": the same denial, by a verb of denying. */
const DENIED_AIMED = /\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+(?:(?:on\s+\w+|again|flatly|firmly)\s+)?(?:(?:claims?|suggestions?|reports?|allegations?)\s+)?that\s+(?:[\w'’-]+\s+){1,5}?(?:was|were|is|are|had\s+been|has\s+been|would\s+be)\s+(?:(?:in\s+any\s+way)\s+)?(?:aimed|directed|targeted|pointed)\s+(?:at|against)\s+(?:the\s+)?/i;

/**
 * "Ecuador insisted the drills were not aimed at Peru or Colombia", "the pact is "not directed
 * against any third country, including Chile"": a denied hostility of the side that says so (the
 * speaker's country; the parties of the story's pact when the words are about the agreement; else
 * the parties named before) towards the parties named after (CAMEO 1 of 17: a denial of a threat).
 * Returns where the cue starts, so that its targets are no parties to the clause's other acts.
 */
function codeNotAimedAt(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): number | undefined {
  const m = NOT_AIMED.exec(body) ?? DENIED_AIMED.exec(body);
  if (!m) return undefined;
  const at = c.start + m.index;
  const after = actorsIn(ctx, c.start + m.index + m[0].length, c.end);
  const first = after[0];
  if (!first || first.start !== c.start + m.index + m[0].length) return at;
  // "at Peru, Colombia or Brazil": a denial lists its targets with "or" as well.
  const run = after.slice(0, 1);
  for (const x of after.slice(1)) if (/^(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/.test(ctx.text.slice(run[run.length - 1].end, x.start))) run.push(x); else break;
  const targets = uniq(run.map((x) => partyOf(ctx, x.entity)));
  const own = c.speaker ? countryOf(ctx, c.speaker) ?? (ctx.entities.get(c.speaker)?.kind === 'person' ? undefined : c.speaker) : undefined;
  // "Russia's cooperation with Cuba is not directed against …": the possessor is the side that means no harm.
  const named = actorsIn(ctx, c.start, at).filter((x) => !x.demonym || x.possessive);
  const before = (named.some((x) => x.possessive) ? named.filter((x) => x.possessive) : named).map((x) => partyOf(ctx, x.entity));
  const aboutPact = ANY_PACT.test(ctx.text.slice(c.start, at));
  const side = uniq([...(own ? [own] : []), ...(own ? [] : before), ...(aboutPact && !before.length ? partiesOfStoryPact(ctx, c).map((p) => countryOf(ctx, p) ?? p) : [])]).filter((p) => !targets.includes(p));
  if (!side.length || !targets.length) return at;
  pushDenial(ctx, c, dateHits, 'conflict', [...side, ...targets], true, side.length);
  return at;
}

/** A verb of accusing or blaming, in any form. */
const ACCUSING = /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\b/i;

/**
 * "Such claims came without evidence", "a charge both Pyongyang and Moscow denied": a
 * denial of the act reported just before, with that act's participants.
 */
function codeAnaphoricDenial(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (rebutsEarlierAccusation(ctx, c, body, dateHits)) return;
  if (deniesItPointingBack(ctx, c, body, dateHits)) return;
  if (rebutsLatestAccusation(ctx, c, body, dateHits)) return;
  if (negatesLatestCharge(ctx, c, body, dateHits)) return;
  if (!/\b(such|the|an?|that|these|those) (claims?|charges?|allegations?|accusations?|reports?)\b/i.test(body)) return;
  if (!/\b(den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|without evidence)\b/i.test(body) && !FALSEHOOD.test(body)) return;
  // "He accused X of rebuilding launchers, a charge the group denied": the charge is the accusation of its own sentence; an
  // act reported before that sentence is not what is denied.
  const charge = body.search(/\b(?:claims?|charges?|allegations?|accusations?|reports?)\b/i);
  // The accusation is looked for from 600 characters before this paragraph on.
  const from = ctx.text.lastIndexOf('\n', c.start) - 600;
  const accusedHere = ACCUSING.test(ctx.text.slice(c.sentence.start, c.start + Math.max(0, charge)));
  // "X accuses Y of sheltering Z. Y denies the charge": the charge is the latest accusation's; an act reported before it
  // is not what is denied (when the accusation's own act was not coded, nothing is).
  const charged = !accusedHere && /\b(?:charges?|allegations?|accusations?)\b/i.test(body)
    ? findLast(ctx.sentences, (x) => x.end <= c.sentence.start && x.start >= from && ACCUSING.test(ctx.text.slice(x.start, x.end)))
    : undefined;
  // "The Thai army said Cambodian forces had shelled … Cambodia rejected the accusation": with no verb of accusing, the
  // charge is the latest claim made by another side that names the one who rejects it.
  const claim = !accusedHere && !charged && /\b(?:charges?|allegations?|accusations?)\b/i.test(body) ? latestClaimAgainst(ctx, c, from) : undefined;
  // (A standing fact, "X is Y's largest donor", is the story's background, never the act a charge alleges.)
  const act = findLast(ctx.raw, (r) => r.status === 'reported' && !r.standing && (r.kind === 'cooperation' || r.kind === 'support') && r.start >= from && (!accusedHere || r.clause.sentence === c.sentence) && (!charged || r.clause.sentence === charged) && (!claim || r.clause.sentence === claim.sentence));
  if (!act && claim) {
    // The charge was no coded act ("had shelled positions in Surin"): what is denied is the hostile act charged, against the
    // claimant; a claim of anything else that was not coded gives nothing to deny.
    if (claim.hostile) pushDenial(ctx, c, dateHits, 'conflict', [claim.denier, claim.claimant], true);
    return;
  }
  if (!act) {
    // "Vilnius accused Minsk of a hybrid attack, a charge the Belarusian leader rejected": the act
    // denied is the hostile act charged, by the accused against the accuser's side.
    const accusation = accusedHere ? findLast(ctx.raw, (r) => r.kind === 'conflict' && r.status === 'reported' && r.clause.sentence === c.sentence && /^(?:accus|blam)/i.test(r.trigger)) : undefined;
    if (!accusation) return;
    const accusers = accusation.participants.slice(0, accusation.actors ?? 1);
    const side = uniq(accusers.map((p) => countryOf(ctx, p) ?? p));
    const accused = accusation.participants.slice(accusation.actors ?? 1).filter((p) => !side.includes(p));
    if (!accused.length || !side.length) return;
    pushDenial(ctx, c, dateHits, 'conflict', [...accused, ...side], true, accused.length);
    return;
  }
  pushDenial(ctx, c, dateHits, act.kind, act.participants, act.directed, act.actors);
}

/**
 * "The Dornogovi Herders' Union said on Monday that Hanbit Resources had drained three springs …
 * Hanbit rejected the accusation on Tuesday", "Tidewatch said last week that Sever Trawl's reefer
 * … Sever Trawl denied the report": a rebuttal that points back, within two sentences, to what one
 * party said a body had done makes that saying an allegation, a conflict between the two
 * (reported). What the rebuttal denies is left to the denial rules: the act alleged may be any kind.
 * Only a body accused by a party of another side; states accused are read by latestClaimAgainst.
 */
const REBUTS_CLAIM = /\b(?:den(?:ied|ies|y)|reject(?:ed|s)?|refut(?:ed|es|e)|disput(?:ed|es|e)|dismiss(?:ed|es)?)\s+(?:(?:the|that|this|those|these|such|any(?:\s+such)?)\s+)(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|account|story|report|findings?|practices?)\b/i;
/** From a verb of saying to what was said: " on Monday that ", " last week that ", " that ". */
const UP_TO_THAT = String.raw`\s+(?:(?:on|last|in|this|earlier|late|at)\s+(?:[\w'’-]+\s+){1,4}?)?that\s+`;
/** "said on Monday that", "alleged last week that", "claimed in a report that": a party's saying what another did. */
const SAID_THAT = new RegExp(String.raw`\b(?:said|says|alleged|alleges|claimed|claims|charged|reported|asserted)${UP_TO_THAT}`, 'i');

/** The one who says what another did, named last before the verb: a person as themselves, a body or state as its possessive's head. */
function claimantBefore(ctx: Ctx, from: number, verbAt: number): string | undefined {
  const m = findLast(actorsIn(ctx, from, verbAt), (x) => !x.demonym);
  return m && (m.kind === 'person' ? m.entity : possessiveHead(ctx, m).entity);
}

function codeClaimRebutted(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  const rebuttal = REBUTS_CLAIM.exec(body);
  if (!rebuttal) return;
  const rebutter = actorsIn(ctx, c.start, c.start + rebuttal.index).find((m) => !m.demonym && m.kind !== 'person');
  if (!rebutter) return;
  const from = ctx.text.lastIndexOf('\n', c.start) - 600;
  const earlier = ctx.sentences.filter((x) => x.end <= c.sentence.start && x.start >= from && inStoryText(x)).slice(-2).reverse();
  for (const s of earlier) {
    const said = SAID_THAT.exec(ctx.text.slice(s.start, s.end));
    if (!said) continue;
    const verbAt = s.start + said.index;
    const claimantId = claimantBefore(ctx, s.start, verbAt);
    const accused = actorsIn(ctx, verbAt + said[0].length, s.end)[0];
    if (!claimantId || !accused || accused.kind !== 'organization' || claimantId === accused.entity) return;
    const accusedSide = countryOf(ctx, accused.entity) ?? accused.entity;
    // The one rebutting speaks for the accused: the accused itself, or a body of the accused's country.
    if (rebutter.entity !== accused.entity && (countryOf(ctx, rebutter.entity) ?? rebutter.entity) !== accusedSide) return;
    if ((countryOf(ctx, claimantId) ?? claimantId) === accusedSide) return;
    if (ctx.raw.some((r) => r.clause.sentence === s && r.kind === 'conflict' && r.participants.includes(accused.entity))) return;
    const claim: Clause = { start: s.start, end: s.end, sentence: s };
    pushClauseRelation(ctx, claim, dateHits, { kind: 'conflict', participants: [claimantId, accused.entity], directed: true, status: 'reported', trigger: said[0].trim() });
    return;
  }
}

/**
 * "X alleged on Monday that a Lebanese Armed Forces patrol boat had shepherded …": alleging what
 * another side did is an accusation (conflict, reported) whether or not anyone rebuts it.
 */
const ALLEGED_THAT = new RegExp(String.raw`\b(?:alleged|alleges|alleging)${UP_TO_THAT}`, 'i');

function codeAllegation(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  const said = ALLEGED_THAT.exec(body);
  if (!said) return;
  const verbAt = c.start + said.index;
  const claimantId = claimantBefore(ctx, c.start, verbAt);
  const clauseAt = verbAt + said[0].length;
  // The accused is the subject of what is alleged, right after "that" ("that a Lebanese Armed Forces patrol boat").
  const accused = actorsIn(ctx, clauseAt, c.sentence.end).find((m) => /^(?:(?:the|a|an)\s+)?$/i.test(ctx.text.slice(clauseAt, m.start)));
  if (!claimantId || !accused || claimantId === accused.entity) return;
  const accusedId = accused.demonym ? accused.entity : possessiveHead(ctx, accused).entity;
  const side = (id: string) => countryOf(ctx, id) ?? id;
  if (side(claimantId) === side(accusedId)) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.kind === 'conflict' && r.participants.includes(accusedId))) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [claimantId, accusedId], directed: true, status: 'reported', trigger: said[0].trim() });
}

/** What a denial calls a claim: "a fantasy", "baseless", "pure fabrication". */
const FALSEHOOD_WORDS = String.raw`(?:baseless|false|fabricat\w*|lies?|propaganda|nonsense|fantas(?:y|ies)|fiction|slander\w*|groundless|disinformation|fake|untrue|absurd|ridiculous|rumou?rs?|hysteria|inventions?)`;
const FALSEHOOD = new RegExp(String.raw`\b${FALSEHOOD_WORDS}\b`, 'i');
/** A verb of denying, which every pattern below needs (tested first: most clauses have none). */
const DENIAL_VERB = /\b(?:den(?:y|ies|ied)|reject|dismiss|call|brand|term|describ|brush|wav|laugh|shrug|rebuff|refut)/i;
/** "called that a fabrication", "branded it a fairy tale", "brushed that aside", "laughed it off": rebuffing what was just said. */
const REBUFFS_IT = String.raw`(?:(?:call(?:s|ed)?|brand(?:s|ed)?|term(?:s|ed)?|describ(?:es|ed))\s+(?:it|this|that)\s+(?:as\s+)?["“]?(?:(?:an?|the|pure|complete|utter|total|simply)\s+)*["“]?(?:[\w-]+\s+){0,2}?(?:${FALSEHOOD_WORDS}|fairy[\s-]?tales?|smears?|myths?|canards?|concoctions?)\b|(?:brush(?:es|ed)?|wav(?:es|ed))\s+(?:it|this|that)\s+(?:aside|away|off)\b|(?:laugh|shrug)(?:s|ed)?\s+(?:it|this|that)\s+off\b)`;
/** "Minsk denies it", "…, which Moscow has always denied", "Both deny this": a denial whose object points back, ending its clause. */
const DENIES_IT = new RegExp(String.raw`^(.{0,60}?)\b(?:(?:has|have|had)\s+)?(?:(?:always|repeatedly|consistently|flatly|strongly|firmly|publicly|promptly|swiftly)\s+)?(?:(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+(?:it|this|that)(?=\s*(?:[.;:,)–—]|\s-\s|$)|\s+as\s+["“]?(?:[\w-]+\s+){0,2}?["“]?${FALSEHOOD_WORDS}\b)|${REBUFFS_IT})`, 'i');
/** "…, which Moscow has always denied": the relative pronoun is what is denied. */
const WHICH_DENIED = /^\W*(?:which\s+)?(.{1,60}?)\s+(?:(?:has|have|had)\s+)?(?:(?:always|repeatedly|consistently|flatly|strongly|firmly|publicly)\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)(?=\s*(?:[.;:,)–—]|$))/i;
const GROUP_DENIER = /^\W*(?:both(?:\s+(?:countries|governments|sides|capitals))?|the\s+two(?:\s+(?:countries|governments|sides|capitals))?|they)\s+$/i;

/** Where the sentence before the clause's starts (a byline skipped), or its own sentence when it is the first: a rebuttal's reach. */
function previousSentenceStart(ctx: Ctx, c: Clause): number {
  return findLast(ctx.sentences, (s) => s.end <= c.sentence.start && s.zone !== 'byline')?.start ?? c.sentence.start;
}

/**
 * "Western diplomats say Belarusian plants have shipped truck parts to North Korea; Minsk denies
 * it": the act just reported (in the same sentence or the one before), denied by one of its own
 * parties ("Both deny it": by all of them). A denier who is no party to it denies nothing coded.
 */
function deniesItPointingBack(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): boolean {
  if (!DENIAL_VERB.test(body)) return false;
  const relative = /^\W*which\s/i.test(body) || /\bwhich\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 12), c.start));
  const m = DENIES_IT.exec(body) ?? (relative ? WHICH_DENIED.exec(body) : null);
  if (!m) return false;
  const named = actorsIn(ctx, c.start, c.start + m[1].length);
  const group = !named.length && GROUP_DENIER.test(m[1].replace(/^\W*which\s+/i, ''));
  if (!named.length && !group) return false;
  const from = previousSentenceStart(ctx, c);
  const act = findLast(ctx.raw, (r) => r.start >= from && r.start < c.start && r.status === 'reported' && r.kind !== 'role' && !r.standing && r.clause !== c && !/^(?:accus|blam)/i.test(r.trigger));
  if (!act) return false;
  const parties = uniq(act.participants.map((p) => countryOf(ctx, p) ?? p));
  const denier = named.length ? countryOf(ctx, possessiveHead(ctx, named[0]).entity) ?? named[0].entity : undefined;
  if (denier !== undefined && !parties.includes(denier) && !act.participants.includes(denier)) return false;
  pushDenial(ctx, c, dateHits, act.kind, act.participants, act.directed, act.actors);
  return true;
}

/** "Bishkek denied holding back any water", "Ankara rejects this and …", "Lesotho denied that its customs officers had looked the other way": a denial of doing something, of "this", or that it or its own did it. */
// ("denies that the dam will …" opens a clause of its own, read by the rules on denials of what follows.)
const DENIES_DOING = /^(.{0,60}?)\b(?:(?:has|have|had)\s+)?(?:(?:always|repeatedly|consistently|flatly|strongly|firmly|publicly)\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?)\s+(?:(?:ever|having)\s+)?(?:(?:this|that)(?=\s*(?:[.,;:]|and\b|again\b|on\b|$))|[a-z]{3,}ing\b|(?<=den(?:y|ies|ied)\s+)that\s+(?:it|they|its|their)\b)/i;

/**
 * "Kazakhstan accused Kyrgyzstan of holding back water. Bishkek denied holding back any water", "Iraq blames Turkey for
 * the low flows. Ankara rejects this": the accused's denial of the accusation made in this sentence or the one before
 * is a denied hostile act, by the accused against the accuser.
 */
function rebutsLatestAccusation(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): boolean {
  // (A cheap test first: most clauses deny nothing.)
  if (!DENIAL_VERB.test(body)) return false;
  const m = DENIES_DOING.exec(body);
  if (!m) return false;
  const named = actorsIn(ctx, c.start, c.start + m[1].length);
  if (!named.length) return false;
  const denier = countryOf(ctx, possessiveHead(ctx, named[0]).entity) ?? named[0].entity;
  const from = previousSentenceStart(ctx, c);
  const accusation = findLast(ctx.raw, (r) => r.kind === 'conflict' && r.status === 'reported' && r.start >= from && r.start < c.start && r.clause !== c && /^(?:accus|blam)/i.test(r.trigger));
  if (!accusation) return false;
  const accusers = uniq(accusation.participants.slice(0, accusation.actors ?? 1).map((p) => countryOf(ctx, p) ?? p));
  const accused = accusation.participants.slice(accusation.actors ?? 1).map((p) => countryOf(ctx, p) ?? p);
  if (!accused.includes(denier) || accusers.includes(denier)) return false;
  // ("Congo accuses Rwanda of backing M23. Rwanda denies backing the group": the act charged, when it was coded, is what is denied.)
  const charged = findLast(ctx.raw, (r) => r.clause.sentence === accusation.clause.sentence && r.status === 'reported' && (r.kind === 'cooperation' || r.kind === 'support'));
  if (charged) pushDenial(ctx, c, dateHits, charged.kind, charged.participants, charged.directed, charged.actors);
  else pushDenial(ctx, c, dateHits, 'conflict', [denier, ...accusers], true, 1);
  return true;
}

/** Acts of giving or backing: denied, they are the support or cooperation the rules on those acts deny. */
const GIVING_ACTS = String.raw`(?:supported|supplied|sent|armed|financed|funded|backed|helped|aided|given|sold|shipped|delivered|provided|sheltered|harbou?red|trained|hosted)`;
/** Verbs whose negation is no denial of a deed: "has not yet", "did not respond", "has never accepted that account". */
const NOT_A_DEED = String.raw`(?:been|be|yet|had|have|always|once|receiv\w*|hear\w*|seen|see|know\w*|said|say|decid\w*|comment\w*|confirm\w*|respond\w*|repl\w*|answer\w*|accept\w*|agree\w*|admit\w*|den(?:y|ied|ies)|claim\w*|recogni\w*|done|do)\b`;
const NEVER_DID = new RegExp(String.raw`^(.{0,80}?)\b(?:had|has|have|did)\s+(?:never|not|n['’]t)\s+(?:ever\s+)?(?!${NOT_A_DEED})(?!${GIVING_ACTS}\b)[a-z]{3,}\b|^(.{0,80}?)\bnever\s+(?!${NOT_A_DEED})(?!${GIVING_ACTS}\b)[a-z]{3,}ed\b`, 'i');
/** "no Chadian unit had crossed the border", "no Burundian soldier had set foot …": none of a side's men did it. */
const NONE_OF_THEM_DID = /^(\W*(?:that\s+)?no\s+(?:single\s+)?)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:[a-z]+\s+)?(?:guards?|troops|soldiers?|forces|units?|ships?|vessels?|aircraft|planes?|drones?|patrols?|police|officials?)\s+(?:had|has|have)\s+(?:ever\s+)?[a-z]{3,}\b/;
const PRONOUN_SUBJECT = /^\W*(?:that\s+)?(?:it|they|he|she|we)\s+$/i;

/**
 * "He accused Côte d'Ivoire of sheltering plotters. … Its spokeswoman said Côte d'Ivoire had never interfered in Burkina
 * Faso's affairs", "Chad's spokesman insisted that no Chadian unit had crossed the border": the accused side saying it
 * never did a thing (a past act negated, with the accused as its subject) answers the latest accusation against it, in
 * this sentence or the three before: a denied hostile act, by the accused against the accuser.
 */
function negatesLatestCharge(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): boolean {
  if (!/\b(?:never|not|n['’]t|no)\b/i.test(body)) return false;
  const none = NONE_OF_THEM_DID.exec(body);
  const m = none ?? NEVER_DID.exec(body);
  if (!m) return false;
  // (An act the clause codes itself is denied by the rules on that act.)
  if (ctx.raw.some((r) => r.clause === c)) return false;
  const lead = none ? m[0] : m[1] ?? m[2];
  // The subject stands right before the verb ("Moscow had not", "Tajik guards had not"), not anywhere in what leads to it.
  const subject = none ? actorsIn(ctx, c.start, c.start + lead.length)[0] : actorsIn(ctx, c.start, c.start + lead.length).filter((x) => /^\s*(?:[a-z]+\s+){0,2}$/.test(ctx.text.slice(x.end, c.start + lead.length))).pop();
  // The accused by name ("Moscow had not interfered"), by demonym when none of its men did it, or as the speaker's "it".
  const speaker = !subject && PRONOUN_SUBJECT.test(lead.replace(/\s*\b(?:had|has|have|did)\b[\s\S]*$/, ' ')) ? c.speaker : undefined;
  if (subject?.demonym && !subject.possessive && !none) return false;
  const denier = subject ? countryOf(ctx, possessiveHead(ctx, subject).entity) : speaker && countryOf(ctx, speaker);
  if (!denier) return false;
  const from = ctx.sentences[Math.max(0, ctx.sentences.indexOf(c.sentence) - 3)]?.start ?? c.sentence.start;
  const accusation = findLast(ctx.raw, (r) => r.kind === 'conflict' && r.status === 'reported' && r.start >= from && r.start < c.start && r.clause !== c && /^(?:accus|blam)/i.test(r.trigger));
  if (!accusation) return false;
  const accused = accusation.participants.slice(accusation.actors ?? 1).map((p) => countryOf(ctx, p) ?? p);
  if (!accused.includes(denier)) return false;
  // An accuser whose country the text leaves unsaid speaks for the story's other side.
  const pair = storyPair(ctx, c.start);
  const other = pair?.includes(denier) ? pair.find((x) => x !== denier) : undefined;
  const accusers = uniq(accusation.participants.slice(0, accusation.actors ?? 1).map((p) => countryOf(ctx, p) ?? (ctx.entities.get(p)?.kind === 'person' ? other ?? '' : p))).filter((p) => p !== '');
  if (!accusers.length || accusers.includes(denier)) return false;
  pushDenial(ctx, c, dateHits, 'conflict', [denier, ...accusers], true, 1);
  return true;
}

/**
 * The claim a rebuttal answers when no one "accused": the latest sentence before it, from 600
 * characters before its paragraph on, that reports what a side other than the one rebutting said,
 * and names that side (by name or demonym: "Cambodian forces had shelled …").
 */
function latestClaimAgainst(ctx: Ctx, c: Clause, from: number): { sentence: Sentence; denier: string; claimant: string; hostile: boolean } | undefined {
  const first = actorsIn(ctx, c.start, c.end)[0];
  const denier = first && countryOf(ctx, possessiveHead(ctx, first).entity);
  if (!denier) return undefined;
  const sentence = findLast(ctx.sentences, (s) => s.end <= c.sentence.start && s.start >= from && ctx.spoken.has(s));
  const speaker = sentence && ctx.spoken.get(sentence)!;
  const claimant = speaker && countryOf(ctx, speaker);
  if (!sentence || !claimant || claimant === denier) return undefined;
  if (!mentionsIn(ctx, sentence.start, sentence.end).some((m) => m.entity === denier || countryOf(ctx, m.entity) === denier)) return undefined;
  // A hostile act charged ("had shelled"), whose denial stands even when no relation of the claim was coded.
  const hostile = findTriggers(ctx.text, { start: sentence.start, end: sentence.end, sentence }).some((t) => t.kind === 'conflict' && t.mode === 'directed');
  return { sentence, denier, claimant, hostile };
}

/**
 * "The memorandum is not a military alliance", "it is not a mutual defence treaty": a pact named
 * again and said not to be an alliance is a denied alliance of that pact's parties (the latest
 * pact reported before, as countries). Only a clause that names no party of its own.
 */
const PACT_SAID_NO_ALLIANCE = new RegExp(
  `(?:\\b(?:the|this|that)\\s+(?:[\\w-]+\\s+){0,2}?${PACT_NOUNS}["”]?|\\bit|^["“]?this)(?:,\\s+(?:he|she|they|[\\w'’.-]+(?:\\s+[\\w'’.-]+){0,3})\\s+(?:said|added|says|stressed|insisted|noted),)?\\s+["“]?(?:is|was|(?:would|will)\\s+be)\\s+["“]?(?:not|no)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:alliance|(?:defen[cs]e|military)\\s+(?:pact|treaty|bloc))\\b` +
    // "We are not building any bloc against anybody": the pact's parties, speaking of it.
    `|^["“]?(?:we|they)\\s+(?:are|were|will|would)\\s+not\\s+(?:be\\s+)?(?:building|forming|creating|making|build|form|create)\\s+(?:an?|any)\\s+(?:[\\w-]+\\s+)?(?:bloc|alliance|axis)\\b` +
    // "This is policing, not a military pact", "agriculture, not an alliance", "a rulebook, not a bloc against anyone".
    `|(?:^["“]?|\\b(?:is|was|are)\\s+["“]?)(?:[\\w-]+\\s+){0,3}?[\\w-]+,\\s+not\\s+(?:an?\\s+)?(?:(?:military|defen[cs]e|security)\\s+)?(?:alliance|bloc|pact|axis)\\b` +
    // "the accord creates no alliance", "there was no axis and no bloc", "not about any military bloc", "not signing alliances".
    `|\\b(?:creates?|created|forms?|formed|amounts?\\s+to|was|is|(?:not\\s+)?about)\\s+(?:no|any)\\s+(?:(?:military|defen[cs]e|security)\\s+)?(?:alliance|bloc|axis)\\b` +
    `|^["“]?(?:we|they)\\s+(?:are|were)\\s+[\\w\\s,-]{1,40}?not\\s+(?:signing|forming|building|seeking)\\s+(?:any\\s+)?(?:(?:military|defen[cs]e)\\s+)?(?:alliances|blocs|pacts)\\b`,
  'i',
);

/**
 * "Belarus is not building any military bloc with North Korea", "Minsk has no military agreement of any kind with
 * Pyongyang", "Belarus is not looking for military allies in Asia": a state saying it makes no alliance, with the party
 * named after "with" or else the story's other side.
 */
const STATE_MAKES_NO_ALLIANCE = /\b(?:is|was|are|were|will|would)\s+not\s+(?:be\s+)?(?:building|forming|creating|seeking|looking\s+for|build|form|create|seek)\s+(?:an?\s+|any\s+)?(?:(?:military|defen[cs]e|security)\s+)?(?:bloc|alliance|axis|allies|pact)s?\b|\b(?:has|have|had)\s+no\s+(?:military|defen[cs]e|security)\s+(?:agreement|pact|alliance|treaty)\b/i;

/** "its \"no limits\" partnership with Moscow is not an alliance": the owner's ties with the one named after "with", denied as an alliance. */
const TIES_WITH_SAID_NO_ALLIANCE = /\b(?:its|their|our)\s+(?:["“][^"”]{1,30}["”]\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|relationship|relations|ties|cooperation|co-operation|friendship|pact|treaty|agreement|alignment)\s+with\s+((?:the\s+)?[^,;.]{1,40}?)\s+(?:is|are|was|were|(?:would|will)\s+be)\s+["“]?(?:not|no)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:alliance|(?:defen[cs]e|military)\s+(?:pact|treaty|bloc))\b/i;

/** A word without which no pattern of codePactSaidNoAlliance can match. */
const NO_ALLIANCE_HINT = /alliance|\bbloc|\bpact|\baxis|\ballies|agreement|treaty/i;

function codePactSaidNoAlliance(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!NO_ALLIANCE_HINT.test(body)) return;
  const ties = TIES_WITH_SAID_NO_ALLIANCE.exec(body);
  if (ties) {
    const at = c.start + ties.index + ties[0].indexOf(ties[1], ties[0].indexOf(' with ') + 1);
    const partner = actorsIn(ctx, at, at + ties[1].length)[0];
    // "its": the speaker's country, else the party that opens the clause or sentence ("China insists that its …").
    const opener = actorsIn(ctx, c.sentence.start, c.start + ties.index).filter((m) => !m.demonym)[0];
    const owner = (c.speaker ? countryOf(ctx, c.speaker) : undefined) ?? (opener && countryOf(ctx, opener.entity));
    const other = partner && countryOf(ctx, partner.entity);
    if (owner && other && owner !== other) pushDenial(ctx, c, dateHits, 'alliance', [owner, other], false);
    return;
  }
  const said = PACT_SAID_NO_ALLIANCE.exec(body);
  if (!said) {
    codeStateMakesNoAlliance(ctx, c, body, dateHits);
    return;
  }
  // "The memorandum is not an alliance", not "Chile's memorandum …" nor "Peru said the memorandum …" (a party of its own).
  if (actorsIn(ctx, c.start, c.start + said.index + said[0].length).some((m) => !m.demonym)) return;
  // "We are not building a bloc", said for one side: the pact the speaker's country is party to.
  const we = /^\W*(?:we|they)\b/i.test(said[0]);
  const speaker = c.speaker ?? (we ? speakerOfQuoteLater(ctx, c) : undefined);
  const speaking = we && speaker ? countryOf(ctx, speaker) : undefined;
  const ofSpeaker = (r: RawRelation) => !speaking || r.participants.some((p) => (countryOf(ctx, p) ?? p) === speaking);
  const pact = findLast(ctx.raw, (r) => r.start < c.start && (r.kind === 'cooperation' || r.kind === 'alliance') && r.status !== 'denied' && ANY_PACT.test(ctx.text.slice(r.start, r.end)) && ofSpeaker(r));
  // ("This is not a military alliance", after "signed a military cooperation plan": the story's signed pact, whatever its noun.)
  // (Said for one side with no pact of its own in the text: the latest cooperation its country was reported in.)
  const speakersTies = speaking ? findLast(ctx.raw, (r) => r.start < c.start && r.kind === 'cooperation' && r.status === 'reported' && ofSpeaker(r)) : undefined;
  // ("This is policing, not a military pact", said by one side: what the story's two sides made, not the latest pact named.)
  const story = said[0].includes(',') || !/\b(?:is|was|be)\s+["“]?(?:not|no)\b/i.test(said[0]) ? storyPair(ctx, c.start) : undefined;
  const speakerSide = speaker ? countryOf(ctx, speaker) : undefined;
  const ofStory = story && (!speakerSide || story.includes(speakerSide)) ? story : undefined;
  const parties = uniq((ofStory ?? pact?.participants ?? speakersTies?.participants ?? (speaking ? [] : partiesOfStoryPact(ctx, c))).map((p) => countryOf(ctx, p) ?? p));
  if (parties.length >= 2) pushDenial(ctx, c, dateHits, 'alliance', parties, false);
}

function codeStateMakesNoAlliance(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  const m = STATE_MAKES_NO_ALLIANCE.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  const subject = actorsIn(ctx, c.start, at).filter((x) => !x.demonym && x.kind === 'country').pop() ?? (c.speaker && ctx.entities.get(c.speaker)?.kind === 'country' && /^\W*(?:it|we)\s/i.test(body) ? ctx.mentions.find((x) => x.entity === c.speaker) : undefined);
  const side = subject && countryOf(ctx, subject.entity);
  if (!side) return;
  const named = actorsIn(ctx, at, c.end).filter((x) => !x.demonym && /\bwith\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(at, x.start - 10), x.start))).map((x) => countryOf(ctx, x.entity) ?? x.entity);
  // ("has no military alliance with anyone": no one in particular, and no side of the story to take.)
  if (!named.length && /\bwith\s+(?:anyone|anybody|any\s+(?:country|state|one))\b/i.test(body)) return;
  const pair = storyPair(ctx, c.start);
  const others = named.length ? named : pair?.includes(side) ? pair.filter((x) => x !== side) : [];
  if (!others.length || others.includes(side)) return;
  pushDenial(ctx, c, dateHits, 'alliance', [side, ...others], false);
}

/**
 * '"We are not building an alliance. We are building normal relations," Lukashenko said': the speaker a quote
 * names after its last sentence, within the paragraph, for words said before the attribution.
 */
function speakerOfQuoteLater(ctx: Ctx, c: Clause): string | undefined {
  const paragraphEnd = ctx.text.indexOf('\n', c.end);
  const rest = ctx.text.slice(c.end, paragraphEnd < 0 ? undefined : paragraphEnd);
  const tag = /[,.!?]["”]\s+([^"“”.;]{1,60}?)\s+(?:said|says|told|added)\b/.exec(rest);
  if (!tag) return undefined;
  const at = c.end + tag.index + tag[0].indexOf(tag[1]);
  return actorsIn(ctx, at, at + tag[1].length).find((m) => m.kind === 'person' || m.kind === 'country')?.entity;
}

/**
 * "its industry minister said Minsk could set up tractor assembly in North Korea", "suggested that
 * Belaruskali could ship fertiliser through Rajin": a suggestion of what one country's side could do
 * with or in another's, in words no cue covers, is proposed cooperation between the two countries;
 * what someone expects two countries to do ("He expects Minsk to open …") is forecast cooperation.
 */
const SUGGESTED_COULD = /^(?:that\s+)?(?:[^.;]{0,80}?)\b(?:could|might)\s+(?!not\b|never\b|(?:be\s+)?(?:hit|strike|attack|sanction|punish|retaliate|board|seize|expel|ban|block|invade|lose|suffer|face|fall|collapse|threaten|harm|hurt|damage|undermine|destabili[sz]e)\b)/i;

/** "He expects Minsk to open a North Korean cultural centre within a year": what the one who expects it (not a party) foresees. */
const EXPECTS_THAT = /^(?:[\w'’.-]+\s+){0,5}?(?:expects?|expected|predicts?|predicted|forecasts?)\s+(?:that\s+)?/i;

function codeUncuedSuggestion(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  const expects = EXPECTS_THAT.exec(body);
  const proposed = !!c.speechVerb && /^(?:suggest|propos|offer|said|say|told|add)/i.test(c.speechVerb) && SUGGESTED_COULD.test(body);
  if (!expects && !proposed) return;
  const from = expects ? c.start + expects[0].length : c.start;
  const countries = countriesNamedIn(ctx, from, c.end);
  // ("expects Brasília to hit back with new curbs", "predict that the two will clash again": a hostile turn foreseen is a conflict.)
  // ("expects Beirut and Damascus to return to Jeddah": back where their talks were held is a meeting.)
  const kind = HOSTILE_TURN.test(ctx.text.slice(from, c.end)) ? 'conflict' : BACK_TO_TALKS.test(ctx.text.slice(from, c.end)) ? 'meeting' : 'cooperation';
  if (countries.length === 2) pushClauseRelation(ctx, c, dateHits, { kind, participants: countries, directed: false, status: expects ? 'forecast' : 'proposed', trigger: expects ? 'expects' : 'suggested' });
}
/** Two sides going back to the table or to the city of their talks: "to return to Jeddah", "to go back to the negotiating table". */
const BACK_TO_TALKS = /\b(?:return|go\s+back|come\s+back)\s+to\s+(?:the\s+(?:negotiating\s+)?table|(?:the\s+)?(?:talks|negotiations)\b|\p{Lu}[\p{L}-]+(?![\p{L}-]))/u;
/** Words of a hostile turn in what is expected or suggested, where no cue says which act it is. */
const HOSTILE_TURN = /\b(?:clash(?:es|ed|ing)?|fight(?:s|ing)?|fought|retaliat\w*|hit\s+back|strike\s+back|escalat(?:e|es|ed|ing|ion)|punish\w*|curbs?|restrictions?|tensions?|disputes?|rows?|quarrel\w*|confront\w*|reprisals?|countermeasures?|tariffs?|bans?)\b/i;

/** What one is asked to do, by the kind it proposes: to come or meet (a meeting), to pay, send or spread payments (backing). */
const ASKED_TO_MEET = /^(?:meet|visit|come|travel|attend|host|receive)$/i;
/** A request made, not one to come ("will ask", "could ask" propose or foresee the asking itself). */
const ASKED_DONE = /^(?:asked|requested|pressed|pressing)\b/i;
const MODAL_BEFORE = /\b(?:will|would|could|may|might|should|can|to|plans?\s+to|intends?\s+to)\s+(?:(?:also|then|in\s+the\s+end|jointly|formally)\s+)?$/i;
/** Asked to respect or comply with rules: a demand of conduct, no joint act. */
const ASKED_TO_OBSERVE = /^(?:respect|honou?r|abide|comply|observe|obey|uphold|implement|enforce)$/i;
/** "asked the minister to pass his greetings to …": a courtesy. */
const COURTESY_ASKED = /^\s+to\s+(?:pass|convey|give|send|extend)\s+(?:on\s+)?(?:his|her|their|its|my|our)?\s*(?:warm(?:est)?\s+|best\s+|personal\s+)?(?:greetings|regards|wishes|congratulations|condolences)\b/i;
const ASKED_TO_PAY = /^(?:fund|finance|pay|lend|donate|send|supply|provide|give|cover|spread|defer)$/i;
/** "asked Minsk for 300 tonnes of flour", "Peru's request was that Chile …". */
const ASKED = /\b(?:ask(?:s|ed)?|request(?:s|ed)?|press(?:es|ed)|pressing)\s+(?!(?:reporters|journalists|him|her|them|whether|if|about|again|after|ahead|on)\b)(?:that\s+(?=(?:the\s+)?\p{Lu}))?/iu;
/** "Ri asked for a second line", "Ryu asked for the project to be extended": a request with no one named as asked. */
const ASKED_FOR = /\b(?:ask(?:s|ed)|request(?:s|ed))\s+for\s+(?!(?:comment|calm|restraint|patience|time|understanding|clarification|details|an?\s+explanation)\b)/i;
const REQUEST_WAS = /['’]s\s+(?:(?:other|second|first|main|one|only|chief|last)\s+)?request\s+(?:was|is|at\s+[^,;.]{1,40}?\s+was)\s+that\s+/i;

/**
 * "Quispe's request was that Peru cap the cages", "asked the OSCE to organise an inventory": a request that another party
 * act is proposed cooperation between the two (a meeting when it is to come or meet, backing by the one asked when it is
 * to pay or send); "asked Chile for 300 tonnes of milk powder on credit", for goods or money, is proposed backing by the
 * one asked. Only in a clause no cue codes, with both parties named in it, and only for a request made ("asked"), not one
 * to come ("could ask"), nor one to respect rules or pass on greetings.
 */
function codeRequest(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (codeAskedWhether(ctx, c, body, dateHits)) return;
  const was = REQUEST_WAS.exec(body);
  const cue = was ?? ASKED.exec(body);
  if (!cue) return;
  const at = c.start + cue.index;
  const after = at + cue[0].length;
  const asker = actorsIn(ctx, c.start, was ? at + 1 : at).filter((m) => !m.demonym).pop() ?? c.inherited?.[0];
  const askedOne = actorsIn(ctx, after, c.end).find((m) => !m.possessive || !!was);
  // The one asked follows the verb at once ("asked the IMF for", not "asked reporters about Cuba").
  if (!asker || !askedOne || !/^\s*(?:the\s+)?$/i.test(ctx.text.slice(after, askedOne.start))) return;
  const rest = ctx.text.slice(askedOne.end, c.end);
  const them = [asker, askedOne].map((m) => requestSide(ctx, m.entity));
  if (them[0] === them[1] || sameKnownCountry(ctx, them[0], them[1])) return;
  // ("did not ask Chile to …" proposes nothing, and denies no cooperation either.)
  if (NEGATION_BEFORE.test(ctx.text.slice(Math.max(c.start, at - 30), at))) return;
  const trigger = cue[0].trim();
  // "asked the OSCE to organise an inventory", "asked Yerevan to let Iranian lorries drive on": what one side asks another
  // to do is proposed, a meeting when it is to come or meet, backing when it is to pay or send, else cooperation.
  // ("requested that Russia send engineers": the verb follows the one asked, in the subjunctive.)
  const subjunctive = /that\s+(?:the\s+)?$/i.test(cue[0]);
  const toAct = was ? null : subjunctive ? /^\s+([a-z]+)\b(?![-'’])/.exec(rest) : /^\s+(?:(?:on|last|this|in)\s+\w+\s+|through\s+[^,;.]{1,40}?\s+)?to\s+(?:also\s+)?([a-z]+)\b(?![-'’])/.exec(rest);
  if (was) {
    pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: them, directed: false, status: 'proposed', trigger });
  } else if (toAct && ASKED_DONE.test(cue[0]) && !MODAL_BEFORE.test(ctx.text.slice(Math.max(c.start, at - 24), at)) && !/^(?:be|the|a|an|his|her|its|their|this|that)$/i.test(toAct[1]) && !ASKED_TO_OBSERVE.test(toAct[1]) && !COURTESY_ASKED.test(rest)) {
    const kind: RelationKind = ASKED_TO_MEET.test(toAct[1]) ? 'meeting' : ASKED_TO_PAY.test(toAct[1]) ? 'support' : 'cooperation';
    pushClauseRelation(ctx, c, dateHits, kind === 'support' ? { kind, participants: [them[1], them[0]], directed: true, status: 'proposed', trigger } : { kind, participants: them, directed: false, status: 'proposed', trigger });
  } else if (/^\s+for\s+(?:[\w$,.%-]+\s+){0,3}?(?:tonnes|tons|barrels|million|billion|dollars|euros|roubles|loans?|credit|aid|help|money|funds|grants?|doses|units|[\d,.]+)\b/i.test(rest)) {
    pushClauseRelation(ctx, c, dateHits, { kind: 'support', participants: [them[1], them[0]], directed: true, status: 'proposed', trigger });
  }
}

/**
 * "Sin had asked for a second line to make sanitary ware", "North Korea had also asked for help with two more feed mills":
 * a request with no one named as asked, by one side of the story, is made of the other: proposed cooperation between the
 * asker (a person stays one) and the story's other side. Only in a clause that codes nothing else.
 */
function codeAskedFor(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:ask|request)/i.test(body)) return;
  const m = ASKED_FOR.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c)) return;
  const at = c.start + m.index;
  if (NEGATION_BEFORE.test(ctx.text.slice(Math.max(c.start, at - 30), at)) || MODAL_BEFORE.test(ctx.text.slice(Math.max(c.start, at - 24), at))) return;
  // ("if Russia asked for them", "everything Costa Rica asked for was granted": a request supposed, or the object of another verb.)
  if (/\b(?:if|unless|whether|what|everything|anything|all|whatever)\s+(?:[\w'’.-]+\s+){1,4}$/i.test(ctx.text.slice(Math.max(c.sentence.start, at - 50), at)) || /^\s*(?:was|were|is|are|has|had)\b/i.test(body.slice(m.index + m[0].length))) return;
  const asker = actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive && /^\s+(?:(?:had|has|have|also|then|again|first|later|formally)\s+)*$/i.test(ctx.text.slice(x.end, at))).pop();
  const side = asker && countryOf(ctx, asker.entity);
  const pair = side ? storyPair(ctx, c.start) : undefined;
  if (!asker || !pair?.includes(side!)) return;
  // Another party named in what is asked for ("asked for Chinese help") is for the rules on the act.
  if (actorsIn(ctx, at + m[0].length, c.end).some((x) => !pair.includes(countryOf(ctx, x.entity) ?? x.entity))) return;
  const other = pair.find((x) => x !== side)!;
  pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: [requestSide(ctx, asker.entity), other], directed: false, status: 'proposed', trigger: m[0].trim(), unsure: 'the one asked taken from the story (the pair its first relation joins)' });
}

/** "Ri asked whether MAZ could also convert the buses", "asked whether Minsk might spread the payments". */
const ASKED_WHETHER = /\basked\s+whether\s+(?:the\s+)?(?=\p{Lu})/u;
const COULD_AFTER = /^\s+(?:could|might|would|can|may)\s+(?:(?:also|instead|perhaps|one\s+day|now|then)\s+)?([a-z]+)\b/;

/**
 * One side asking whether another could do something proposes it: cooperation between the two, or backing by the one
 * asked when it is to pay, lend or spread payments. The one who asks is named before ("Asked whether …" opening a
 * sentence is a reporter's question, no party's).
 */
function codeAskedWhether(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): boolean {
  const m = ASKED_WHETHER.exec(body);
  if (!m) return false;
  const at = c.start + m.index;
  const after = at + m[0].length;
  const asker = actorsIn(ctx, c.start, at).filter((x) => !x.demonym).pop() ?? c.inherited?.[0];
  const askedOne = actorsIn(ctx, after, c.end).find((x) => x.start === after && !x.possessive);
  const act = askedOne ? COULD_AFTER.exec(ctx.text.slice(askedOne.end, c.end)) : null;
  if (!asker || !askedOne || !act || NEGATION_BEFORE.test(ctx.text.slice(Math.max(c.start, at - 30), at))) return false;
  const them = [asker, askedOne].map((x) => requestSide(ctx, x.entity));
  if (them[0] === them[1] || sameKnownCountry(ctx, them[0], them[1])) return false;
  const pays = ASKED_TO_PAY.test(act[1]);
  pushClauseRelation(ctx, c, dateHits, pays ? { kind: 'support', participants: [them[1], them[0]], directed: true, status: 'proposed', trigger: 'asked whether' } : { kind: 'cooperation', participants: them, directed: false, status: 'proposed', trigger: 'asked whether' });
  return true;
}

/**
 * "Oboronin asked that Russian operators be allowed to sell places. Kim declined", "Lima had asked
 * for a penalty clause. Espinel turned the idea down", "… Vulchev refused, saying …", "Sweden asked China to let its
 * prosecutors board; Beijing refused": a refusal with
 * nothing refused named, right after a request or proposal by another party, denies the
 * cooperation asked for, between the one who refused and the one who asked.
 */
const REFUSED = /^\s*(?:(?:flatly|firmly|politely|promptly|swiftly|simply|also)\s+)?(?:refused|declined|said\s+no|turned\s+(?:it|this|that|him|her|them|the\s+(?:idea|request|offer|proposal|plan|suggestion))\s+down|turned\s+down\s+(?:the\s+)?(?:idea|request|offer|proposal|plan|suggestion)|(?:would|could|did)\s+not\s+(?:agree|commit|accept|budge|grant|go\s+along|take\s+(?:it|that|this)\s+up|take\s+on)|shot\s+(?:it|the\s+idea)\s+down|ruled\s+(?:it|that|this)\s+out|rejected\s+(?:it|this|the\s+(?:idea|request|proposal|offer|plan|suggestion)))(?=\s*[,.;:]|\s+(?:this|it|that|for|to|at|on|outright|flatly|with\s+(?:it|that|this)|the\s+(?:waiver|request|idea|proposal|offer|demand|cost|bill|plan))\b)/i;
const REFUSAL_WORD = /\b(?:refused|declined|no|down|not|rejected)\b/i;
const REQUESTED = /\b(?:ask(?:ed|s)|request(?:ed|s)|propos(?:ed|es)|offer(?:ed|s)|suggest(?:ed|s)|press(?:ed|es)|urg(?:ed|es)|sought|seeks|lobb(?:ied|ies)|floated|call(?:ed|s)\s+for|want(?:ed|s)|pushed\s+for)\b/i;
/** "the Bahraini side", "the Thai delegation": a country's side in talks stands for the country. */
const SIDE_OF = /^the\s+\S+\s+(?:side|delegation|team|government)\b/i;

function codeRefusalOfRequest(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  // (Most sentences hold no word of refusing: one cheap scan before the subject is looked for.)
  if (!REFUSAL_WORD.test(ctx.text.slice(c.start, c.sentence.end))) return;
  const subject = refusingSubject(ctx, c, body);
  if (!subject) return;
  // ("Sweden asked China to let its prosecutors board the ship; Beijing refused": the request may open the same sentence.)
  const lead = ctx.text.slice(c.sentence.start, c.start);
  const askHere = /(?:;|,\s+but)\s*$/.test(lead) ? REQUESTED.exec(lead) : null;
  const previous = askHere ? c.sentence : reportingSentenceBefore(ctx, c.sentence);
  if (!previous || !inStoryText(previous)) return;
  const ask = askHere ?? REQUESTED.exec(ctx.text.slice(previous.start, previous.end));
  if (!ask) return;
  const asker = requester(ctx, previous, previous.start + ask.index, subject);
  if (!asker || asker === subject || sameKnownCountry(ctx, asker, subject)) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.status === 'denied')) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: [subject, asker], directed: false, status: 'denied', trigger: 'refused', unsure: 'what was refused taken from the request in the sentence before' });
}

/**
 * "Ri had asked Belarus to keep its specialists for ten years. Zhdanovich-Reeve ruled out a second plant", "Avarua has
 * asked New Zealand to restore the money. Wellington has refused to release the funds", "Estonia had asked Finland to
 * station jets …, but … Helsinki would not base aircraft in Estonia": a side that will not do, refuses or rules out
 * something right after another side asked it of it (in this sentence or the two before) denies the cooperation asked
 * for, between refuser and asker; backing, when what it will not do is pay or release money.
 */
const WILL_NOT = /^(.{0,70}?)\b(?:(?:would|will|could|did|can)\s+not|won['’]t|wouldn['’]t|cannot|can['’]t|(?:has|have|had)\s+refused\s+to|refus(?:es|ed)\s+to|(?:is|are|was|were)\s+refusing\s+to|ruled\s+out|(?:refused|rejected)\s+(?:the|this|that|any)\s+(?:offer|request|proposal|idea|demand|call))\b(?!\s+(?:be|comment|say|confirm|disclose|elaborate|speculate|respond|reply|answer|discuss\s+(?:the\s+)?(?:details|matter))\b)(?![^.;]{0,30}?\b(?:sit\s+down|attend|meet|hold\s+(?:direct\s+)?talks|talk\s+to|negotiate)\b)([^.;]{0,60})/i;
/** Every verb of asking in a sentence, the last of which a refusal answers. */
const REQUESTED_EVERY = new RegExp(REQUESTED.source, 'gi');
/** Between a subject and its verb: nothing, an adverb or a comma-set "meanwhile"; or a relative clause ("South Africa, which collects …, refused"). */
const NEXT_TO_VERB = /^\s*(?:,\s*(?:meanwhile|however|though|too|also|in\s+turn)\s*,\s*)?(?:(?:also|still|now|then|simply)\s+)?$/i;
const RELATIVE_BEFORE_VERB = /^,\s*(?:which|who)\s+[^;"“”]{1,120}?,\s*(?:(?:also|still|now|then|simply)\s+)?$/i;
/** The subject's own government, standing for the speaker's side: "his government would not allow …". */
const OWN_GOVERNMENT = /\b(?:his|her|its|their|the)\s+government\s*$/i;
const MONEY_WITHHELD = /\b(?:money|funds|funding|payments?|aid|loans?|credit|budget\s+support|grants?)\b|\b(?:pay|fund|finance|lend)\b/i;

function codeRefusalAfterAsk(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:not|n['’]t|cannot|refus|ruled\s+out|rejected)/i.test(body)) return;
  const m = WILL_NOT.exec(body);
  if (!m) return;
  if (ctx.raw.some((r) => r.clause === c || (r.clause.sentence === c.sentence && r.status === 'denied'))) return;
  const verbAt = c.start + m[1].length;
  // ("South Africa, which collects most of the duties, refused to …": a relative clause may stand between the two.)
  const gap = (x: Mention) => ctx.text.slice(x.end, verbAt);
  const named = actorsIn(ctx, c.sentence.start, verbAt).filter((x) => !x.demonym && !x.possessive && ((x.start >= c.start && NEXT_TO_VERB.test(gap(x))) || RELATIVE_BEFORE_VERB.test(gap(x)))).pop();
  const refuserId = named ? named.entity : OWN_GOVERNMENT.test(m[1]) ? c.speaker : undefined;
  if (!refuserId) return;
  const isPerson = (id: string) => ctx.entities.get(id)?.kind === 'person';
  const at = ctx.sentences.indexOf(c.sentence);
  const asked = [c.sentence, ctx.sentences[at - 1], ctx.sentences[at - 2]].filter((s): s is Sentence => !!s && inStoryText(s));
  for (const s of asked) {
    const text = ctx.text.slice(s.start, s === c.sentence ? c.start : s.end);
    const asks = [...text.matchAll(REQUESTED_EVERY)];
    const ask = asks[asks.length - 1];
    if (!ask) continue;
    const who = requester(ctx, s, s.start + ask.index!, refuserId);
    if (!who) continue;
    // Two people stay people ("Rymashevich would not offer credit" to Kim); a person facing a state speaks for theirs.
    const [refuser, asker] = isPerson(refuserId) && isPerson(who) ? [refuserId, who] : [refuserId, who].map((id) => countryOf(ctx, id) ?? (isPerson(id) ? '' : id));
    if (!refuser || !asker || refuser === asker || sameKnownCountry(ctx, refuser, asker)) continue;
    // ("Brazil would not back any negotiation with Beijing": what is refused involves a third party, read by other rules.)
    if (actorsIn(ctx, verbAt, c.end).some((x) => x.kind === 'country' && ![refuser, asker].includes(countryOf(ctx, x.entity) ?? x.entity) && ![refuser, asker].some((p) => countryOf(ctx, p) === countryOf(ctx, x.entity)))) return;
    const trigger = m[0].slice(m[1].length).trim();
    const money = MONEY_WITHHELD.test(m[2]);
    pushClauseRelation(ctx, c, dateHits, { kind: money ? 'support' : 'cooperation', participants: [refuser, asker], directed: money, status: 'denied', trigger, unsure: 'what was refused taken from the request before it' });
    return;
  }
}

/** "turned down Beijing's offer of …", "rejected an offer from Chisinau", "declined an invitation from Tashkent to attend". */
const REFUSES_OFFER = /\b(?:reject(?:s|ed)?|refus(?:es|ed)|declin(?:es|ed)|spurn(?:s|ed)|rebuff(?:s|ed)|turn(?:s|ed)\s+down)\s+((?:[\w'’.-]+\s+){0,4}?)(offers?|requests?|proposals?|invitations?|overtures?|pleas?)\b/i;
/** What the refused offer was of: talks or a visit (a meeting), help (backing). */
const OFFER_OF_TALKS = /^\s+(?:(?:from|by)\s+[^,.;]{1,40}?\s+)?(?:to|for|of)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|attend|visit|meet|meeting|summit|observer)\b/i;
const OFFER_OF_HELP = /^\s+(?:(?:from|by)\s+[^,.;]{1,40}?\s+)?(?:of|for)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:aid|help|assistance|relief|support|loans?|funding)\b/i;

/**
 * "Manila has turned down Beijing's offer of joint exploration", "Krasnoselsky rejected an offer
 * from Chisinau", "turned down a Chinese request for a survey ship": refusing what another side
 * offers or asks denies the cooperation it sought with the refuser (an invitation to talks denies
 * the meeting; an offer of aid, the backing). Only when the clause codes nothing else; the side
 * that offered is the owner of the offer or the one it came from.
 */
function codeRefusedOffer(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  const m = REFUSES_OFFER.exec(body);
  if (!m) return;
  const verbAt = c.start + m.index;
  // "has rarely refused a Russian request": a refusal seldom made is none.
  if (/\b(?:rarely|seldom|never|not|hardly|barely)\s+(?:(?:has|have|had|been)\s+)?$/i.test(ctx.text.slice(Math.max(c.start, verbAt - 20), verbAt))) return;
  const nounEnd = verbAt + m[0].length;
  const before = actorsIn(ctx, c.start, verbAt).filter((x) => !x.possessive && !x.demonym && !ctx.modifiers.has(x));
  const refuser = before[0] ?? c.inherited?.[0];
  if (!refuser) return;
  const owner =
    actorsIn(ctx, verbAt, nounEnd).find((x) => x.possessive || x.demonym) ??
    actorsIn(ctx, nounEnd, Math.min(c.end, nounEnd + 40)).find((x) => /^\s+(?:from|by)\s+(?:the\s+)?$/i.test(ctx.text.slice(nounEnd, x.start)));
  if (!owner) return;
  // (A body that asked stays itself, at the level the text names it: "refused VGTRK's request".)
  const [a, b] = [refuser.entity, owner.entity];
  if (a === b || sameKnownCountry(ctx, a, b)) return;
  if (ctx.raw.some((r) => r.clause === c && r.participants.includes(a) && r.participants.includes(b))) return;
  const after = ctx.text.slice(nounEnd, c.end);
  const kind = /^invitation/i.test(m[2]) && OFFER_OF_TALKS.test(after) ? 'meeting' : OFFER_OF_HELP.test(after) ? 'support' : 'cooperation';
  pushClauseRelation(ctx, c, dateHits, { kind, participants: kind === 'support' ? [b, a] : [a, b], directed: kind === 'support', status: 'denied', trigger: m[0] });
}

/** A courtesy title before a name opens no party: "Mr Kasirye rejected the request". */
const COURTESY_LEAD = String.raw`(?:(?:${COURTESY_TITLES})\.?\s+)?`;
const REFUSER_LEAD = new RegExp(String.raw`^\s*(?:(?:But|And|However|Yet),?\s+)?${COURTESY_LEAD}`);
const REQUESTER_LEAD = new RegExp(String.raw`^(?:(?:On|Last|Earlier|At)\s+[\w-]+,?\s+)?${COURTESY_LEAD}`);

/** The one who refuses: the clause opens on them (a person, a country, or a country's side) and the refusal follows at once. */
function refusingSubject(ctx: Ctx, c: Clause, body: string): string | undefined {
  const lead = REFUSER_LEAD.exec(body)![0].length;
  const side = SIDE_OF.exec(body.slice(lead));
  const first = mentionsIn(ctx, c.start + lead, c.end).find((m) => m.kind !== 'place' && (side || !ctx.modifiers.has(m)));
  if (!first || (side ? first.start !== c.start + lead + 4 : (first.phrase?.start ?? first.start) !== c.start + lead)) return undefined;
  const end = side ? c.start + lead + side[0].length : first.end;
  // (Read to the sentence's end: "The Bahraini side said no" is cut at its verb of saying.)
  if (!REFUSED.test(ctx.text.slice(end, c.sentence.end).replace(/^,(?=\s)/, ''))) return undefined;
  if (side) return first.kind === 'country' ? first.entity : undefined;
  if (first.demonym || first.possessive) return undefined;
  return first.kind === 'person' ? first.entity : countryOf(ctx, first.entity) ?? first.entity;
}

/** Who made the request in `s`: the subject right before the verb, or the actor that opens the sentence (He/She: the last person named before it, not the refuser). */
function requester(ctx: Ctx, s: Sentence, askAt: number, refuser: string): string | undefined {
  const lead = REQUESTER_LEAD.exec(ctx.text.slice(s.start, askAt))![0].length;
  // "He asked Yerevan …", "People briefed on the talks said he asked Belarus …": the last person named before, not the refuser.
  if (/^(?:He|She)\b/.test(ctx.text.slice(s.start + lead, s.start + lead + 4)) || /\b(?:he|she)\s+(?:had\s+|also\s+)?$/.test(ctx.text.slice(Math.max(s.start, askAt - 14), askAt))) {
    return findLast(mentionsIn(ctx, Math.max(0, s.start - 1500), s.start), (m) => m.kind === 'person' && m.entity !== refuser)?.entity;
  }
  // "Chunga told reporters that Lima had asked for …": the subject of the verb of asking, right before it.
  const before = findLast(mentionsIn(ctx, s.start, askAt), (m) => m.kind !== 'place' && !ctx.modifiers.has(m));
  if (before && !before.demonym && !before.possessive && /^\s+(?:(?:had|has|have|also|then|again|first|later)\s+)*$/.test(ctx.text.slice(before.end, askAt))) {
    return before.kind === 'person' ? before.entity : countryOf(ctx, before.entity) ?? before.entity;
  }
  // ("Qatar's minister Saad Al-Mohannadi proposed": the country only says whose minister.)
  const first = mentionsIn(ctx, s.start + lead, askAt).find((m) => m.kind !== 'place' && !ctx.modifiers.has(m));
  if (!first || first.demonym || first.possessive || (first.phrase?.start ?? first.start) !== s.start + lead) return undefined;
  return first.kind === 'person' ? first.entity : countryOf(ctx, first.entity) ?? first.entity;
}

/** Two actors of one known country (a minister and her own state) are no pair; two actors of no known country may still be. */
function sameKnownCountry(ctx: Ctx, a: string, b: string): boolean {
  const country = countryOf(ctx, a);
  return country !== undefined && country === countryOf(ctx, b);
}

/**
 * "He invited Choe Ryong Hae to Minsk next year", "invited his counterpart to Guatemala City for an
 * official visit", "invited Choe to lead a delegation to Minsk": an invitation to a country or its
 * capital proposes a visit of the one invited there (the annotation conventions record the guest
 * and the place); accepted, it is planned.
 */
const INVITED_TO = /\binvit(?:e|es|ed|ing)\s+((?:(?:his|her|their|its|the)\s+)?(?:[\w'’.-]+\s+){0,5}?)to\s+(?:(?:lead|send|head)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?delegation\s+to\s+|visit\s+|come\s+to\s+)?(?:the\s+)?(?=\p{Lu})/u;

function codeInvitationTo(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  if (!codeInvitationToPlace(ctx, c, dateHits)) codeInvitationByHost(ctx, c, dateHits);
}

function codeInvitationToPlace(ctx: Ctx, c: Clause, dateHits: DateHit[]): boolean {
  const m = INVITED_TO.exec(ctx.text.slice(c.start, c.end));
  if (!m) return false;
  const guestStart = c.start + m.index + m[0].indexOf(m[1], 'invit'.length);
  const placeAt = c.start + m.index + m[0].length;
  const guest = actorsIn(ctx, guestStart, guestStart + m[1].length).find((x) => !x.demonym && !x.possessive);
  const place = actorsIn(ctx, placeAt, placeAt + 60).find((x) => x.start === placeAt);
  const host = place && countryOf(ctx, place.entity);
  if (!guest || !host || ctx.entities.get(host)?.kind !== 'country') return false;
  // "invited Kubrakov to Pyongyang for the next round of talks": to an event there, which the conventions record as the two
  // people's (a visit, "for an official visit", stays the guest's to the country).
  if (/^\s+for\s+(?!(?:an?|his|her|their|a\s+return)\s+(?:[\w-]+\s+)?visit\b)/i.test(ctx.text.slice(place.end, place.end + 40))) return false;
  const visitor = guest.kind === 'person' ? guest.entity : countryOf(ctx, guest.entity) ?? guest.entity;
  if (visitor === host || countryOf(ctx, visitor) === host) return true;
  const status = ACCEPTED.test(ctx.text.slice(c.sentence.start, c.sentence.end)) ? 'intent' : 'proposed';
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: [visitor, host], directed: false, status, trigger: m[0] });
  return true;
}

/**
 * "Nyssanbayev invited Babayev to Aktau in October", "Ri invited Shadayev to Pyongyang for the switch-on ceremony", "the
 * bloc invited Hemedti to a summit in Kampala", "invited Russian companies to open offices in Pyongyang": an invitation
 * whose place names no host state, or that is to an event, proposes a meeting of the one who invites and the guest (to
 * do something, "to open", "to join", their cooperation); accepted, it is planned.
 */
const INVITED_ANY = /\binvit(?:e|es|ed|ing)\s+((?:[\w'’.-]+\s+){1,6}?)to\s+(?:(visit|come|attend|meet|see|return|travel|join\s+(?:him|her|them|us)|take\s+part)\b|([a-z]+)\b(?=\s+(?:a|an|the|its|their|his|her|joint|new|[\w-]+s)\b)|(?:the|a|an|its|his|her|their)\s+|(?=\p{Lu}))/u;

function codeInvitationByHost(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const m = INVITED_ANY.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  const guestStart = at + m[0].indexOf(m[1], 'invit'.length);
  const guest = actorsIn(ctx, guestStart, guestStart + m[1].length).find((x) => !x.possessive);
  if (!guest || isCommentator(ctx, guest.entity)) return;
  const before = actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive);
  const named = before[before.length - 1];
  const host = named && SUBJECT_TO_VERB.test(ctx.text.slice(named.end, at)) ? named : /^(?:he|she)\b/i.test(body) ? personPronoun(ctx, c)?.[0] : !before.length ? c.inherited?.[0] : undefined;
  if (!host || isCommentator(ctx, host.entity)) return;
  // (A body invites as itself, "the Duma", "IGAD"; a capital for its state.)
  const side = (x: Mention) => (x.kind === 'person' || x.kind === 'organization' || x.kind === 'bloc' ? x.entity : partyOf(ctx, x.entity));
  const [inviter, invited] = [side(host), side(guest)];
  // (Two people of one state: a host and a compatriot, no relation between states or their envoys.)
  const compatriots = ctx.entities.get(inviter)?.kind === 'person' && ctx.entities.get(invited)?.kind === 'person' && countryOf(ctx, inviter) === countryOf(ctx, invited);
  if (inviter === invited || compatriots) return;
  const kind: RelationKind = m[3] ? 'cooperation' : 'meeting';
  // (An invitation "to visit the DPRK" is the guest's visit there, which the visit cue codes.)
  const toEnd = at + m[0].length;
  if (m[2] && actorsIn(ctx, toEnd, Math.min(c.end, toEnd + 30)).some((x) => x.kind === 'country' && !x.demonym)) return;
  // "expects Moscow to invite" is foreseen, "would not invite" refused, "intends to invite" planned; else an invitation proposes.
  const worded = statusOf(kind, body, c.speechVerb, commentatorSpeaks(ctx, c), ctx.text.slice(c.sentence.start, c.sentence.end));
  const planned = /\b(?:intends?|intended|plans?|planned|will|(?:is|are)\s+to)\s+(?:\w+\s+)?$/i.test(ctx.text.slice(Math.max(c.start, at - 30), at));
  const status = ACCEPTED.test(ctx.text.slice(c.sentence.start, c.sentence.end)) || planned ? 'intent' : worded === 'forecast' || worded === 'denied' ? worded : 'proposed';
  pushClauseRelation(ctx, c, dateHits, { kind, participants: [inviter, invited], directed: false, status, trigger: m[0] });
}

/**
 * "Ri accepted an invitation of the Russian side to visit Kostroma", "has accepted Museveni's invitation to visit
 * Kampala", "He has accepted our invitation for December": a visit the guest has agreed to make is planned, between
 * the guest (named before, or the clause's subject) and the host: whoever the invitation is from, else the country
 * whose place it is to, else, for "our", the speaker's state.
 */
const INVITATION_ACCEPTED = /\baccept(?:s|ed|ing)?\s+((?:an?|the|his|her|their|its|our|my)\s+|(?:[\w.'’-]+\s+){1,3}?(?=[\w.'’-]+['’]s?\s+(?:[\w-]+\s+)?invitation))?((?:[\w.'’-]+\s+){0,3}?)invitation\b(\s+(?:of|from|by)\s+(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)?(?:\s*(?:to\s+(?:visit|come\s+to|travel\s+to|go\s+to|attend\s+(?:[\w-]+\s+){1,3}?in)\s+|to\s+(?=\p{Lu})))?/iu;

/** "the president had", "the minister has": an office named without a name or country, as a clause's subject. */
const UNNAMED_OFFICE_SUBJECT = /^\s*the\s+(?:president|prime\s+minister|premier|foreign\s+minister|minister|king|emir|leader|chancellor)\s+(?:(?:has|had|have|also|already|then|now)\s+)*$/i;

function codeInvitationAccepted(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  if (!/\binvitation\b/i.test(body)) return;
  const m = INVITATION_ACCEPTED.exec(body);
  if (!m || NEGATED_VERB_AHEAD.test(body.slice(0, m.index))) return;
  const at = c.start + m.index;
  const end = at + m[0].length;
  // ("North Korea's foreign minister accepted …": an office named by its country's possessive is that country's.)
  // ("Dziadulia said the president had accepted …": an office the text names without a country is the speaker's state's.)
  const ownOffice = c.speaker && UNNAMED_OFFICE_SUBJECT.test(body.slice(0, m.index)) ? countryOf(ctx, c.speaker) : undefined;
  const named = ownOffice ? undefined : actorNamedBefore(ctx, c, at) ?? actorsIn(ctx, c.start, at).pop();
  const guest = ownOffice ?? (named ? (named.kind === 'person' ? named.entity : countryOf(ctx, named.entity) ?? named.entity) : c.speaker);
  if (!guest) return;
  const guestSide = countryOf(ctx, guest) ?? guest;
  // The one who invites: named in the invitation ("Museveni's", "of the Russian side", "from his Ugandan counterpart").
  const from = m[3] ? at + m[0].indexOf(m[3]) : end;
  const inviterEnd = m[3] ? from + (/^[^,;.]*/.exec(ctx.text.slice(from, Math.min(c.end, from + 60)))?.[0].length ?? 0) : end;
  const inviter = actorsIn(ctx, at, inviterEnd).map((x) => countryOf(ctx, x.entity) ?? x.entity).find((id) => id !== guestSide && id !== guest);
  const place = actorsIn(ctx, end, Math.min(c.end, end + 60)).find((x) => x.start === end);
  const placeHost = place && countryOf(ctx, place.entity);
  const ours = /^(?:our|my)\s/i.test(m[1] ?? '') && c.speaker ? countryOf(ctx, c.speaker) : undefined;
  const host = inviter ?? placeHost ?? ours;
  if (!host || host === guestSide) return;
  if (ctx.raw.some((r) => r.clause === c && r.kind === 'meeting' && r.participants.includes(host))) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: [guest, host], directed: false, status: 'intent', trigger: m[0].trim() });
}

/**
 * "Analysts expect the deal to stay small", "experts say the row will outlast the visit",
 * "Analysts expect traffic between the two countries to keep growing": experts' words on the
 * story's pact, exchange or dispute, with its parties left unnamed, forecast that relation between
 * the parties the story gave it (the pact reported, else the latest exchange or dispute of two countries).
 */
const EXPERTS_ON_STORY = new RegExp(
  String.raw`\b(?:analysts?|experts?|observers?|economists?|researchers?)\b(?:\s+(?:in|at|from)\s+(?:the\s+)?[\w'’.-]+(?:\s+\p{Lu}[\w'’.-]*)?)?\s+(?:(?:now|also|widely|generally)\s+)?(?:expect|expects|expected|predict|predicts|predicted|say|says|said|believe|believes|think|thinks)\s+(?:that\s+)?(?:the|this|their)\s+` +
    String.raw`(?:[\w-]+\s+){0,2}?(?:(deal|agreement|accord|pact|treaty|partnership|cooperation|co-operation|ties|relationship|trade|traffic|exchanges|route|links?)|(row|dispute|feud|standoff|fighting|clashes|confrontations?|tensions?|rivalry))` +
    String.raw`\s+(?:between\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|neighbou?rs|governments|capitals)\s+)?(?:(?:to|will|would|could|may|might|should|can|is\s+likely\s+to|are\s+likely\s+to)\s+(?:(?:probably|likely|only|still|further|soon|quickly|slowly|gradually)\s+)?)` +
    // What happens to the relation itself (it lasts, grows, spreads or fails), not a use made of it ("to feature in the campaign").
    String.raw`(?:stay|remain|grow|keep|deepen|expand|widen|broaden|increase|rise|hold|last|survive|continue|spread|outlast|intensify|escalate|worsen|flare|persist|endure|drag|collapse|falter|shrink|slow|stall|fade)\b`,
  'iu',
);

function codeExpertsOnStory(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const m = EXPERTS_ON_STORY.exec(ctx.text.slice(c.start, c.end));
  if (!m) return;
  const at = c.start + m.index;
  // Parties named in the words ("the deal with China") are read by the rules on the act itself.
  if (actorsIn(ctx, at, at + m[0].length).some((x) => !x.demonym && !/^(?:in|at|from)\s/i.test(ctx.text.slice(Math.max(at, x.start - 5), x.start).trimStart()))) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.trigger === 'experts on the story')) return;
  const countries = (r: RawRelation) => countriesOf(ctx, r.participants);
  // (A dispute may be with an armed group: "the fighting" in a story of a government and a rebel movement.)
  const sides = (r: RawRelation) => uniq(r.participants.map((p) => countryOf(ctx, p) ?? p)).filter((p) => ctx.entities.get(p)?.kind !== 'person');
  const kind: RelationKind = m[1] ? 'cooperation' : 'conflict';
  const pact = kind === 'cooperation' ? uniq(partiesOfStoryPact(ctx, c).map((p) => countryOf(ctx, p) ?? p)) : [];
  const latest = findLast(ctx.raw, (r) => r.start < c.start && r.kind === kind && r.status === 'reported' && !r.standing && (kind === 'conflict' ? sides(r) : countries(r)).length === 2);
  // (A dispute is the story's when its parties recur: the pair its conflicts join most often, else the latest.)
  const parties = pact.length >= 2 ? pact : kind === 'conflict' ? (storyConflict(ctx, c.start) ?? (latest && sides(latest))) : latest && countries(latest);
  if (parties && parties.length >= 2) pushClauseRelation(ctx, c, dateHits, { kind, participants: parties, directed: false, status: 'forecast', trigger: 'experts on the story' });
}

/**
 * Of the relations one clause has just coded (from `coded` on), a cooperation between the very sides a reported
 * conflict of the clause sets against each other is dropped: the clause tells of the quarrel, and the cooperation
 * cue belongs to something else it mentions (a joint exercise of other parties, a trade the quarrel is about).
 */
function dropCooperationBesideQuarrel(ctx: Ctx, coded: number): void {
  const added = ctx.raw.slice(coded);
  const key = (r: RawRelation) => [...new Set(r.participants)].sort().join(',');
  // ("would never send troops to fight in Ukraine": a quarrel denied takes the cooperation denied beside it.)
  const quarrels = new Set(added.filter((r) => r.kind === 'conflict' && (r.status === 'reported' || r.status === 'denied')).map((r) => `${r.status}:${key(r)}`));
  if (!quarrels.size) return;
  // (A pact signed to settle the quarrel stands: "signed a treaty … settling a quarrel".)
  const drop = new Set(added.filter((r) => r.kind === 'cooperation' && quarrels.has(`${r.status}:${key(r)}`) && !PACT_TRIGGER.test(r.trigger) && !PACT_IN_QUOTE.test(ctx.text.slice(r.start, r.end))));
  if (drop.size) ctx.raw = ctx.raw.filter((r) => !drop.has(r));
}

/** "bars member states from supplying", "forbid supplying", "forbids anyone to ship", "ban any help to": what a ban or a resolution rules out. */
const PROHIBITS = /\b(?:ban(?:s|ned)?|bar(?:s|red)?|forb(?:id|ids|ade|idden)|prohibit(?:s|ed)?|outlaw(?:s|ed)?)\s+(?:(?:anyone|member\s+states|all\s+states|states|countries|governments|companies|firms)\s+)?(?:(?:from\s+)?[a-z]+ing\b|to\s+[a-z]+\b|any\s+(?:help|aid|assistance|trade|sales?|supplies|exports?|imports?)\b)/i;

/**
 * "Resolution 2397 of the UN Security Council bars member states from supplying transport vehicles
 * to North Korea": what the ban rules out is no transfer; the ban is a conflict between the body
 * that set it and the state it targets (reported), as the corpus codes sanctions.
 */
function codeProhibition(ctx: Ctx, c: Clause, coded: number, dateHits: DateHit[]): void {
  const m = PROHIBITS.exec(ctx.text.slice(c.start, c.end));
  if (!m) return;
  const at = c.start + m.index;
  const setter = findLast(actorsIn(ctx, c.start, at), (x) => !x.demonym && (x.kind === 'organization' || x.kind === 'bloc'));
  if (!setter) return;
  const target = actorsIn(ctx, at + m[0].length, c.end).find((x) => x.kind === 'country' && x.entity !== setter.entity);
  if (!target) return;
  const ruledOut = ctx.raw.slice(coded).filter((r) => r.clause === c && (r.kind === 'cooperation' || r.kind === 'support'));
  ctx.raw = ctx.raw.filter((r) => !ruledOut.includes(r));
  if (ctx.raw.some((r) => r.clause === c && r.kind === 'conflict' && r.participants.includes(target.entity))) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [setter.entity, target.entity], directed: true, status: 'reported', trigger: m[0] });
}

/** "under (sweeping) EU sanctions", "under Western sanctions": who set them, when named, stands between. */
const UNDER_SANCTIONS = /\bunder\s+((?:[\w.'’-]+\s+){0,5}?)sanctions\b/i;
/** "has been", "is", "remains", "fell": the subject is the one under the measure. */
const BEING_UNDER = /\b(?:is|are|was|were|be|been|being|remain(?:s|ed)?|stay(?:s|ed)?|f(?:all|alls|ell|allen))\s+(?:(?:still|already|now|also|long|not|never|no\s+longer|themselves|itself|himself|herself)\s+){0,2}$/i;
/** "placed X under", "has kept Belarus under", "put them under": the subject set the measure on the object. */
const PLACING_UNDER = /\b(?:plac(?:e|es|ed|ing)|put(?:s|ting)?|kept|keep(?:s|ing)?)\s+((?:[\w.'’-]+\s+){0,5}?)$/i;

/**
 * "Amkodor has been under European Union sanctions since 2022", "The EU has kept Belarus under
 * wide sanctions", "whom Washington had placed under sanctions": sanctions in force are a
 * conflict of the side that set them with the one they hit (reported), as the corpus codes
 * sanctions. Without a named side that set them ("under sanctions" alone) nothing is coded.
 */
function codeUnderSanctions(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const m = UNDER_SANCTIONS.exec(body);
  if (!m) return;
  const underAt = c.start + m.index;
  const inside = actorsIn(ctx, underAt, underAt + m[0].length);
  const before = body.slice(0, m.index);
  const placing = PLACING_UNDER.exec(before);
  let setter: Mention | undefined;
  let hit: Mention | undefined;
  if (placing) {
    const verbAt = c.start + placing.index;
    hit = actorsIn(ctx, verbAt, underAt)[0];
    // "X, whom Washington had placed under sanctions": the one placed is the phrase the clause hangs on.
    const relative = hit ? undefined : /,\s+(?:whom|which)\s+((?:[\w.'’-]+\s+){1,4})$/i.exec(ctx.text.slice(c.sentence.start, verbAt));
    if (relative) hit = findLast(actorsIn(ctx, c.sentence.start, c.sentence.start + relative.index), (x) => !x.possessive);
    const subjectFrom = relative ? verbAt - relative[1].length : c.start;
    setter = inside[0] ?? findLast(actorsIn(ctx, subjectFrom, verbAt), (x) => !x.possessive) ?? c.inherited?.[0];
  } else if (BEING_UNDER.test(before)) {
    setter = inside[0];
    // "Minsk, which is under Western sanctions": the phrase before the comma; "…, and who was still under U.N. sanctions": not known here.
    const relative = /(,\s+)?(?:\band\s+)?\b(?:who|which|that)\s+(?:[a-z]+\s+){1,3}$/i.exec(before);
    if (relative && !relative[1]) return;
    hit = relative
      ? findLast(actorsIn(ctx, c.sentence.start, c.start + relative.index), (x) => !x.possessive && !x.demonym)
      : (actorsIn(ctx, c.start, underAt).find((x) => !x.possessive && !x.demonym) ?? c.inherited?.[0]);
  }
  if (!setter || !hit || setter.entity === hit.entity) return;
  const negated = /\b(?:not|never|no\s+longer)\b/i.test(before);
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [setter.entity, hit.entity], directed: true, status: negated ? 'denied' : 'reported', trigger: m[0] });
}

/** "half of", "half", "two-thirds of": the share of a cost one side takes on. */
const SHARE_OF = String.raw`(?:(?:all|most|part|half|a\s+third|a\s+quarter|one-third|two-thirds|three-quarters)\s+of|half)\s+`;
/**
 * "Moscow will pay for the first two million trees", "The World Bank is paying for the line", "has pledged €15 million for
 * the clean-up", "Doha will not pay for Bahrain's share": a party that pays for something, or puts a sum into it, supports
 * whom it is for: the parties its object names, or else the story's side or sides it is not (storyPair).
 */
const FUNDS = new RegExp(
  String.raw`\b(?:(?:help(?:s|ed|ing)?\s+(?:to\s+)?)?pa(?:y|ys|id|ying)\s+for|cover(?:s|ed|ing)?\s+(?:(?:up\s+to|about|nearly|roughly)\s+)?(?:${SHARE_OF})?(?=(?:the|[\p{L}-]+['’]s?)\s+(?:[\w'’.-]+\s+){0,5}?(?:costs?|bill|expenses)\b)|pa(?:y|ys|id|ying)\s+(?:${SHARE_OF}(?=(?:the|what|[\p{L}-]+['’]s?)\s)|(?=the\s+(?:[\w-]+\s+)?(?:freight|bill|costs?|expenses|salaries|wages)\b))|f(?:oot|oots|ooted|ooting)\s+the\s+bill\s+for|` +
    String.raw`(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)?|grant(?:s|ed|ing)?|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|lend(?:s|ing)?|lent|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|put(?:s|ting)?\s+up)\s+` +
    String.raw`(?:(?:it|them|\p{Lu}[\p{L}-]*)\s+)?(?:(?:a|further|another|an\s+extra|additional|up\s+to|about|some|nearly|almost|more\s+than|over|around|roughly|(?:a\s+)?(?:loan|grant|credit)s?\s+of)\s+)*(?:${MONEY_SOURCE}))`,
  'iu',
);
/** "paid for in pine resin", "is paying for the line in quarterly instalments": a price settled in goods or by the instalment is trade. */
const PAID_IN_KIND = /^[\s"“]*(?:[\w'’-]+\s+){0,6}?["“]?in\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|both|each|every|all|some|two|three|four|five|several|many|most|part|order|addition|particular|principle|full|return)\b)[a-z]/u;
/** "asked Vienna to pay for", "demanded that Quito pay for", "order China to pay for": paying asked of another (the request rules read those). */
const ASKED_OF_ANOTHER = /\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|order(?:s|ed|ing)?|want(?:s|ed)?|would\s+rather|persuad(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|insist(?:s|ed)?\s+that)\b/i;
/** "who would pay for any dredging", "how North Korea would pay for the medicines", "had to be paid for first": no payer stated. */
const NO_PAYER_STATED = /\b(?:who|whoever|how|whether|what|why|which\s+side)\b|\b(?:be|been|being|is|are|was|were)\s+(?:(?:also|largely|partly|mostly|already|first)\s+)?$/i;
/** "will pay for its own repairs", "from domestic sources", "must pay for themselves": money a party spends on itself. */
const SPENT_ON_ITSELF = /\b(?:(?:its|their)\s+own|domestic|itself|themselves)\b/i;
/** Where the one paid for stops: a comma, or a clause of time, cause or concession. */
const OBJECT_ENDS = /[,;:(]|\s(?:since|after|before|when|while|because|as|under|despite|amid|following|until|but|so|unless|if)\s/;
/** Where a name after the money is the source, not the one paid for: "through its aid agency, KOICA", "from EU funds", "with a loan from". */
const SOURCE_BEFORE = /\b(?:through|via|with|from|by|under|out\s+of)\s+(?:[\w'’-]+,?\s+){0,4}$/i;
/**
 * The words a subject's name may have between it and its verb ("pay for", "breached"): its possessed head ("Russia's
 * government"), one apposition (", headquartered in Barbados,"), auxiliaries, modals and adverbs. Anything else
 * ("residents of Santa Rosa vote in Peru, shop in Leticia and pay for", "insists the charge pays for") makes the name
 * no subject of that verb. Read by the rules on payers and on breaches.
 */
const SUBJECT_TO_VERB = /^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?)?(?:,\s[^;]{1,100}?,\s*)?\s*(?:(?:and|will|would|shall|should|could|can|may|might|must|has|have|had|is|are|was|were|be|been|also|already|now|meanwhile|still|then|itself|largely|partly|mostly|probably|likely|eventually|soon|jointly|not|never|no|longer|to|help|helped|helps|helping|end|ended|ends|up|agreed|agrees|offered|offers|pledged|pledges|promised|promises|vowed|plans?|planned|intends?|intended|wants?|wanted|hopes?|hoped|expected|able|unable|ready|willing|prepared|refused|declined|stood|stands|remains?|once|again|even|instead|n['’]t|do|does|did|going|in\s+turn|in\s+the\s+end|on\s+\w+|last\s+\w+|this\s+\w+)\s+)*$/i;
/** "would not pay for", "refused to pay for", "has not accepted": words right before a verb that deny its act. */
const NEGATED_VERB_AHEAD = /(?:\b(?:not|never|no\s+longer)|n['’]t|\brefus(?:es|ed)\s+to|\bdeclin(?:es|ed)\s+to)\s+(?:[\w-]+\s+){0,2}$/i;
/** "has offered to pay for", "stood ready to pay for", "could pay for": the payment offered. */
const OFFERING_TO_PAY = /\b(?:offer(?:s|ed|ing)?(?:\s+to)?|(?:is|was|are|were|stood|stands|remains?|remained)\s+(?:willing|ready|prepared)\s+to|could|might)\s+(?:(?:also|help)\s+)?$/i;

/** A word without which FUNDS cannot match (a sum has a digit): one cheap scan before the long pattern. */
const FUNDS_HINT = /pa(?:y|id)|cover|foot|\d/i;

function codeFunding(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  if (!FUNDS_HINT.test(body)) return;
  // ("The World Bank pledged $150 million": "pledged" is read as the speaker's verb, the sum as what was said.)
  const said = c.speechVerb && c.speaker ? `${c.speechVerb} ` : '';
  const m = FUNDS.exec(said + body);
  if (!m) return;
  const byTheSpeaker = m.index < said.length;
  const verbAt = c.start + Math.max(0, m.index - said.length);
  const objectFrom = c.start + m.index + m[0].length - said.length;
  const after = ctx.text.slice(objectFrom, c.end);
  const object = after.slice(0, OBJECT_ENDS.exec(after)?.index ?? after.length);
  const before = ctx.text.slice(c.start, verbAt);
  // ("has granted it about €1.1 billion": to whom, a pronoun does not say.)
  if (PAID_IN_KIND.test(after) || SPENT_ON_ITSELF.test(object) || ASKED_OF_ANOTHER.test(before) || NO_PAYER_STATED.test(before) || /\s(?:it|them)\s/i.test(m[0])) return;
  const named = actorsIn(ctx, c.start, verbAt).filter((x) => !x.demonym && !isCommentator(ctx, x.entity));
  const subject = named.length ? coordinatedRun(ctx, named) : [];
  // ("Chile said it would not pay for …": the pronoun is the speaker.)
  const pronoun = !subject.length && c.speaker ? /^(?:it|they|we)\s/i.exec(before) : null;
  const subjectEnd = subject.length ? subject[subject.length - 1].end : c.start + (pronoun?.[0].length ?? 0);
  if (!byTheSpeaker && !SUBJECT_TO_VERB.test(ctx.text.slice(subjectEnd, verbAt))) return;
  const speakerAsSubject = byTheSpeaker || !!pronoun;
  const payers = speakerAsSubject ? [c.speaker as string] : subject.length ? subject.map((x) => x.entity) : (c.inherited ?? []).slice(0, 1).map((x) => x.entity);
  if (!payers.length) return;
  const sides = uniq(payers.map((p) => countryOf(ctx, p) ?? p));
  const inObject = actorsIn(ctx, objectFrom, objectFrom + object.length).filter((x) => !SOURCE_BEFORE.test(ctx.text.slice(objectFrom, x.start)) && !isCommentator(ctx, x.entity));
  let helped = uniq(inObject.map((x) => (x.demonym ? (countryOf(ctx, x.entity) ?? x.entity) : x.entity))).filter((id) => !sides.includes(id) && !payers.includes(id));
  let unsure: string | undefined;
  if (!helped.length) {
    const pair = storyPair(ctx, c.start) ?? mostNamedPair(ctx);
    helped = pair ? pair.filter((id) => !sides.includes(id)) : [];
    unsure = 'whom it is for taken from the story (the pair its first relation joins)';
  }
  if (!helped.length) return;
  const lead = said + before;
  const status = NEGATED_VERB_AHEAD.test(lead) ? 'denied' : OFFERING_TO_PAY.test(lead) || /^offer/i.test(m[0]) ? 'proposed' : statusOf('support', said + ctx.text.slice(c.start, objectFrom + object.length), undefined, commentatorSpeaks(ctx, c), ctx.text.slice(c.sentence.start, c.sentence.end));
  pushClauseRelation(ctx, c, dateHits, { kind: 'support', participants: uniq([...payers, ...helped]), directed: true, status, trigger: m[0], ...(unsure ? { unsure } : {}) });
}

/** "asked the OAS to hold an urgent session", "pressed the Afghan authorities for talks": a meeting with the one asked, sought. */
const ASKED_TO_CONVENE = /\b(?:ask(?:ed|s)?|urg(?:ed|es)|call(?:ed|s)\s+on|press(?:ed|es)|request(?:ed|s)?)\s+((?:the\s+)?[^,;.]{2,80}?)\s+(?:to\s+(?:hold|convene|call)\s+(?:an?\s+)?(?:(?:urgent|emergency|special|extraordinary)\s+)?(?:session|meeting|summit)|for\s+(?:(?:urgent|direct|new|fresh|immediate)\s+)?(?:talks|negotiations|a\s+meeting))\b/i;
/** "called for an emergency session of the OAS", "requested an urgent meeting of the Security Council". */
const CALLED_FOR_SESSION = /\b(?:call(?:ed|s)?\s+for|request(?:ed|s)?|sought|seeks?)\s+(?:an?\s+)?(?:urgent|emergency|special|extraordinary)\s+(?:session|meeting)\s+of\s+(?:the\s+)?$/i;
const CONVENE_HINT = /\b(?:session|meeting|summit|talks|negotiations)\b/i;

/** A side asking another, or a body, for a meeting: proposed between the two (the asker the clause's subject or speaker). */
function codeAskedToConvene(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!CONVENE_HINT.test(body)) return;
  const m = ASKED_TO_CONVENE.exec(body);
  const at = m ? c.start + m.index : -1;
  const asked = m ? actorsIn(ctx, at, at + m[0].length).filter((x) => !x.possessive || x.kind !== 'country') : [];
  const bodyAfter = !m ? actorsIn(ctx, c.start, c.end).find((x) => CALLED_FOR_SESSION.test(ctx.text.slice(Math.max(c.start, x.start - 80), x.start))) : undefined;
  const target = asked[0] ?? bodyAfter;
  if (!target) return;
  const verbAt = m ? at : c.start + body.search(/\b(?:call(?:ed|s)?\s+for|request(?:ed|s)?|sought|seeks?)\s/i);
  const subject = coordinatedRun(ctx, actorsIn(ctx, c.start, verbAt).filter((x) => !x.demonym));
  const askers = subject.length ? subject.map((x) => partyOf(ctx, x.entity)) : c.speaker ? [partyOf(ctx, c.speaker)] : [];
  const other = partyOf(ctx, target.entity);
  if (!askers.length || askers.includes(other)) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: uniq([...askers, other]), directed: false, status: 'proposed', trigger: (m?.[0] ?? 'called for a session').replace(/^\W+/, '') });
}

/** "under an agreement signed in Minsk on Tuesday", "under a deal the two sides signed last year": a pact signed, named as what a plan rests on. */
const SIGNED_UNDER = /\b(?:under|through|in\s+line\s+with|as\s+part\s+of)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|deals?|memorand(?:um|a)|protocols?|treat(?:y|ies)|pacts?|contracts?)|(?:[\w-]+\s+){0,2}?(?:agreements|accords|deals|memoranda|protocols|treaties|pacts|contracts))\s+(?:(?:the\s+two\s+(?:\w+\s+)?|both\s+(?:\w+\s+)?|they\s+)(?:had\s+)?)?(?:signed|reached|concluded|sealed|struck|inked|initial(?:l)?ed|agreed)\s+(?:in|on|at|last|this|earlier|early|late|yesterday|today|the\s+same\s+day|that\s+day)\b/i;

/**
 * A plan said to rest on a pact signed ("will ship medicines under an agreement signed in Minsk on
 * Tuesday") states the signing as done: besides the plan's cooperation (with the clause's status),
 * the same parties' cooperation is reported.
 */
function codeSignedUnder(ctx: Ctx, c: Clause, coded: number): void {
  const m = SIGNED_UNDER.exec(ctx.text.slice(c.start, c.end));
  if (!m) return;
  const plans = ctx.raw.slice(coded).filter((r) => r.kind === 'cooperation' && r.status !== 'reported' && r.status !== 'denied' && r.clause === c);
  for (const plan of plans) {
    const same = (ids: string[]) => ids.length === plan.participants.length && ids.every((id) => plan.participants.includes(id));
    if (ctx.raw.some((r) => r.clause === c && r.kind === 'cooperation' && r.status === 'reported' && same(r.participants))) continue;
    // The signing is dated by the words that follow "signed", not by the plan's own date ("will deliver by March").
    const signedFrom = c.start + m.index;
    const signedTo = signedFrom + m[0].length + 30;
    const planDates = (plan as RawRelation & { dates?: DateHit[] }).dates ?? [];
    const raw: RawRelation & { dates?: DateHit[] } = { ...plan, status: 'reported', trigger: m[0].replace(/^\w+\s+/, ''), dates: planDates.filter((h) => h.start >= signedFrom && h.start <= signedTo) };
    ctx.raw.push(raw);
  }
}

/**
 * "The ministers signed a protocol under which Danish and Swedish police will share passenger lists": what a pact just
 * signed says two states' people will do together is their cooperation ahead (the signing is reported by the cue).
 */
const UNDER_WHICH = /\b(?:under|by|through)\s+which\s+/i;

function codePlanUnderWhich(ctx: Ctx, c: Clause, coded: number, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const m = UNDER_WHICH.exec(body);
  if (!m || !ctx.raw.slice(coded).some((r) => r.kind === 'cooperation' && r.status === 'reported' && r.clause === c)) return;
  const from = c.start + m.index + m[0].length;
  const plan = demonymPairAct(ctx, { ...c, start: from });
  if (!plan || NO_JOINT_VERB.test(plan.verb)) return;
  const rest = ctx.text.slice(from, c.end);
  const status = statusOf('cooperation', rest, undefined, false, rest);
  if (status === 'reported' || ctx.raw.some((r) => r.clause === c && r.status === status && r.participants.length === 2 && plan.ids.every((id) => r.participants.includes(id)))) return;
  pushClauseRelation(ctx, { ...c, start: from }, dateHits.filter((h) => h.start >= from), { kind: 'cooperation', participants: plan.ids, directed: false, status, trigger: ctx.text.slice(plan.start, plan.end) });
}

/**
 * "The two countries intend to hold a single auction for the seabed lease", "both governments will
 * jointly fund the study", "the two sides agreed to share data": what two states named together as
 * "the two …" or "both …" are to do, or agreed to do, together is cooperation between them (a meeting
 * when what they do is meet), with the status its modal words give, even where no cue names the act.
 * Only for a clause no other rule has coded, never for verbs of a state or of a quarrel, and not for
 * "the two men" (what two people do on a visit, touring a frigate, is no pact).
 */
/** The words between a joint subject and its verb: a modal, "agreed to", "plan to", with adverbs ("also", "jointly", "-ly"). */
const JOINT_MODAL_SOURCE = String.raw`((?:(?:also|then|now|further)\s+)*(?:would|will|could|should|might|may|can|jointly|together|are\s+to|is\s+to|intend\s+to|intended\s+to|plan\s+to|planned\s+to|agreed\s+to|want\s+to|hope\s+to|pledged\s+to|vowed\s+to|aim\s+to|promised\s+to|undertook\s+to|committed\s+to|are\s+expected\s+to|are\s+due\s+to|decided\s+to)\s+(?:(?:also|then|now|further|jointly|together|to|[a-z]+ly)\s+)*)([a-z]+)\b`;
/** "The two countries", "Both governments", "Since then the two sides" opening a clause: a joint subject. */
const JOINT_SUBJECT_SOURCE = String.raw`^\W*(?:(?:also|then|now|meanwhile|instead|since\s+then|in\s+addition),?\s+)?(?:the\s+two|both)\s+(?:countries|sides|governments|nations|neighbou?rs|capitals|ministries|delegations)\s+`;
const JOINT_ACT = new RegExp(JOINT_SUBJECT_SOURCE + JOINT_MODAL_SOURCE, 'i');
/** What a coordinated subject of states is to do: "Chile and Argentina will let their brigades cross the border". */
const JOINT_MODAL = new RegExp(String.raw`^\s+` + JOINT_MODAL_SOURCE, 'i');
/**
 * A verb in any tense whose act the clause says is done together: "now plan their defence of the Baltic together", "last
 * held a coast guard drill together", "have patrolled the frontier together since 2007" (not "together with X": a partner).
 */
const TOGETHER_LATER_SOURCE = String.raw`((?:(?:now|last|also|still|then|first|already|have|has|had|will|would|could|can|jointly|[a-z]+ly|(?:means?|intends?|plans?|want|hope|are|is)\s+to)\s+)*)(?!stand\b|stands\b|stood\b)([a-z]+)\b(?=[^.;:]*?\b(?:together|jointly)\b(?!\s+with\b))`;
const JOINT_TOGETHER = new RegExp(JOINT_SUBJECT_SOURCE + TOGETHER_LATER_SOURCE, 'i');
const TOGETHER_LATER = new RegExp(String.raw`^\s+` + TOGETHER_LATER_SOURCE, 'i');
const NO_JOINT_VERB = /^(?:be|been|remain|stay|have|has|had|face|differ|disagree|clash|fight|compete|blame|accuse|refuse|reject|deny|dispute|argue|quarrel|threaten|likely|probably|not|never|no|continue|need|lose|suffer|fail|try|look|ask|wait|watch|see|seek|oppose|resist|slow|block|protest|object|complain|demand|criticise|criticize|condemn|warn|worry)$/i;

/** The verb is a meeting: "meet", "convene", or "hold" with talks, a summit or a session after it. */
function jointMeeting(verb: string, after: string): boolean {
  if (/^(?:meet|convene|gather|talk)$/i.test(verb)) return true;
  return /^hold$/i.test(verb) && /^\s*(?:[\w-]+\s+){0,3}?(?:talks|consultations|meetings?|summits?|sessions?)\b/i.test(after);
}

function codeJointAct(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const sentence = ctx.text.slice(c.sentence.start, c.sentence.end);
  const named = jointSubjectNamed(ctx, c) ?? demonymPairAct(ctx, c);
  if (named) {
    if (NO_JOINT_VERB.test(named.verb)) return;
    const kind: RelationKind = jointMeeting(named.verb, ctx.text.slice(named.end, c.end)) ? 'meeting' : 'cooperation';
    pushClauseRelation(ctx, c, dateHits, { kind, participants: named.ids, directed: false, status: statusOf(kind, body, c.speechVerb, false, sentence), trigger: ctx.text.slice(named.start, named.end) });
    return;
  }
  const m = JOINT_ACT.exec(body) ?? JOINT_TOGETHER.exec(body);
  if (!m || NO_JOINT_VERB.test(m[2])) return;
  const after = body.slice(m.index + m[0].length);
  // ("could build on it", "would rely on talks": a phrasal verb of a stance, no act done together.)
  if (/^\s+(?:on|upon)\b/i.test(after) && /^(?:build|rely|count|draw|depend|focus|insist|agree|reflect)$/i.test(m[2])) return;
  const group = groupAnaphor(ctx, c);
  if (!group || group.length < 2) return;
  const ids = countriesOf(ctx, group.map((x) => x.entity));
  if (ids.length < 2) return;
  const kind: RelationKind = jointMeeting(m[2], after) ? 'meeting' : 'cooperation';
  // "The two governments intend to ask Europol to set up a joint task force": the body asked joins the act.
  const asked = /^(?:ask|invite|request|urge|enlist)$/i.test(m[2]) ? actorsIn(ctx, c.start + m.index + m[0].length, c.end).find((x) => !x.demonym && !x.possessive && /^\s+(?:the\s+)?$/i.test(ctx.text.slice(c.start + m.index + m[0].length, x.start))) : undefined;
  const parties = asked ? uniq([...ids, partyOf(ctx, asked.entity)]) : ids;
  pushClauseRelation(ctx, c, dateHits, { kind, participants: parties, directed: false, status: statusOf(kind, body, c.speechVerb, false, sentence), trigger: m[0].replace(/^\W+/, '') });
}

/**
 * "North Korean troops have been deployed to Russia's Kursk region", "no Belarusian teachers will be posted to North
 * Korean schools", "Cuban doctors were sent to Mexico": a state's people sent, posted or stationed in another state, said
 * in the passive with the sender as their demonym, is the sender's help to that state (its soldiers) or their cooperation
 * (anyone else), with the status the clause gives it. The place follows the verb straight (not "into combat in Sudan"; a
 * fight against anyone is coded by its own cue first).
 */
const MILITARY_PEOPLE_SENT = 'troops|soldiers|forces|units|sappers|peacekeepers|gendarmes|marines';
const PEOPLE_SENT = new RegExp(String.raw`\b(${MILITARY_PEOPLE_SENT}|engineers|workers|labourers|doctors|nurses|medics|teachers|specialists|experts|advisers|advisors|officers|instructors|technicians|personnel|scientists|coaches|volunteers)\s+(?:[^.;,]{0,40}?\s)?(?:(?:will|would|could|might|may|must|are\s+to|is\s+to|are\s+due\s+to)\s+(?:not\s+|never\s+)?(?:also\s+)?be|(?:have|has|had)\s+(?:not\s+|never\s+)?(?:also\s+|already\s+)?been|(?:were|was|are|is)(?:\s+not|\s+never)?(?:\s+being)?)\s+(?:(?:also|now|already|quietly|secretly)\s+)?(?:sent|deployed|dispatched|flown|posted|stationed|seconded|redeployed)\s+(?:back\s+)?(?:to|in|into|at|on)\s+`, 'i');
const MILITARY_PEOPLE = new RegExp(`^(?:${MILITARY_PEOPLE_SENT})$`, 'i');

function codePeopleSent(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  // (The clause may end at the participle, "will be | posted to …": the words are read on to the sentence's end.)
  const end = c.sentence.end;
  const body = ctx.text.slice(c.start, end);
  const m = PEOPLE_SENT.exec(body);
  if (!m || c.start + m.index >= c.end) return;
  const nounAt = c.start + m.index;
  // The sender: the demonym right before the people sent ("North Korean troops", "no Belarusian teachers").
  const sender = mentionsIn(ctx, Math.max(c.start, nounAt - 40), nounAt).filter((x) => x.kind === 'country' && /^\s+(?:[a-z-]+\s+)?$/.test(ctx.text.slice(x.end, nounAt))).pop();
  if (!sender || !sender.demonym) return;
  const whereAt = nounAt + m[0].length;
  const place = mentionsIn(ctx, whereAt, Math.min(end, whereAt + 40)).find((x) => /^(?:the\s+)?$/i.test(ctx.text.slice(whereAt, x.start)));
  const host = place && (place.kind === 'country' ? place.entity : countryOf(ctx, place.entity));
  if (!host || host === sender.entity || (ctx.entities.get(host) ?? lexicon().entries.get(host))?.kind !== 'country') return;
  const kind: RelationKind = MILITARY_PEOPLE.test(m[1]) ? 'support' : 'cooperation';
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.participants.includes(sender.entity) && r.participants.includes(host))) return;
  const negated = /\b(?:not|never)\b/i.test(m[0]) || /^\W*no\s+(?:[\w-]+\s+){0,3}$/i.test(ctx.text.slice(c.start, nounAt));
  const status = negated ? 'denied' : statusOf(kind, body, c.speechVerb, commentatorSpeaks(ctx, c), ctx.text.slice(c.sentence.start, c.sentence.end));
  // (The quote runs to the place they are sent to, with its noun after a demonym: "to North Korean schools".)
  const placeEnd = place!.end + (place!.demonym ? (/^\s+[\p{L}-]+/u.exec(ctx.text.slice(place!.end, end))?.[0].length ?? 0) : 0);
  pushClauseRelation(ctx, { ...c, end: Math.max(c.end, placeEnd) }, dateHits, { kind, participants: [sender.entity, host], directed: true, status, trigger: m[0].trim() });
}

/**
 * The two sides "their" or "both countries'" stand for: the pair of the relation just reported (for "their"), else the
 * story's; none when the sentence names a third country, which makes the reference no longer sure.
 */
function pairReferredTo(ctx: Ctx, c: Clause, their: boolean): { ids: string[]; unsure: string } | undefined {
  const others = countriesNamedIn(ctx, c.sentence.start, c.sentence.end);
  const before = findLast(ctx.raw, (r) => r.start < c.start && r.clause.sentence !== c.sentence && countriesOf(ctx, r.participants).length === 2);
  const justReported = their && before && before.start >= (reportingSentenceBefore(ctx, c.sentence)?.start ?? c.start) ? countriesOf(ctx, before.participants) : undefined;
  const ids = justReported ?? storyPair(ctx, c.start);
  if (!ids || others.some((x) => !ids.includes(x))) return undefined;
  return { ids, unsure: justReported ? 'the two sides taken from the relation just reported ("their")' : 'the two sides taken from the story (the pair its first relation joins)' };
}

/**
 * "Their prime ministers are to meet in Dubrovnik in November", "Both countries' foreign ministers spoke by telephone",
 * "the trade ministers will gather in Namanga", "Croatia's and Montenegro's foreign ministers met for an hour": office
 * holders of two sides, named by their office in the plural, meeting, are a meeting of those sides: the two the clause
 * names, or the pair just reported ("their"), or the story's (storyPair). ("The leaders", "the two presidents" are
 * people read back from the text, not their states: groupAnaphor reads those.)
 */
/** The office holders of two states who meet for them, in the plural. */
const PAIR_OFFICE_NOUNS = 'ministers|leaders|presidents|premiers|officials|delegations|delegates|negotiators|envoys|diplomats|chiefs|commanders|co-chairs|cabinets|governments|lawmakers|legislators|parliamentarians|speakers|mayors|governors|ambassadors';
const PAIR_OFFICIALS = String.raw`(?:[a-z-]+\s+){0,2}?(?:${PAIR_OFFICE_NOUNS}|heads\s+of\s+(?:state|government))`;
const OFFICIALS_OF_PAIR_MEET = new RegExp(
  String.raw`^\W*(?:(?:also|then|meanwhile|later|afterwards|earlier|on\s+\w+|in\s+\w+),?\s+)*(?:([Tt]heir|[Bb]oth\s+(?:countries|sides|governments)['’]|[Tt]he\s+two\s+(?:countries|sides|governments|neighbou?rs)['’]|[Tt]he(?=\s+(?!(?:two|three|both)\b)(?:[a-z-]+\s+){0,2}?(?:ministers|officials|delegations|delegates|negotiators|envoys|diplomats|chiefs|commanders|co-chairs)\b))\s+${PAIR_OFFICIALS}|(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})['’]s?\s+and\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})['’]s?\s+${PAIR_OFFICIALS})` +
    String.raw`\s+(?:(?:will|would|are\s+to|were\s+to|are\s+due\s+to|were\s+due\s+to|are\s+expected\s+to|are\s+set\s+to|plan\s+to|agreed\s+to|also|then|first|last|again|finally|briefly|later|have|had|last)\s+)*(?:meet|met|gather|gathered|confer|conferred|(?:hold|held)\s+(?:[\w-]+\s+){0,2}?talks|talked|spoke|speak|sat\s+down|sit\s+down|spent\s+(?:[\w-]+\s+){1,3}?together)\b`,
  'u',
);

const PLURAL_OFFICIALS_HINT = new RegExp(`(?:${PAIR_OFFICE_NOUNS}|state|government)\\s`);

function codeOfficialsOfPairMeet(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  if (!PLURAL_OFFICIALS_HINT.test(body)) return;
  const m = OFFICIALS_OF_PAIR_MEET.exec(body);
  if (!m || ctx.raw.some((r) => r.clause.sentence === c.sentence && r.kind === 'meeting')) return;
  let ids: string[] | undefined;
  let unsure: string | undefined;
  if (m[2]) {
    const at = c.start + m.index;
    ids = countriesOf(ctx, uniq(actorsIn(ctx, at, at + m[0].length).filter((x) => x.kind === 'country').map((x) => x.entity)));
  } else {
    const pair = pairReferredTo(ctx, c, m[1].toLowerCase() === 'their');
    if (!pair) return;
    ids = pair.ids;
    unsure = pair.unsure;
  }
  if (!ids || ids.length !== 2) return;
  const sentence = ctx.text.slice(c.sentence.start, c.sentence.end);
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: ids, directed: false, status: statusOf('meeting', body, c.speechVerb, false, sentence), trigger: m[0].replace(/^\W+/, ''), ...(unsure ? { unsure } : {}) });
}

/**
 * "The two men spent the afternoon at the crossing", "The two ministers had toured the dredging
 * works", "the pair took an inspection trolley across the bridge", "when the two met at the hotel":
 * two people read back from the text, doing something in one place, met there.
 */
const PEOPLE_TOGETHER = /^\W*(?:(?:when|as|after|before|while|and|then|afterwards|later|on\s+\w+|at\s+\w+(?:\s+\w+){0,3}),?\s+)*(?:the\s+(?:two|pair)|both)\b[^,;.]{0,30}?\s(?:(?:then|later|also|had|have|first|last|together)\s+)*(?:spent|spend|toured|tour|visited|visit|inspected|walked|rode|crossed|travell?ed|flew|went|stood|dined|lunched|met|sat|viewed|watched|took|opened|unveiled|cut|threw)\b/i;

/** What two people named together do in one place: "A and B spent three hours at the crossing", "A watched the firing alongside B". */
const DONE_TOGETHER_VERB = String.raw`(?:spent|toured|visited|inspected|walked|rode|crossed|dined|lunched|sat|watched|viewed|opened|unveiled|cut|laid|planted|attended|saw)`;
const NAMED_PAIR_TOGETHER = new RegExp(String.raw`^\s+and\s+(?:(?:his|her)\s+(?:[\w-]+\s+){0,3}?)?(?=\p{Lu})[^,;.]{2,60}?\s(?:(?:then|later|also|had|first|together)\s+)*${DONE_TOGETHER_VERB}\b`, 'u');
const ALONGSIDE = new RegExp(String.raw`^\s+(?:(?:then|later|also|had)\s+)*${DONE_TOGETHER_VERB}\b[^,;.]{0,80}?\b(?:alongside|together\s+with|in\s+the\s+company\s+of|from\s+the\s+same\s+(?:row|table|box|stand)\s+as)\s+(?:(?:his|her)\s+(?:[\w-]+\s+){0,3}?)?$`, 'u');

/** "Ruben Rubinyan and Serdar Kılıç spent three hours …", "Tarasenko watched the firing alongside Han Chol Ung": two named people together, met. */
const DONE_TOGETHER_HINT = new RegExp(String.raw`\b${DONE_TOGETHER_VERB}\b`);

function namedPeopleTogether(ctx: Ctx, c: Clause): { ids: string[]; trigger: string } | undefined {
  if (!DONE_TOGETHER_HINT.test(ctx.text.slice(c.start, c.end))) return undefined;
  const persons = actorsIn(ctx, c.start, c.end).filter((x) => x.kind === 'person');
  if (persons.length !== 2 || persons[0].entity === persons[1].entity) return undefined;
  const [a, b] = persons;
  if (!/^\W*(?:(?:on|at|in|last|later|earlier)\s+[\w-]+,?\s+)*$/i.test(ctx.text.slice(c.start, a.phrase && a.phrase.start < a.start ? a.phrase.start : a.start))) return undefined;
  const between = ctx.text.slice(a.end, b.phrase && b.phrase.start > a.end ? b.phrase.start : b.start);
  const alongside = ALONGSIDE.exec(between);
  if (alongside) return { ids: [a.entity, b.entity], trigger: alongside[0].trim() };
  // (The second name must be the one "and" joins: "A and B spent", not "A and officials from B's ministry toured".)
  const pair = /^\s+and\s+(?:(?:his|her)\s+(?:[\w-]+\s+){0,3}?)?$/.test(between) ? NAMED_PAIR_TOGETHER.exec(ctx.text.slice(a.end, c.end)) : null;
  return pair ? { ids: [a.entity, b.entity], trigger: pair[0].trim() } : undefined;
}

function codePeopleTogether(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const m = PEOPLE_TOGETHER.exec(body);
  if (!m) {
    const named = namedPeopleTogether(ctx, c);
    if (!named || ctx.raw.some((r) => r.clause.sentence === c.sentence && r.kind === 'meeting')) return;
    const said = clauseStatus(ctx, c, 'meeting', body);
    // ("A and B mean to cut the ribbon together in October": what they mean or plan to do together is a meeting planned.)
    const status = said === 'reported' && /\b(?:means?|plans?|intends?|are\s+(?:due\s+)?to|will|would)\s+(?:to\s+)?(?:[a-z]+\s+)?$/.test(named.trigger.replace(new RegExp(`${DONE_TOGETHER_VERB}\\b[\\s\\S]*$`), '')) ? 'intent' : said;
    pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: named.ids, directed: false, status, trigger: named.trigger });
    return;
  }
  const group = groupAnaphor(ctx, c);
  if (!group || group.length !== 2 || group.some((x) => x.kind !== 'person')) return;
  const ids = uniq(group.map((x) => x.entity));
  if (ids.length !== 2 || ctx.raw.some((r) => r.clause.sentence === c.sentence && r.kind === 'meeting')) return;
  const sentence = ctx.text.slice(c.sentence.start, c.sentence.end);
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: ids, directed: false, status: statusOf('meeting', body, c.speechVerb, false, sentence), trigger: m[0].replace(/^\W+/, '') });
  // (The two are read back from what was reported of them: the meeting already reported, when there is one, gains this quote.)
  ctx.raw[ctx.raw.length - 1].referringBack = true;
}

/** "Chile and Argentina will let …" opening the clause: the states, the words from the first to the verb, and the verb. */
function jointSubjectNamed(ctx: Ctx, c: Clause): { ids: string[]; start: number; end: number; verb: string } | undefined {
  const actors = actorsIn(ctx, c.start, c.end).filter((m) => !m.demonym);
  const first = actors[0];
  if (!first || first.possessive || !/^\W*(?:(?:the|on\s+\w+day,?|in\s+\w+,?)\s+)?$/i.test(ctx.text.slice(c.start, first.start))) return undefined;
  const run = coordinatedRun(ctx, actors);
  if (run.length < 2 || run.some((m) => m.kind !== 'country' || m.possessive)) return undefined;
  const last = run[run.length - 1];
  const m = JOINT_MODAL.exec(ctx.text.slice(last.end, c.end)) ?? JOINT_DONE.exec(ctx.text.slice(last.end, c.end)) ?? TOGETHER_LATER.exec(ctx.text.slice(last.end, c.end));
  if (!m) return undefined;
  const ids = uniq(run.map((x) => x.entity));
  return ids.length >= 2 ? { ids, start: first.start, end: last.end + m[0].length, verb: m[2] } : undefined;
}

/**
 * What a coordinated subject of states did together, in the past: "Russia and North Korea opened their first road bridge",
 * "Iceland and the Faroe Islands settled on Wednesday on larger quotas", "Chile and Peru set up a joint commission".
 */
const JOINT_DONE = /^\s+()(?:(?:also|jointly|together|formally|finally|(?:on|last|this)\s+\w+)\s+)*(opened|inaugurated|launched|unveiled|commissioned|settled|established|formed|created)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:on\s+|their\s+|a\s+(?:joint|common|shared|single)\s)/i;

/** "Danish and German firefighters will run a single emergency command", "Danish and Swedish police will share passenger lists": the people of two states, named by their demonyms, acting together. */
const DEMONYM_PAIR_ACT = new RegExp(String.raw`^\W*(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+and\s+(\p{Lu}[\p{L}-]+)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|police|personnel|staff)\s+` + JOINT_MODAL_SOURCE, 'u');

function demonymPairAct(ctx: Ctx, c: Clause): { ids: string[]; start: number; end: number; verb: string } | undefined {
  const body = ctx.text.slice(c.start, c.end);
  const m = /\sand\s/.test(body.slice(0, 60)) ? DEMONYM_PAIR_ACT.exec(body) : null;
  if (!m || NO_JOINT_VERB.test(m[4])) return undefined;
  const at = c.start + m.index;
  const demonyms = actorsIn(ctx, at, at + m[0].length).filter((x) => x.demonym && x.kind === 'country');
  const ids = uniq(demonyms.map((x) => x.entity));
  // (Both words must be the demonyms: "Danish and German", not "Danish and local firefighters".)
  if (ids.length !== 2 || demonyms.length !== 2 || ctx.text.slice(demonyms[0].start, demonyms[0].end) !== m[1] || ctx.text.slice(demonyms[1].start, demonyms[1].end) !== m[2]) return undefined;
  return { ids, start: at + m[0].length - m[0].replace(/^\W+/, '').length, end: at + m[0].length, verb: m[4] };
}

/**
 * "Botswana has already signed up", "She expects Namibia to join within a year", "Luanda was not
 * ready to join the scheme", "Windhoek might come on board": a third state joining (or not) the
 * scheme the story's two states set up is cooperation among the three, with the clause's status.
 * Only where the clause names no bloc (joining a bloc is an alliance) and no other party.
 */
const JOINS_SCHEME = /\b(?:join(?:s|ed|ing)?|sign(?:s|ed|ing)?\s+up|come\s+on\s+board|came\s+on\s+board|coming\s+on\s+board|tak(?:e|es|ing)\s+part|took\s+part|opt(?:s|ed|ing)?\s+in|(?:kept|keep|keeps|keeping|stay(?:s|ed|ing)?|stayed)\s+out\s+of)\b(?:\s+(?:to|for|in|of))?(?:\s+(?:the|this|that|its|their)\s+(?:new\s+|joint\s+|same\s+)?(?:[\w-]+\s+)?(scheme|arrangement|network|patrols?|protocol|programme|program|initiative|system|project|corridor|mechanism|framework|pact|deal|agreement|effort|watch|rules|rulebook|procedures|authority|commission|committee|brigade|task\s+force|centre|center))?(?=\s*(?:[.,;]|$|\s+(?:within|by|before|after|next|this|later|soon|once|when|if|in\s+\d|too|as\s+well)\b))/i;

function codeJoinsStoryScheme(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const m = JOINS_SCHEME.exec(body);
  if (!m) return;
  const verbAt = c.start + m.index;
  const named = actorsIn(ctx, c.start, c.end).filter((x) => !x.demonym);
  if (named.some((x) => x.kind === 'bloc')) return;
  const before = named.filter((x) => x.end <= verbAt && x.kind === 'country');
  const joiner = before[before.length - 1];
  if (!joiner || named.some((x) => x.start > verbAt)) return;
  const pair = storyPair(ctx, c.start);
  const state = countryOf(ctx, joiner.entity) ?? joiner.entity;
  if (!pair || pair.includes(state)) return;
  // ("kept out of the network", "was not ready to join", "declined to sign up": the joining refused.)
  const refused = /\bout\s+of\b/i.test(m[0]) || /\b(?:not|never|no\s+longer|refus\w*|declin\w*)\b|n['’]t\b/i.test(ctx.text.slice(joiner.end, verbAt));
  const status = refused ? 'denied' : clauseStatus(ctx, c, 'cooperation', body);
  pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: [state, ...pair], directed: false, status, trigger: m[0] });
}

/**
 * "Mulimba floated a joint customs post at Kajo-Keji", "put forward the idea of a joint Icelandic–
 * Faroese proposal on mackerel", "Trabelsi also proposed reopening the smaller crossing to lorries", "suggested the line
 * could later be extended to Chongjin" (a project the story set going):
 * a proposal, by one of the story's two sides (a person of it, or the state), of something done
 * jointly or across their border, in words no cue covers, proposes cooperation between the two.
 * A third country the clause names (", which Russia might join") joins them.
 */
const PROPOSES = /(?<!\b(?:a|an|the|its|their)\s)\b(?:floated|mooted|pitched|tabled|proposed|suggested|put\s+forward|raised|dangled)\b(?:\s+(?:the|an?)\s+(?:idea|prospect|possibility|option|plan)\s+of)?\s+(?:(?:a|an|the)\s+)?/i;
const DONE_TOGETHER = /\b(?:joint|shared|common|combined|cross-border|bilateral|three-way|trilateral|mutual)\b|\b(?:reopen\w*|open\w*)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:crossing|border|border\s+post|ports?|route|line|market)s?\b|\b\p{Lu}[\p{L}]+[-–]\p{Lu}[\p{L}]+\b/u;

/** "(that) a joint committee meet in Kingston": a proposal that the two sides' body or delegations meet. */
const BODY_TO_MEET = /^(?:that\s+)?(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,3}?(?:committee|commission|council|working\s+group|delegations?|teams?)\s+(?:(?:could|should|would|might|to)\s+)?(?:meet|convene|sit|gather)\b/i;
/** Verbs of saying that propose: "suggested", "proposed", "floated". */
const PROPOSING_SPEECH = /^(?:suggest|propos|float|moot)/i;
/** "(that) the line could later be extended", "the plant might be expanded": the story's project, grown. */
const PROJECT_GROWS = /^(?:that\s+)?(?:(?:the|its|their)\s+)?(?:[a-z][a-z-]*\s+){0,2}?([a-z]{3,})\s+(?:could|might|should|would|can|may)\s+(?:(?:later|also|one\s+day|eventually|soon|then)\s+)*(?:be\s+)?(?:extended|expanded|widened|enlarged|doubled|lengthened|upgraded|extend|expand|widen|double)\b/;

/** Whether `rest` proposes growing a project the story set going: its head noun was used where an earlier sentence reported cooperation or support. */
function storyProjectGrows(ctx: Ctx, c: Clause, rest: string): boolean {
  const m = PROJECT_GROWS.exec(rest);
  if (!m || NOT_A_PROJECT.test(m[1])) return false;
  const headRe = cachedRegExp(String.raw`\b${m[1].replace(/(?:es|s)$/, '')}[a-z]{0,2}\b`, 'i');
  return ctx.raw.some((r) => r.start < c.start && (r.kind === 'cooperation' || r.kind === 'support') && !r.standing && inStoryText(r.clause.sentence) && headRe.test(ctx.text.slice(r.clause.sentence.start, r.clause.sentence.end)));
}

function codeProposalOnStory(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  // ("X suggested the line could be extended": the verb may be the clause's verb of saying, the proposal its words.)
  const m = PROPOSES.exec(body) ?? (c.speechVerb && PROPOSING_SPEECH.test(c.speechVerb) ? /^/.exec(body) : null);
  if (!m) return;
  const rest = body.slice(m.index + m[0].length);
  if (!DONE_TOGETHER.test(rest) && !storyProjectGrows(ctx, c, rest)) return;
  const pair = storyPair(ctx, c.start);
  if (!pair) return;
  const proposer = actorsIn(ctx, c.start, c.start + m.index).filter((x) => !x.demonym).pop() ?? c.inherited?.[0] ?? (c.speaker ? ctx.mentions.find((x) => x.entity === c.speaker) : undefined);
  const side = proposer && (countryOf(ctx, proposer.entity) ?? proposer.entity);
  if (!side || !pair.includes(side)) return;
  const others = countriesNamedIn(ctx, c.start + m.index, c.end).filter((x) => !pair.includes(x));
  if (others.length > 1) return;
  // ("proposed that a joint committee meet in Kingston": a meeting of the two proposed.)
  const kind = BODY_TO_MEET.test(rest) ? 'meeting' : 'cooperation';
  pushClauseRelation(ctx, c, dateHits, { kind, participants: [...pair, ...others], directed: false, status: 'proposed', trigger: m[0].trim(), unsure: 'parties taken from the story (the pair its first relation joins)' });
}

/**
 * "expects trade between the neighbours to pass $2 billion by 2028", "friction would probably
 * return next year", "relations would probably sour again", "expects the committee to agree on
 * navigation rules": a forecast about the story's own relation, trade, body or dispute, with its
 * parties left unnamed, is a forecast between the story's two parties (storyPair): conflict for
 * friction, souring and strained states, a meeting for meeting verbs, cooperation otherwise.
 */
const STORY_SUBJECT = String.raw`(?:the\s+)?(?:(?:bilateral|cross-border|two-way)\s+)?(?:(?:two|both)\s+(?:governments|countries|sides|neighbou?rs|capitals|nations)|(?:joint\s+)?(?:committee|commission)|joint\s+(?:patrols|exercises|drills|venture)|trade|throughput|traffic|ties|relations|relationship|partnership|cooperation|co-operation|deal|agreement|accord|pact|package|truce|ceasefire|protocol|arrangement|(?:border\s+)?crossings?|border|(friction|tensions?|row|dispute|quarrel|feud|rivalry|standoff|stand-off|fighting|clashes))`;
const BETWEEN_THE_TWO = String.raw`(?:\s+between\s+(?:(?:the\s+)?(?:two\s+)?(?:countries|sides|neighbou?rs|governments|capitals|nations)|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+and\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?))?`;
const EXPECTS_STORY = new RegExp(String.raw`\b(?:expects?|expected|predicts?|predicted|forecasts?|foresees?|anticipates?|believes|thinks|reckons)\s+(?:that\s+)?${STORY_SUBJECT}${BETWEEN_THE_TWO}\b[^.;]{0,60}?\b(?:to|will|would|could|might|may)\s+(?:(?:probably|likely|soon|only|still|again)\s+)?([a-z]+)`, 'iu');
const STORY_LIKELY = new RegExp(String.raw`(?:^|[\s,"“])${STORY_SUBJECT}${BETWEEN_THE_TWO}\s+(?:would|will|should|is|are|was|were)\s+(?:(?:probably|likely|most\s+likely|almost\s+certainly)\s+(?:to\s+)?|(?:bound|set|expected)\s+to\s+)(?:(?:probably|likely|again|soon)\s+)?([a-z]+)`, 'iu');
/** "expects further expulsions on both sides", "predicts fresh clashes", "expects new quarrels between the two governments", "fears scuffles at the gate": more of a quarrel foreseen, with no verb for it. */
const EXPECTS_MORE_OF_THE_ROW = /\b(?:(?:expects?|expected|predicts?|predicted|foresees?|anticipates?)\s+(?:(?:still|even)\s+)?(?:more|further|fresh|new|renewed|repeated|sporadic|occasional)|(?:fears?|feared|warns?\s+of|warned\s+of)(?:\s+(?:more|further|fresh|new|renewed|repeated|sporadic|occasional))?)\s+(?:(?:border|armed|military|naval)\s+)?(expulsions|clashes|confrontations|sanctions|protests|incidents|skirmishes|scuffles|strikes|attacks|retaliation|raids|incursions|shelling|quarrels|disputes|rows|frictions?|tensions)\b/i;
const SOURING = /^(?:sour|worsen|deteriorat|clash|flare|escalat|fight|quarrel|resurface|return|reignit|break|argu|wrangl|spar|feud)/i;

/** "expects a deal in 2027 at the earliest", "expects a signed annex before December": a pact foreseen, of the story's two (no verb group: cooperation). */
const EXPECTS_A_DEAL = /\b(?:expects?|expected|predicts?|predicted|foresees?|anticipates?)\s+(?:an?|the)\s+(?:(?:signed|final|new|revised|formal|lasting|comprehensive|binding|first)\s+)?(?:deal|agreement|accord|annex|treaty|settlement|compromise)\b(?!\s+(?:with|between|among)\b)/i;

/** Commentators left unnamed before a forecast: "Analysts in the region expect …", "Traders expect …". */
const UNNAMED_COMMENTATORS = /\b(?:analysts|experts|observers|economists|traders|researchers|forecasters)\b/i;

/** A word without which neither story-forecast pattern can match: one cheap scan before the two long ones. */
const FORECAST_WORD = /\b(?:expect|predict|forecast|foresee|anticipat|probably|likely|certainly|bound|set|expected|believes|thinks|reckons|sees|fear|warn)/i;

/** "expects freight on the line to double", "expects the market to reopen", "sees trade through Al-Qaim topping …": growth foreseen, of whatever the story set going (groups as the story patterns', the verb second). */
const EXPECTS_GROWTH = /\b(?:expects?|expected|predicts?|predicted|forecasts?|foresees?|anticipates?|believes|thinks|reckons)\s+(?:that\s+)?(?:the\s+)?(?:[\p{L}'’–-]+\s+){1,6}?(?:to|will|would)\s+(?:(?:probably|likely|soon|almost|at\s+least|more\s+than)\s+)?()(double|triple|treble|quadruple|grow|rise|reach|pass|top|exceed|surpass|recover|increase|climb|irrigate|start\s+work|begin\s+work|reopen|resume|expand)\b|\bsees\s+(?:the\s+)?(?:[\p{L}'’–-]+\s+){1,6}?()(doubling|tripling|growing|rising|reaching|passing|topping|exceeding|recovering|increasing|climbing)\b/iu;

/**
 * Whether the clause is a commentator's: its first person is an analyst, economist or researcher,
 * or it opens on "He" or "She" right after a sentence that opens on one.
 */
function commentatorSpeaks(ctx: Ctx, c: Clause): boolean {
  const firstPerson = (from: number, to: number) => mentionsIn(ctx, from, to).find((x) => x.kind === 'person');
  const own = firstPerson(c.sentence.start, c.end);
  if (own) return isCommentator(ctx, own.entity);
  if (!/^(?:He|She)\b/.test(ctx.text.slice(c.sentence.start, c.sentence.start + 4))) return false;
  const previous = reportingSentenceBefore(ctx, c.sentence);
  const before = previous && firstPerson(previous.start, previous.end);
  return !!before && isCommentator(ctx, before.entity);
}

/**
 * "Touhid arrived on Sunday for a three-day visit", "Artizov, who arrived on Saturday and left on Wednesday", "who flew in
 * on Monday at the head of a delegation": a visit whose place the clause leaves unsaid, in a story between the visitor's
 * country and one other, is a meeting of the visitor with that other country.
 */
const ARRIVED_ON_VISIT = /\b(?:arriv(?:ed|es)|flew\s+in)\b(?:\s+(?:on|last|late|early|this)\s+[\w-]+(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?:for\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|stay|trip)\b|at\s+the\s+head\s+of\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?delegation\b|and\s+(?:left|leaves|will\s+leave|flew\s+home|flies\s+home)\b)/i;

function codeArrivalOnVisit(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const m = ARRIVED_ON_VISIT.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  // (A place said after the verb is the other rules' to read: "arrived in Minsk on Monday for a visit".)
  if (ctx.raw.some((r) => r.kind === 'meeting' && r.clause.sentence === c.sentence)) return;
  const visitor = mentionsIn(ctx, c.sentence.start, at).filter((x) => x.kind === 'person').pop();
  const home = visitor ? countryOf(ctx, visitor.entity) : undefined;
  const pair = home ? storyPair(ctx, c.start) ?? mostNamedPair(ctx) : undefined;
  if (!visitor || !home || !pair || !pair.includes(home)) return;
  const host = pair.find((x) => x !== home)!;
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: [visitor.entity, host], directed: false, status: 'reported', trigger: m[0], unsure: 'the host taken from the story (the pair its first relation joins)' });
}

/** "expects Guatemala to answer with a counter-protest", "predicts that Minsk will retaliate": one side's hitting back foreseen. */
const EXPECTS_RETALIATION = /\b(?:expects?|expected|predicts?|predicted|anticipates?|foresees?)\s+(?:that\s+)?(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:to|will|would)\s+(?:(?:probably|likely|soon|quickly)\s+)?(?:retaliate|respond|answer|reply|hit\s+back|strike\s+back)\b/u;

const CONCILIATORY_ANSWER = /\b(?:offers?|aid|assistance|investments?|loans?|credit|cheap|discounts?|concessions?|talks|dialogue|negotiations?|compromise|goodwill|gifts?)\b/i;

/**
 * A commentator foreseeing that a party will hit back (retaliate, respond, answer): a conflict forecast between it and the
 * other side of the story's pair, or both of the pair when it is a third party.
 */
function codeRetaliationForeseen(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const m = EXPECTS_RETALIATION.exec(body);
  // ("expect Algiers to answer the pipeline deal with an offer of cheap gas": an answer in kind, not a blow.)
  if (!m || CONCILIATORY_ANSWER.test(body.slice(m.index + m[0].length))) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.status === 'forecast')) return;
  const at = c.start + m.index + m[0].indexOf(m[1]);
  const side = actorsIn(ctx, at, at + m[1].length).find((x) => x.start === at && !x.demonym);
  const party = side && (countryOf(ctx, side.entity) ?? side.entity);
  const pair = party ? storyPair(ctx, c.start) : undefined;
  if (!pair) return;
  // One of the story's two answering the other; or a third party answering the two ("expects Russia to answer" the allies' drill).
  const against = pair.includes(party!) ? pair.filter((x) => x !== party) : pair;
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [party!, ...against], directed: true, actors: 1, status: 'forecast', trigger: m[0], unsure: 'the side answered taken from the story (the pair its first relation joins)' });
}

/** The party named right after a giving verb and before the thing given ("lend Pyongyang the money"), if any. */
function firstObjectParty(ctx: Ctx, after: Mention[], t: Trigger, actor: Mention): Mention | undefined {
  const text = ctx.text;
  return after.find((m) => m.start >= t.end && /^\s+$/.test(text.slice(t.end, m.start)) && m.entity !== actor.entity && !m.demonym && !m.possessive && /^\s+(?:the|an?|its|their|\$|€|£|\d)/i.test(text.slice(m.end, m.end + 8)));
}

/**
 * "Belarus will build a plant in North Korea", "Minsk will open a ceramic tile factory in the North Korean city of
 * Hamhung", "will modernise a mill in …": works that one side builds, opens or sets up in another country are cooperation between the builder and the
 * host country, with the clause's status. The host is the country (or a place in it) that "in" names after the works.
 */
const FACILITY_ABROAD = new RegExp(String.raw`\b(?:build|builds|building|built|construct|constructs|constructed|constructing|open|opens|opened|opening|set\s+up|sets\s+up|setting\s+up|establish|establishes|established|establishing|rebuild|rebuilds|rebuilding|rebuilt|moderni[sz](?:e|es|ed|ing)|refit(?:s|ted|ting)?|re-?equip(?:s|ped|ping)?|renovat(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|restor(?:e|es|ed|ing))\s+(?:an?|the|its|their|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+){0,3}?${FACILITY_NOUNS}\b([^.;]{0,70})`, 'i');

/** "accused Moscow of", "charged Minsk with": what follows is the charge. */
const CHARGED_WITH = /\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|suspect(?:s|ed|ing)?)\s+[^.;]{0,60}?\b(?:of|with)\s+["“]?$/i;

function codeFacilityAbroad(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  // (One cheap scan first: the long pattern only where a verb of building can be.)
  if (!/\b(?:buil|rebuil|constru|open|set|establish|moderni|refit|re-?equip|renovat|upgrad|restor)/i.test(body)) return;
  const m = FACILITY_ABROAD.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  const tailAt = at + m[0].length - m[1].length;
  const inAt = m[1].search(/^\s+in\s|^[^,]{0,40}?\sin\s/);
  if (inAt < 0) return;
  const host = actorsIn(ctx, tailAt + inAt, c.end).map((x) => countryOf(ctx, x.entity)).find((id) => !!id);
  const builder = actorNamedBefore(ctx, c, at);
  if (!host || !builder) return;
  const side = ctx.entities.get(builder.entity)?.kind === 'person' ? countryOf(ctx, builder.entity) : builder.entity;
  if (!side || side === host || countryOf(ctx, side) === host) return;
  // (The act's own cue may already have coded it with the host: "will help North Korea build a plant".)
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.kind === 'cooperation' && r.participants.includes(host))) return;
  // ("accused Russia of rebuilding the plant": what one side charges the other with is the charge's, not a fact.)
  if (CHARGED_WITH.test(ctx.text.slice(c.sentence.start, at))) return;
  // "will re-equip the Mangyongdae Clock Factory in Pyongyang": works the text names are the party, not their country.
  const works = actorsIn(ctx, at, tailAt + inAt).find((x) => x.kind === 'organization' && !x.possessive);
  pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: [side, works?.entity ?? host], directed: false, status: clauseStatus(ctx, c, 'cooperation', body), trigger: m[0].slice(0, m[0].length - m[1].length) });
}

/**
 * "The next summit will be held in Dublin in the autumn", "The joint defence committee is next due to convene in Santiago
 * in March": the story's own meetings, the next of which is announced with no party named, are a meeting of the story's
 * two, with the clause's status.
 */
const MEETING_BODY = String.raw`(?:joint|bilateral|binational|intergovernmental|mixed)\s+(?:[\w-]+\s+){0,2}?(?:commission|committee|council|cabinet|session|working\s+group|panel)(?:\s+(?:on|for|of)(?:\s+[\w'’-]+){1,4}?)?`;
/** The words that put a meeting in a series: the next one, or the second, third … of them. */
const NEXT_IN_SERIES = 'next|following|first|second|third|fourth|fifth|sixth';
const NEXT_OF_THEM = String.raw`(?:${NEXT_IN_SERIES})\s+(?:[\w-]+\s+){0,3}?(?:summit|session|meeting|round(?:\s+of\s+talks)?|talks|council|sitting)(?:\s+of(?:\s+the)?(?:\s+[\w'’-]+){1,4}?)?`;
const MEETS_AHEAD = String.raw`\s+(?:(?:is|are|will|would)\s+(?:(?:also\s+|next\s+)?(?:due|set|scheduled|expected|planned)\s+to\s+|to\s+)?(?:next\s+)?(?:be\s+held|take\s+place|convene|meet|sit)\b|(?:is|are)\s+(?:due|set|scheduled|planned)\s+for\b)`;
/** "The council is to meet next in Kuwait", "the commission will meet again in May": the story's body, named by its kind alone, meeting again. */
const BODY_MEETS_AGAIN = String.raw`(?:council|commission|committee|working\s+group)\s+(?:(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to|will|would|shall)\s+(?:next\s+)?(?:meet|convene|sit)\s+(?:again|next)\b`;
const NEXT_MEETING = new RegExp(String.raw`\b(?:the|their|its|a|an)\s+(?:(?:two\s+(?:governments|countries|sides)['’]\s+))?(?:(?:${NEXT_OF_THEM}|${MEETING_BODY})${MEETS_AHEAD}|${BODY_MEETS_AGAIN})`, 'i');

/** A word the pattern needs, to skip the clauses without one. */
const NEXT_MEETING_HINT = new RegExp(`\\b(?:${NEXT_IN_SERIES}|joint|bilateral|binational|intergovernmental|mixed|again)\\b`, 'i');

function codeNextMeeting(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!NEXT_MEETING_HINT.test(body)) return;
  const m = NEXT_MEETING.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind === 'meeting')) return;
  // (Where it meets is no party: "in Pyongyang", "is planned for Quito".)
  const named = actorsIn(ctx, c.start, c.end).filter((x) => x.kind !== 'place' && !(x.kind === 'country' && /\b(?:in|for|at)\s+$/.test(ctx.text.slice(x.start - 4, x.start))));
  // "The next meeting of the Spanish and Moroccan governments": the two its demonyms name are its parties.
  const described = named.length >= 2 && named.every((x) => x.demonym && x.kind === 'country') ? uniq(named.map((x) => x.entity)) : undefined;
  // A party named in the clause otherwise makes it the other rules' ("the next round with Kosovo", "Greece will host the next council").
  if (named.length && !(described && described.length >= 2)) return;
  const pair = described ?? storyPair(ctx, c.start);
  if (!pair) return;
  // (The next meeting is yet to come: intended, unless the clause says what became of it.)
  const said = clauseStatus(ctx, c, 'meeting', body);
  // ("is set to meet" is a plan announced, not a commentator's forecast.)
  const status = said === 'reported' || (said === 'forecast' && /\b(?:is|are)\s+set\s+to\b/i.test(m[0])) ? 'intent' : said;
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: pair, directed: false, status, trigger: m[0].trim(), ...(described ? {} : { unsure: 'parties taken from the story (the pair its first relation joins)' }) });
}

/**
 * "London will pay half the cost of a new sonar station", "Minsk will extend a state credit of $45 million", "believes
 * Moscow will eventually cover most of the cost of the kilns": money for the story's project with no one named to get it
 * goes to the story's other side (or to both, from a third party): backing, with the clause's status.
 */
const PAYS_UNNAMED = /\b(?:(?:pay|pays|paid|paying|finance|finances|financed|financing|fund|funds|funded|funding|cover|covers|covered|covering|bear|bears|bore)\s+(?:for\s+)?(?:(?:half|all)\s+(?:of\s+)?|(?:part|most|some|much|a\s+third|two\s+thirds|a\s+quarter|\d+\s*(?:%|percent|per\s+cent))\s+of\s+)?(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:cost|costs|bill|equipment|project|plant|scheme|works|construction|machinery)|extend(?:s|ed|ing)?\s+(?:an?\s+|no\s+)?(?:[\w-]+\s+){0,2}?(?:credit|loan|credit\s+line|grant)|through\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:credit\s+line|loan))\b/i;

function codePaidUnnamed(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:pa[yi]|financ|fund|cover|bear|bore|extend|through)/i.test(body)) return;
  const m = PAYS_UNNAMED.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind === 'support')) return;
  const at = c.start + m.index;
  // A recipient named after the words is the transfer rules' ("extend a credit of $45 million to Pyongyang").
  if (actorsIn(ctx, at, c.end).some((x) => x.kind !== 'place' && !x.demonym)) return;
  const subject = actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive && (x.kind === 'country' || x.kind === 'bloc' || x.kind === 'organization')).pop() ?? (c.inherited?.[0] && !c.inherited[0].demonym ? c.inherited[0] : undefined);
  const giver = subject && partyOf(ctx, subject.entity);
  const pair = giver ? storyPair(ctx, c.start) : undefined;
  if (!giver || !pair) return;
  // ("pay for most of the Portuguese works": the works' country gets it.)
  const host = actorsIn(ctx, at, c.end).find((x) => x.demonym);
  const hostCountry = host && countryOf(ctx, host.entity);
  const getters = hostCountry ? (hostCountry === giver ? [] : [hostCountry]) : pair.filter((x) => x !== giver && countryOf(ctx, giver) !== x);
  if (!getters.length || getters.length === pair.length && actorsIn(ctx, c.start, at).some((x) => pair.includes(countryOf(ctx, x.entity) ?? ''))) return;
  // ("would extend no credit for the crude": money refused.)
  const status = /\bno\b/i.test(m[0]) ? 'denied' : clauseStatus(ctx, c, 'support', body);
  pushClauseRelation(ctx, c, dateHits, { kind: 'support', participants: [giver, ...getters], directed: true, actors: 1, status, trigger: m[0].trim(), unsure: 'who gets the money taken from the story (the pair its first relation joins)' });
}

/** "El Salvador brought the case in November", "Guyana filed a complaint last year": a case filed, its forum left unsaid. */
const CASE_FILED = /\b(?:brought|filed|lodged)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?:case|complaint|suit|lawsuit|application)\b(?!\s+(?:with|against|before|at|to)\b)/i;

/**
 * "intends to take the dispute to the union's tribunal", "will bring the case before an arbitration panel", "brought the
 * case in November": one side of the story taking their quarrel to a court is a conflict with the other side, with the
 * clause's status (the court is where the quarrel goes, no party to it).
 */
const DISPUTE_TO_FORUM = /\b(?:tak(?:e|es|ing)|took|taken|bring(?:s|ing)?|brought|refer(?:s|red|ring)?)\s+(?:the|its|their|this|that|her|his)\s+(?:[\w-]+\s+)?(?:dispute|case|quarrel|row|complaint|claims?|grievance)\s+(?:to|before)\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:court|tribunal|arbitration|arbitrators?|panel|Court|Tribunal|ICJ|WTO|United\s+Nations|Security\s+Council)\b/i;

function codeDisputeToForum(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:dispute|case|quarrel|row|complaint|claim|grievance|suit|application)/i.test(body)) return;
  const m = DISPUTE_TO_FORUM.exec(body) ?? CASE_FILED.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind === 'conflict')) return;
  const sides = storySidesFrom(ctx, c, c.start + m.index, false);
  if (!sides) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [sides.side, sides.other], directed: true, status: clauseStatus(ctx, c, 'conflict', body), trigger: m[0], unsure: 'the other side taken from the story (the pair its first relation joins)' });
}

/**
 * "Syrian troops had not crossed the border", "would not send troops across the border", "had no intention of sending
 * troops across the border": a side's armed men crossing, or sent across, the border with no one named on the other side
 * is a hostile act against the story's other side (denied when negated or refused). Not men who crossed "to see him
 * sworn in" or "for the signing".
 */
const TROOPS_CROSSED = /\b(?:troops|forces|soldiers|units?|patrols?|guards|gunmen|militiamen)\s+(?:[a-z]+\s+){0,3}?cross(?:ed|es|ing)?\s+(?:the|our|their|its)\s+(?:border|frontier|boundary)\b(?!\s+(?:to\s+(?:see|attend|join|help|watch|celebrate)|for\s+the)\b)/i;
const TROOPS_SENT_ACROSS = /\b(?:send(?:s|ing)?|sent|deploy(?:s|ed|ing)?)\s+(?:any\s+|more\s+)?(?:troops|soldiers|forces|units)\s+across\s+(?:the|our|their|its)\s+(?:border|frontier)\b/i;

function codeTroopsAcrossBorder(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\bacross\b|\bcross/i.test(body)) return;
  const crossed = TROOPS_CROSSED.exec(body);
  const m = crossed ?? TROOPS_SENT_ACROSS.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind === 'conflict')) return;
  const at = c.start + m.index;
  // Whose men: the state named right before them ("Syrian troops"), else the clause's subject ("Cameroon would not send").
  const owner = crossed ? actorsIn(ctx, Math.max(c.start, at - 40), at + 1).filter((x) => x.end <= at + 1 && /^\s*(?:[a-z]+\s+)?$/i.test(ctx.text.slice(x.end, at))).pop() : undefined;
  const subject = owner ?? actorsIn(ctx, c.start, at).filter((x) => !x.possessive && !x.demonym).pop() ?? c.inherited?.[0];
  const side = subject ? countryOf(ctx, subject.entity) ?? subject.entity : undefined;
  const other = side ? storyOtherSide(ctx, c, side) : undefined;
  if (!side || !other) return;
  const status = /\b(?:not|never|n['’]t|no)\b/i.test(body.slice(0, m.index + m[0].length)) ? 'denied' : clauseStatus(ctx, c, 'conflict', body);
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [side, other], directed: true, status, trigger: m[0], unsure: 'the other side taken from the story (the pair its first relation joins)' });
}

/**
 * "Denmark will keep police checks on travellers arriving from Sweden", "Slovenia will maintain police checks on its border
 * with Croatia", "Germany reintroduced checks at the Austrian border", "will tighten controls on cattle arriving from Costa
 * Rica": checks one state keeps on what comes from another are a measure against it (joint checks are cooperation, read
 * by the cues). Planned when a modal of the future governs the verb.
 */
const BORDER_CHECKS = /\b(?:keep|keeps|kept|keeping|maintain(?:s|ed|ing)?|(?:re)?introduc(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|extend(?:s|ed|ing)?|reinstat(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|step(?:s|ped)?\s+up|prolong(?:s|ed|ing)?)\s+(?:(?:its|the|their|new|tougher|stricter|random|systematic)\s+)*(?:(?:police|border|passport|identity|ID|customs|veterinary|sanitary|health|fruit-fly)\s+)?(?:checks|controls)\s+(?:(?:on|at)\s+(?:(?:its|the|their)\s+)?(?:border|frontier)\s+with\s+|(?:at|on)\s+the\s+(?=\p{Lu}[\p{L}-]+\s+(?:border|frontier)\b)|on\s+(?:[\w-]+\s+){0,3}?(?:arriving|coming|travelling|traveling|entering|crossing)\s+from\s+)/iu;

function codeBorderChecks(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:checks|controls)\b/i.test(body)) return;
  const m = BORDER_CHECKS.exec(body);
  if (!m || /\bjoint\b/i.test(m[0]) || ctx.raw.some((r) => r.clause === c && r.kind === 'conflict')) return;
  const at = c.start + m.index;
  const end = at + m[0].length;
  const target = actorsIn(ctx, end, Math.min(c.end, end + 40)).find((x) => x.start - end <= 2 && x.kind === 'country');
  const subject = actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive && x.kind === 'country').pop() ?? c.inherited?.find((x) => x.kind === 'country');
  const side = subject && countryOf(ctx, subject.entity);
  const other = target && countryOf(ctx, target.entity);
  if (!side || !other || side === other) return;
  const lead = body.slice(0, m.index);
  const said = clauseStatus(ctx, c, 'conflict', body);
  const status = said === 'reported' && /\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|intends?\s+to)\s+(?:(?:also|still|now)\s+)?$/i.test(lead) ? 'intent' : said;
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [side, other], directed: true, status, trigger: m[0].trim() });
}

/**
 * "The Central American Court of Justice on Thursday ordered El Salvador and Honduras to keep armed personnel off Conejo",
 * "the tribunal ordered Barbados to release a Trinidadian fishing vessel": a court's order to states is a measure between
 * the court and them (as annotators record an order, a ruling or a judgment between states), not a pact.
 */
const COURT_ORDERED = /\b(?:ordered|orders|order|barred|bars|instructed|directed|enjoined)\s+/i;

function codeCourtOrder(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:order|barred|bars|instructed|directed|enjoined)/i.test(body)) return;
  const m = COURT_ORDERED.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  const court = actorsIn(ctx, c.start, at).filter((x) => x.kind === 'organization' && !x.possessive && /\b(?:Court|Tribunal)\b/.test(ctx.entities.get(x.entity)?.name ?? '')).pop();
  if (!court || !/^\s*(?:(?:on|last|this)\s+\w+\s+|(?:also|again|formally|provisionally|unanimously)\s+)*$/i.test(ctx.text.slice(court.end, at))) return;
  // The states ordered (named right after the verb) and those whose people or goods the order is about ("a Trinidadian
  // fishing vessel"); not a state named as where ("the region administered by neighbouring Guyana").
  const after = actorsIn(ctx, at + m[0].length, c.end);
  const ordered = coordinatedRun(ctx, after.filter((x) => x.kind === 'country' && !x.demonym));
  const named = ordered.length && ordered[0].start - (at + m[0].length) <= 2 ? ordered : [];
  const states = uniq([...named, ...after.filter((x) => x.kind === 'country' && x.demonym)].map((x) => countryOf(ctx, x.entity) ?? x.entity));
  if (!states.length) return;
  // (The pact a cue read into "ordered … to keep" is the order itself.)
  ctx.raw = ctx.raw.filter((r) => !(r.clause.sentence === c.sentence && r.kind === 'cooperation' && r.participants.includes(court.entity)));
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [court.entity, ...states], directed: true, actors: 1, status: clauseStatus(ctx, c, 'conflict', body), trigger: m[0].trim() });
}

/**
 * "The Central American Integration System offered its mediation on Tuesday", "offered on Monday to use its good offices",
 * "offered to mediate": an offer to mediate, with no side named, is cooperation the mediator proposes with the story's two.
 */
const MEDIATION_OFFERED = /\boffer(?:s|ed|ing)?\s+(?:(?:on|last|this)\s+\w+\s+)?(?:(?:its|his|her|their)\s+(?:["“]?good\s+offices["”]?|mediation|services\s+as\s+(?:a\s+)?mediator)|to\s+(?:mediate|use\s+(?:its|his|her|their)\s+["“]?good\s+offices|act\s+as\s+(?:a\s+)?mediator|broker\s+(?:a\s+)?(?:talks|deal|settlement)))\b/i;

function codeMediationOffered(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\boffer/i.test(body)) return;
  const m = MEDIATION_OFFERED.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  const third = thirdPartyToStory(ctx, c, at, (id) => partyOf(ctx, id));
  if (!third) return;
  const { side, pair } = third;
  // (An offer to two sides it names is the cues'.)
  if (actorsIn(ctx, at, c.end).some((x) => x.kind === 'country' && !pair.includes(countryOf(ctx, x.entity) ?? x.entity))) return;
  ctx.raw = ctx.raw.filter((r) => !(r.clause === c && r.kind === 'cooperation' && r.status === 'proposed'));
  pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: [side, ...pair], directed: false, status: 'proposed', trigger: m[0], unsure: 'the sides taken from the story (the pair its first relation joins)' });
}

/**
 * "The African Development Bank has agreed to fund six patrol boats", "The World Bank has agreed to finance most of the
 * equipment", "has agreed to guarantee the plant's payments": a third party that has agreed to pay for the story's matter,
 * with neither side named, backs the story's two.
 */
const AGREED_TO_FUND = /\bagreed\s+to\s+(?:help\s+(?:to\s+)?)?(?:finance|fund|co-finance|lend|guarantee|underwrite|pay\s+for)\b/i;

function codeAgreedToFund(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\bagreed\s+to\b/i.test(body)) return;
  const m = AGREED_TO_FUND.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  const third = thirdPartyToStory(ctx, c, at, (id) => partyOf(ctx, id));
  if (!third) return;
  // (Funding for a party the clause names, either side or another, is for the cues to read.)
  if (actorsIn(ctx, at, c.end).some((x) => x.kind !== 'place')) return;
  if (ctx.raw.some((r) => r.clause === c && r.kind === 'support')) return;
  const { side, pair } = third;
  pushClauseRelation(ctx, c, dateHits, { kind: 'support', participants: [side, ...pair], directed: true, status: clauseStatus(ctx, c, 'support', body), trigger: m[0].trim(), unsure: 'the sides taken from the story (the pair its first relation joins)' });
}

/**
 * "Honduras would not negotiate over sovereignty of the islet", "Baku refuses to hold talks on the enclave": talks one side
 * of the story refuses, with no one named to talk to, are a meeting refused with the other side.
 */
const TALKS_REFUSED = /\b(?:(?:would|will|could|did|does|do)\s+not|won['’]t|wouldn['’]t|cannot|refus(?:es|ed)\s+to|declin(?:es|ed)\s+to)\s+(?:negotiate|hold\s+(?:any\s+|direct\s+)?(?:talks|negotiations)|enter\s+(?:into\s+)?(?:talks|negotiations)|sit\s+down)\b(?!\s+(?:\w+ly\s+)?(?:with|to)\b)/i;

function codeTalksRefused(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:negotiat|talks|sit\s+down)/i.test(body)) return;
  const m = TALKS_REFUSED.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind === 'meeting')) return;
  const at = c.start + m.index;
  const sides = storySidesFrom(ctx, c, at, true);
  if (!sides || actorsIn(ctx, at, c.end).some((x) => x.kind === 'country' && ![sides.side, sides.other].includes(countryOf(ctx, x.entity) ?? x.entity))) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: [sides.side, sides.other], directed: false, status: 'denied', trigger: m[0], unsure: 'the other side taken from the story (the pair its first relation joins)' });
}

/**
 * "Tanzania would not repeal a law passed by its parliament", "the republic would not renegotiate the price", "Namibia has
 * made clear it will not halt the works", "his government would not suspend the licence": one side of the story refusing
 * an act, with no one else named, refuses it to the other side: cooperation denied between the two (a hostile act refused,
 * "would not retaliate", is a conflict denied). Only where no rule coded the clause, and not for verbs of speech or being.
 */
// (What a side will not do, said of what is ahead: "did not" and "does not" tell of what is, or was, not done.)
const SIDE_WILL_NOT = /^(.{0,70}?)\b(?:(?:would|will)\s+not|won['’]t|wouldn['’]t|(?:has|have|had)\s+refused\s+to|refus(?:es|ed)\s+to|(?:is|are|was|were)\s+refusing\s+to)\s+(?:(?:yet|now|again|simply|immediately|even|ever)\s+)?([a-z]+)\b/i;
const NOT_AN_ACT_REFUSED = /^(?:be|been|comment|say|confirm|deny|disclose|elaborate|speculate|respond|reply|answer|discuss|give|know|see|have|rule|need|want|wait|take|make|hesitate|tolerate|forget|let|allow|change|stop|tell|name|reveal|go|come|happen|last|work|matter|help|expect|believe|think|appear|seem|attend|meet|negotiate|talk|sit|join|sign|back|support|commit|budge|get|reciprocate|recognise|recognize|consider|hear|push|yield|do|publish|apply|resume|enter|accept)$/i;
const HOSTILE_REFUSED = /^(?:attack|strike|retaliate|invade|expel|sanction|fire|shoot|escalate|annex|occupy|seize|blockade|punish|threaten)$/i;

function codeSideRefuses(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  if (!/\b(?:not|n['’]t|cannot|refus)/i.test(body)) return;
  const m = SIDE_WILL_NOT.exec(body);
  if (!m || NOT_AN_ACT_REFUSED.test(m[2])) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.status === 'denied')) return;
  const verbAt = c.start + m[1].length;
  const named = actorsIn(ctx, c.start, verbAt).filter((x) => !x.demonym && !x.possessive && /^\s*(?:,\s*[^,]{1,60},\s*)?(?:(?:also|still|now|then|simply)\s+)?$/i.test(ctx.text.slice(x.end, verbAt))).pop();
  const subject = named ?? (/^\W*(?:it|its\s+government|the\s+government|his\s+(?:government|country)|her\s+(?:government|country))\s/i.test(m[1]) && c.speaker ? ctx.mentions.find((x) => x.entity === c.speaker) : undefined);
  const side = subject ? countryOf(ctx, subject.entity) ?? (ctx.entities.get(subject.entity)?.kind === 'person' ? undefined : subject.entity) : undefined;
  const other = side ? storyOtherSide(ctx, c, side) : undefined;
  if (!side || !other) return;
  // (A party named in what is refused is the rules' on that act: "would not sell gas to Armenia".)
  if (actorsIn(ctx, verbAt, c.end).some((x) => x.kind !== 'place' && x.kind !== 'person' && (countryOf(ctx, x.entity) ?? x.entity) !== other && (countryOf(ctx, x.entity) ?? x.entity) !== side)) return;
  const hostile = HOSTILE_REFUSED.test(m[2]);
  // ("would not lend Maseru the money", "will not fund the study": paying refused is backing refused.)
  const money = !hostile && /^(?:pay|lend|fund|finance|release)$/i.test(m[2]) && MONEY_WITHHELD.test(body.slice(m[1].length));
  pushClauseRelation(ctx, c, dateHits, { kind: hostile ? 'conflict' : money ? 'support' : 'cooperation', participants: [side, other], directed: hostile || money, status: 'denied', trigger: m[0].slice(m[1].length).trim(), unsure: 'the other side taken from the story (the pair its first relation joins)' });
}

/**
 * "ECOWAS urged both governments to restore contact", "the bloc's council had urged both sides to pull their troops
 * back": a third party's appeal to the story's two, for an act no cue codes, is cooperation it proposes with them both
 * (a meeting when the act is to talk or restore contact).
 */
const URGED_BOTH = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|press(?:es|ed|ing)|encourag(?:e|es|ed|ing))\s+(?:both\s+(?:sides|governments|countries|capitals|neighbou?rs|parties)|the\s+two\s+(?:sides|governments|countries|capitals|neighbou?rs|parties))\s+to\s+(?:(?:keep|resume|restore|return\s+to|hold)\s+)?([a-z]+)/i;
const URGED_TO_TALK = /^(?:meet|talk|talking|talks|negotiate|negotiating|negotiations|contact|dialogue|table)$/i;

/** What a call for calm asks for: "restraint", "calm", "maximum restraint". */
const CALM = String.raw`(?:(?:maximum|the\s+utmost|utmost|great|greater)\s+)?(?:restraint|calm)\b`;
/** What follows "to show", "to keep", "to exercise" in a call for calm. */
const CALM_AFTER = new RegExp(String.raw`^\s+${CALM}`, 'i');

function codeUrgedBothSides(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:both|two)\b/i.test(body)) return;
  const m = URGED_BOTH.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind !== 'role')) return;
  const at = c.start + m.index;
  const third = thirdPartyToStory(ctx, c, at, (id) => requestSide(ctx, id));
  if (!third) return;
  const { side, pair } = third;
  // (A call "to avoid any step that cannot be undone" proposes no joint act; a call for calm is one, as annotators record it:
  // "urged both governments to show restraint".)
  if (/^(?:show|exercise|avoid|refrain|lower|calm|de-escalate|stay|remain|exert|keep)$/i.test(m[1]) && !CALM_AFTER.test(body.slice(m.index + m[0].length))) return;
  const kind: RelationKind = URGED_TO_TALK.test(m[1]) ? 'meeting' : 'cooperation';
  pushClauseRelation(ctx, c, dateHits, { kind, participants: [side, ...pair], directed: false, status: 'proposed', trigger: m[0].trim(), unsure: 'the sides taken from the story (the pair its first relation joins)' });
}

/** "urged Djibouti and Eritrea to show restraint", "called on Fiji and Tonga to keep calm": a call for calm to two named sides. */
const CALM_TO_NAMED = new RegExp(String.raw`\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|press(?:es|ed|ing))\s+([^.;]{3,60}?)\s+to\s+(?:show|exercise|keep|stay|remain|maintain)\s+${CALM}`, 'i');

function codeCallForCalmToNamed(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:restraint|calm)\b/i.test(body)) return;
  const m = CALM_TO_NAMED.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind !== 'role')) return;
  const at = c.start + m.index;
  const from = at + m[0].indexOf(m[1]);
  const called = uniq(actorsIn(ctx, from, from + m[1].length).filter((x) => !x.possessive).map((x) => countryOf(ctx, x.entity) ?? x.entity));
  const urger = actorNamedBefore(ctx, c, at);
  if (!urger || called.length < 2) return;
  const side = requestSide(ctx, urger.entity);
  if (called.includes(side) || called.includes(countryOf(ctx, side) ?? '')) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: [side, ...called], directed: false, status: 'proposed', trigger: m[0].trim() });
}

/**
 * "Guatemala still claims more than half of Belize's territory", "Venezuela claims the Essequibo region of Guyana",
 * "Madagascar lays claim to the Scattered Islands", "Guatemala's claim to more than half of Belize's territory": a claim to
 * another state's land is a standing dispute with it.
 */
const CLAIMS_LAND = /\b(?:claim(?:s|ed|ing)?|lays?\s+claim\s+to|laid\s+claim\s+to|claim\s+(?:to|on))\s+(?!(?:that|responsibility|credit|victory|to\s+be|the\s+lives|lives|asylum|damages|compensation)\b)(?:(?:about|more\s+than|nearly|almost|roughly|some)\s+)?(?:(?:half|part|parts|most|much|all|a\s+third|two\s+thirds|a\s+quarter|sovereignty\s+over)\s+(?:of\s+)?)?/i;

function codeTerritorialClaim(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/claim/i.test(body)) return;
  const m = CLAIMS_LAND.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind === 'conflict')) return;
  const at = c.start + m.index;
  // The claimant is the subject, or the owner of the claim ("Guatemala's claim to more than half of Belize's territory").
  const nominal = /^claim\s+(?:to|on)\b/i.test(m[0]);
  const claimant = nominal
    ? actorsIn(ctx, c.start, at).filter((x) => x.possessive && !x.demonym && x.kind === 'country' && /^['’]s?\s+(?:(?:territorial|long-standing|old|historic|rival)\s+)?$/i.test(ctx.text.slice(x.end, at))).pop()
    : actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive && x.kind === 'country' && /^\s+(?:(?:still|also|now|long|has|have|had|which|that|continues\s+to|continued\s+to)\s+)*$|^,\s+which\s+(?:(?:still|also|long)\s+)?$/i.test(ctx.text.slice(x.end, at))).pop();
  if (!claimant || NEGATION_BEFORE.test(ctx.text.slice(Math.max(c.start, at - 30), at))) return;
  const from = at + m[0].length;
  // The land's state: its owner ("Belize's territory"), the state of a place named ("the Scattered Islands"), or the one
  // after "of" ("the Essequibo region of Guyana"), within the object.
  const object = actorsIn(ctx, from, Math.min(c.end, from + 60)).find((x) => x.kind === 'country' || x.kind === 'place');
  const owner = object && (object.kind === 'country' ? (object.demonym ? undefined : object.entity) : countryOf(ctx, object.entity));
  const claimantId = countryOf(ctx, claimant.entity) ?? claimant.entity;
  if (!owner || owner === claimantId || ctx.entities.get(owner)?.kind !== 'country') return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [claimantId, owner], directed: true, actors: 1, status: 'reported', trigger: m[0].trim() });
}

/**
 * "Japan's prime minister and Mongolia's president held talks in Tokyo": two states' office holders, left unnamed and
 * joined by "and", who meet are their states meeting.
 */
const POSSESSED_OFFICE = /^['’]s?\s+(?:(?:new|former|acting|interim|deputy|vice|first)\s+)?(?:prime\s+minister|president|premier|chancellor|(?:[a-z]+\s+)?minister|leader|king|emir|foreign\s+secretary|secretary\s+of\s+state)\b/i;
const THEN_MET = /^\s+(?:(?:also|then|later|first|have|had|will|are\s+to|were\s+to)\s+)?(?:held\s+(?:[\w-]+\s+)?talks|met|meet|talked|spoke\s+by\s+(?:tele)?phone|sat\s+down)\b/i;

function codeOfficeHoldersMet(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:talks|met|meet|talked|spoke|sat)\b/.test(body) || !/['’]s\s[^.;]*\band\b/.test(body) || ctx.raw.some((r) => r.clause === c && r.kind === 'meeting')) return;
  const holders = actorsIn(ctx, c.start, c.end).filter((x) => x.kind === 'country' && x.possessive && !x.demonym).map((x) => ({ x, office: POSSESSED_OFFICE.exec(ctx.text.slice(x.end, x.end + 40)) })).filter((h) => !!h.office);
  for (let i = 0; i + 1 < holders.length; i++) {
    const [a, b] = [holders[i], holders[i + 1]];
    if (!/^\s+and\s+$/.test(ctx.text.slice(a.x.end + a.office![0].length, b.x.start))) continue;
    const afterB = b.x.end + b.office![0].length;
    const met = THEN_MET.exec(ctx.text.slice(afterB, c.end));
    if (!met || a.x.entity === b.x.entity) continue;
    const status = clauseStatus(ctx, c, 'meeting', body);
    pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: [a.x.entity, b.x.entity], directed: false, status, trigger: met[0].trim() });
    return;
  }
}

/**
 * "Trinidad and Tobago would comply with the judgment", "Croatia would respect whatever ruling the court delivers", "it will
 * abide by whatever the court decides": a side that will abide by a court's ruling cooperates with that court (the court
 * the clause names, else the latest one the story named), with the clause's status.
 */
const ABIDES_BY_RULING = /\b(?:comply\s+with|abide\s+by|respect|honou?r|implement|accept|obey)\s+(?:(?:the|its|any|every|whatever)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:ruling|rulings|judgment|judgement|order|decision|verdict|award)\b|(?:the\s+)?(?:court|tribunal|judges)\s+(?:decides|rules|delivers|orders)\b)/i;
const COURT_NAME = /\b(?:Court|Tribunal|ICJ|ITLOS|Arbitration)\b/;

function codeAbidesByRuling(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:comply|abide|respect|honou?r|implement|accept|obey)/i.test(body)) return;
  const m = ABIDES_BY_RULING.exec(body);
  if (!m || ctx.raw.some((r) => r.clause === c && r.kind !== 'role')) return;
  const at = c.start + m.index;
  // (A ruling refused, "refuses to comply with the ruling", is a quarrel with the court's winner, not the court's cooperation.)
  if (NEGATION_BEFORE.test(ctx.text.slice(Math.max(c.start, at - 30), at)) || /\b(?:refus|reject|declin)\w*\b/i.test(ctx.text.slice(c.start, at))) return;
  const isCourt = (x: Mention) => (x.kind === 'organization' || x.kind === 'bloc') && COURT_NAME.test(ctx.entities.get(x.entity)?.name ?? '');
  const court = actorsIn(ctx, c.start, c.end).find(isCourt) ?? findLast(actorsIn(ctx, 0, c.start), isCourt);
  const subject = actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive && x.kind === 'country').pop();
  const side = subject ? subject.entity : /^\W*(?:that\s+)?(?:it|we)\b/i.test(ctx.text.slice(c.start, at)) && c.speaker ? countryOf(ctx, c.speaker) : undefined;
  if (!court || !side) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: [side, court.entity], directed: false, status: clauseStatus(ctx, c, 'cooperation', body), trigger: m[0].trim() });
}

/** "offered to bring both governments to the table", "brought Peru and Chile back to the negotiating table". */
const BROUGHT_TO_TABLE = /\bbr(?:ing|ings|inging|ought)\s+([^,;.]{1,60}?)\s+(?:back\s+)?to\s+the\s+(?:negotiating\s+)?table\b/i;

/**
 * One who brings two sides to the table meets them there: a meeting of the go-between (the subject) and the sides named
 * between "bring" and "to the table", or the story's two for "both governments", "the two sides". Its status is the
 * clause's ("offered to bring" proposes it).
 */
function codeBroughtToTable(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  const m = BROUGHT_TO_TABLE.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  const from = at + m[0].indexOf(m[1]);
  const named = coordinatedRun(ctx, actorsIn(ctx, from, from + m[1].length).filter((x) => !x.demonym && !x.possessive));
  const sides = named.length >= 2 ? uniq(named.map((x) => partyOf(ctx, x.entity))) : /^(?:both|the\s+two)\s+(?:governments|sides|countries|parties|neighbou?rs|capitals)$/i.test(m[1]) ? storyPair(ctx, c.start) : undefined;
  const bringer = actorsIn(ctx, c.start, at).filter((x) => !x.demonym && !x.possessive && (x.kind === 'person' || x.kind === 'country' || x.kind === 'bloc' || x.kind === 'organization')).pop() ?? c.inherited?.[0];
  if (!sides || sides.length < 2 || !bringer) return;
  const go = ctx.entities.get(bringer.entity)?.kind === 'person' ? bringer.entity : partyOf(ctx, bringer.entity);
  if (sides.includes(go)) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: [go, ...sides], directed: false, status: clauseStatus(ctx, c, 'meeting', body), trigger: m[0] });
}

/** A body named before a forecast verb after "at", "of", "from" or "with": where the commentator works, no party. */
function isWorkplaceBefore(ctx: Ctx, x: Mention, verbAt: number): boolean {
  return (x.kind === 'organization' || x.kind === 'bloc') && x.end <= verbAt && /\b(?:at|of|from|with)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, x.start - 12), x.start));
}

/** Where a commentator's forecast starts: before "believes" or "thinks", which are verbs of saying too, and so open a reported clause after them. */
function forecastStart(c: Clause): number {
  return c.speechVerb && /^(?:believes|believed|thinks|reckons)$/i.test(c.speechVerb) ? Math.max(c.sentence.start, c.start - 40) : c.start;
}

/** "between Baghdad and Erbil": two named right after a foreseen quarrel. */
const NAMED_PAIR_AFTER = /^\s+between\s+(?!the\b|both\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/u;

function codeForecastOnStory(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const base = forecastStart(c);
  const body = ctx.text.slice(base, c.end);
  if (!FORECAST_WORD.test(body)) return;
  const growth = EXPECTS_GROWTH.exec(body);
  const m = EXPECTS_STORY.exec(body) ?? STORY_LIKELY.exec(body) ?? EXPECTS_MORE_OF_THE_ROW.exec(body) ?? (growth && (commentatorSpeaks(ctx, c) || UNNAMED_COMMENTATORS.test(body.slice(0, growth.index))) ? growth : null) ?? EXPECTS_A_DEAL.exec(body);
  if (!m) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.status === 'forecast')) return;
  const verb = m[2] ?? m[4];
  // ("relations … likely to remain fragile", "the two governments … to stay at odds": a strained state is a dispute.)
  const strained = /^(?:remain|stay|be|become|grow)$/i.test(verb) ? /^\s+(?:(?:very|deeply|so|too)\s+)?(?:fragile|strained|tense|frosty|cool|at\s+odds|hostile|difficult|rocky|uneasy|troubled|poisoned|sour)\b/i.exec(body.slice(m.index! + m[0].length)) : null;
  const dispute = !!m[1] || SOURING.test(verb) || !!strained;
  // ("friction … would return" is a dispute; "the committee … would return" in a week is no forecast of one.)
  if (!m[1] && /^return/i.test(verb)) return;
  const meets = !dispute && /^(?:meet|convene|hold|sit)/i.test(verb) && (!/^hold/i.test(verb) || /^\s*(?:[\w-]+\s+){0,3}?(?:meetings?|talks|summits?|sessions?|consultations)\b/i.test(body.slice(m.index! + m[0].length)));
  // Fighting is between armed sides the story has shown fighting, never a pair met only in talks.
  const pair = dispute ? (storyConflict(ctx, c.start) ?? (/fighting|clashes|confrontations|skirmishes|shelling|raids|incursions/i.test(m[1] ?? '') ? undefined : storyPair(ctx, c.start))) : storyPair(ctx, c.start);
  if (!pair) return;
  // Parties named in the clause other than the story's are read by the rules on the act itself; not the body a commentator
  // works at, named before the forecast ("X, of the Faculty of World Studies at the University of Tehran, expects …").
  const verbAt = base + m.index!;
  if (actorsIn(ctx, c.start, c.end).some((x) => !pair.includes(countryOf(ctx, x.entity) ?? x.entity) && x.kind !== 'person' && !isWorkplaceBefore(ctx, x, verbAt))) return;
  // ("predicted fresh disputes between Baghdad and Erbil": a quarrel between two it names is theirs, not the story's pair's.)
  const between = NAMED_PAIR_AFTER.exec(body.slice(m.index! + m[0].length));
  if (between) {
    const from = base + m.index! + m[0].length;
    const named = actorsIn(ctx, from, from + between[0].length).map((x) => countryOf(ctx, x.entity) ?? x.entity);
    if (named.length !== 2 || !named.every((id) => pair.includes(id))) return;
  }
  const kind: RelationKind = dispute ? 'conflict' : meets ? 'meeting' : 'cooperation';
  // (The words that forecast it are the cue a summary quotes.)
  pushClauseRelation(ctx, c, dateHits, { kind, participants: pair, directed: false, status: 'forecast', trigger: (m[0] + (strained?.[0] ?? '')).replace(/^[\s,"“]+/, ''), unsure: 'parties taken from the story (the pair its first relation joins)' });
}

/**
 * "expects the plant to produce briquettes only in 2028", "expects the joint checks at Sadakhlo to start only in early
 * 2026", "believes the missile network will be fully linked by 2028": when something the story set going will be ready.
 * The thing is a definite noun phrase whose head noun an earlier sentence used where it reported cooperation or support
 * (the plant, complex, watch, brigade, network agreed); the forecast is then one of cooperation between the story's two.
 * Only with a time for it, which is what such a forecast is about.
 */
const EXPECTS_PROJECT = /\b(?:expects?|expected|predicts?|predicted|foresees?|anticipates?|believes|thinks|reckons)\s+(?:that\s+)?the\s+((?:[a-z][a-z-]*\s+){0,3}?)([a-z]{3,})\s+(?:at\s+[A-Z][\w-]*\s+)?(?:to|will|would|could|should|might|may)\s+(?:(?:probably|likely|only|still|not|be|fully|up\s+and)\s+)*([a-z]+)\b([^.;]{0,80})/;
const PROJECT_TIME = /\b(?:only|not\s+until|until|before|by|in|within|late\s+in|early\s+in|next|this|from)\s+(?:(?:the\s+)?(?:end|start|spring|summer|autumn|fall|winter|first|second|early|late)\s+(?:of\s+)?)?(?:\d{4}\b|(?:next|this|the\s+coming)\s+(?:year|spring|summer|autumn|winter|decade)\b|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?)\b)/i;
/** Heads that name no project: people, bodies and the quarrel itself (the story rules read "the row", "the two sides"). */
const NOT_A_PROJECT = /^(?:government|commission|committee|council|bank|union|agency|organi[sz]ation|fund|board|bloc|alliance|governments|ministry|ministers?|minister|court|judges?|tribunal|president|leaders?|sides|countries|two|talks|row|dispute|quarrel|case|crisis|conflict|standoff|war|fighting|price|prices|market|economy|region|opposition|army|navy|military|public|parliament|vote|election|elections|ruling|verdict|sanctions)$/;

function codeProjectForecast(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const base = forecastStart(c);
  const body = ctx.text.slice(base, c.end);
  if (!FORECAST_WORD.test(body)) return;
  const m = EXPECTS_PROJECT.exec(body);
  if (!m || !PROJECT_TIME.test(m[4]) || NOT_A_PROJECT.test(m[2])) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.status === 'forecast' && r.kind !== 'role')) return;
  const head = m[2].replace(/(?:es|s)$/, '');
  const headRe = cachedRegExp(String.raw`\b${head}[a-z]{0,2}\b`, 'i');
  const setGoing = ctx.raw.some((r) => r.start < base && (r.kind === 'cooperation' || r.kind === 'support') && !r.standing && inStoryText(r.clause.sentence) && headRe.test(ctx.text.slice(r.clause.sentence.start, r.clause.sentence.end)));
  const pair = setGoing ? storyPair(ctx, c.start) : undefined;
  if (!pair) return;
  // Another party named in the clause is for the rules on the act to read.
  const verbAt = base + m.index;
  if (actorsIn(ctx, c.start, c.end).some((x) => !pair.includes(countryOf(ctx, x.entity) ?? x.entity) && x.kind !== 'person' && !isWorkplaceBefore(ctx, x, verbAt))) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'cooperation', participants: pair, directed: false, status: 'forecast', trigger: m[0].slice(0, m[0].length - m[4].length).trim(), unsure: 'parties taken from the story (the pair its first relation joins)' });
}

/** The verbs of a commentator's foresight: "expects", "predicts", "thinks" (before the side and what it will do). */
const FORESEEING = String.raw`(?:expects?|expected|predicts?|predicted|foresees?|anticipates?|believes|thinks|reckons)`;

/**
 * "expects Minsk to sign at least two more joint ventures in Rason", "expects Fiji to take the dispute to the tribunal",
 * "thinks Norway will eventually close its ports to Icelandic vessels": a commentator foresees what one side of the story
 * will do, and the words of the act say whether it is a quarrel or a deal with the other side. Only where the clause names
 * no other party (the rules on the act read those).
 */
const EXPECTS_ONE_SIDE = new RegExp(String.raw`\b${FORESEEING}\s+(?:that\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:to|will|would|could|might)\s+(?:(?:probably|likely|soon|eventually|quietly|still|again|only|also)\s+)?(?:try\s+to\s+)?([a-z]+)\b([^.;]{0,90})`, 'u');
const ONE_SIDE_QUARREL = /\b(?:dispute|row|quarrel|case|complaint|lawsuit|sanctions|retaliat\w*|expel\w*|expulsions?|protests?|clos(?:e|es|ing)\s+(?:its|their)\s+(?:ports?|borders?|markets?|airspace|waters)\b|(?:take|bring|raise|refer)\s+(?:the|its|their|this)\s+(?:issue|matter|question|deal|grievance)\s+(?:to|at|before)\b|(?:tighten|step\s+up|reinforce|intensify)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:patrols|checks|controls|pressure|surveillance)\b)/i;
/** A forum a side takes its case to ("to the Group of Seven", "at the United Nations"): where the quarrel goes, no party to it. */
const FORUM_BEFORE = /\b(?:to|at|before)\s+(?:the\s+)?$/i;
const ONE_SIDE_DEAL = /\b(?:deals?|agreements?|ventures?|accords?|pacts?|contracts?|memorand(?:um|a)|investments?|joint\s+[\w-]+)\b|\bbuy(?:s|ing)?\s+into\b/i;

function codeForecastOfOneSide(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const base = forecastStart(c);
  const body = ctx.text.slice(base, c.end);
  if (!FORECAST_WORD.test(body)) return;
  const m = EXPECTS_ONE_SIDE.exec(body);
  if (!m) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.status === 'forecast' && r.kind !== 'role')) return;
  const at = base + m.index + m[0].indexOf(m[1]);
  const side = actorsIn(ctx, at, at + m[1].length).find((x) => x.start === at && x.kind === 'country' && !x.possessive);
  const pair = side ? storyPair(ctx, c.start) : undefined;
  const party = side && countryOf(ctx, side.entity);
  if (!pair || !party || !pair.includes(party)) return;
  // (An answer foreseen is the retaliation rule's: "expects Malawi to answer the dispute with an offer" is no blow.)
  if (EXPECTS_RETALIATION.test(body)) return;
  const act = m[2] + m[3];
  // ("to take in more builders regardless of the sanctions": a quarrel in the background is not the act foreseen.)
  const q = ONE_SIDE_QUARREL.exec(act);
  const quarrel = q && !/\b(?:regardless\s+of|despite|in\s+spite\s+of|under|because\s+of|due\s+to|amid)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(act.slice(0, q.index)) ? q : null;
  const deal = ONE_SIDE_DEAL.exec(act);
  if (!quarrel === !deal) return;
  // Another party named in the clause (not the story's, not where the commentator works) is for the rules on the act.
  const verbAt = base + m.index;
  const forum = (x: Mention) => !!quarrel && (x.kind === 'organization' || x.kind === 'bloc') && x.start > verbAt && FORUM_BEFORE.test(ctx.text.slice(Math.max(c.start, x.start - 12), x.start));
  if (actorsIn(ctx, c.start, c.end).some((x) => x.kind !== 'person' && x.kind !== 'place' && !pair.includes(countryOf(ctx, x.entity) ?? x.entity) && !isWorkplaceBefore(ctx, x, verbAt) && !forum(x))) return;
  pushClauseRelation(ctx, c, dateHits, { kind: quarrel ? 'conflict' : 'cooperation', participants: [party, ...pair.filter((x) => x !== party)], directed: false, status: 'forecast', trigger: m[0].slice(0, m[0].length - m[3].length).trim(), unsure: 'the other side taken from the story (the pair its first relation joins)' });
}

/**
 * "expects the FIG to open a formal case against North Korea's federation", "thinks China will keep offering Port Moresby
 * roads and loans", "expects Malian importers to shift more cargo to Conakry": one foreseen to act on another, both named
 * in the clause, is a forecast between the two (a quarrel, help, a meeting or cooperation by the words of the act). Only
 * for a clause no rule has coded.
 */
const EXPECTS_NAMED = new RegExp(String.raw`\b${FORESEEING}\s+(?:that\s+)?((?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}?(?:[\p{Lu}][\p{L}'’.-]*|[a-z]+s))\s+(?:to|will|would|could|might)\s+(?:(?:probably|likely|soon|eventually|quietly|still|again|only|also|keep)\s+)*(?:try\s+to\s+)?([a-z]+)\b`, 'u');
const FORESEEN_QUARREL = /\b(?:against|fin(?:e|es|ed|ing)|slow\w*|delay\w*|obstruct\w*|sanction\w*|punish\w*|retaliat\w*|expel\w*|clos(?:e|es|ing)|press(?:ure)?|case|complaint|lawsuit|court|tribunal|protest\w*|accus\w*|blam\w*|fight\w*|clash\w*|attack\w*|block\w*|ban\w*|name\w*\s+[^.;]{0,40}\b(?:report|list)|list\w*)\b/i;
const FORESEEN_HELP = /\b(?:offer\w*|aid|help\w*|loans?|grants?|fund\w*|financ\w*|pay\w*\s+for|donat\w*)\b/i;
const FORESEEN_MEETING = /^(?:meet|visit|attend|host|receive|turn|come|travel|fly|go|hold)$/i;

function codeForecastBetweenNamed(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const base = forecastStart(c);
  const body = ctx.text.slice(base, c.end);
  if (!FORECAST_WORD.test(body)) return;
  const m = EXPECTS_NAMED.exec(body);
  if (!m || ctx.raw.some((r) => r.clause.sentence === c.sentence && r.status === 'forecast' && r.kind !== 'role')) return;
  const verbAt = base + m.index;
  const subjectAt = base + m.index + m[0].indexOf(m[1]);
  const actEnd = base + m.index + m[0].length;
  const subject = actorsIn(ctx, subjectAt, subjectAt + m[1].length).filter((x) => !x.possessive && !isCommentator(ctx, x.entity)).pop();
  if (!subject) return;
  const side = partyOf(ctx, subject.entity);
  // Not a forum the side takes a matter to ("will raise the deal at the United Nations"), nor its own body ("by its Baltic
  // Fleet"), nor a person's own body ("expect Borrell to brief EU foreign ministers").
  const isBody = (x: Mention) => x.kind === 'organization' || x.kind === 'bloc';
  const forum = (x: Mention) => isBody(x) && FORUM_BEFORE.test(ctx.text.slice(Math.max(c.start, x.start - 12), x.start));
  const own = (x: Mention) => /\b(?:its|their|his|her)\s+(?:[\w-]+\s+)?$/i.test(ctx.text.slice(Math.max(c.start, x.start - 20), x.start)) || (subject.kind === 'person' && isBody(x));
  const other = actorsIn(ctx, actEnd - m[2].length, c.end).find((x) => !isCommentator(ctx, x.entity) && partyOf(ctx, x.entity) !== side && !isWorkplaceBefore(ctx, x, verbAt) && !forum(x) && !own(x));
  if (!other) return;
  const act = ctx.text.slice(actEnd - m[2].length, other.end + 40);
  const kind: RelationKind = FORESEEN_QUARREL.test(act) ? 'conflict' : FORESEEN_MEETING.test(m[2]) ? 'meeting' : FORESEEN_HELP.test(act) ? 'support' : 'cooperation';
  const directed = kind === 'conflict' || kind === 'support';
  pushClauseRelation(ctx, c, dateHits, { kind, participants: [side, partyOf(ctx, other.entity)], directed, status: 'forecast', trigger: m[0] });
}

/**
 * "South Korea's Unification Ministry said the agreement 'opens a back door for mineral exports'",
 * "the United States was 'deeply troubled' by the accord": a third party's criticism of the story's
 * deal, whose parties the clause leaves unnamed, is a conflict between the critic and the story's pair.
 */
const STORY_DEAL = /\b(?:the|this|that|their|such\s+an?)\s+(?:[\w-]+\s+){0,2}?(?:agreement|accord|deal|pact|exchange|arrangement|contract|protocol|memorandum|programme|program|scheme|project|partnership|cooperation|co-operation|swap)\b/i;
const CRITICISM = /\b(?:(?:is|are|was|were|remains?|remained|deeply|seriously|gravely|very|increasingly)\s+(?:troubled|concerned|worried|alarmed)|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|protest(?:s|ed|ing)?\s+(?:against|over)|breach(?:es|ed|ing)?|violat(?:e|es|ed|ing)|flout(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|back\s+door|a\s+cover\s+for|smokescreen)\b/i;

function codeCritiqueOfStory(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const crit = CRITICISM.exec(body);
  const deal = crit && STORY_DEAL.exec(body);
  if (!crit || !deal) return;
  const pair = storyPair(ctx, c.start);
  if (!pair) return;
  const opening = actorsIn(ctx, c.start, c.start + Math.min(crit.index, deal.index)).filter((x) => !x.demonym)[0];
  const criticId = opening?.entity ?? c.speaker;
  const critic = criticId && (countryOf(ctx, criticId) ?? criticId);
  if (!critic || pair.includes(critic) || ctx.entities.get(critic)?.kind === 'person') return;
  // (Any other party named in the clause may be the one criticised: nothing is guessed then.)
  if (actorsIn(ctx, c.start, c.end).some((x) => ![critic, ...pair].includes(countryOf(ctx, x.entity) ?? x.entity))) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'conflict', participants: [critic, ...pair], directed: true, actors: 1, status: 'reported', trigger: crit[0], unsure: 'the parties criticised taken from the story (the pair its first relation joins)' });
}

/**
 * "the Georgian-Azerbaijani border commission, which met for two days in Sighnaghi", "The Kenyan and Ugandan
 * delegations met in Busia": a body or the officials of two states named by their demonyms, meeting, are a meeting of
 * the two states, with the status of the words before the verb.
 */
const DEMONYM_PAIR_BODY_MET = /\b(\p{Lu}[\p{L}'’]+)(?:-|\s+and\s+)(\p{Lu}[\p{L}'’]+)\s+(?:[a-z-]+\s+){0,2}?(?:commission|committee|council|working\s+group|task\s+force|delegations|delegates|negotiators|experts)(?:,\s+which|\s+that)?\s+((?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|has|have|had|also|then|first|finally|again|last)\s+)*)(?:met|meets|meet|convened|convenes|convene|gathered|gather|sat|sit)\b/u;

function codePairBodyMet(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const sentence = ctx.text.slice(c.sentence.start, c.sentence.end);
  if (!/\b(?:met|meets?|conven|gather|sat|sit)/.test(ctx.text.slice(c.start, c.end))) return;
  const m = DEMONYM_PAIR_BODY_MET.exec(sentence);
  if (!m) return;
  const verbAt = c.sentence.start + m.index + m[0].length;
  if (verbAt <= c.start || verbAt > c.end) return;
  const at = c.sentence.start + m.index;
  const sides = uniq(actorsIn(ctx, at, at + m[1].length + 1 + m[2].length + 5).filter((x) => x.kind === 'country' && x.demonym).map((x) => countryOf(ctx, x.entity) ?? x.entity));
  if (sides.length !== 2 || ctx.raw.some((r) => r.clause.sentence === c.sentence && r.kind === 'meeting' && sides.every((id) => r.participants.includes(id)))) return;
  const status = m[3] && /\b(?:will|would|is\s+to|are\s+to|due)\b/.test(m[3]) ? 'intent' : 'reported';
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: sides, directed: false, status, trigger: m[0].slice(m[0].search(/\S+\s*$/)) });
}

/**
 * "a Belarusian government delegation's trip to Pyongyang in July", "the first visit to North Korea by a Belarusian head
 * of state": a visit named as a noun, whose visitor is a delegation or office holder named only by a demonym, is a
 * meeting of that state and the one visited, with the clause's status.
 */
const VISITING_OFFICE = String.raw`(?:[a-z-]+\s+){0,2}?(?:delegation|mission|head\s+of\s+state|head\s+of\s+government|president|prime\s+minister|premier|leader|foreign\s+minister|minister|ministers|officials)`;
const DEMONYM_VISIT = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|[Tt]heir)\s+(\p{Lu}[\p{L}'’-]+)\s+${VISITING_OFFICE}['’]s?\s+(?:[\w-]+\s+)?(?:visit|trip|journey)\s+to\s+(?:the\s+)?(?=\p{Lu})|\b(?:visit|trip|journey)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+by\s+(?:an?|the|its|their)\s+(\p{Lu}[\p{L}'’-]+)\s+${VISITING_OFFICE}\b`, 'u');

/** The offices a "head of state" or "leader" named by demonym may be held under. */
const HEAD_OFFICE = /\b(?:president|prime\s+minister|premier|leader|king|emir|head\s+of\s+state)\b/i;

function codeDemonymVisit(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  if (!/\b(?:visit|trip|journey)\s+to\b/i.test(body)) return;
  const m = DEMONYM_VISIT.exec(body);
  if (!m) return;
  const at = c.start + m.index;
  const inMatch = actorsIn(ctx, at, at + m[0].length + 40);
  const demonymAt = at + (m[1] ? m[0].indexOf(m[1]) : m[0].lastIndexOf(m[3]));
  const visitor = inMatch.find((x) => x.demonym && x.start === demonymAt);
  const placeAt = m[1] ? at + m[0].length : at + m[0].indexOf(m[2]);
  const place = inMatch.find((x) => x.start === placeAt && !x.demonym);
  const guest = visitor && countryOf(ctx, visitor.entity);
  const host = place && countryOf(ctx, place.entity);
  if (!guest || !host || guest === host) return;
  if (ctx.raw.some((r) => r.clause.sentence === c.sentence && r.kind === 'meeting' && r.participants.includes(host))) return;
  // ("by the Belarusian defence minister, Lieutenant General Viktor Khrenin": the person named is for the rules on people.)
  const end = at + m[0].length;
  if (/^,\s/.test(ctx.text.slice(end, end + 2)) && actorsIn(ctx, end, Math.min(c.end, end + 50)).some((x) => x.kind === 'person')) return;
  // ("by a Belarusian head of state", in a story that names Lukashenko as its president: that person.)
  const holders = HEAD_OFFICE.test(m[0]) ? [...ctx.entities.values()].filter((e) => e.kind === 'person' && e.country === guest && [...e.offices].some((o) => HEAD_OFFICE.test(o))) : [];
  const visitorId = holders.length === 1 ? holders[0].id : guest;
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: [visitorId, host], directed: false, status: clauseStatus(ctx, c, 'meeting', body), trigger: m[0].trim() });
}

/**
 * "the commission will meet again in Pyongyang next autumn", "A joint technical committee will hold its first
 * session in Doha next month", "The working group will meet for the first time in Dhaka": a joint body the
 * story's sides set up, meeting again, is a planned meeting of the story's pair.
 */
const JOINT_BODY_MEETS = /^(?:[^.;]{0,60}?\bthat\s+)?(?:(?:[^.;]{0,60}?,\s+)?(?:and\s+)?)?(?:the|a|an|its|their)\s+(?:(?:joint|new|bilateral|binational|intergovernmental|inter-governmental|technical|border|permanent|mixed|two\s+countries['’])\s+)*(?:[\w-]+\s+){0,2}?(?:commission|committee|working\s+group|task\s+force)(?:\s+on\s+[\w\s-]{1,40}?)?(?:\s+(?:set\s+up|created|established|formed)\s+(?:by|under)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:will|would|is\s+(?:due|scheduled|set|expected)\s+to|are\s+to|is\s+to)\s+(?:(?:next|again|first)\s+)?(?:meet|convene|reconvene|sit|hold\s+its\s+(?:first|next|inaugural)\s+(?:meeting|session))\b)/i;

function codeJointBodyMeets(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const body = ctx.text.slice(c.start, c.end);
  const m = JOINT_BODY_MEETS.exec(body);
  if (!m) return;
  const pair = storyPair(ctx, c.start);
  if (!pair) return;
  // (Where it meets may be one side's capital; any other party named leaves whose body it is open.)
  if (actorsIn(ctx, c.start, c.end).some((x) => !pair.includes(countryOf(ctx, x.entity) ?? x.entity))) return;
  pushClauseRelation(ctx, c, dateHits, { kind: 'meeting', participants: pair, directed: false, status: 'intent', trigger: m[0].trim(), unsure: 'parties taken from the story (the pair its first relation joins)' });
}

/**
 * "after a day of talks between the two delegations", "after two days of talks that ended in Urgench on Wednesday",
 * "signed the protocol after closed-door talks", "said after three hours of talks with his Iranian colleague".
 */
const AFTER_TALKS = /\b(?:after|following|at\s+the\s+end\s+of)\s+(?:(?:(?:more\s+than|nearly|almost|about|some|over)\s+)?(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:(?:full|long|half)\s+)?(?:days?|hours?|rounds?|weeks?|morning|afternoon|evening|night)\s+of\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|consultations)\b/i;

/**
 * "The memorandum was signed … by A and B after a day of talks between the two delegations": the talks
 * that led to the sentence's act are a meeting of the people named before them (A and B); of the two
 * states (the act's, or the sentence's when no act is coded) when the talks were "between the two
 * delegations" or "officials from both countries" report them.
 */
function codeTalksBeforeAct(ctx: Ctx, s: Sentence, hits: DateHit[]): void {
  if (!inStoryText(s)) return;
  const m = AFTER_TALKS.exec(ctx.text.slice(s.start, s.end));
  if (!m) return;
  const at = s.start + m.index;
  const act = ctx.raw.find((r) => r.clause.sentence === s && r.kind !== 'role' && !r.standing && r.participants.length >= 2);
  if (act?.kind === 'meeting' || ctx.raw.some((r) => r.clause.sentence === s && r.kind === 'meeting')) return;
  // (Talks still to come are no meeting held: "will sign it after talks with …".)
  if (/\b(?:will|would|shall|could|may|might|plans?|hopes?|expects?|intends?|wants?)\b[^,;]{0,40}$/i.test(ctx.text.slice(s.start, at))) return;
  // "A said after talks with B that …": the one who speaks talked with the one named after "with".
  // ("after talks in Bangkok with …", "after talks on Monday with …": where or when may come first.)
  const withAt = /^\s+(?:(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+|on\s+\w+\s+)?with\s+/iu.exec(ctx.text.slice(at + m[0].length, s.end));
  if (withAt) {
    const from = at + m[0].length + withAt[0].length;
    // ("with Belarus's president, Alexander Lukashenko": the person the apposition names, rather than their country.)
    const near = actorsIn(ctx, from, Math.min(s.end, from + 60)).filter((x) => !x.demonym && (x.kind === 'person' || x.kind === 'country'));
    const other = near.find((x) => x.kind === 'person' && /^[^.;]{0,45}$/.test(ctx.text.slice(from, x.start))) ?? near[0];
    // (The person who speaks, named last before the talks; else the country the sentence opens on.)
    const before = actorsIn(ctx, s.start, at).filter((x) => !x.demonym && (x.kind === 'person' || x.kind === 'country'));
    const speaker = before.filter((x) => x.kind === 'person').pop() ?? before[0];
    if (!other || !speaker || other.entity === speaker.entity) return;
    const clause: Clause = { start: s.start, end: s.end, sentence: s };
    pushClauseRelation(ctx, clause, hits.filter((h) => h.start >= at), { kind: 'meeting', participants: [speaker.entity, other.entity], directed: false, status: 'reported', trigger: m[0] });
    return;
  }
  // Talks "between the two delegations", or said by "officials from both countries": the states talked.
  const between = /^\s+(?:between|of)\s+the\s+two\s+(?:delegations|sides|countries|governments)\b/i.test(ctx.text.slice(at + m[0].length, s.end)) || /\b(?:officials|delegations)\s+(?:from|of)\s+(?:both|the\s+two)\s+countries\b/i.test(ctx.text.slice(s.start, at));
  // Otherwise the people who signed or agreed, named before the talks, are the ones who talked.
  const people = between ? [] : uniq(actorsIn(ctx, s.start, at).filter((x) => x.kind === 'person').map((x) => x.entity));
  const states = between ? (act ? countriesOf(ctx, act.participants) : countriesNamedIn(ctx, s.start, s.end)) : [];
  const parties = between ? (states.length === 2 ? states : []) : people.length >= 2 ? people : people.length ? [] : statesThatSigned(ctx, s);
  if (parties.length < 2) return;
  const clause: Clause = { start: at, end: s.end, sentence: s };
  pushClauseRelation(ctx, clause, hits.filter((h) => h.start >= at), { kind: 'meeting', participants: parties, directed: false, status: 'reported', trigger: m[0] });
}

/**
 * "… will re-equip the salt works, under agreements signed in Pyongyang on Thursday at the end of two days of
 * government talks": with no one named, the talks that ended in a signing were the two signing states'.
 */
function statesThatSigned(ctx: Ctx, s: Sentence): string[] {
  const signing = ctx.raw.find((r) => r.clause.sentence === s && r.kind === 'cooperation' && r.status === 'reported' && SIGNING_TRIGGER.test(r.trigger));
  const states = signing ? countriesOf(ctx, signing.participants) : [];
  return states.length === 2 && states.length === signing!.participants.length ? states : [];
}
const SIGNING_TRIGGER = /\b(?:signed|concluded|sealed|inked|initial(?:l)?ed)\b/i;

/** The story's two countries: the pair its first relation of two countries joins, when that pair recurs (at least twice) before `before`. */
function storyPair(ctx: Ctx, before: number): string[] | undefined {
  const counts = new Map<string, { n: number; first: number; ids: string[] }>();
  for (const r of ctx.raw) {
    if (r.start >= before || r.standing || r.kind === 'role') continue;
    if (!inStoryText(r.clause.sentence)) continue;
    const ids = countriesOf(ctx, r.participants);
    if (ids.length !== 2) continue;
    const key = [...ids].sort().join(',');
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { n: 1, first: r.start, ids });
  }
  // The story's pair is the one its first relation joins (the lead states what the story is about), when that pair recurs,
  // or when they are the two countries the article names most, well ahead of any third.
  const lead = [...counts.values()].sort((a, b) => a.first - b.first)[0];
  if (lead && lead.n >= 2) return lead.ids;
  const named = mostNamedPair(ctx);
  if (lead && named && lead.ids.every((id) => named.includes(id))) return lead.ids;
  return undefined;
}

/** The two countries an article names most, when each is named at least three times and a third at most half as often. */
function mostNamedPair(ctx: Ctx): string[] | undefined {
  if (ctx.mostNamed !== undefined) return ctx.mostNamed ?? undefined;
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) if (m.kind === 'country') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const pair = ranked.length >= 2 && ranked[1][1] >= 3 && (ranked[2]?.[1] ?? 0) * 2 <= ranked[1][1] ? [ranked[0][0], ranked[1][0]] : null;
  ctx.mostNamed = pair;
  return pair ?? undefined;
}

/**
 * "Belarus joined the Shanghai Cooperation Organisation", "Finland, which joined Nato in 2023",
 * "Sweden applied to join NATO", "would not join NATO", "is due to be admitted to ASEAN": joining a named bloc is an alliance with
 * it (the corpus conventions), with the status of the clause. The joiner is the
 * party named before the verb, the subject carried into the clause, or the name a ", which"
 * clause hangs on.
 */
const JOINS_BLOC = /\b(?:join(?:s|ed|ing)?|enter(?:s|ed|ing)?|admitted\s+(?:as\s+(?:an?|the)\s+(?:[\w-]+\s+)?member\s+)?(?:to|into)|bec(?:ame|ome|omes|oming)\s+(?:an?\s+)?(?:full\s+)?member\s+of|acced(?:e|es|ed|ing)\s+to|(left|quit|withdrew\s+from|pulled\s+out\s+of|walked\s+out\s+of|(?:was|were|been)\s+suspended\s+from|expelled\s+from))\s+(?:the\s+)?/i;

const JOINED_WITH_BLOC = /^(?:\s+in\s+[a-z]+ing\b|(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:summits?|talks|meetings?|leaders|ministers|calls?|statements?|declarations?|sanctions|exercises?|drills?|missions?|operations?|forces?|patrols?|efforts?|campaigns?|members|allies|partners|counterparts|delegations?|headquarters|secretariat|markets?|territory|airspace|waters|offices?|building|compound|premises)\b)/;

function codeJoinedBloc(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): void {
  const m = JOINS_BLOC.exec(body);
  if (!m) return;
  const cueStart = c.start + m.index;
  const cueEnd = cueStart + m[0].length;
  // "approved Sweden's application to join NATO": someone else's bid, which the rules on support read.
  if (/['’]s?\s+(?:[\w-]+\s+){0,2}?(?:application|bid|request|candidacy|ambitions?|hopes?)\s+to\s+$/i.test(ctx.text.slice(Math.max(c.start, cueStart - 60), cueStart))) return;
  const bloc = actorsIn(ctx, cueEnd, c.end).find((x) => x.start === cueEnd || /^\s*$/.test(ctx.text.slice(cueEnd, x.start)));
  if (!bloc || bloc.kind !== 'bloc') return;
  // "joined the EU in condemning …", "joined the BRICS summit", "joined NATO exercises": acting with the bloc, not joining it.
  if (JOINED_WITH_BLOC.test(ctx.text.slice(bloc.end, bloc.end + 40))) return;
  const named = actorsIn(ctx, c.start, cueStart).filter((x) => !x.possessive && !x.demonym && x.kind !== 'bloc');
  const comma = ctx.text.lastIndexOf(',', cueStart);
  const hangsOn = comma >= c.sentence.start && /^,\s+which\s+(?:[\w-]+\s+){0,2}$/i.test(ctx.text.slice(comma, cueStart)) ? actorsIn(ctx, c.sentence.start, comma).pop() : undefined;
  const inClause = named.pop();
  const joiner = inClause ?? hangsOn ?? c.inherited?.find((x) => x.kind !== 'bloc');
  if (!joiner || joiner.entity === bloc.entity) return;
  // "Mali, Burkina Faso and Niger, whose juntas …, quit ECOWAS": every member of a coordinated subject.
  const run = inClause ? runEndingAt(ctx, [...named, inClause], inClause) ?? [inClause] : [joiner];
  const parties = uniq(run.map((x) => countryOf(ctx, x.entity) ?? x.entity)).filter((p) => p !== bloc.entity);
  if (!parties.length || ctx.raw.some((r) => r.kind === 'alliance' && r.clause === c && r.participants.includes(bloc.entity))) return;
  // The status cues read the rest: "applied to join" and "hopes to join" are bids, "does not seek to join" a denial.
  const negated = NEGATION_BEFORE.test(ctx.text.slice(Math.max(c.start, cueStart - 40), cueStart)) || /\bnot\s+(?:yet\s+)?(?:a\s+)?(?:full\s+)?member\b/i.test(body);
  const stated = negated ? 'denied' : clauseStatus(ctx, c, 'alliance', body);
  // "Burkina left ECOWAS in January": a membership that has ended is denied; a departure only planned or denied is left alone.
  const left = !!m[1];
  if (left && stated !== 'reported') return;
  const status = left ? 'denied' : stated;
  const raw: RawRelation & { dates?: DateHit[] } = { kind: 'alliance', participants: [...parties, bloc.entity], directed: false, status, clause: c, start: inClause ? run[0].start : cueStart, end: bloc.end, trigger: m[0].trim() };
  raw.dates = dateHits;
  ctx.raw.push(raw);
}

/** "…, an EU member since 2004", "… are both founding members of", "has been in NATO", "sit together in", "helped to found": the words before a bloc named as the one a party belongs to. */
const MEMBER_BEFORE_BLOC = /(?:(?:,\s+|\b(?:is|are|was|were|been|remains?|remained)\s+(?:(?:not|never|also|still|now)\s+)?|\b(?:isn|aren|wasn|weren)['’]t\s+)(?:(?:a|an|one|both|all|each)\s+)?(?:(?:founding|full|full-fledged|fellow|national)\s+)?(?:(members?(?:\s+(?:states?|countries|nations))?)\s+of\s+(?:the\s+)?(?:\p{Lu}[\w]*-led\s+|[\w]+-(?:nation|member|country|state|strong)\s+)?)?|\b(belongs?|belonged|belong)(?:,[^,;.]{1,60},)?\s+to\s+(?:the\s+)?(?:\p{Lu}[\w]*-led\s+|[\w]+-(?:nation|member|country|state|strong)\s+|(?:regional|same|western|military|trade|economic)\s+)?|\b(?:is|are|was|were|been|remains?|remained|stays?|stayed)\s+(?:(?:already|still|now|firmly|both|all)\s+)?(in)\s+(?:the\s+)?|\b((?:sit|sits|sat|sitting)\s+(?:(?:together|both|side\s+by\s+side)\s+)?in|(?:helped|help|helps)\s+(?:to\s+)?found|(?:co-)?founded|(?:are|were)\s+(?:both\s+)?(?:founding|full)\s+(?:states|countries|nations|signatories|parties)\s+of|,\s+(?:fellow\s+)?partners\s+in|(?:are|were)\s+(?:both\s+|all\s+)?(?:fellow\s+)?partners\s+in|(?:is|are|was|were)\s+(?:both\s+|all\s+)?part\s+of)\s+(?:the\s+)?)$/iu;
/** "has been in NATO since 1949", "is in the alliance.": being "in" a bloc is membership only where the bloc ends the phrase ("in the EU capital" is a place). */
const IN_BLOC_END = /^(?:\s*[,.;:)]|\s+(?:since|for|until|and|but|as|when|while|because|which|too|already|—|–)\b|\s*$)/;
/** "remain neutral and outside", "stays outside the": a party kept out of the bloc named next. */
const OUTSIDE_BLOC = /\b(?:remain|remains|remained|stay|stays|stayed|keep|keeps|kept)\s+(?:[\w"“”-]+\s+){0,3}?(?:outside\s+(?:of\s+)?|out\s+of\s+)(?:the\s+)?$/i;
const MEMBER_AFTER_BLOC = /^\s+(?:members?(?:\s+(?:states?|countries|nations))?|allies)\b/i;
/** After a bloc its founders founded: "… in 1991 with ", "… together with ". */
const FOUNDED_WITH = /^\s+(?:in\s+\d{4}\s+)?(?:together\s+)?(?:with|alongside)\s+(?:the\s+)?(?=\p{Lu})/u;

/** ", of which Kuwait is a founding member", ", of which both are members": a member named after the bloc. */
/** ", to which both countries belong", ", of which both are members": the story's two, members of the bloc just named. */
const OF_WHICH_BOTH = /^,\s+(?:to\s+which\s+(?:both|the\s+two)(?:\s+(?:countries|sides|governments|neighbou?rs|states|nations))?\s+belong|of\s+which\s+(?:both|the\s+two)(?:\s+(?:countries|sides|governments|neighbou?rs|states|nations))?\s+are\s+(?:(?:founding|full)\s+)?members)\b/i;
const OF_WHICH_MEMBER = /^,\s+of\s+which\s+(?:[\p{L}.'’-]+\s+){1,4}?(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:(?:a|an|one)\s+)?(?:(?:founding|full|full-fledged)\s+)?members?\b/iu;

/**
 * "The Republic of Cyprus, an EU member since 2004", "Turkey, a member of the alliance", "Denmark
 * and the US are both founding members of Nato", "Armenia belongs to the CSTO": a party named as a member of a bloc is its ally
 * (the corpus codes membership as alliance), a standing fact whatever the clause goes on to say.
 * Only states: "X, a member of the Politburo" is an office.
 */
function codeBlocMember(ctx: Ctx, c: Clause, dateHits: DateHit[]): void {
  const text = ctx.text;
  const body = text.slice(c.start, c.end);
  const blocs: Mention[] = actorsIn(ctx, c.start, c.end).filter((m) => m.kind === 'bloc' || isBlocLike(ctx, m));
  // "a member of the alliance": the bloc the article last named.
  // ("Both countries are founding members of the organisation": any bloc-like noun, when the bloc is named before it.)
  // ("a founding member of the seven-nation bloc": a count of members before the noun.)
  const anaphor = /\b(?:members?\s+of|belongs?\s+to|belonged\s+to|part\s+of)\s+(?:the|that|this)\s+(?:[\w]+-(?:nation|member|country|state|strong)\s+)?(?:(?:regional|same|western|military|trade|economic|political)\s+)?(alliance|bloc|organi[sz]ation|grouping|union|community|commission|council|forum)\b/i.exec(body);
  if (anaphor) {
    const at = c.start + anaphor.index + anaphor[0].length - anaphor[1].length;
    // ("the bloc": a bloc proper, over a forum or council named since.)
    const named = mentionsIn(ctx, Math.max(0, at - 1500), at);
    const latest = (/^bloc$/i.test(anaphor[1]) ? named.filter((m) => m.kind === 'bloc').pop() : undefined) ?? named.filter((m) => m.kind === 'bloc' || isBlocLike(ctx, m)).pop();
    if (latest) blocs.push({ ...latest, start: at, end: at + anaphor[1].length, via: 'pronoun' });
  }
  for (const bloc of blocs) {
    // "The Gulf Cooperation Council, of which Kuwait is a founding member": the member named in a relative clause after the bloc.
    const ofWhich = OF_WHICH_MEMBER.exec(text.slice(bloc.end, bloc.end + 90));
    const member = ofWhich ? actorsIn(ctx, bloc.end, bloc.end + ofWhich[0].length).find((x) => x.kind === 'country' && !x.demonym) : undefined;
    // "The Central American Integration System, to which both countries belong": the story's two are its members.
    const both = !member && OF_WHICH_BOTH.exec(text.slice(bloc.end, bloc.end + 90));
    const pair = both ? storyPair(ctx, c.start) : undefined;
    if (both && pair && !pair.includes(bloc.entity) && !ctx.raw.some((r) => r.kind === 'alliance' && r.participants.includes(bloc.entity) && pair.every((p) => r.participants.includes(p)))) {
      const raw: RawRelation & { dates?: DateHit[] } = { kind: 'alliance', participants: [...pair, bloc.entity], directed: false, status: 'reported', standing: true, clause: c, start: bloc.start, end: bloc.end + both[0].length, trigger: 'member', unsure: 'the members taken from the story (the pair its first relation joins)' };
      raw.dates = dateHits;
      ctx.raw.push(raw);
    }
    if (member && !ctx.raw.some((r) => r.kind === 'alliance' && r.participants.includes(member.entity) && r.participants.includes(bloc.entity))) {
      const raw: RawRelation & { dates?: DateHit[] } = { kind: 'alliance', participants: [member.entity, bloc.entity], directed: false, status: 'reported', standing: true, clause: c, start: bloc.start, end: bloc.end + ofWhich![0].length, trigger: 'member' };
      raw.dates = dateHits;
      ctx.raw.push(raw);
    }
    // "would remain neutral and outside NATO", "stays outside the EU": membership denied, of the clause's subject.
    const outside = OUTSIDE_BLOC.exec(text.slice(Math.max(c.start, bloc.start - 60), bloc.start));
    if (outside) {
      const staying = actorsIn(ctx, c.start, bloc.start - outside[0].length).filter((m) => !m.demonym && m.kind === 'country').pop();
      const referred = staying ? countryOf(ctx, staying.entity) : countryReferredTo(ctx, c, bloc.start);
      if (referred && referred !== bloc.entity && ctx.entities.get(referred)?.kind === 'country') pushDenial(ctx, c, dateHits, 'alliance', [referred, bloc.entity], false);
      continue;
    }
    const pre = MEMBER_BEFORE_BLOC.exec(text.slice(Math.max(c.start, bloc.start - 60), bloc.start));
    if (!pre) continue;
    // "an EU member": the bloc before "member"; "a member of the alliance": "member of" before the bloc.
    // "belongs to the CSTO" says membership by its verb.
    const stated = pre[1] ?? pre[2] ?? pre[3] ?? pre[4];
    if (!stated && !MEMBER_AFTER_BLOC.test(text.slice(bloc.end, bloc.end + 20))) continue;
    // ("is in the EU" and "sit in the AU" are membership only where the bloc ends the phrase: not "in the EU summit hall".)
    if ((pre[3] || /^s[ai]t/i.test(pre[4] ?? '')) && !IN_BLOC_END.test(text.slice(bloc.end, bloc.end + 12))) continue;
    const from = bloc.start - pre[0].length;
    const run = subjectRunBefore(ctx, actorsIn(ctx, c.sentence.start, from).filter((m) => !m.demonym), from);
    // "Both countries are NATO allies": the countries the group words read back to.
    const group = run.length ? undefined : groupAnaphor(ctx, c)?.filter((m) => m.end <= from);
    let members = (group?.length ? group : run).filter((m) => m.kind === 'country').map((m) => countryOf(ctx, m.entity) ?? m.entity);
    // "Al-Rawahi, whose country is a member of the council": the country of the person named before "whose".
    const holder = !members.length && /,\s+whose\s+country\s*$/i.test(text.slice(Math.max(c.sentence.start, from - 40), from)) ? actorsIn(ctx, c.sentence.start, from).filter((m) => m.kind === 'person').pop() : undefined;
    const holderCountry = holder && countryOf(ctx, holder.entity);
    const whose = !!holderCountry && ctx.entities.get(holderCountry)?.kind === 'country';
    if (whose) members = [holderCountry!];
    // "Uzbekistan is not a member of the CSTO", "Moldova said the country is not a member of NATO": membership denied.
    // ("Neither Iceland nor Norway is a member of the EU": both denied.)
    const neither = run.length > 1 && /^\W*neither\b/i.test(text.slice(c.sentence.start, run[0].end));
    if (neither || /\b(?:not|never)\b|n['’]t\b/i.test(text.slice(Math.max(c.start, from - 16), bloc.start))) {
      const referred = members.length ? undefined : countryReferredTo(ctx, c, from);
      const deniedMembers = members.length && (whose || from - run[run.length - 1].end <= 30) ? members : referred ? [referred] : [];
      if (deniedMembers.length) pushDenial(ctx, c, dateHits, 'alliance', uniq([...deniedMembers, bloc.entity]), false);
      continue;
    }
    // The party must stand right before the words: "Turkey, a member", "Denmark and the US are both".
    if (!members.length || (!whose && !group?.length && from - run[run.length - 1].end > 30)) continue;
    // "Brazil and Uruguay founded Mercosur in 1991 with Argentina and Paraguay": the founders named after the bloc too.
    // "both belong to the Colombo Security Conclave with the Maldives, Mauritius and Bangladesh": fellow members likewise.
    const withFounders = (pre[4] && /found/i.test(pre[4])) || /belong|member/i.test(pre[0]) ? FOUNDED_WITH.exec(text.slice(bloc.end, c.end)) : null;
    const cofounders = withFounders ? coordinatedRun(ctx, actorsIn(ctx, bloc.end + withFounders[0].length, c.end).filter((m) => !m.demonym && !m.possessive)).filter((m) => m.kind === 'country') : [];
    const ids = uniq([...members, ...cofounders.map((m) => m.entity), bloc.entity]);
    if (ids.length < 2 || ctx.raw.some((r) => r.kind === 'alliance' && r.clause.sentence === c.sentence && ids.every((id) => r.participants.includes(id)))) continue;
    const end = cofounders.length ? cofounders[cofounders.length - 1].end : stated ? bloc.end : bloc.end + MEMBER_AFTER_BLOC.exec(text.slice(bloc.end, bloc.end + 20))![0].length;
    const raw: RawRelation & { dates?: DateHit[] } = { kind: 'alliance', participants: ids, directed: false, status: 'reported', standing: true, clause: c, start: whose ? holder!.start : (group?.length ? group : run)[0].start, end, trigger: 'member' };
    raw.dates = dateHits;
    ctx.raw.push(raw);
  }
}

/**
 * "signed their comprehensive strategic partnership", "relations were raised to a strategic
 * partnership": a pact of that name binds its parties as allies (the conventions record the
 * Russia–North Korea treaty, and the like, so): the clause's cooperation is an alliance.
 */
function allianceOfStrategicPartnership(ctx: Ctx, c: Clause, from: number): void {
  if (ctx.raw.length === from) return;
  const made = STRATEGIC_PARTNERSHIP_MADE.test(ctx.text.slice(c.start, c.end));
  // (Named before its signatories, the pact is the treaty's own reported relation only: "support for the treaty that …" is no alliance.)
  const signedBy = !made && PARTNERSHIP_TREATY_SIGNED_BY.test(ctx.text.slice(c.start, c.sentence.end));
  if (!made && !signedBy) return;
  for (let i = from; i < ctx.raw.length; i++) {
    const r = ctx.raw[i];
    if (r.kind === 'cooperation' && r.clause === c && (made || (r.status === 'reported' && /^(?:treat|partnership)/i.test(r.trigger)))) r.kind = 'alliance';
  }
}

/** The same pact named before the ones who signed it: "the partnership treaty that Moscow and Pyongyang signed in June 2024". */
const PARTNERSHIP_TREATY_SIGNED_BY = /\b(?:the|their|its)\s+(?:(?:comprehensive\s+)?strategic\s+)?partnership\s+treaty\b(?=[^.;]{0,80}?\bsigned\b)|\btreaty\s+on\s+(?:comprehensive\s+)?strategic\s+partnership\b(?=\s*,?\s*(?:that|which)?\s[^.;]{0,80}?\bsigned\b)/i;
/** A strategic partnership concluded or raised to (not one "on raw materials", nor a "symbol of" one). */
const STRATEGIC_PARTNERSHIP_MADE = /\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|conclud(?:ed|es|ing)|ratif(?:ied|ies|y)|forg(?:ed|es)|(?:raised|upgraded|elevated|lifted)\s+to)\s+(?:a|an|the|their|its)\s+(?:(?:new|landmark|historic|so-called)\s+)?["“]?(?:comprehensive\s+)?strategic\s+partnership["”]?(?:\s+(?:treaty|agreement|pact))?\b(?!\s+(?:on|for|action)\b)(?![ ]+in[ ]+(?:the[ ]+)?(?:energy|trade|defen[cs]e|security|education|health|science|technology|agriculture|culture|tourism|transport|mining|industry|finance|investment)\b)|\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|conclud(?:ed|es|ing)|ratif(?:ied|ies|y))\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?treaty\s+on\s+(?:comprehensive\s+)?strategic\s+partnership\b/i;

/**
 * "the Southern African Customs Union", "the Melanesian Spearhead Group": a body no dictionary
 * knows, of no country, named as a union, community, group or organisation of members, takes
 * members as a bloc does (the words of membership decide, as for a bloc).
 */
const BLOC_LIKE_NAME = /\b(?:Union|Community|Group|Conclave|Forum|Alliance|Organi[sz]ation|Association|Commonwealth|League|Pact)$/;
function isBlocLike(ctx: Ctx, m: Mention): boolean {
  if (m.kind !== 'organization' || m.demonym) return false;
  const e = ctx.entities.get(m.entity);
  return !!e && !e.country && !lexicon().entries.has(e.id) && BLOC_LIKE_NAME.test(e.name);
}

/**
 * The country a clause means by "the country", "our country", "it" or "we" before `upTo`: the speaker's, else the first
 * country its sentence names (its subject: "Moldova's neutrality is written into its constitution; the country is …").
 */
function countryReferredTo(ctx: Ctx, c: Clause, upTo: number): string | undefined {
  if (!/\b(?:the|our)\s+country\b|^\W*(?:that\s+)?(?:it|we)\b/i.test(ctx.text.slice(c.start, upTo))) return undefined;
  const first = mentionsIn(ctx, c.sentence.start, c.start).find((m) => m.kind === 'country' && !m.demonym);
  return (c.speaker ? countryOf(ctx, c.speaker) : undefined) ?? (first && countryOf(ctx, first.entity));
}

/** The denial of an act, quoted from the whole clause that denies it (one builder for every kind of denial above and below). */
function pushDenial(ctx: Ctx, c: Clause, dateHits: DateHit[], kind: RelationKind, participants: string[], directed: boolean, actors?: number): void {
  pushClauseRelation(ctx, c, dateHits, { kind, participants, directed, status: 'denied', trigger: 'denial', actors });
}

/**
 * "The Russian invasion of Ukraine", "Israeli air and missile strikes on Lebanon": a demonym
 * before the act, with at most a few describing words between, names who carries it out, as a
 * possessive does ("Russia's invasion"). Words of reporting or a determiner between end the noun
 * phrase ("Russian media on the invasion of …" names no invader).
 */
function demonymOwner(ctx: Ctx, all: readonly Mention[], at: number): Mention | undefined {
  const m = all.filter((x) => x.end <= at && at - x.end <= 40).pop();
  // "a Chinese attack on Taiwan could …", "any Russian strike on …": an act supposed, not reported.
  if (!m?.demonym || /\b(?:an?|any|no)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 5), m.start))) return undefined;
  return DESCRIBING_WORDS_ONLY.test(ctx.text.slice(m.end, at)) ? m : undefined;
}
const DESCRIBING_WORDS_ONLY =
  /^\s+(?:(?!(?:the|a|an|of|on|in|at|to|for|by|from|with|over|about|or|its|their|his|her|this|that|these|those|which|who|said|says|say|denied|denies|deny|reported|reports|claimed|claims|media|press|officials?|sources?|state)\b)[a-z][\w-]*\s+){0,3}$/;

/** A relation a clause states as a whole (its quote the clause), coded by a rule of its own rather than from one cue word. */
function pushClauseRelation(ctx: Ctx, c: Clause, dateHits: DateHit[], r: { kind: RelationKind; participants: string[]; directed: boolean; status: Status; trigger: string; actors?: number; unsure?: string }): void {
  const { actors, ...rest } = r;
  const raw: RawRelation & { dates?: DateHit[] } = { ...rest, ...(actors && actors > 1 ? { actors } : {}), clause: c, start: c.start, end: c.end };
  raw.dates = dateHits;
  ctx.raw.push(raw);
}

const REBUTTAL = /^(.*?)\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|called|calls)\s+(?:the|that|this|his|her|its|their|those|these|such)\s+(?:accusations?|charges?|allegations?|account|claims?|reports?)\b/i;

/**
 * "Lima accused Quito of arming the rebels. Ecuador's interior ministry rejected the
 * accusation": a rebuttal in a later sentence, by a party the accusation named, denies the
 * charged act, by the accused against the accuser's side (as when both stand in one sentence).
 * An accusation whose charge is itself a coded act (support, cooperation) is left to the
 * denial of that act.
 */
function rebutsEarlierAccusation(ctx: Ctx, c: Clause, body: string, dateHits: DateHit[]): boolean {
  const m = REBUTTAL.exec(body);
  if (!m) return false;
  const denier = actorsIn(ctx, c.start, c.start + m[1].length)[0];
  const own = denier && countryOf(ctx, denier.entity);
  if (!own) return false;
  const para = ctx.text.lastIndexOf('\n', c.start);
  const accusation = findLast(ctx.raw, (r) => r.kind === 'conflict' && r.status === 'reported' && /\b(?:accus|blam)/i.test(ctx.text.slice(r.clause.sentence.start, r.clause.sentence.end)) && r.clause.sentence.start < c.sentence.start && r.start >= Math.max(para, c.sentence.start - 600));
  if (!accusation) return false;
  // The charge names a coded act ("accused Nairobi of arming the RSF"): that act is what is denied.
  if (ctx.raw.some((r) => r !== accusation && r.status === 'reported' && (r.kind === 'cooperation' || r.kind === 'support') && r.clause.sentence === accusation.clause.sentence)) return false;
  const accusers = accusation.participants.slice(0, accusation.actors ?? 1);
  // An accuser whose country is not known ("Defence Minister X accused Minsk") gives no side to deny against.
  const side = uniq(accusers.map((p) => countryOf(ctx, p) ?? ''));
  const accused = uniq(accusation.participants.slice(accusation.actors ?? 1).map((p) => countryOf(ctx, p) ?? p)).filter((p) => !side.includes(p));
  if (side.includes('') || !accused.includes(own) || side.includes(own)) return false;
  pushDenial(ctx, c, dateHits, 'conflict', [own, ...side], true);
  return true;
}

/** "The two agreed …": "the two" as the subject, with no noun after it. */
const BARE_THE_TWO = /^\W*the two\s+(?!(?:countries|governments|sides|nations|states|capitals|neighbou?rs|leaders|men|women|ministers|presidents)\b)[a-z]+/i;

const TWO_OF = /\b(?:the two(?: countries| governments| sides| nations)?|both (?:countries|governments|sides)|between the two|their (?:relations|ties)|bilateral)\b/i;

/** "The two countries", "their relations": the country pair of the latest relation that has one. */
function anaphoricPair(ctx: Ctx, body: string): string[] | undefined {
  if (!TWO_OF.test(body)) return undefined;
  for (let i = ctx.raw.length - 1; i >= 0; i--) {
    const r = ctx.raw[i];
    if (r.kind === 'role' || r.standing) continue;
    const cs = countriesOf(ctx, r.participants);
    if (cs.length === 2) return cs;
  }
  return undefined;
}

/** "He thanked …": the person who opened the previous sentence. */
function previousSubject(ctx: Ctx, s: Sentence): Mention | undefined {
  if (!/\b(he|she)\s+thank/i.test(ctx.text.slice(s.start, s.end))) return undefined;
  const prev = ctx.sentences.filter((x) => x.end <= s.start && x.zone !== 'byline').pop();
  return prev ? actorsIn(ctx, prev.start, prev.end).find((m) => m.kind === 'person') : undefined;
}

function lastRelationIn(ctx: Ctx, c: Clause): RawRelation | undefined {
  return findLast(ctx.raw, (r) => r.clause.sentence === c.sentence && r.kind !== 'conflict');
}

function subjectOfSentence(ctx: Ctx, s: Sentence): Mention | undefined {
  const first = actorsIn(ctx, s.start, s.end)[0];
  if (first && first.start - s.start <= 2) return first;
  // "It is also among …": the subject of the previous sentence.
  if (/^It\b/.test(ctx.text.slice(s.start, s.end))) {
    const prev = ctx.sentences.filter((x) => x.end <= s.start && x.zone !== 'byline').pop();
    if (prev) return actorsIn(ctx, prev.start, prev.end).find((m) => m.kind === 'country');
  }
  return first;
}

/** "Russia's Wagner group": the possessed head, when a possessive country modifies an organization or person. */
function possessiveHead(ctx: Ctx, m: Mention): Mention {
  if (!m.possessive) return m;
  const head = mentionsIn(ctx, m.end + 1, m.end + 4, Infinity).find((x) => x.kind !== 'country');
  return head ?? m;
}

/** "the border of", "the future of what was then": the place an act settles, right before its name. */
const TOPIC_OF_SETTLEMENT = /\b(?:border|borders|boundary|frontier|status|future|fate)\s+of\s+(?:what\s+(?:was|is)\s+(?:then|now)\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$/;

function relateParticipants(ctx: Ctx, c: Clause, allActors: Mention[], body: string, speaker: EntityDraft | undefined): { ids: string[]; unsure?: string } | undefined {
  // "sharing warning data on North Korean missile launches": an adjective in the topic of the act is not a party to it.
  // "signed a treaty fixing the border of what was then British Honduras": a place whose border or future the act settles is its topic too.
  const actors = allActors.filter(
    (m) =>
      !(m.demonym && /\b(?:on|about|over|against|regarding|of|for)\s+(?:[\w-]+\s+){0,2}$/i.test(ctx.text.slice(Math.max(c.start, m.start - 40), m.start))) &&
      !TOPIC_OF_SETTLEMENT.test(ctx.text.slice(Math.max(c.start, m.start - 60), m.start)),
  );
  const persons = uniq(actors.filter((m) => m.kind === 'person').map((m) => m.entity));
  // "Somaliland leader X": a name inside a person's title qualifies that person.
  const inTitle = (m: Mention) => actors.some((p) => p.kind === 'person' && p.phrase && m.start >= p.phrase.start && m.end <= p.start);
  // "signed the memorandum in Addis Ababa": the venue is where, not who.
  const venue = (m: Mention) => /\b(?:in|at)\s+$/.test(ctx.text.slice(Math.max(c.start, m.start - 4), m.start));
  const others = actors.filter((m) => m.kind !== 'person' && !venue(m));
  const coordinated = persons.length >= 2 && /\b(?:both\s+)?[^,;]*\band\b/.test(body) && others.every((m) => m.demonym || m.possessive || m.via === 'pronoun' || inTitle(m));
  if (coordinated && /\b(both|and)\b/.test(body) && !/\bthe two (?:ministers|men)\b/i.test(body)) {
    return { ids: persons };
  }
  if (/\bthe two (?:ministers|men|leaders|diplomats)\b/i.test(body) && persons.length >= 2) return { ids: persons };
  // "The three ministers pledged …" after "X held talks with A and B": a group of people whose count is the people it stands for.
  const people = /\bthe (three|four|five) (?:[a-z]+ )?(?:ministers|men|women|leaders|diplomats|presidents|envoys|heads of state)\b/i.exec(body);
  if (people && persons.length === NUMBER_WORDS[people[1].toLowerCase()]) return { ids: persons };
  const inheritedPersons = uniq((c.inherited ?? []).filter((m) => m.kind === 'person').map((m) => m.entity));
  if (inheritedPersons.length >= 2 && actors.every((m) => m.kind === 'person' || m.demonym)) return { ids: inheritedPersons };
  // "ended two days of talks in Kazakhstan": the country where talks are held is where, not who (a host acts only when named as one).
  const hostVenue = (m: Mention) => m.kind === 'country' && /\b(?:talks|meeting|meetings|summit|negotiations|round|ceremony|conference|forum)\s+(?:[\w-]+\s+)?(?:in|at)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(c.start, m.start - 40), m.start));
  let ids = uniq(actors.filter((m) => !hostVenue(m)).map((m) => (m.kind === 'person' ? countryOf(ctx, m.entity) : m.entity)).filter((x): x is string => !!x && ctx.entities.get(x)?.kind !== 'bloc'));
  let unsure: string | undefined;
  if (/\b(his|her|its|their) government\b/i.test(body) && speaker?.country) ids = uniq([...ids, speaker.country]);
  if (c.addressee) {
    const ac = countryOf(ctx, c.addressee);
    if (ac && ids.length < 2) ids = uniq([...ids, ac]);
  }
  if (ids.length === 1 && /\bits (?:neighbou?r|ally|partner)\b/i.test(body)) {
    const prev = findLast(ctx.raw, (r) => r.clause.sentence === c.sentence && r.participants.includes(ids[0]));
    if (prev) ids = uniq([...ids, ...prev.participants.map((p) => countryOf(ctx, p) ?? p)]);
  }
  const trilateral = /\b(trilateral|three-way|tripartite)\b/i.test(body);
  const needed = trilateral ? 3 : 2;
  if (ids.length < needed && /\b(those|such|these|the) (agreements?|cooperation|deals?|relations|ties)\b|\btheir\b|\bthe two\b|\bboth\b/i.test(body)) {
    // A speaking government is one of "the two": the latest pair that includes it, or none.
    const speaking = speaker ? (speaker.kind === 'country' ? speaker.id : speaker.country ?? undefined) : undefined;
    const includesSpeaker = (r: RawRelation) => !speaking || r.participants.some((p) => countryOf(ctx, p) === speaking);
    // "the agreements": the latest relation that was an agreement, before any other cooperation.
    const agreed = /\b(?:those|such|these|the) (?:agreements?|deals?|accords?)\b/i.test(body) ? findLast(ctx.raw, (r) => r.kind === 'cooperation' && /agree|deal|accord|sign/i.test(r.trigger) && includesSpeaker(r)) : undefined;
    const prev = agreed ?? findLast(ctx.raw, (r) => (r.kind === 'cooperation' || r.kind === 'meeting') && includesSpeaker(r));
    // "Kim met Ryzhenkov … The two agreed to …": a bare "the two" after two people who met is those people.
    const twoPeople = prev && ids.length === 0 && BARE_THE_TWO.test(body) && prev.participants.length === 2 && prev.participants.every((p) => ctx.entities.get(p)?.kind === 'person');
    if (twoPeople) {
      ids = [...prev.participants];
      unsure = 'participants taken from an earlier mention ("the two")';
    } else if (prev) {
      const pcs = countriesOf(ctx, prev.participants);
      const definite = /\b(those|such|these|the) (agreements?|cooperation)/i.test(body);
      if ((trilateral && pcs.length >= 3) || definite || (!trilateral && (ids.length === 0 || pcs.includes(ids[0])))) {
        ids = definite ? uniq([...ids, ...pcs]) : uniq([...ids, ...pcs]).slice(0, Math.max(needed, ids.length));
        // "Vucic declined to sign the deal": a person who acts alone stays the party, beside the deal's other side.
        const lone = actors.length === 1 && actors[0].kind === 'person' ? actors[0].entity : undefined;
        const home = lone ? countryOf(ctx, lone) : undefined;
        if (lone && home && ids[0] === home) ids = [lone, ...ids.slice(1)];
        unsure = 'participants taken from an earlier mention ("their", "the two", "such")';
      }
    }
  }
  if (trilateral && ids.length < 3) {
    const prev3 = findLast(ctx.raw, (r) => r.participants.length >= 3 && r.kind === 'cooperation' && ids.every((i) => r.participants.includes(i)));
    const sentenceCountries = countriesNamedIn(ctx, c.sentence.start, c.sentence.end);
    const fill = prev3 ? prev3.participants : [...sentenceCountries, ...ctx.recentCountries];
    ids = uniq([...ids, ...fill]).slice(0, 3);
    unsure = 'trilateral partners completed from context';
  }
  // (One party alone is returned too: emit codes nothing of it, unless it is a side of the story refusing.)
  if (ids.length < 1) return undefined;
  return { ids, unsure };
}

// ---- offices given by a verb --------------------------------------------------------------

const OFFICE_NOUN_RE = '(?:president|chairman|chairwoman|chair|head|leader|secretary[- ]general|chief|director(?:[- ]general)?|commissioner|envoy|coordinator|spokesman|spokeswoman|spokesperson)';
/** "was named president of X", "re-elected Y as the bloc's chairman", "was appointed envoy to X". */
const APPOINTED = new RegExp(
  `(?<![\\w-])(?:named|appointed|elected|re-elected|reelected|chosen|sworn in|installed)\\s+(?:[^,.;]{1,90}?\\s+as\\s+((?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?${OFFICE_NOUN_RE})|((?:the\\s+)?(?:[a-z][\\w'’-]*\\s+){0,3}?${OFFICE_NOUN_RE}))\\b(?:\\s+(?:of|at|to|for)\\b)?`,
);
/** The office a holding verb says: "chairs the Community" → chair. */
const OFFICE_OF_VERB: Record<string, string> = { chairs: 'chair', chaired: 'chair', heads: 'head', headed: 'head', leads: 'leader', led: 'leader' };
/** "who chairs the Caribbean Community", "heads the Tavush diocese of the Church". */
// Not inside a compound: "the Russia-led CSTO" says who leads it, not that someone named before holds an office.
const HOLDS = /(?<![\w-])(?:chairs|heads|leads|chaired|headed|led)\s+(?=(?:the\s+)?[A-Z])/;

/**
 * Offices given or held by a verb rather than a title: "Goïta was named president of the
 * confederation", "leaders re-elected Nigerian President Bola Tinubu as the bloc's chairman",
 * "Skerrit, who chairs the Caribbean Community". The body is the one named after the office (or
 * the bloc "the bloc's" refers to); the holder is the person the verb is about.
 */
function codeAppointment(ctx: Ctx, c: Clause, body: string): void {
  const appointed = APPOINTED.exec(body);
  const holds = appointed ? undefined : HOLDS.exec(body);
  const m = appointed ?? holds;
  if (!m) return;
  const verbAt = c.start + m.index;
  const officeEnd = c.start + m.index + m[0].length;
  const people = mentionsIn(ctx, c.start, c.end).filter((x) => x.kind === 'person');
  const passive = /\b(?:was|were|has been|had been|is|be|being)\s+$/.test(body.slice(0, m.index));
  // Active with an object ("re-elected Tinubu as …"): the person right after the verb; else the subject.
  const officeText = appointed ? (appointed[1] ?? appointed[2]) : undefined;
  const after = people.find((x) => x.start >= verbAt && x.start < officeEnd - (officeText?.length ?? 0));
  const holder = !passive && after ? after : (people.filter((x) => x.end <= verbAt).pop() ?? (c.head ? c.inherited?.find((x) => x.kind === 'person') : undefined));
  if (!holder) return;
  const ownerWord = officeText && /\b(?:the\s+)?(bloc|group|alliance|union|organisation|organization|confederation|community|body)['’]s\b/i.exec(officeText);
  let org: Mention | undefined;
  if (ownerWord) org = mentionsIn(ctx, Math.max(0, c.sentence.start - 600), verbAt).filter((x) => x.kind === 'bloc' || x.kind === 'organization').pop();
  else org = mentionsIn(ctx, officeEnd, Math.min(c.end, officeEnd + 80)).find((x) => x.kind === 'bloc' || x.kind === 'organization' || x.kind === 'country');
  // "was named president of the confederation": the bloc that noun refers back to, the latest one named.
  // A bloc whose name has that noun wins; a loose grouping ("the West") is never one.
  const noun = !org ? /^\s*(?:of\s+|at\s+)?the\s+(?:new\s+)?(bloc|confederation|alliance|union|grouping|organi[sz]ation|community)\b/i.exec(ctx.text.slice(officeEnd, officeEnd + 40)) : null;
  if (noun) {
    const blocs = mentionsIn(ctx, Math.max(0, c.sentence.start - 1500), verbAt).filter((x) => x.kind === 'bloc' && !/^the\s/i.test(ctx.entities.get(x.entity)?.name ?? ''));
    const named = (x: Mention) => { const e = ctx.entities.get(x.entity); return !!e && [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(noun[1].toLowerCase())); };
    org = findLast(blocs, named) ?? blocs[blocs.length - 1];
  }
  if (!org || org.entity === holder.entity) return;
  const office = officeText
    ? officeText.replace(/^the\s+/i, '').replace(/^(?:bloc|group|alliance|union|organisation|organization|confederation|community|body)['’]s\s+/i, '')
    : OFFICE_OF_VERB[m[0].trim().toLowerCase()];
  const sentence = c.sentence;
  ctx.raw.push({ kind: 'role', participants: [holder.entity, org.entity], directed: true, status: 'reported', clause: { start: c.start, end: c.end, sentence }, start: c.start, end: c.end, trigger: office, office, standing: true });
}

// ---- roles ------------------------------------------------------------------------------

function addRoles(ctx: Ctx): void {
  const countryEnds = new Map(ctx.mentions.filter((m) => m.kind === 'country' && m.possessive).map((m) => [m.end, m]));
  for (const m of ctx.mentions) {
    if (m.kind !== 'person') continue;
    for (const phrase of [m.phrase, m.alsoPhrase]) if (phrase) addRole(ctx, m, phrase);
    if (!m.phrase?.country && !m.phrase?.org) addAideRole(ctx, m);
    if (!m.phrase?.country && !m.phrase?.org) addAgentRole(ctx, m, countryEnds);
    // "North Korea's Kim Jong Un": a known office holder named after their own country's possessive holds that office.
    if (m.phrase) continue;
    // "Paul Kagame of Rwanda": a person named with the country they belong to.
    if (m.of) addRoleNamedWith(ctx, m, m.of);
    const e = ctx.entities.get(m.entity);
    const at = /['’]s?\s+$/.exec(ctx.text.slice(Math.max(0, m.start - 4), m.start));
    const owner = at ? countryEnds.get(m.start - at[0].length) : undefined;
    const office = e?.offices.values().next().value;
    const ownOffice = !owner && e?.country ? ownOfficeBefore(ctx, m, e.id) : undefined;
    if (owner && e?.country === owner.entity && office) addRole(ctx, m, { start: owner.start, end: m.end, office, country: owner.entity });
    // "Chief Adviser Muhammad Yunus": a known holder named right after the very office the dictionary gives them, which no
    // title list holds, holds it in their own country.
    else if (ownOffice && e?.country) {
      addRole(ctx, m, { start: m.start - ownOffice.length - 1, end: m.end, office: ownOffice, country: e.country });
    }
    // "the foreign secretary, Enrique Manalo", "José Albares, the foreign minister,": an office without an owner, in
    // apposition to a known holder of that very office, is held in the holder's own country.
    else if (!owner && e?.country && office && lexicon().entries.get(e.id)?.kind === 'person') {
      // ("The Prime Minister, Sir Keir Starmer", "the Taoiseach, Micheál Martin": the office may be capitalised, the name knighted.)
      const before = /\b[Tt]he\s+((?:\p{L}[\p{L}\w-]*\s+){0,3}\p{L}[\p{L}\w-]*),\s+(?:(?:Sir|Dame)\s+)?$/u.exec(ctx.text.slice(Math.max(0, m.start - 65), m.start));
      const after = before ? undefined : /^,\s+the\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*[,.;]/.exec(ctx.text.slice(m.end, m.end + 60));
      const said = (before ?? after)?.[1];
      if (said && /minister|president|premier|chancellor|secretary|adviser|advisor|leader|chief|spokes|taoiseach|t[aá]naiste/i.test(said) && officeClass(said) === officeClass(office)) {
        const span = before ? { start: m.start - before[0].length, end: m.end } : { start: m.start, end: m.end + after![0].length - 1 };
        addRole(ctx, m, { ...span, office: said, country: e.country });
      }
    }
  }
}

/**
 * "Namibia's agent, Helvi Amupolo-Strand", "Beatriz Menjívar-Lott, El Salvador's agent before the court", "Singapore's agent in
 * the case, the law professor Lim Shu Wen-Harker": the person who pleads a state's case before a court holds that office for
 * the state (only after a state's possessive: "agent" alone may be anyone's).
 */
const AGENT_AFTER_NAME = /^,\s+(?:the\s+)?/;
const AGENT_BEFORE_NAME = /['’]s\s+agent\b(?:\s+(?:before|in|at|to)\s+[^,;.]{1,40})?,\s+(?:(?:the|a)\s+[^,;.]{1,40}?\s+)?$/;

function addAgentRole(ctx: Ctx, m: Mention, countryEnds: Map<number, Mention>): void {
  const after = AGENT_AFTER_NAME.exec(ctx.text.slice(m.end, m.end + 8));
  const ownerAfter = after ? ctx.mentions.find((x) => x.kind === 'country' && x.start === m.end + after[0].length && /^['’]s\s+agent\b/.test(ctx.text.slice(x.end, x.end + 10))) : undefined;
  if (ownerAfter) {
    const end = ownerAfter.end + /^['’]s\s+agent/.exec(ctx.text.slice(ownerAfter.end))![0].length;
    pushRole(ctx, m.entity, countryOf(ctx, ownerAfter.entity) ?? ownerAfter.entity, { start: m.start, end }, 'agent', 'agent');
    return;
  }
  const from = Math.max(0, m.start - 120);
  const before = AGENT_BEFORE_NAME.exec(ctx.text.slice(from, m.start));
  const owner = before ? countryEnds.get(from + before.index) : undefined;
  if (owner) pushRole(ctx, m.entity, countryOf(ctx, owner.entity) ?? owner.entity, { start: owner.start, end: m.end }, 'agent', 'agent');
}

/** The dictionary office of a known person, written right before their name ("Chief Adviser Muhammad Yunus"), as written. */
function ownOfficeBefore(ctx: Ctx, m: Mention, id: string): string | undefined {
  const entry = lexicon().entries.get(id);
  if (!entry?.office || entry.kind !== 'person') return undefined;
  const from = m.start - entry.office.length - 1;
  const before = ctx.text.slice(Math.max(0, from), m.start);
  const startsAWord = from === 0 || /[\s"“(]/.test(ctx.text[from - 1] ?? '');
  return from >= 0 && startsAWord && before.toLowerCase() === `${entry.office.toLowerCase()} ` ? before.trim() : undefined;
}

/** A role stated by naming a person with their country or body ("Paul Kagame of Rwanda"): the text gives no office, only whose they are. */
function addRoleNamedWith(ctx: Ctx, m: Mention, of: { party: string; end: number }): void {
  pushRole(ctx, m.entity, of.party, { start: m.start, end: of.end }, 'of');
}

/** A standing role of a person in a country or body, quoted from the phrase that states it (the phrase stands for its sentence). */
function pushRole(ctx: Ctx, person: string, target: string, { start, end }: { start: number; end: number }, trigger: string, office?: string): void {
  const sentence = { start, end, zone: 'body' as const, paragraph: 0, index: 0 };
  ctx.raw.push({ kind: 'role', participants: [person, target], directed: true, status: 'reported', clause: { start, end, sentence }, start, end, trigger, ...(office ? { office } : {}), standing: true });
}

const AIDE_OFFICE = /^(?:(?:senior|top|chief|special|principal|personal|national security|foreign policy|military|economic|diplomatic|presidential|deputy)\s+)*(?:adviser|advisor|envoy|aide|spokes(?:man|woman|person)|press secretary|chief of staff|negotiator|representative)\b/i;

/**
 * "Jake Sullivan, Biden's national security adviser", "X, an adviser to Supreme Leader Ali
 * Khamenei": an aide or envoy of a leader holds that office for the leader's country.
 */
function addAideRole(ctx: Ctx, m: Mention): void {
  const aide = aideApposition(ctx.text, ctx.mentions, m);
  if (!aide) return;
  const country = countryOf(ctx, aide.boss.entity);
  if (!country || (ctx.entities.get(country) ?? lexicon().entries.get(country))?.kind !== 'country') return;
  const e = ctx.entities.get(m.entity);
  if (!e || (e.country && e.country !== country)) return;
  pushRole(ctx, m.entity, country, { start: m.start, end: aide.end }, aide.office, aide.office);
}

/**
 * The apposition after a person that names them a leader's aide or envoy: "X, Biden's national
 * security adviser", "X, an adviser to Supreme Leader Y". Read once, for the aide's role and
 * for the leader's being no party to what the aide does.
 */
type AideApposition = { boss: Mention; office: string; end: number };
/** Read once per mention: the modifiers (at the start) and the roles (at the end) both ask; an article's mentions never change in between. */
const aideCache = new WeakMap<Mention, AideApposition | null>();
function aideApposition(text: string, mentions: Mention[], m: Mention): AideApposition | undefined {
  const known = aideCache.get(m);
  if (known !== undefined) return known ?? undefined;
  const found = readAideApposition(text, mentions, m);
  aideCache.set(m, found ?? null);
  return found;
}

function readAideApposition(text: string, mentions: Mention[], m: Mention): AideApposition | undefined {
  const tail = /^,\s+(?:an?\s+|the\s+)?/.exec(text.slice(m.end, m.end + 8));
  if (!tail) return undefined;
  const from = m.end + tail[0].length;
  const stop = text.slice(from, from + 120).search(/[,.;:()"“”]/);
  const end = from + (stop < 0 ? 120 : stop);
  const span = text.slice(from, end);
  if (/^(?:former|ex-|then-|late)\b/i.test(span)) return undefined;
  const people = mentionsBetween(mentions, from, end).filter((x) => x.kind === 'person' && x.entity !== m.entity);
  // The possessor may carry its title and a particle: "President Luiz Inácio Lula da Silva's chief adviser".
  const first = people.find((x) => x.possessive && /^(?:\p{Lu}[\p{L}.'’-]*|da|de|do|dos|al|el|bin|von|van|der)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|da|de|do|dos|al|el|bin|von|van|der))*$/u.test(text.slice(from, x.end)));
  if (first) {
    // "Biden's national security adviser"
    const aide = AIDE_OFFICE.exec(text.slice(first.end, end).replace(/^['’]s?\s+/, ''));
    return aide ? { boss: first, office: aide[0], end } : undefined;
  }
  // "an adviser to Supreme Leader Ali Khamenei", "special envoy of President X"
  const aide = AIDE_OFFICE.exec(span);
  const target = aide ? people.find((x) => /^\s+(?:to|of|for)\s+(?:the\s+)?$/i.test(text.slice(from + aide[0].length, x.phrase && x.phrase.start < x.start ? x.phrase.start : x.start))) : undefined;
  return aide && target ? { boss: target, office: aide[0], end } : undefined;
}

/** A form of address that names no office by itself. */
const HONORIFIC = /^(?:Sheikh|Sheikha|Ayatollah|Grand Ayatollah)$/i;

function addRole(ctx: Ctx, m: Mention, phrase: OfficePhrase): void {
  const e = ctx.entities.get(m.entity)!;
  // "Secretary-General António Guterres": a known holder of a body's office ("U.N. Secretary-General") holds it at that
  // body, never in their home country; with the body not named in the article, no role is stated.
  const body = phrase.org || phrase.country ? undefined : bodyOfKnownOffice(e.id);
  if (body && !ctx.entities.has(body)) return;
  const target = phrase.org ?? phrase.country ?? body ?? e.country ?? undefined;
  if (!target || target === e.id) return;
  // A role is an office held; "former President X" no longer holds it.
  if (/^(?:former|ex-|then-|late)\b/i.test(phrase.office)) return;
  // "counterpart X" says whose office only through its own demonym ("her Russian counterpart X"), never through X's country found
  // elsewhere; but a holder the dictionary knows ("his counterpart, Choe Son Hui") holds the office it gives them, in their country.
  if (isCounterpartWord(phrase.office) && !phrase.country && !phrase.org) {
    const known = lexicon().entries.get(e.id);
    if (known?.kind !== 'person' || !known.office || !e.country || target !== e.country) return;
    phrase = { ...phrase, office: known.office };
  }
  // "the emir of Qatar, Sheikh Tamim …", "the supreme leader, Ayatollah Ali Khamenei": an honorific alone names no office,
  // but a known office holder keeps the office the dictionary gives them, in their own country.
  if (!phrase.org && HONORIFIC.test(phrase.office)) {
    const known = lexicon().entries.get(e.id);
    if (known?.kind !== 'person' || !e.country || target !== e.country) return;
    const office = [...e.offices].find((o) => !HONORIFIC.test(o));
    if (!office) return;
    phrase = { ...phrase, office };
  }
  if (!phrase.org && !/minister|president|leader|head of (?:government|state)|premier|chancellor|secretary|spokes|counterpart|colleague|opposite number|coordinator|representative|negotiator|colonel|captain|major|lieutenant|admiral|marshal|brigadier|prince|emir|sultan|speaker|adviser|advisor|chief|ambassador|prosecutor|general|governor|chairman|official|king|queen|envoy|aide|diplomat|mayor|senator|director|commander|commissioner|\bhead\b|taoiseach|t[aá]naiste/i.test(phrase.office)) return;
  pushRole(ctx, e.id, target, phrase, phrase.office);
}

/** The body a known person's dictionary office names first ("U.N. Secretary-General" → the United Nations), if any. */
function bodyOfKnownOffice(id: string): string | undefined {
  const office = lexicon().entries.get(id)?.office;
  if (!office) return undefined;
  const words = office.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const entry = lexicon().forms.get(words.slice(0, n).join(' '));
    if (entry && (entry.kind === 'organization' || entry.kind === 'bloc')) return entry.id;
  }
  return undefined;
}

// ---- assembling the result --------------------------------------------------------------

interface Draft {
  kind: RelationKind;
  participants: string[];
  directed: boolean;
  actors?: number;
  status: Status;
  evidence: Array<{ start: number; end: number; speaker?: string }>;
  zone: string;
  date?: DateValue;
  dateText?: string;
  trigger: string;
  speaker?: string;
  unsure?: string;
  anaphoric: boolean;
  standing: boolean;
  office?: string;
}

const draftKey = (x: Draft) => `${x.kind}|${[...x.participants].sort().join(',')}|${x.status}`;

function compatible(a?: DateValue, b?: DateValue): boolean {
  if (!a || !b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The words before a capital that make it a place: "in London", "from Beijing", "at … in Vienna". */
const CAPITAL_AS_PLACE = /\b(?:in|from|at|near|to|via|outside|inside|around|between)\s+$/i;

function finish(ctx: Ctx, sentences: Sentence[], ignored: Array<{ zone: string; text: string }>): Extraction {
  const { text, article } = ctx;
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft[]>();
  const paragraphAt = (at: number) => sentenceAt(sentences, at)?.paragraph;
  for (const r of ctx.raw.sort((a, b) => a.start - b.start)) {
    const hits = (r as RawRelation & { dates?: DateHit[] }).dates ?? [];
    const spanStart = hits.some((h) => h.role === 'until') ? lastDayBefore(ctx, r.start) : undefined;
    const { date, dateText } = r.kind === 'role' ? {} : combineDates(yearForStatus(hits, r.status, article.published), spanStart);
    const d: Draft = {
      kind: r.kind,
      participants: r.participants,
      directed: r.directed,
      ...(r.actors ? { actors: r.actors } : {}),
      status: r.status,
      evidence: [{ start: r.start, end: r.end, speaker: r.clause.speaker ?? attributedSource(ctx, r.clause.sentence) }],
      zone: r.clause.sentence.zone,
      date,
      dateText,
      trigger: r.trigger,
      speaker: r.clause.speaker ?? attributedSource(ctx, r.clause.sentence),
      unsure: r.unsure,
      anaphoric: !!r.referringBack || /\b(such|the same)\b/i.test(text.slice(r.start, r.end)),
      standing: !!r.standing || r.kind === 'role',
      ...(r.office ? { office: r.office } : {}),
    };
    const k = draftKey(d);
    // "China denounced the summit" and "the three opposed China's behaviour": one key, two acts in opposite directions.
    const actingSide = (x: Draft) => (x.directed ? [...x.participants.slice(0, x.actors ?? 1)].sort().join(',') : '');
    const same = (byKey.get(k) ?? []).filter((x) => compatible(x.date, d.date) && actingSide(x) === actingSide(d));
    // "Poland, which shut its border with Belarus": the relative clause and its sentence read the same act twice, in overlapping words.
    const overlapping = (x: Draft) => x.evidence.some((e) => e.start < d.evidence[0].end && d.evidence[0].start < e.end);
    const target =
      same.find((x) => x.zone !== 'caption' && (x.zone === 'title' || x.zone === 'lead') && d.zone !== 'caption') ??
      (byKey.get(k) ?? []).find((x) => x.zone === d.zone && compatible(x.date, d.date) && overlapping(x) && (actingSide(x) === actingSide(d) || !x.directed || !d.directed)) ??
      (d.anaphoric || d.standing ? same.find((x) => x.zone !== 'caption' && d.zone !== 'caption') : undefined) ??
      // "X and Y met in Almaty on Friday … The ministers agreed to continue negotiations": an undated act in the paragraph of a dated one is that act.
      (!d.date ? same.find((x) => x.date && x.zone === d.zone && paragraphAt(x.evidence[0].start) === paragraphAt(d.evidence[0].start)) : undefined);
    if (target) {
      if (!target.evidence.some((e) => e.start === d.evidence[0].start)) target.evidence.push(d.evidence[0]);
      // The directed reading says more ("Poland shut its border with Belarus" is Poland's act).
      if (d.directed && !target.directed) {
        target.directed = true;
        target.participants = d.participants;
        if (d.actors) target.actors = d.actors;
      }
      if (target.zone === 'title' || target.zone === 'lead') {
        target.zone = d.zone;
        target.date = target.date ?? d.date;
        target.dateText = target.dateText ?? d.dateText;
      }
      continue;
    }
    drafts.push(d);
    byKey.set(k, [...(byKey.get(k) ?? []), d]);
  }

  foldIntoBody(drafts);
  const usedEntities = new Set<string>();
  // Headlines and captions restate or illustrate the reporting: they add quotes to relations the body states, never relations of their own.
  const relations: Relation[] = drafts.filter((d) => d.zone !== 'title' && d.zone !== 'caption').map((d) => {
    // Body evidence first: it carries the facts the headline and lead summarize.
    const evidence = [...d.evidence].sort((a, b) => rank(ctx, sentences, a.start) - rank(ctx, sentences, b.start) || a.start - b.start);
    const ev = evidence.map((e) => {
      const quote = { article: article.id, start: e.start, end: e.end, quote: text.slice(e.start, e.end) };
      if (!e.speaker || !ctx.entities.has(e.speaker) || d.participants.length === 0) return quote;
      usedEntities.add(e.speaker);
      return { ...quote, speaker: e.speaker };
    });
    d.participants.forEach((p) => usedEntities.add(p));
    const notes: string[] = [];
    if (d.zone === 'caption') notes.push('From a photo caption; the body of the article may date or describe the event differently.');
    const relation: Relation = {
      id: relationId(article.id, d.kind, d.participants, evidence[0]),
      kind: d.kind,
      participants: d.participants,
      directed: d.directed,
      ...(d.actors ? { actors: d.actors } : {}),
      status: d.status,
      ...(d.date ? { date: d.date } : {}),
      ...(d.dateText ? { dateText: d.dateText } : {}),
      summary: summarize(ctx, d),
      evidence: ev,
      origin: 'extracted',
      ...(notes.length ? { notes } : {}),
      ...(d.unsure ? { confidence: 0.6 } : { confidence: d.status === 'reported' && !d.standing ? 0.8 : 0.75 }),
    };
    return relation;
  });

  const entities: Entity[] = [];
  const lex = lexicon();
  // A country named only by its capital as a place, and in no relation, is where the story passes through ("a fellow at the
  // Royal United Services Institute in London", "flew in from Beijing"), not a country of the story: it is no entity unless
  // another one belongs to it. (A capital that acts, "Minsk agreed", still names its government.)
  const asAPlace = (m: Mention) => namedByCapital(text, m) && CAPITAL_AS_PLACE.test(text.slice(Math.max(0, m.start - 12), m.start));
  // (One pass over the mentions: a long text has tens of thousands.)
  const namedOtherwise = new Set(ctx.mentions.filter((m) => !asAPlace(m)).map((m) => m.entity));
  const onlyByItsCapital = (id: string) => ctx.entities.get(id)?.kind === 'country' && !usedEntities.has(id) && !namedOtherwise.has(id);
  // A state's ministry in no relation spoke or acted only for its state (ministriesActForTheirCountries): the state is the entity.
  const ministryOnlyForItsState = (id: string) => {
    const e = ctx.entities.get(id);
    return e?.kind === 'organization' && !!e.country && MINISTRY_NAME.test(e.name) && !usedEntities.has(id);
  };
  const named = [...new Set(ctx.mentions.map((m) => m.entity))];
  const mentioned = new Set(named.filter((id) => !onlyByItsCapital(id) && !ministryOnlyForItsState(id)));
  // (The state a dropped ministry is of stays named: "Iran's foreign ministry said …" names Iran.)
  const include = new Set([...mentioned, ...usedEntities, ...named.filter(ministryOnlyForItsState).map((id) => ctx.entities.get(id)!.country!)]);
  for (const id of [...include]) {
    const c = ctx.entities.get(id)?.country;
    if (c) include.add(c);
  }
  for (const id of include) {
    let e = ctx.entities.get(id);
    if (!e) {
      const l = lex.entries.get(id);
      if (!l) continue;
      e = { id, kind: l.kind, name: l.name, aliases: new Set(), offices: new Set(), firstAt: text.length, country: l.kind === 'country' ? undefined : l.country };
    }
    entities.push({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: [...e.aliases].filter((a) => a !== e!.name).sort(),
      ...(e.kind !== 'country' && e.kind !== 'bloc' && e.country !== undefined ? { country: sovereignOf(e.country) } : {}),
      ...(e.offices.size ? { offices: [...e.offices] } : {}),
      ...(e.description ? { description: e.description } : {}),
      // Review asks about it: "Is “X” a person?"
      // (A title found later in the text — an office — settles the doubt.)
      ...(e.unsure && !e.offices.size ? { confidence: 0.6 } : {}),
    });
  }
  // Countries, then blocs, people, organizations and places, each in order of first mention.
  const KIND_ORDER = ['country', 'bloc', 'person', 'organization', 'place'];
  entities.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (ctx.entities.get(a.id)?.firstAt ?? 1e9) - (ctx.entities.get(b.id)?.firstAt ?? 1e9) ||
      a.id.localeCompare(b.id),
  );

  const byKind: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  for (const r of relations) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  }
  const unsure = drafts.filter((d) => d.unsure).map((d) => `${d.kind} ${d.participants.join(' + ')}: ${d.unsure}`);
  for (const e of entities) {
    if (e.kind === 'person' && !ctx.entities.get(e.id)?.country) unsure.push(`person ${e.name}: country not stated`);
  }
  return {
    entities,
    relations,
    report: { article: article.id, entities: entities.length, relations: relations.length, byKind, byStatus, dates: ctx.dates, ignored, unsure },
  };
}

/**
 * A caption or headline that restates a relation of the body lends it its quote, never its
 * date: a caption dates a photo, and the body may date the event otherwise.
 */
function foldIntoBody(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.zone !== 'caption' && d.zone !== 'title') continue;
    const body = drafts.find((x) => x.zone !== 'caption' && x.zone !== 'title' && draftKey(x) === draftKey(d) && compatible(x.date, d.date));
    if (!body) continue;
    for (const e of d.evidence) if (!body.evidence.some((b) => b.start === e.start)) body.evidence.push(e);
  }
}

function lastDayBefore(ctx: Ctx, at: number): string | undefined {
  const sentence = sentenceAt(ctx.sentences, at);
  const before = ctx.dayPoints.filter((p) => p.at < (sentence?.start ?? at));
  return before[before.length - 1]?.value;
}

/** "…, according to the Korean Central News Agency (KCNA)": the source of the sentence's claims. */
function attributedSource(ctx: Ctx, s: Sentence): string | undefined {
  // "according to X"; in captions "photo provided (by) X", "courtesy of X".
  const at = ctx.text.slice(s.start, s.end).search(/\b(?:according to|provided(?: by)?|courtesy of)\s/i);
  if (at < 0) return undefined;
  return mentionsIn(ctx, s.start + at + 1, s.end).find((m) => m.start - (s.start + at) <= 20)?.entity;
}

function rank(_ctx: Ctx, sentences: Sentence[], at: number): number {
  const s = sentenceAt(sentences, at);
  return s?.zone === 'body' ? 0 : s?.zone === 'lead' ? 1 : s?.zone === 'caption' ? 2 : 3;
}

const NOUN: Record<Exclude<RelationKind, 'role'>, string> = {
  meeting: 'A meeting',
  cooperation: 'Cooperation',
  alliance: 'An alliance',
  support: 'Support',
  conflict: 'Conflict',
};
const STATUS_PHRASE: Record<Status, string> = {
  reported: 'is reported',
  intent: 'is intended',
  proposed: 'was proposed',
  forecast: 'is forecast',
  denied: 'is denied',
};

/** One plain sentence, worded by status so that intentions, proposals and forecasts never read as facts. */
function summarize(ctx: Ctx, d: Draft): string {
  const text = summaryText(ctx, d);
  // "The United States, Japan and South Korea met."
  return text.startsWith('the ') ? `T${text.slice(1)}` : text;
}

/** Last words of names English writes with "the": "the United States", "the European Union", "the Chinese foreign ministry". */
const THE_BY_LAST_WORD = /\s(?:states|kingdom|republic|emirates|islands|federation|union|nations|community|organi[sz]ation|council|ministry|department|agency|commission|committee|court|fund|bank|army|navy|forces|force|party|assembly|parliament|service|office|command|corps|guard|administration|secretariat|tribunal|institute|centre|center|alliance|bloc|conference|forum|group|movement|front|authority|society|association|exchange|company|plant|works|complex|region|province|oblast|krai|peninsula|sea|strait|gulf|church|patriarchate)$/i;

/** A party's name as a summary writes it: "the United States", "the Philippines", "Chile", "Kim Jong Un". */
function nameInSummary(ctx: Ctx, id: string): string {
  const e = ctx.entities.get(id);
  const name = e?.name ?? lexicon().entries.get(id)?.name ?? id;
  const kind = e?.kind ?? lexicon().entries.get(id)?.kind;
  if (kind === 'person' || /^the\s/i.test(name)) return name;
  return NAMES_WITH_THE.has(name) || THE_BY_LAST_WORD.test(name) ? `the ${name}` : name;
}

function summaryText(ctx: Ctx, d: Draft): string {
  const names = d.participants.map((p) => nameInSummary(ctx, p));
  const list = (xs: string[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  const cue = ` (“${d.trigger}”)`;
  if (d.kind === 'role') {
    const person = ctx.entities.get(d.participants[0]);
    // The office the sentence gave for this body (an appointment, "chairs"); else the person's title.
    const target = ctx.entities.get(d.participants[1]);
    // "Paul Kagame of Rwanda" says whose he is, not what office he holds.
    if (!d.office && !person?.offices.size && d.trigger === 'of') return `${names[0]}, of ${names[1]}.`;
    // "a foreign ministry spokeswoman at Chinese foreign ministry", "State Department spokesperson at the State Department":
    // the body is said once.
    const named = d.office ?? (person?.offices.size ? [...person.offices][0] : 'office holder');
    const bodyForms = target?.kind === 'organization' || target?.kind === 'bloc' ? [target.name, ...target.aliases, /\b((?:[a-z]+\s+)?ministry)$/i.exec(target.name)?.[1] ?? ''] : [];
    const said = bodyForms.filter((f) => f && named.toLowerCase().startsWith(`${f.toLowerCase()} `)).sort((a, b) => b.length - a.length)[0];
    const office = said ? named.slice(said.length + 1) : named;
    // One holder only ("the president of the ECOWAS Commission"), or one of several ("a spokesperson at the State Department").
    const sole = /^(?:leader|head|chief|chair(?:man|woman|person)?|president|prime minister|premier|secretary[- ]general|director[- ]general|director|speaker|governor|mayor)\b|\s(?:leader|head|chief)$/.test(office);
    const worded = sole ? `the ${office}` : /^[a-z]/.test(office) ? `${/^[aeiou]/.test(office) ? 'an' : 'a'} ${office}` : office;
    return `${names[0]} is ${worded} ${target?.kind === 'organization' && !sole ? 'at' : 'of'} ${names[1]}.`;
  }
  const n = d.directed ? d.actors ?? 1 : 0;
  const between = d.directed ? `by ${list(names.slice(0, n))} ${d.kind === 'support' ? 'for' : d.kind === 'conflict' ? 'against' : 'with'} ${list(names.slice(n))}` : `between ${list(names)}`;
  if (d.kind === 'meeting' && d.status === 'reported') return `${list(names)} met.`;
  if (d.status === 'reported') return `${NOUN[d.kind]} ${between}${cue}.`;
  return `${NOUN[d.kind]} ${between} ${STATUS_PHRASE[d.status]}${cue}.`;
}

/** "A Belarusian (government) delegation held talks": the country whose delegation or officials are the subject. */
function delegationCountry(ctx: Ctx, text: string, actors: Mention[], t: Trigger): string | undefined {
  const before = actors.filter((m) => m.end <= t.start && m.kind === 'country');
  const d = before.find((m) => m.demonym && DELEGATION_AFTER.test(text.slice(m.end, t.start)));
  return d ? countryOf(ctx, d.entity) ?? d.entity : undefined;
}
/** "… foreign minister on Monday", "… counterpart.": an office holder the text does not name (a name after it is a person). */
const UNNAMED_OFFICE_OBJECT = /^(?:['’]s)?\s+(?:(?:visiting|new|acting|interim)\s+)?(?:(?:foreign|defen[cs]e|interior|trade|finance|economy|energy|prime|deputy|vice|education|health|agriculture|fisheries|transport|justice|culture|environment|water|mining|labour|labor|science)\s+){0,2}(?:minister|president|premier|counterpart|ambassador|envoy|leader|chancellor|king|emir|secretary)(?!\s*,?\s+\p{Lu}|-)\b/u;
/** "… will not attend the bloc's", "skipped the", "boycotted a": the words before a summit its attendee goes to (or not). */
const ATTENDED_BEFORE = /\b(?:attend(?:s|ed|ing)?|skip(?:s|ped|ping)?|boycott(?:s|ed|ing)?|miss(?:es|ed|ing)?|take\s+part\s+in|took\s+part\s+in|taking\s+part\s+in|participat(?:e|es|ed|ing)\s+in)\s+(?:(?:the|a|an|its|their|this|next|last|any)\s+)?(?:[\w'’.-]+\s+){0,3}$/i;
/** A group of a government's people as the object of a meeting verb: "(a North Korean) delegation", "(Russian) officials". */
const DELEGATION_OBJECT = /^\s+(?:(?:government|military|parliamentary|trade|business|defence|defense|security)\s+)?(?:delegation|delegations|officials|negotiators|envoys|diplomats|team)\b/;
const DELEGATION_AFTER = /^\s+(?:[a-z-]+\s+){0,2}(?:delegation|delegations|officials|diplomats|negotiators|team)\s+(?:[a-z]+\s+){0,2}$/;

/**
 * The host of a meeting abroad: the one country named by "in <country or capital>" right after
 * the cue, when it is not the visitors' own ("held talks in Pyongyang on Tuesday").
 */
function hostAbroad(ctx: Ctx, c: Clause, t: Trigger, visitor: string | undefined): string[] | undefined {
  if (!visitor) return undefined;
  const place = mentionsIn(ctx, t.end, c.end).find((m) => /^\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?$/.test(ctx.text.slice(t.end, m.start)) && !/[,;]/.test(ctx.text.slice(t.end, m.start)));
  const host = place && !place.demonym && !SEATS_OF_INTERNATIONAL_BODIES.has(ctx.text.slice(place.start, place.end)) ? countryOf(ctx, place.entity) : undefined;
  return host && host !== visitor && ctx.entities.get(host)?.kind === 'country' ? [visitor, host] : undefined;
}

/** "which Algiers ", "whom Moscow ": a relative pronoun whose clause has its own subject (the head is its object). */
const OBJECT_RELATIVE = /\b(?:which|whom)\s+$/;

/** Words said, whose subject is a thing right before a transfer verb: "saying the line ", "noting that the deal ". */
const THING_SAID_TO_GIVE = /\b(?:saying|said|says|noting|arguing|warning|adding|claiming)\s+(?:that\s+)?(?:the|this|that|its|their|such\s+an?|an?)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:(?:would|will|could|can|may|might|also|now|already)\s+)?$/;
/** The victims after "killed" or "captured", up to their noun: "two Peruvian fishermen", "scores of Kenyan police officers". */
const VICTIMS_AFTER = new RegExp(`^\\s+(?:[\\w,'’-]+\\s+){0,6}?${VICTIM_NOUNS}\\b`, 'i');
/** What a transfer sends, when it is fighters sent to help a side: "thousands of soldiers to help", "troops to fight for". */
const TROOPS_TO_HELP = /^\s+(?:[\w,.-]+\s+){0,4}?(?:troops|soldiers|fighters|servicemen|forces|units|mercenaries|(?:military\s+)?(?:advisers|advisors|instructors|engineers|sappers))\s+(?:[\w-]+\s+){0,3}?to\s+(?:help|aid|assist|support|back|bolster|reinforce|fight\s+(?:for|alongside|beside|with))\b/i;
/** A country's office holder or people right after its possessive or demonym: "Peru's foreign minister", "Chilean officials", "her Chilean counterpart". */
const OFFICE_AFTER_COUNTRY = /^(?:['’]s?)?\s+(?:(?:top|chief|senior|deputy|vice|first|prime|foreign|defen[cs]e|trade|interior|finance|economy|energy|transport|security|military|government)\s+){0,3}(?:ministers?|presidents?|premiers?|chancellors?|leaders?|kings?|emirs?|envoys?|ambassadors?|officials|diplomats|delegation|delegates|counterparts?|colleagues?|negotiators|heads?\s+of\s+state|secretary|authorities|government|governments|cabinets?|lawmakers|legislators|parliamentarians|speakers?|mayors?|governors?)\b/i;
const isOfficeSide = (text: string, m: Mention) => m.kind === 'country' && (m.demonym || m.possessive) && OFFICE_AFTER_COUNTRY.test(text.slice(m.end, m.end + 60));

/**
 * The two countries whose unnamed office holders meet: one named before the cue and one right after it ("Peru's foreign
 * minister met her Chilean counterpart"), or two coordinated before it ("Chilean and Peruvian officials met").
 */
function officeSidesMeeting(text: string, t: Trigger, before: Mention[], after: Mention[]): string[] | undefined {
  const last = before[before.length - 1];
  // ("Chile hosted Peru's president": a government hosts, receives or welcomes another's office holder itself.)
  const hostingGovernment = !!last && /^(?:received|receives|receive|hosted|hosts|host|welcomed|welcomes|welcome)$/i.test(t.text) && last.kind === 'country' && !last.demonym && !last.possessive && /^\s+(?:(?:is|are|was|were|will|would|has|have|had|also|due|set|to|again)\s+)*$/i.test(text.slice(last.end, t.start));
  if (!last || (!hostingGovernment && (!isOfficeSide(text, last) || !/^(?:['’]s?)?\s+[^.;:,]*$/.test(text.slice(last.end, t.start))))) return undefined;
  const prev = before[before.length - 2];
  // ("Chilean and Peruvian officials met": two demonyms joined by "and" before the people.)
  if (prev && prev.kind === 'country' && prev.demonym && /^\s+and\s+$/.test(text.slice(prev.end, last.start)) && prev.entity !== last.entity) return [prev.entity, last.entity];
  const other = after.find((m) => isOfficeSide(text, m) && /^\s+(?:with\s+)?(?:(?:his|her|their|its|the)\s+)?$/i.test(text.slice(t.end, m.start)));
  return other && other.entity !== last.entity ? [last.entity, other.entity] : undefined;
}

/** A reporter's question in a sentence: "Asked whether …", "A reporter asked whether …", "He was asked if …". */
const REPORTERS_QUESTION = /(?:^\W*|\b(?:when|after\s+being|on\s+being)\s+)asked\s+(?:\w+\s+){0,3}?(?:whether|if)\b|\b(?:reporters?|journalists?|correspondents?|interviewers?|listeners?)\s+(?:also\s+|later\s+)?asked\s+(?:\w+\s+){0,2}?(?:whether|if)\b|\b(?:was|were)\s+(?:also\s+|later\s+)?asked\s+(?:whether|if)\b/i;

/** Where a reporter's question runs in the clause's sentence: from "asked" to the first comma after it, or the sentence's end. */
function reportersQuestion(ctx: Ctx, c: Clause): { start: number; end: number } | undefined {
  const sentence = ctx.text.slice(c.sentence.start, c.sentence.end);
  if (!/\basked\b/i.test(sentence)) return undefined;
  const m = REPORTERS_QUESTION.exec(sentence);
  if (!m) return undefined;
  const start = c.sentence.start + m.index;
  const comma = sentence.indexOf(', ', m.index + m[0].length);
  // (An answer that says yes makes the question's act the answer's: "Asked whether Moscow would help …, Putin answered:
  // 'That's why we came here'".)
  if (comma >= 0 && AFFIRMATIVE_ANSWER.test(ctx.text.slice(c.sentence.start + comma, c.sentence.end + 80))) return undefined;
  return { start, end: comma < 0 ? c.sentence.end : c.sentence.start + comma };
}
const AFFIRMATIVE_ANSWER = /\b(?:yes|of\s+course|certainly|absolutely|definitely|that['’]s\s+(?:why|what)|exactly|naturally)\b/i;

/** A sentence that opens a question on a wh-word ("What ties bind the two?", "Why did Minsk sign?"). */
const WH_QUESTION = /^\W*(?:what|which|why|how|who|whom|whose|where|when)\b/i;
/** A clause that opens a yes-no question: an auxiliary before its subject ("Can Morocco and Algeria …", "Will the truce hold"). */
const YES_NO_QUESTION = /^(?:[^,;:?]*[,;:]\s+)*(?:can|could|will|would|should|shall|may|might|must|is|are|was|were|do|does|did|has|have|had)\s+(?!not\b|n['’]t\b)(?:the\s+)?\p{Lu}/iu;
/** The matter discussed and the "with" after it ('discussed the case with'), up to six words: what follows is the other side. */
const DISCUSSED_WITH = /^\s+(?:(?!with\b)[\w'’-]+\s+){0,6}?with\s+/i;
/** A demonym before the people or an office of a side: "Russian officials", "the Ugandan delegation", "his Chilean counterpart". */
const isSideByDemonym = (text: string, m: Mention) => m.demonym && isOfficeSide(text, m);
/** A side a meeting can be held with, named after "with": a state, a bloc or a body (an armed group, a ministry), not a demonym. */
const isMeetingSide = (m: Mention) => (m.kind === 'country' || m.kind === 'bloc' || m.kind === 'organization') && !m.demonym;

/** Cues of meeting a party named after them ("held talks with Japan", "would never sit down with the United States"). */
const MEETING_WITH = 'met|meet|meets|h(?:old|olds|eld|olding)\\s+(?:[\\w-]+\\s+){0,2}talks|talks|negotiations|consultations|(?:sit|sits|sat|sitting) down(?: with)?|(?:sit|sits|sat|sitting) at the same table(?: (?:as|with))?|negotiat(?:e|es|ed|ing)(?:\\s+[a-z]+ly)?\\s+with|sp(?:oke|eak|eaks|eaking|oken)(?:\\s+[a-z]+ly)?(?:\\s+by\\s+(?:tele)?phone)?(?:\\s+(?:with|to))?|talk(?:s|ed|ing)?\\s+with';
const MEETS_WITH = new RegExp(`^(?:${MEETING_WITH})(?:\\s+with)?$`, 'i');
/** The same, and a summit or meeting, for governments meeting when no person is named ("Mali, Niger and Chad held talks"). */
// ("held the first session of their joint commission": the two governments sat together.)
// ("returned to the negotiating table": the two sides sit together again.)
const GOVERNMENTS_MEET = new RegExp(`^(?:${MEETING_WITH}|(?:tele)?phoned|summit|meeting|h(?:old|olds|eld|olding)\\s+(?:[\\w-]+\\s+){1,3}(?:session|sitting)s?|(?:open|clos|conclud|wrap)[a-z]*(?:\\s+up)?\\s+(?:[\\w-]+\\s+){1,3}(?:session|sitting|round\\s+of\\s+talks)\\s+of|[a-z]+(?:\\s+back)?\\s+(?:[\\w'’.-]+\\s+){0,3}?to\\s+the\\s+(?:negotiating\\s+)?table)(?:\\s+with)?$`, 'i');

/** "… will likely hold", "would probably last": what a forecast says of a pact's life. */
const PACT_HOLDS = /^\s+(?:(?:will|would|could|may|might|should|can|is|was|are)\s+)?(?:(?:likely|unlikely|probably|still|not|only|largely)\s+)*(?:(?:to|be\s+able\s+to)\s+)?(?:hold|holds|last|lasts|survive|survives|stick|sticks|endure|endures|collapse|collapses|break\s+down|unravel)\b/i;
/** Between a subject and its dispute noun: "is at", "remains locked in a", "has a long", "went to". */
const SUBJECT_OWNS_DISPUTE = /^\s+(?:(?:does|do|did)\s+not\s+want\s+(?:a\s+|an\s+)?|(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+(?:(?:still|now|already|effectively|technically|locked|embroiled|mired|not|never)\s+)*(?:at|in)\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+)?|(?:has|have|had)\s+(?:(?:long|also)\s+)?(?:a|an|its|their)\s+(?:[\w-]+\s+)?|(?:went|go|goes|going|gone)\s+to\s+)$/i;
/** Before a cue: a quotation opened after "as", "called", "described … as" or "branded", not closed before the cue. */
const DESCRIBED_AS_QUOTE = /\b(?:as|call(?:s|ed|ing)?\s+(?:it|them|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)|brand(?:s|ed|ing)?\s+(?:it|the\s+[\w-]+))\s+["“][^"”]*$/i;
/** "called on Vietnam and China to …", "urged Kinshasa and Kigali to …": a demand put to two or more parties, up to the cue after "to". */
const URGED_PARTIES = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|encourag(?:e|es|ed|ing))\s+((?:the\s+)?[^,;.:"“”()]{1,80}?\s+and\s+[^,;.:"“”()]{1,60}?)(\s+to\s+(?:[\w-]+\s+){0,4})$/i;
/** "urged A and B to halt their …", "demanded that A stop its …": the demand, whose addressees stand between its verb and the verb of stopping. */
const URGED_TO_HALT = /\b(urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|demand(?:s|ed|ing)?\s+that)\s+[^,;.]{1,80}?\s+(?:to\s+)?(?:halt|stop|end|cease|suspend|abandon|break\s+off|curb)\s+(?:(?:their|its|the|all|any|such)\s+)?(?:["“”'‘’\w-]+\s+){0,3}$/i;

/** "the agreement", "this deal", "the new truce": a pact named again. */
const REFERENCE_BACK = /(?:^|[^\w'’-])(?:the|this|that)\s+(?:(?:new|latest|landmark|historic|proposed|draft|peace|trade|security|border|defence|defense|ceasefire|bilateral|[\w.]+-(?:brokered|mediated))\s+){0,2}$/i;
/** What is done to a pact named again, and makes it a relation of the clause: signing, reaching, ratifying, brokering it. */
const PACT_ACT_BEFORE = /\b(?:sign(?:s|ed|ing)?|agree(?:s|d)?(?:\s+on)?|reach(?:es|ed|ing)?|conclud(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|initial(?:l?ed|l?ing|s)?|str(?:ike|uck|iking)|finali[sz](?:e|es|ed|ing)|broker(?:s|ed|ing)?|negotiat(?:e|es|ed|ing)|implement(?:s|ed|ing)?|join(?:s|ed|ing)?|renew(?:s|ed|ing)?|extend(?:s|ed|ing)?|revive[sd]?|reviving|under|committed\s+to|commitment\s+to|abide\s+by|compl(?:y|ies|ied)\s+with|adhere\s+to|uph(?:o|e)ld|honou?r(?:s|ed)?|respect(?:s|ed)?|accept(?:s|ed)?|support(?:s|ed)?|back(?:s|ed)?|endors(?:e|es|ed)|approv(?:e|es|ed))\s+(?:the|this|that)\s+(?:[\w.-]+\s+){0,2}$/i;
const PACT_ACT_AFTER = /^\s+(?:was|were|has\s+been|had\s+been|is|will\s+be|would\s+be)\s+(?:\w+ly\s+)?(?:signed|agreed|reached|concluded|ratified|initial(?:l)?ed|struck|finali[sz]ed|brokered|negotiated)\b|^\s+(?:signed|reached|concluded|agreed|struck|brokered)\b|^,\s+whose\s+(?:text|terms|wording|draft)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:signed|agreed|finali[sz]ed|initial(?:l)?ed|negotiated|drafted)\b/i;
/** Pact nouns a third party can welcome. */
const PACT_NOUN_CUE = /^(?:agreement|deal|accord|truce|ceasefire|peace deal|treaty|treaties|memorandum(?: of understanding)?)s?$/i;
const WELCOMED_BEFORE = /\b(?:welcom(?:e|es|ed|ing)|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|salut(?:e|es|ed|ing))["”]?\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * The parties of "the agreement" a later sentence welcomes: the story's own, the first agreement,
 * deal or truce reported in the article (wire copy opens on it), not the latest side deal.
 */
function partiesOfStoryPact(ctx: Ctx, c: Clause): string[] {
  const story = (r: RawRelation) => inStoryText(r.clause.sentence);
  // ("signed a trade agreement" is coded once, from its first cue "trade": the pact noun may stand in the quote only.)
  const pact = ctx.raw.find((r) => r.start < c.start && story(r) && (r.kind === 'cooperation' || r.kind === 'alliance') && r.status === 'reported' && (PACT_TRIGGER.test(r.trigger) || PACT_IN_QUOTE.test(ctx.text.slice(r.start, r.end))));
  return pact?.participants ?? [];
}
/** "… the protocol", "over this deal": a pact named again right after a cue. */
const PACT_NAMED_AGAIN_AFTER = /^["”]?\s*(?:(?:over|about|at|of)\s+)?(?:the|this|that)\s+(?:(?:new|latest|security|military|defen[cs]e|trade|border|bilateral)\s+){0,2}(protocol|agreement|deal|accord|pact|treaty|memorandum|plan)\b/i;
const PACT_TRIGGER = /agree|sign|deal|accord|truce|ceasefire|treat|pact|peace/i;
const PACT_IN_QUOTE = /\b(?:agreements?|deals?|accords?|truces?|ceasefires?|treat(?:y|ies)|pacts?)\b/i;

/** The reported words open on the speaker as "he" or "she", then the verb ("that he had telephoned"). */
// (Also in the speaker's adjunct: "Shoigu told reporters after he was received by Kim".)
const SPEAKER_PRONOUN = /^\s*(?:(?:reporters|journalists)\s+)?(?:(?:after|before|when|once|while)\s+)?(?:(?:on|last|this|earlier|late)\s+\w+\s+)?(?:that\s+)?(?:he|she)\s+(?:(?:had|has|have|would|will|also|then|later|again|was|were|been)\s+){0,3}$/i;
