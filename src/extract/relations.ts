/**
 * Event coding: verb and noun patterns in a clause, coded into the six relation kinds,
 * with a status from cue words and participants from the actors of the clause.
 *
 * The unit is the clause: sentences are cut at semicolons, at reported-speech verbs
 * ("X said that …": X is the speaker, the rest is what was said) and before participial
 * or coordinated verb phrases, whose missing subject is carried over from the sentence.
 */
import type { RelationKind, Status } from '../model/schema';
import type { EntityDraft, Mention } from './mentions';
import type { Sentence } from './text';
import { cueMatches, inIdiom, statusCues, type TriggerMode } from './cues';
import { execAll } from './regex';

export interface Clause {
  start: number;
  end: number;
  sentence: Sentence;
  /** Speaker of reported speech, when the clause is what someone said. */
  speaker?: string;
  /** Words that introduced the speech ("suggested that"), whose cue applies to the clause. */
  speechVerb?: string;
  /** Addressee of "told X that …". */
  addressee?: string;
  /** "told his Pakistani counterpart, X, …": the span from "told" to the counterpart's name (one official speaking to another). */
  toldCounterpart?: { start: number; end: number };
  /** Part of an interview's answer: the speaker is the interviewee, whom the answer itself does not name. */
  answer?: boolean;
  /** Subject carried over from an earlier clause of the sentence. */
  inherited?: Mention[];
  /** For a relative clause ("…, who seized power, hosted …") and the rest of its main clause: the span of the noun phrase it describes. */
  head?: { start: number; end: number };
  /** The rest of a main clause after a relative clause: its subject is the head clause's subject, not the noun "who"/"which" follows. */
  rest?: boolean;
}

export interface RawRelation {
  kind: RelationKind;
  participants: string[];
  directed: boolean;
  /** Leading participants that are the acting side of a directed relation (default one). */
  actors?: number;
  status: Status;
  clause: Clause;
  /** Span the quote covers. */
  start: number;
  end: number;
  trigger: string;
  /** Why the extractor is unsure, for the report. */
  unsure?: string;
  /** Its participants are a group named before ("the two sides", "the ministers"): a restatement of what was reported of them. */
  referringBack?: boolean;
  /** A noun phrase stating a standing fact ("Russia's invasion of Ukraine"): status cues don't apply. */
  standing?: boolean;
  /** For a role a verb gave ("re-elected … as chairman", "chairs"): the office it says, for the summary. */
  office?: string;
}

/** A sanctions list by its names ("its sanctions list", "the blacklist"): what a body adds a party to. */
const SANCTIONS_LIST = String.raw`(?:sanctions?\s+list|blacklist|black\s+list)`;
const SPEECH = new RegExp(String.raw`\b(said|says|say|told|wrote(?!\s+off\b)|posted|tweeted|complained|protested|objected|added(?!\s+[^.;,"“”]{1,80}?\b(?:to|on)\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?${SANCTIONS_LIST}\b)|adding|emphasized|emphasised|stressed|noted|mentioned|suggested|proposed|vowed|pledged|claimed|(?:alleged|charged)(?=\s+(?:(?:on|late\s+on|early\s+on|last|in)\s+\w+\s+)?that\b)|insisted|insists|(?:replied|answered)(?!\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+|(?:swiftly|quickly|promptly|later|within\s+hours)\s+)?by\s+[a-z]+ing\b)|believed|announced|reported|stated|argued|believes)\b(?:\s+(?:repeatedly|again|publicly|previously|often|recently|earlier|twice|privately|openly)\b)?(?:\s+(that)\b)?|\b(repeated|reiterated|confirmed|acknowledged|declared|affirmed|maintained|asserted|conceded|explained)\s+(?:(?:on|late on|early on)\s+[A-Z]\w+\s+)?(that)\b`, 'g');

/** The state body a demonym or a country's name can head when it speaks ("the Chilean army said", "Mali's transitional government said"). */
const STATE_BODY_AFTER_DEMONYM = /^(?:['’]s?)?\s+(?:(?:transitional|interim|military|new|federal|national|central)\s+)?(?:army|navy|military|armed forces|air force|coast guard|government|authorities|officials?|diplomats?|police|border guards?|border service)\b/;

/**
 * After "proposed" or "suggested": a noun phrase for the thing proposed ("cooperation with Chile", "a joint venture",
 * "closer ties"), not a clause reported without "that" ("the two sides should meet", "Chile could help").
 */
function proposesThing(after: string): boolean {
  const phrase = /^\s+([^,.;:"“”]*)/.exec(after)?.[1] ?? '';
  return /^(?!it\b|they\b|he\b|she\b|we\b)[a-z]/.test(phrase) && !/\b(?:that|could|would|should|might|may|will|can|must|shall|was|were|is|are|be|had|has|have|do|does|did)\b/.test(phrase);
}

/** Cuts a sentence into clauses; reported speech becomes its own clause with a speaker. */
const PASSIVE_PARTICIPLES = '(?:backed|supported|funded|financed|armed|sponsored|aided|endorsed|recognised|recognized|opposed|condemned|criticised|criticized)';
const PASSIVE_APPOSITIVE = new RegExp(`,\\s(?=${PASSIVE_PARTICIPLES}\\s+by\\b)`, 'g');
const PASSIVE_APPOSITIVE_START = new RegExp(`^,\\s*${PASSIVE_PARTICIPLES}\\s+by\\b`);
/**
 * "… will monitor the river together, under a protocol initialled in Odesa by the two prime ministers, A and B",
 * "… will re-equip the pits under an agreement that governor A and minister B concluded on Thursday":
 * the signing the act is done under is reported in its own right, by its own signers.
 */
const UNDER_SIGNED_TEXT =
  /\bunder\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:protocol|accord|agreement|deal|pact|programme|program|contract|memorandum|plan|declaration)(?=,?\s+(?:(?:signed|initial(?:l)?ed|inked|sealed)\b[^.;]{0,80}?\bby\s|(?:that|which)\s[^.;]{0,120}?\b(?:signed|initial(?:l)?ed|inked|sealed|concluded)\b))/g;

/**
 * A space before "and the|its|their … <verb>ed", after an earlier "<verb>ed" in the sentence. The
 * lookahead comes first: it fails at once at almost every position, while the lookbehind (an
 * unbounded scan back through the sentence) is tried only where it passes. Both assertions hold at
 * the same position, so the order changes no match; as written the other way round the lookbehind
 * ran at every space of every sentence (some 6% of the extraction time).
 */
const SECOND_SUBJECT = /(?=\sand (?:the|its|their) (?:[\w'’-]+\s+){0,4}?[a-z]{3,}ed\s)(?<=\b[a-z]{3,}ed\s[^;]{5,}?)\s/g;

/** After the verb of saying, an adjunct of the speaker's own ("… after hosting A and B"), maybe past the audience ("told reporters after meeting X"). */
const SPEAKER_ADJUNCT_AHEAD = /^\s*(?:(?:reporters|journalists|the\s+press|parliament|lawmakers)\s+)?(?:after|before|while|when|following|during)\s/;
/** Between a speaker's name and the verb of saying: an apposition set in commas (", the bloc's enlargement commissioner,"). */
const SPEAKER_APPOSITION_GAP = /^,\s+(?:the|a|an|its|his|her|their)\s+[^,;:"“”()]{1,80},\s*(?:(?:also|then|later|\w+ly)\s+)*$/;

export function clauses(text: string, s: Sentence, mentions: Mention[]): Clause[] {
  const body = text.slice(s.start, s.end);
  const cuts: Array<{ at: number; skip: number; speech?: { verb: string; speakerEnd: number } }> = [];
  for (const m of execAll(/,\s(?=(?:a (?:day|week|month|year)s? (?:after|before|later)|after|before|when|where|who|which)\b)/g, body)) cuts.push({ at: m.index!, skip: m[0].length });
  // "Serbia, backed by Russia, does not …": a participle phrase about the noun before it, cut like a relative clause.
  for (const m of execAll(PASSIVE_APPOSITIVE, body)) cuts.push({ at: m.index!, skip: 2 });
  // The act keeps the words "under an agreement"; the signing is read from what follows them, and only when the
  // signers are named ("by the energy ministers of the two countries" leaves the act's own parties to speak for it).
  for (const m of execAll(UNDER_SIGNED_TEXT, body)) {
    const at = m.index! + m[0].length;
    if (mentions.some((x) => x.kind === 'person' && x.start > s.start + at)) cuts.push({ at, skip: 1 });
  }
  // "A and B looked on as the two plants' chiefs exchanged the signed copies": what onlookers watched is others' act.
  for (const m of execAll(/(?<=\b(?:looked|look|looks|looking)\s+on|\bwatch(?:ed|es|ing)?|\bstood\s+by)\s(?=as\s)/g, body)) cuts.push({ at: m.index!, skip: 1 });
  // "… lodged a protest after reports that Japan had urged …": what was reported is a clause of its own, with its own status.
  for (const m of execAll(/\s(?=(?:after|following|amid|over)\s+(?:(?:media|press|news)\s+)?(?:reports?|claims?|allegations?|accusations?|revelations?|suggestions?|signs?)\s+that\b)/g, body)) cuts.push({ at: m.index!, skip: m[0].length });
  // "… applied to join the alliance in May 2022 after Russia invaded Ukraine": a subordinate clause with its own subject.
  for (const m of execAll(/\s(?=(?:after|before|since|because|until|once|although|though|whereas|while)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z])/g, body)) cuts.push({ at: m.index!, skip: m[0].length });
  // "… has no intention of joining the alliance, even though neighbouring Romania is a member": a concession with its own subject.
  for (const m of execAll(/,?\s(?=(?:even\s+though|even\s+if|although|though|whereas)\s+(?:[a-z]+\s+){1,2}\p{Lu})/gu, body)) cuts.push({ at: m.index!, skip: m[0].length });
  // "After Chile met Peru, Bolivia criticised Chile": an opening subordinate clause ends where the main clause's subject starts.
  const opening = openingSubordinateEnd(body, s, mentions);
  if (opening !== undefined) cuts.push({ at: opening, skip: 2 });
  for (const m of execAll(/;\s|,\s(?=(?:vowing|saying|while|but|as|and|a charge|an? (?:accusation|allegation|claim)|with|expelling|recalling|summoning|condemning|threatening|sanctioning|urging|warning|pledging|promising|backing|rejecting|denying)\b)|\s(?=and (?:is|was|has|had|have|are|were|will|would|invited|met|signed|accepted|thanked|called|showed|pledged|told|was|said)\b)|\s(?=and [a-z]+ed\s+(?:to|a|an|the|with|on|in|into|for|its|their|his|her|him|them)\s)/g, body)) {
    if (/^,\s+and\b/.test(m[0] + body.slice(m.index! + m[0].length, m.index! + m[0].length + 4)) && (closesSubjectApposition(s, body, m.index!, mentions) || joinsTitledPeople(s, body, m.index!, m[0].length + 4, mentions))) continue;
    cuts.push({ at: m.index!, skip: m[0].length });
  }
  // "… are not treaty allies — Portugal was among NATO's founders …": a dash before a new subject opens a clause of its own.
  for (const m of execAll(/\s[—–]\s(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:is|was|are|were|has|had|have|will|would|belongs?|[a-z]+(?:ed|s))\b|(?:but|while|whereas|although)\s)/gu, body)) cuts.push({ at: m.index!, skip: m[0].length });
  // "… initialled a treaty and the two countries' leaders granted X rights": a second subject with its own verb, after a verb of the first.
  for (const m of execAll(SECOND_SUBJECT, body)) cuts.push({ at: m.index!, skip: m[0].length });
  // ", adding that …" continues the previous speaker's words.
  for (const m of execAll(/,["”]?\s(adding)(?:\s+that)?\b/g, body)) {
    cuts.push({ at: m.index!, skip: m[0].length, speech: { verb: 'adding', speakerEnd: -1 } });
  }
  for (const m of execAll(SPEECH, body)) {
    // (A verb that reports words only with "that": "repeated that …", "confirmed on Monday that …".)
    const verb = m[1] ?? m[3];
    if (verb === 'adding') continue;
    const verbStart = m.index!;
    // "pledged to expand cooperation", "vowed to defend X": an infinitive is the subject's own act, not words reported.
    if (/^(?:vowed|pledged|proposed|suggested)$/.test(verb) && !m[2] && /^\s+to\s+(?!(?:the|a|an|his|her|their|its|reporters|journalists|[A-Z])\b)[a-z]/.test(body.slice(verbStart + m[0].length, verbStart + m[0].length + 30))) continue;
    // "proposed cooperation with Chile", "suggested a joint venture": a proposal whose object is a noun phrase, no words reported.
    if (/^(?:suggested|proposed)$/.test(verb) && !m[2] && proposesThing(body.slice(verbStart + m[0].length))) continue;
    // Skip a participle used as an adjective ("the reported talks") or "as reported".
    if (/\b(the|a|as|was|were|been)\s+$/i.test(body.slice(Math.max(0, verbStart - 6), verbStart)) && verb !== 'said') continue;
    cuts.push({ at: verbStart, skip: m[0].length, speech: { verb, speakerEnd: verbStart } });
  }
  cuts.sort((a, b) => a.at - b.at);
  const out: Clause[] = [];
  let start = 0;
  let pendingSpeech: { verb: string; speaker?: string; addressee?: string; toldCounterpart?: { start: number; end: number } } | undefined;
  let told: { start: number; end: number } | undefined;
  let lastSpeaker: string | undefined;
  const inSpan = (a: number, b: number) => mentions.filter((m) => m.start >= s.start + a && m.end <= s.start + b);
  for (const cut of cuts) {
    if (cut.at < start) continue;
    const piece: Clause = { start: s.start + start, end: s.start + cut.at, sentence: s };
    if (pendingSpeech) Object.assign(piece, { speaker: pendingSpeech.speaker, speechVerb: pendingSpeech.verb, addressee: pendingSpeech.addressee, ...(pendingSpeech.toldCounterpart ? { toldCounterpart: pendingSpeech.toldCounterpart } : {}) });
    pendingSpeech = undefined;
    let next = cut.at + cut.skip;
    // "Moscow, she said, stood …", "Minsk, the minister added, would …": an attribution set in commas inside the subject's clause.
    // (Only a subject, no verb of its own before the commas: "Russia will help, she said, and …" is two clauses.)
    const aside = cut.speech && !piece.speechVerb ? PARENTHETICAL_ATTRIBUTION.exec(body.slice(start, cut.at)) : null;
    // ("The accord, he added, was …": a subject named by "the", "this" or "that" and a noun, too.)
    if (aside && !FINITE_VERB.test(aside[1]) && /^,\s/.test(body.slice(cut.at + cut.skip)) && (inSpan(start, start + aside[1].length).length || /^\s*(?:the|this|that)\s+[\w-]+\s*$/i.test(aside[1]))) {
      // One clause from the subject on, quoted whole; the words are the speaker's.
      const speaker = inSpan(cut.at - aside[2].length, cut.at).find((m) => m.kind === 'person')?.entity;
      pendingSpeech = { verb: cut.speech!.verb, speaker };
      continue;
    }
    if (cut.speech) {
      // "The Chilean army said …", "Thai officials said …": a demonym at the head of a state body speaks for its country.
      // (Not in an attribution tail, "…, Afghan officials said", whose words name the parties themselves.)
      const bodyAfter = (m: Mention) => (m.kind === 'country' && (m.demonym || m.possessive) && !/,/.test(text.slice(s.start + start, m.start)) ? STATE_BODY_AFTER_DEMONYM.exec(text.slice(m.end, s.start + cut.at))?.[0].length : 0);
      const before = inSpan(start, cut.at).filter((m) => m.kind !== 'country' || !m.demonym || bodyAfter(m));
      const quoteBefore = /["”],?\s*$/.test(body.slice(0, cut.at)) || /^\s*["“]/.test(body.slice(start));
      const after = inSpan(cut.at + cut.skip, body.length);
      let speaker: string | undefined;
      if (quoteBefore && after.length && after[0].start - (s.start + cut.at + cut.skip) <= 2) {
        // '"…," said Hyun Seung-soo': the quote before is the speech.
        speaker = after[0].entity;
        lastSpeaker = speaker;
        piece.speaker = speaker;
        piece.speechVerb = cut.speech.verb;
        next = after[0].end - s.start;
        out.push(piece);
        start = next;
        continue;
      }
      const nearest = before[before.length - 1];
      const gap = nearest ? body.slice(nearest.end - s.start + (bodyAfter(nearest) ?? 0), cut.at) : '';
      speaker = nearest && /^(?:['’]s)?\s*(?:(?:also|has|had|have|then|later|already|again|earlier|now|once|twice|repeatedly|separately|on \w+|\w+ly)\s+)*$/.test(gap) ? nearest.entity : undefined;
      // "The minister, Anatol Barysevich, suggested …": a person named in apposition, the comma closing it before the verb.
      if (!speaker && nearest?.kind === 'person' && /^,\s+(?:(?:also|then|later|again|\w+ly)\s+)?$/.test(gap) && /,\s*$/.test(body.slice(Math.max(0, nearest.start - s.start - 2), nearest.start - s.start))) speaker = nearest.entity;
      // "Marta Kos, the EU enlargement commissioner, said …": a speaker with an office in apposition.
      if (!speaker) speaker = [...before].reverse().find((m) => m.kind === 'person' && SPEAKER_APPOSITION_GAP.test(body.slice(m.end - s.start, cut.at)))?.entity;
      if (cut.speech.verb === 'adding') speaker = lastSpeaker;
      // "X said …, and has pledged never to …": a coordinated verb of the same speaker.
      if (!speaker && !before.length && /^\s*(?:and\s+)?(?:(?:has|have|had|also|then|later|already|again|repeatedly|since)\s+)+$/.test(body.slice(start, cut.at))) speaker = lastSpeaker;
      // '"We have turned our backs on X," Colonel Y told reporters': the quotation before the speaker is what was said.
      if (speaker && nearest && !pendingSpeech) {
        const lead = body.slice(start, nearest.start - s.start);
        const closing = /[,.!?]?["”]\s*(?:[A-Z][\w.'’-]*\s+){0,4}$/.exec(lead);
        if (closing && /^\s*["“]/.test(lead)) {
          piece.end = s.start + start + closing.index;
          piece.speaker = speaker;
          piece.speechVerb = cut.speech.verb;
          lastSpeaker = speaker;
          out.push(piece);
          start = cut.at + cut.skip;
          // '"…," Borrell said after hosting A and B': the adjunct's subject is the speaker.
          if (SPEAKER_ADJUNCT_AHEAD.test(body.slice(start))) pendingSpeech = { verb: cut.speech.verb, speaker };
          continue;
        }
      }
      // An attribution tail ("…, the country's defence ministry said.") names who said the words before it: the speaker, not a party.
      // Also mid-sentence: "The two leaders agreed …, Kwatra said, and discussed …".
      const rest = body.slice(cut.at + cut.skip);
      // "…, Anwar said after hosting the two leaders": an adjunct of the speaker's after the attribution.
      const adjunct = SPEAKER_ADJUNCT_AHEAD.test(rest);
      const tail = adjunct || /^[\s,]*(?:(?:on|in|at|late|early|last)\s+\w+(?:\s+\w+)?)?\s*[.!?"”]*\s*$/.test(rest) || /^\s*(?:(?:on|in|at|late|early|last)\s+\w+(?:\s+\w+)?)?,\s/.test(rest);
      const midSentence = !/^[\s,]*(?:(?:on|in|at|late|early|last)\s+\w+(?:\s+\w+)?)?\s*[.!?"”]*\s*$/.test(rest);
      const comma = nearest ? body.lastIndexOf(',', nearest.start - s.start) : -1;
      if (speaker && nearest && tail && comma > start && !/[,;]/.test(body.slice(comma + 1, nearest.start - s.start)) && !pendingSpeech) {
        const attribution = nearest.start - s.start - comma < 60;
        if (attribution) {
          piece.end = s.start + comma;
          // "X told his counterpart Y that …, the ministry said": the words are still X's, told to Y.
          if (!piece.toldCounterpart) {
            piece.speaker = speaker;
            piece.speechVerb = cut.speech.verb;
          }
          out.push(piece);
          if (!midSentence) {
            start = body.length;
            break;
          }
          // The adjunct is the speaker's ('"…," Borrell said after hosting A and B').
          if (adjunct) {
            start = cut.at + cut.skip;
            pendingSpeech = { verb: cut.speech.verb, speaker };
            continue;
          }
          // The sentence goes on after ", X said,": a clause of its own, with the subject carried over.
          start = cut.at + cut.skip + (/^[^,]*,\s*/.exec(rest)?.[0].length ?? 0);
          continue;
        }
      }
      // "…, the ministry said.", "…, officials said on Monday.": a source the text does not name is no party either, and its
      // words stay out of the quote.
      if (!speaker && tail && !pendingSpeech) {
        const lastComma = body.lastIndexOf(',', cut.at);
        if (lastComma > start && UNNAMED_SOURCE.test(body.slice(lastComma + 1, cut.at)) && !inSpan(lastComma, cut.at).length) {
          piece.end = s.start + lastComma;
          piece.speechVerb = cut.speech.verb;
          out.push(piece);
          if (!midSentence) {
            start = body.length;
            break;
          }
          // (The sentence goes on with its own clause, keeping the tail's "on Wednesday" as its date.)
          start = cut.at + cut.skip;
          continue;
        }
      }
      let addressee: string | undefined;
      let counterpart: Mention | undefined;
      if (cut.speech.verb === 'told' && after.length && after[0].start - (s.start + cut.at + cut.skip) <= 2) {
        addressee = after[0].entity;
        next = after[0].end - s.start;
        const that = /^\s+that\b/.exec(body.slice(next));
        if (that) next += that[0].length;
      } else if (cut.speech.verb === 'told' && (counterpart = toldCounterpart(body, next, s.start, after))) {
        // "told his Pakistani counterpart, X, by telephone that …": the counterpart is the addressee, not a party to what was said.
        addressee = counterpart.entity;
        told = { start: s.start + cut.at, end: counterpart.end };
        next = counterpart.end - s.start;
        const that = /^,?\s+(?:[^,;"“”]{0,50}?\s)?that\b/.exec(body.slice(next));
        if (that && !after.some((m) => m.start >= counterpart!.end && m.start < s.start + next + that[0].length)) next += that[0].length;
      } else if (cut.speech.verb === 'told') {
        // "told reporters that …", "told parliament on Wednesday that …": an audience that is no party is not part of what was said.
        const audience = /^\s+(?:[\w-]+\s+){1,4}?that\b/.exec(body.slice(next));
        if (audience && !after.some((m) => m.start < s.start + next + audience[0].length)) next += audience[0].length;
      }
      if (speaker) lastSpeaker = speaker;
      pendingSpeech = { verb: cut.speech.verb, speaker, addressee, ...(told ? { toldCounterpart: told } : {}) };
      told = undefined;
    }
    out.push(piece);
    start = next;
  }
  const last: Clause = { start: s.start + start, end: s.end, sentence: s };
  if (pendingSpeech) Object.assign(last, { speaker: pendingSpeech.speaker, speechVerb: pendingSpeech.verb, addressee: pendingSpeech.addressee, ...(pendingSpeech.toldCounterpart ? { toldCounterpart: pendingSpeech.toldCounterpart } : {}) });
  out.push(last);
  return splitRelatives(
    text,
    out.map((c) => trimClause(text, c)).filter((c) => c.end > c.start),
  );
}

/** A short subject, then a speaker in commas before the speech verb: "Moscow, she", "Minsk, the foreign minister", "Beijing, Guo". */
const PARENTHETICAL_ATTRIBUTION = /^\s*((?:the\s+)?[^,;"“”]{1,50}?),\s+((?:he|she|they|we|(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}))\s+(?:(?:also|later|then|separately)\s+)?$/u;
/** A source the text does not name, between the comma and the verb of an attribution tail ("…, the ministry said"). */
const UNNAMED_SOURCE = /^\s*(?:(?:the|a|an|its|their|his|her|one|two|three|several|some)\s+)?(?:[\w'’-]+\s+){0,4}?(?:ministry|spokesman|spokeswoman|spokesperson|official|officials|diplomat|diplomats|source|sources|statement|analysts?|experts?|observers?|agency|office|government|authorities|police|army|military|embassy|report|readout|communiqu[eé]|newspaper|media|television|broadcaster|people)\s+(?:(?:also|later|then|separately)\s+)?$/i;
/** A wire dateline opening a sentence: "SANTIAGO, May 4 --", "THE HAGUE —", "MINSK (Reuters) -". */
const DATELINE_LEAD = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s+[^,—–]{1,30}?)?(?:\s+\([^)]{1,30}\))?\s+(?:--|—|–|-)\s+/u;
const SUBORDINATOR_OPENING = /^(?:After|When|Before|While|Although|Though|Since|Because|Once|Until|Unless|If|Even though|As soon as)\s/;
/** A finite verb or auxiliary, for telling a clause from a list of names ("After Chile, Peru and Bolivia met …"). */
const FINITE_VERB = /\b(?:[a-z]{3,}ed|met|said|says|signed|held|took|made|won|began|left|came|went|saw|told|sent|gave|fought|struck|sold|brought|is|was|were|are|has|had|have|would|will|could|can|may|might|must|should)\b/;

/**
 * Where a sentence's opening subordinate clause ("After Chile said it would annex Bolivia, …")
 * ends: the first comma, after a verb, that an actor follows (maybe after "the") and a verb after
 * it, before any other comma. Undefined when the sentence opens otherwise or no such comma is found.
 */
function openingSubordinateEnd(body: string, s: Sentence, mentions: Mention[]): number | undefined {
  // (After a dateline: "SANTIAGO, May 4 -- After Chile met Peru, …".)
  const dateline = DATELINE_LEAD.exec(body)?.[0].length ?? 0;
  if (!SUBORDINATOR_OPENING.test(body.slice(dateline))) return undefined;
  for (const m of execAll(/,\s/g, body)) {
    const at = m.index!;
    if (at < dateline) continue;
    if (/["“]/.test(body.slice(0, at)) && (body.slice(0, at).match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
    if (!FINITE_VERB.test(body.slice(0, at))) continue;
    const next = at + 2 + (/^the\s+/i.exec(body.slice(at + 2))?.[0].length ?? 0);
    const subject = mentions.find((x) => x.start === s.start + next && !x.demonym);
    if (!subject) continue;
    const main = body.slice(subject.end - s.start).split(/,/)[0];
    if (FINITE_VERB.test(main)) return at;
  }
  return undefined;
}

/** "told his Pakistani counterpart, X," / "told her counterpart X": the person so addressed, when the words before the name are just that. */
function toldCounterpart(body: string, from: number, offset: number, after: Mention[]): Mention | undefined {
  const person = after.find((m) => m.kind === 'person');
  if (!person) return undefined;
  const gap = body.slice(from, person.start - offset);
  if (!/^\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:counterparts?,?\s+)?$/i.test(gap)) return undefined;
  return /counterpart/i.test(gap) || /^(?:[\w-]+\s+){0,2}?counterpart\b/i.test(body.slice(person.start - offset, person.end - offset)) ? person : undefined;
}

/**
 * "signed by Ali Shamkhani, secretary of Iran's security council, and Musaed al-Aiban, Saudi
 * Arabia's adviser", "by the Russian health minister, Mikhail Murashko, and his North Korean
 * counterpart, Jong Mu Rim": ", and" between two people who each carry a title in apposition
 * joins a list of people, not two clauses.
 */
function joinsTitledPeople(s: Sentence, body: string, at: number, skip: number, mentions: Mention[]): boolean {
  const comma = s.start + at;
  const titled = (x: Mention) => x.kind === 'person' && !!x.phrase && x.phrase.end - x.phrase.start > x.end - x.start;
  const before = mentions.find((x) => titled(x) && (x.end === comma || (x.phrase!.start === x.start && x.phrase!.end === comma)));
  // "… and his North Korean counterpart, Education Minister Jang Chol Ho": the counterpart named with a title of their own.
  const opensAfter = (x: Mention) => {
    const from = Math.min(x.start, x.phrase!.start);
    return from - (comma + skip) <= 4 || COUNTERPART_THEN.test(body.slice(at + skip, from - s.start));
  };
  const after = mentions.find((x) => titled(x) && x.start > comma && opensAfter(x));
  return !!before && !!after;
}

/** Between ", and" and a titled name: "his North Korean counterpart, ", "her Chilean counterparts, ". */
const COUNTERPART_THEN = /^\s*(?:his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,3}?counterparts?,\s+$/iu;

/**
 * "Kurt Campbell, the White House's coordinator, and Daniel Kritenbrink met …": the ", and" closes
 * an apposition to a person that opens the sentence, so both people are one coordinated subject.
 */
function closesSubjectApposition(s: Sentence, body: string, at: number, mentions: Mention[]): boolean {
  // "Russia's biggest film studio, Mosfilm, and North Korea's …": a body named after its description opens the sentence.
  const described = /^[^,;]{2,60},\s+([^,;]{2,60})$/.exec(body.slice(0, at));
  if (described && mentions.some((x) => x.kind === 'organization' && x.start === s.start + at - described[1].length && x.end === s.start + at)) return true;
  const appos = /^([^,;]{2,60}),\s+(?:the|a|an)\s+[^,;"“”]{2,80}$/.exec(body.slice(0, at));
  if (!appos) return false;
  const nameEnd = s.start + appos[1].length;
  return mentions.some((x) => x.kind === 'person' && x.end === nameEnd && x.start <= s.start + 2);
}

/**
 * "General X, who seized power a year ago, hosted A and B": the relative clause and the rest
 * of the main clause both describe the head noun phrase before "who"/"which", so each is
 * marked with that head; the rest starts at the comma that closes the relative clause.
 */
function splitRelatives(text: string, cls: Clause[]): Clause[] {
  const out: Clause[] = [];
  // While inside a relative clause cut in pieces ("which expelled X and turned to Y, announced …"), its head.
  let open: { start: number; end: number } | undefined;
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i];
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, c.start) + text.slice(c.start, c.start + 6) : '';
    let head = open;
    if (prev && (/^,\s*(?:who|which)\b/.test(gap) || PASSIVE_APPOSITIVE_START.test(text.slice(prev.end, c.start + 24)))) head = { start: prev.start, end: prev.end };
    else if (!open || !/^\s*and\b/.test(gap)) head = undefined;
    if (!head) {
      open = undefined;
      out.push(c);
      continue;
    }
    const close = /,\s+(?=(?!and\b|but\b|or\b|which\b|who\b|the\b|a\b|an\b|in\b|on\b|at\b|for\b|with\b)[a-z]+(?:ed|s)\b)/.exec(text.slice(c.start, c.end));
    if (!close) {
      open = head;
      out.push({ ...c, head });
      continue;
    }
    open = undefined;
    const restStart = c.start + close.index + close[0].length;
    out.push({ ...c, end: c.start + close.index, head });
    out.push({ start: restStart, end: c.end, sentence: c.sentence, head, rest: true });
  }
  return out;
}

function trimClause(text: string, c: Clause): Clause {
  let { start, end } = c;
  while (start < end && /[\s,;:"“”]/.test(text[start])) start++;
  while (end > start && /[\s,;:.]/.test(text[end - 1])) end--;
  const lead = /^(?:and|but|as|while|which)\s+/.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  return { ...c, start, end };
}

// ---- status -----------------------------------------------------------------

const INTENT_FUTURE = /\b(would|will)\b/i;
const ALLIANCE_AHEAD = /\b(?:will|would)\s+(?:(?:also|soon|then|eventually|later|formally|finally)\s+)?(?:sign|form|create|build|conclude|join|forge|establish|seal|enter|become|upgrade|ink|ratify|agree|take\s+part|participate|be\s+part|be\s+(?:a\s+)?member)\b/i;
/** "Putin accepted", but not "has not accepted" or "never accepted". */
/** An invitation or offer taken up ("accepted", not "has not yet accepted"). */
export const ACCEPTED = /(?<!(?:\bnot|\bnever|n['’]t)\s+(?:yet\s+)?)\baccept(?:s|ed)?\b/i;

const MEETING_PLANNED = /\b(?:is|are|was|were)\s+(?:(?:also|now)\s+)?(?:due|expected|scheduled|set)\s+(?:to\s+(?:hold|meet|visit|travel|host|receive|welcome|go|fly)|in\s+\p{Lu})|\b(?:hope[sd]?|hoping|wants?|wanted|wish(?:es|ed)?|agreed|agree[sd]?|look(?:s|ed)? forward|would\s+["“]?(?:like|love)["”]?|(?:am|is|was|are|were)\s+(?:prepared|ready)(?=\s+to\s+(?:travel|visit|go|come|fly)\b))\s+(?:(?:only|also|merely)\s+)?to\s+(?:meet|hold (?:talks|a summit|a meeting)|visit|welcome|receive|host|travel|go|come|fly|(?:start|begin|open|launch|resume)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations))\b/u;
/** "will be received by the president", "is due to be welcomed by the king": a reception to come, said in the passive. */
const RECEPTION_AHEAD = /\b(?:will|would|(?:is|are|was|were)\s+(?:(?:due|set|scheduled|expected)\s+)?to)\s+(?:(?:also|then|later|first)\s+)?be\s+(?:received|welcomed|hosted|greeted)\b/i;
/** "will be in Praia on 5 July", "intends to be in Paramaribo for the anniversary": a stay to come. */
const PLANNED_STAY = /\b(?:will|would|(?:plans?|intends?|intended|aims?|means|hopes?)\s+to)\s+(?:(?:also|soon|then)\s+)?be\s+in\s+\p{Lu}/u;
/** "will be in Pyongyang until Friday": a stay already begun. */
const STAY_UNDER_WAY = /\bbe\s+in\s+[^.;,]{1,40}?\b(?:until|till)\b/i;
/** Offered, not planned: "would be willing to meet", "was prepared to talk". */
const MEETING_OFFERED = /\b(?:(?:would\s+be|is|was|are|were|remains?|remained)\s+(?:willing|prepared|ready|open)\s+to\s+(?:meet|talk|hold talks|negotiate)|(?:ask(?:s|ed)?|urg(?:e|es|ed))\s+(?:[\p{L}\p{N}_'’.-]+\s+){1,4}?to\s+(?:come|visit|travel|attend)\b|open to (?:(?:direct|new|fresh|further|bilateral|high-level)\s+)?(?:talks|meeting|meetings|negotiations|dialogue)|would\s+(?:gladly|happily|willingly|be\s+(?:glad|happy|delighted|pleased)\s+to)\s+(?:meet|visit|travel|go|come|fly|host|receive|talk|hold))\b/u;

/**
 * The status of a relation from the words of its clause. `ahead` is the clause up to the end of the relation's cue, when
 * known: a proposal that names what it proposes after it ("raised the idea of …") reaches no cue before it.
 */
export function statusOf(kind: RelationKind, clauseText: string, speechVerb: string | undefined, speakerIsExpert: boolean, sentenceText = clauseText, ahead = clauseText): Status {
  // ("offered last week to host talks", "agreed on Monday to meet": a date between a verb and its infinitive changes no status.)
  const t = `${speechVerb ?? ''} ${clauseText}`.replace(WHEN_BETWEEN_VERB_AND_TO, ' to ');
  ahead = ahead.replace(WHEN_BETWEEN_VERB_AND_TO, ' to ');
  const { denied: DENIED, forecast: FORECAST, proposed: PROPOSED, proposedAhead: PROPOSED_AHEAD, intent: INTENT_ANY } = statusCues();
  const proposed = PROPOSED.test(t) || PROPOSED_AHEAD.test(ahead);
  if (DENIED.test(t)) return 'denied';
  // "He suggested the two sides might one day market a joint brand": what a party suggests is proposed, whatever its modal.
  if (speechVerb && /^(?:suggested|proposed)$/i.test(speechVerb) && !speakerIsExpert) return 'proposed';
  // "Warsaw and Berlin ought to hold their consultations", "the two sides should help each other", "the EU should add the
  // plant to its sanctions list": what someone says ought to be done is recommended, not done.
  if (RECOMMENDED.test(ahead)) return speakerIsExpert ? 'forecast' : 'proposed';
  if (kind === 'meeting') {
    // On the calendar, or wished for by a party: "is expected in Moscow for talks", "was due to meet", "hoped to welcome", "agreed to meet again".
    // (Offered first: "would be glad to host X whenever he wishes to come" is an offer, whoever wishes.)
    if (MEETING_OFFERED.test(t)) return speakerIsExpert ? 'forecast' : 'proposed';
    if (MEETING_PLANNED.test(t) || RECEPTION_AHEAD.test(t) || SCHEDULED_PRESENT.test(t)) return speakerIsExpert ? 'forecast' : 'intent';
    // A meeting is planned only when an invitation or forecast says so; "talks on strengthening X" happened.
    if (FORECAST.test(t)) return 'forecast';
    // "raised the idea of a railway, and accepted an invitation to visit Bangui": the visit accepted is planned.
    if (/\baccepted [^.;]{0,20}invitation\b/i.test(ahead)) return 'intent';
    if (proposed) return speakerIsExpert ? 'forecast' : 'proposed';
    // An invitation not yet accepted is a proposal; once accepted (in the same sentence), a plan.
    // The noun too: "renewed an invitation for X to visit".
    if (/\binvit(?:e|es|ed|ing|ations?) (?:[\p{L}\p{N}_'’.,-]+ ){1,8}?to\b/iu.test(t)) return ACCEPTED.test(sentenceText) ? 'intent' : 'proposed';
    // "… and to meet again in Brazil": an infinitive of its own is a plan (what was agreed or pledged before it).
    if (/^to\s+(?:meet|hold talks|visit)\b/i.test(clauseText.trim())) return 'intent';
    // Accepted, or on the calendar ("is due to hold talks", "will visit"): planned, not held.
    if (MEETING_AHEAD.test(t)) return speakerIsExpert ? 'forecast' : 'intent';
    // "X will raise it when the two governments hold their summit": English puts a meeting to come in the present tense
    // after "when" or "once"; the main clause's "will" dates it.
    if (WHEN_MEETING.test(t) && WILL_BEFORE_WHEN.test(sentenceText)) return speakerIsExpert ? 'forecast' : 'intent';
    return /accepted [^.;]{0,20}invitation|\b(?:is|are) (?:due|set|scheduled|expected) to (?:hold|meet|visit|travel|host)\b|\b(?:is|are)\s+to\s+(?:meet|visit|travel|host|attend|hold\s+talks|sit\s+down)\b|\b(?:will|would)\s+(?:(?:also|soon|then|still|now|first|later|again|personally|nevertheless|in\s+any\s+(?:case|event))\s+)?(?:hold|meet|gather|convene|reconvene|join|sit\s+down|visit|travel|host|receive|welcome|see\s+each\s+other|attend|negotiate|talk|confer|consult|(?:go|fly|come)\s+to|(?:make|pay)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:trip|visit|journey)|(?:start|begin|resume|open)\s+(?:[\w-]+\s+)?(?:talks|negotiations))\b|\b(?:will|would|(?:is|are)\s+(?:due\s+)?to)\s+(?:(?:also|soon|then)\s+)?(?:head|lead)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:delegation\b|(?:group|mission|team)\s+to\b)|\b(?:plans?|intends?|intended|aims?|means|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|hop(?:e|es|ed)|wants?|wanted|arranged|(?:is|are)\s+booked) to (?:meet|visit|travel|host|attend|fly|go|come|return|bring)\b|\bplan(?:s|ned)?\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\b|\b(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to\s+(?:make|pay)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:trip|visit|journey)\b/i.test(t) || (PLANNED_STAY.test(t) && !STAY_UNDER_WAY.test(t)) ? 'intent' : 'reported';
  }
  if (FORECAST.test(t)) return 'forecast';
  if (proposed) return speakerIsExpert ? 'forecast' : 'proposed';
  if (INTENT_ANY.test(t)) return speakerIsExpert ? 'forecast' : 'intent';
  if ((kind === 'cooperation' || kind === 'support') && INTENT_FUTURE.test(clauseText)) return speakerIsExpert ? 'forecast' : 'intent';
  // An alliance is ahead only when "will" governs its making ("will sign a defence treaty"); "the two allies will hold
  // exercises", "would cement the friendship sealed by their treaty" tell of an alliance that stands.
  if (kind === 'alliance' && ALLIANCE_AHEAD.test(clauseText)) return speakerIsExpert ? 'forecast' : 'intent';
  // "Brussels will add X to its sanctions list", "will blacklist X": a listing to come is foreseen (a bloc or government
  // announces a listing when it makes it). Not every conflict with "will": that was tried and lost more than it found.
  if (kind === 'conflict' && SANCTIONS_TO_COME.test(clauseText)) return 'forecast';
  return 'reported';
}
/** "should" or "ought to" governing the cue a few words on: "ought to hold their consultations", "should jointly open". Not "should be", a forecast or a passive. */
const RECOMMENDED = /\b(?:should|ought\s+to)\s+(?:(?:also|now|jointly|together|first|rather|instead|at\s+least)\s+)?(?!be\b|not\b|have\b|never\b)\p{Ll}+\b(?:\s+\S+){0,4}\s*$/iu;
/** A journey in the present tense with a weekday, as a schedule is written (not "the heads of state met on Monday"): "arrives in Jakarta on Thursday", "heads to Asunción on Tuesday". */
const SCHEDULED_PRESENT = /\b(?:arrives|travels|flies|goes|heads\s+(?:to|for|back|home)|visits\s+[A-Z])\b[^.;]{0,60}?\b(?:on|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A date or time between a verb and "to": "offered last week to", "agreed on 3 May to", "pledged earlier this month to". */
const WHEN_BETWEEN_VERB_AND_TO = /\s+(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year)|(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year)|on\s+\d{1,2}\s+\p{Lu}\p{Ll}+|on\s+\p{Lu}\p{Ll}+\s+\d{1,2}|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+to\s+/gu;
/** A meeting in the present tense after "when" or "once": "when he travels to Minsk", "once the two leaders meet". */
const WHEN_MEETING = /\b(?:when|once|as\s+soon\s+as)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:holds?|meets?|travels?|visits?|hosts?|receives?|goes|flies|comes|sits\s+down)\b/iu;
const WILL_BEFORE_WHEN = /\bwill\b(?=[^.;]*\b(?:when|once|as\s+soon\s+as)\b)/i;
/** A meeting ahead, whatever verb is planned: "plan to review the campaign at a meeting in Agadir", "is keen to greet X at the pass", "has his sights on a trip to Cairo". */
// (Not "will" alone: "The minister will be in Pyongyang until Friday" is a visit under way, as the seed has it.)
const MEETING_AHEAD = /\b(?:plans?|planning|intends?|intending|keen|eager|(?:is|are)\s+set|(?:is|are)\s+expected)\s+to\s+[a-z]+\b|\b(?:wants?|wanted|seeks?|sought)\s+(?:an?|another|new|fresh|direct)\s+(?:(?!(?:from|with|of|at|in|on|for)\b)[\w-]+\s+){0,2}?(?:meeting|summit|talks|negotiations|visit)\b|\bha(?:s|ve)\s+(?:his|her|their|its)\s+sights\s+on\b/i;

const SANCTIONS_TO_COME = new RegExp(String.raw`\b(?:will|would)\s+(?:(?:also|likely|soon|probably|then|in\s+all\s+likelihood)\s+)?(?:(?:add|put|place)\s+[^.;]{1,80}?\b(?:to|on)\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?${SANCTIONS_LIST}|blacklist|sanction|impose\s+(?:new\s+|further\s+|fresh\s+)?sanctions)\b`, 'i');

// ---- triggers -----------------------------------------------------------------

export interface Trigger {
  kind: RelationKind;
  /** person-to-person or visit (person to a country) for meetings; transfer for cooperation. */
  mode: TriggerMode;
  start: number;
  end: number;
  text: string;
}

const FIGHT_ON_SIDE = /^\s+(?:for|alongside|on\s+the\s+side\s+of)\s+(?:the\s+)?\p{Lu}/u;
const TRANSFER_AS_MODIFIER = /^\s+(?:groups?|missions?|lines?|chains?|routes?|runs?|convoys?|depots?|drops?|shortages?|corridors?|hubs?|flights?|workers?|agenc(?:y|ies))\b/i;
/** "armed forces", "armed groups", "an armed conflict": "armed" describes, it gives nothing ("sent forces to Mali" still does). */
const ARMED_AS_MODIFIER = /^\s+(?:forces|conflicts?|militias?)\b/i;

/** A document just before a cue in -ing: "resolutions condemning …", "a statement criticising …". */
const DOCUMENT_BEFORE = /\b(?:resolutions?|statements?|reports?|motions?|declarations?|letters?|communiqu[eé]s?|texts?|bills?|drafts?|posts?|articles?|editorials?)\s+$/i;

/** Cue matches per sentence: each sentence is scanned once, whatever number of clauses it is cut into. */
const sentenceTriggers = new WeakMap<Sentence, Trigger[]>();

function triggersOfSentence(text: string, s: Sentence): Trigger[] {
  const cached = sentenceTriggers.get(s);
  if (cached) return cached;
  const body = text.slice(s.start, s.end);
  const out: Trigger[] = [];
  for (const { cue: t, matches } of cueMatches(body)) {
    for (const m of matches) {
      // "strike a deal", "give details", "to deal with": an idiom of the cue word (lexicon/events.json `idioms`).
      if (inIdiom(m[0], body.slice(m.index! + m[0].length, m.index! + m[0].length + 60), body.slice(Math.max(0, m.index! - 20), m.index!))) continue;
      // "resolutions condemning X", "a statement criticising Y": the document's act, not its sponsor's or its opponent's.
      if (t.mode === 'accuse' && /ing$/i.test(m[0]) && DOCUMENT_BEFORE.test(body.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      // "supply missions", "aid convoys": a transfer word modifying a noun is no act of giving.
      const next = body.slice(m.index! + m[0].length, m.index! + m[0].length + 16);
      if (t.mode === 'transfer' && (TRANSFER_AS_MODIFIER.test(next) || (/^arm(?:ed|ing)$/i.test(m[0]) && ARMED_AS_MODIFIER.test(next)))) continue;
      // "soldiers fighting for Russia", "fought alongside X": fighting on a party's side is no fight against it.
      if (t.kind === 'conflict' && /^(?:fight|fights|fighting|fought)$/i.test(m[0]) && FIGHT_ON_SIDE.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
      if (t.kind === 'support' && /^(?:fight|fought)/i.test(m[0]) && !/^\s+(?:the\s+)?\p{Lu}/u.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 8))) continue;
      out.push({ kind: t.kind, mode: t.mode, start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] });
    }
  }
  sentenceTriggers.set(s, out);
  return out;
}

export function findTriggers(text: string, c: Clause): Trigger[] {
  const out = triggersOfSentence(text, c.sentence).filter((t) => t.start >= c.start && t.end <= c.end);
  // The longest cue wins: "relations … soured" is a conflict, not the "relations" inside it.
  const kept = out.filter((t) => !out.some((o) => o !== t && o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start));
  return kept.sort((a, b) => a.start - b.start);
}

export type EntityLookup = (id: string) => EntityDraft | undefined;
