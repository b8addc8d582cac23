/**
 * Reading an article without changing it: every span here is an offset pair into the
 * original text, so a quote taken from any of them is `text.slice(start, end)` exactly.
 *
 * Page furniture (share bars, "Top 10 Stories", newsletter prompts, ads) and repeated photo
 * captions are dropped from consideration by marking their spans, never by editing the text.
 */

export interface Span {
  start: number;
  end: number;
}

/** Where a paragraph sits on the page; headlines and leads restate the body, captions date photos. */
export type Zone = 'title' | 'caption' | 'lead' | 'body' | 'furniture' | 'duplicate' | 'byline';

export interface Paragraph extends Span {
  zone: Zone;
  index: number;
}

export interface Sentence extends Span {
  zone: Zone;
  paragraph: number;
  /** Index among all sentences that are considered (furniture excluded). */
  index: number;
}

const TERMINAL = /[.!?]["”’')\]]?$|["”]$/;
/** A full stop, question or exclamation mark, perhaps inside closing quotes or brackets (a headline may end on a quote without one). */
const SENTENCE_END = /[.!?]["”’')\]]*$/;
/** The headings of lists of links to other stories ("Related coverage", "Most viewed", "Read more"). */
const LINK_HEADINGS = String.raw`related( (articles|stories|news|coverage|content|reading))?|read more|more (stories|news|headlines|from|on)|most (read|popular|viewed)|recommended|also (read|see)|see also|top stories|trending|editor'?s picks?|you (may|might) also (like|be interested)`;
/** Words that mark a paragraph as page chrome rather than reporting, wherever they occur. */
const FURNITURE = new RegExp(
  String.raw`^((${LINK_HEADINGS})\b|advertisement|sponsored|top \d+ (stories|news)|sign up\b|subscribe\b|share( this( article)?)?\b|follow us\b|copyright\b|©|all rights reserved|letter$|newsletter\b|click here\b|watch:|listen:|latest( news| stories| headlines)?\s*:|(topics|tags|keywords|filed (?:under|in)|posted (?:under|in)|subjects?|categories|index terms)\s*:)`,
  'i',
);
/** A publisher's notice anywhere in a short paragraph below the lead: "(c) 2026 Danube Wire Service GmbH.", "The Sentinel is published by Fako Press Ltd, Buea. … © 2026". */
const PUBLISHER_NOTICE = /©|\(c\)\s*(?:19|20)\d\d\b|\ball rights reserved\b|\b(?:published|printed)\s+(?:\w+\s+){0,2}?by\s+[^.]{0,60}?\b(?:Ltd|LLC|GmbH|Oyj?|AB|AG|ASA|SpA|plc|PLC|Inc|Limited)\b/i;
/**
 * A wire's credit line: "(Reporting by A in Minsk; Editing by B)", "Live desk: A in Chisinau and B
 * in London", "The Post · Asia live desk: A, B and C", "Gulf Desk live team: A in Beirut". (A sentence that opens "Reporting by state media showed …" is reporting.)
 */
const CREDIT_LINE = /^\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|produced|research|translation)\s+by\b|^[^.!?:]{0,60}\b(?:desk|team|staff|correspondents|reporters|contributors)\s*:/i;
/** A contact line: "Ana Ruiz, Strategist, Asia FX | +65 6800 0001", "Press office: +32 2 555 0100". */
const CONTACT_LINE = /(?:^|[\s|·,:])\+\d{1,3}(?:[\s-]?\d){6,}\s*$/;
/** Credits set out as labelled fields: "Hosts: A and B · Producer: C · Music: D". */
const LABELLED_FIELDS = /^(?:\p{Lu}[\p{L} ]{1,24}:\s[^·|•:]{1,80}\s[·|•]\s){1,}\p{Lu}[\p{L} ]{1,24}:\s/u;
/** The heading of a list of links to other stories. */
const LINK_LIST_HEAD = new RegExp(String.raw`^((${LINK_HEADINGS})|latest( news| stories| headlines)?)\b[^.!?]{0,40}$`, 'i');
const SHARE_BAR = /\b(facebook|twitter|x|email|whatsapp|linkedin|telegram)\s*(\||$)/i;
/**
 * A paragraph that ends in a bare credit, "… on Friday. (AFP)", is a caption unless it reports
 * speech: wires also close a story's last paragraph with their name ("… Hyun said. (Yonhap)").
 */
const CREDITED = /[.!?]["”]?\s*\((?:(?:photo|picture|image|credit)\s*:?\s*)?[A-Z][^()]{0,40}\)$/i;
const REPORTING = /\b(said|says|told|tells|added|noted|pointed|stated|according to|reported|warned|announced)\b/i;
/** A byline, however long: "By Ana Ruiz | March 3, 2024", "by Ana Ruiz | 21 May 2026 | 10:42", "By Ana Ruiz, Andes correspondent, with Luis Paz in Lima". */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al-\p{L}+))+\s*(?:[,|]|and\s+\p{Lu}|$)/u;
/** A picture credit closing a caption: "Photo: Ana Ruiz/Agency", "Credit: Luis Paz for The Review". */
const PICTURE_CREDIT = /^(?:Photo|Photograph|Picture|Image|Credit|Photo credit)s?\s*:/i;
const CAPTION = /^(photo|picture|image|pictured|caption|above|top)\s*[:|]|\b(file|pool|handout|stock|agency) (photo|image|picture)\.?$|\b(in this (photo|picture|image|file photo|still|handout|undated|screen ?grab)|photo (provided|released|taken|courtesy)|\(?(ap|afp|reuters|yonhap|epa|getty)( images)? photo\)?|pictured\b|file photo)\b|\((?:[LRC]|C?-?[LR]|L to R|R to L|left|right|cent(?:re|er)|front|back|second (?:left|right))\)/i;

/** A section label above a headline: a few words in capitals, or sections divided by "|" ("LIVE | Central Asia"). */
const KICKER = /^(?:[\p{Lu}\d][\p{Lu}\d '’&.-]{1,40}|[^|.!?]{1,40}(?:\s\|\s[^|.!?]{1,40}){1,3})$/u;
/** An item of a list of links: a bullet and a headline without a full stop ("• Who are the Druze of Sweida?" ends on a question too). */
const LINK_ITEM = /^[•▪►■◦‣▸]\s*[^\n]{1,160}(?<![.!]["”’]?)$/;
/**
 * The same with an arrow or a dash ("– Belarus and Russia extend gas deal to 2030", "→ Letter: …"): below the story's first
 * sentence only, since above it such lines are the story's own key points ("- The three leaders sign a treaty …").
 */
const LATE_LINK_ITEM = /^(?:[→»›·–—]|>>?|::|-(?=\s))\s*[^\n]{1,160}(?<![.!]["”’]?)$/;
/** A caption closed by its picture credit: "… in Muscat on Saturday. Photograph: Agency/handout", "… Pic: Reuters", "… July 10, 2026. AGENCY/Ana Ruiz/Pool". */
const TRAILING_CREDIT = /[.!?]["”]?\s+(?:(?:Photo|Photograph|Picture|Pic|Image|Credit)s?\s*:\s*[^.!?]{1,80}|\p{Lu}[^.!?/\n]{0,40}\/[^.!?\n]{1,60})$/u;

/** Splits text into paragraphs (runs of non-empty lines separated by blank lines or single lines). */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, zone: 'body', index: out.length });
  }
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * Assigns each paragraph a zone. Heuristics are about the shape of a page, not about any
 * one article: the first line without terminal punctuation is the headline; short lines
 * with no sentence punctuation are chrome; a paragraph seen before is a repeat; a
 * paragraph that describes a photo is a caption; the first real paragraph is the lead.
 */
export function classifyParagraphs(text: string): Paragraph[] {
  const paras = paragraphs(text);
  const seen = new Set<string>();
  let leadAssigned = false;
  // Under "Related coverage" or "Most viewed", the headlines listed (no full stop) are links, however long.
  let inLinkList = false;
  for (const p of paras) {
    const s = text.slice(p.start, p.end);
    // (A headline may end on a quote without a full stop: 'Erdoğan: two states "the only realistic solution"'.)
    if (inLinkList && !SENTENCE_END.test(s) && wordCount(s) <= 30) {
      p.zone = 'furniture';
      continue;
    }
    inLinkList = LINK_LIST_HEAD.test(s) && !TERMINAL.test(s);
    const key = s.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) {
      p.zone = 'duplicate';
      continue;
    }
    seen.add(key);
    if (p.index === 0 && !/[.!?]$/.test(s) && wordCount(s) <= 30) {
      p.zone = 'title';
    } else if (p.index === 1 && KICKER.test(text.slice(paras[0].start, paras[0].end)) && !/[.!?]$/.test(s) && wordCount(s) <= 30) {
      // "ANALYSIS" or "THE COURIER | REGION" above the headline: the section label is the first line, the headline the second.
      p.zone = 'title';
    } else if (FURNITURE.test(s) || (leadAssigned && PUBLISHER_NOTICE.test(s) && wordCount(s) <= 60) || (LABELLED_FIELDS.test(s) && wordCount(s) <= 40) || (CREDIT_LINE.test(s) && wordCount(s) <= 40 && (!TERMINAL.test(s) || /;\s*(?:writing|editing)\s+by\b/i.test(s))) || (SHARE_BAR.test(s) && wordCount(s) <= 12) || (CONTACT_LINE.test(s) && wordCount(s) <= 20) || LINK_ITEM.test(s) || (leadAssigned && LATE_LINK_ITEM.test(s)) || (!TERMINAL.test(s) && (wordCount(s) <= 8 || (BYLINE.test(s) && wordCount(s) <= 25)))) {
      p.zone = 'furniture';
    } else if (CAPTION.test(s) || (CREDITED.test(s) && !REPORTING.test(s)) || (TRAILING_CREDIT.test(s) && wordCount(s) <= 60)) {
      p.zone = 'caption';
    } else if (!leadAssigned && !SENTENCE_END.test(s) && wordCount(s) <= 60) {
      // Above the first sentence of reporting, a line without a full stop is the headline or its
      // standfirst (a deck may run to two clauses and forty words), however many mastheads and
      // breadcrumbs sit over it.
      p.zone = 'title';
    } else if (!leadAssigned && (isSlogan(s) || isTimeStamp(s))) {
      // Above the first sentence of reporting, a slogan or a time stamp with a full stop in it is no lead, and the
      // headline under it is still the headline.
      p.zone = 'furniture';
    } else if (!leadAssigned) {
      p.zone = 'lead';
      leadAssigned = true;
    } else p.zone = 'body';
  }
  return paras;
}

/** A masthead's motto or a section label in sentences of a few words each: "Independent. Exiled. Not silent.", "ENERGY. PIPELINES." */
function isSlogan(s: string): boolean {
  const parts = s.split(/[.!?]+/).map((x) => x.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((x) => wordCount(x) <= 3) && wordCount(s) <= 8;
}

/** A short line with a year and a clock time: "Published April 11, 2025 | Updated 9:15 a.m.", "Miércoles 14 de mayo de 2025, 6:40 a.m." */
function isTimeStamp(s: string): boolean {
  return wordCount(s) < 12 && /\b(?:19|20)\d\d\b/.test(s) && /\b\d{1,2}[:.]\d{2}\b/.test(s);
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'hon', 'ing', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'rep', 'sen', 'gov', 'pres', 'prof', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.n', 'u.k', 'e.u', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'approx', 'est', 'jr', 'sr',
]);

/**
 * A given name written short after a title or another name ("Foreign Secretary Ma. Theresa
 * Lazaro", "Md. Touhid Hossain"); after a lower-case word it may be a surname ending the sentence
 * ("… said Ma.").
 */
const GIVEN_NAME_SHORT = /(?:^|\s)\p{Lu}[\p{L}'’-]*\s+(?:Ma|Md|Mohd|Muh)$/u;

function endsWithAbbreviation(before: string): boolean {
  if (GIVEN_NAME_SHORT.test(before)) return true;
  const m = /([A-Za-z.]+)$/.exec(before);
  if (!m) return false;
  const word = m[1].replace(/\.$/, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  return /^[a-z]$/.test(word); // an initial: "John F. Kennedy"
}

/** Sentences with offsets; a paragraph without terminal punctuation is one sentence. */
export function splitSentences(text: string, paras: Paragraph[] = classifyParagraphs(text)): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paras) {
    if (p.zone === 'furniture' || p.zone === 'duplicate') continue;
    const re = /[.!?]["”’')\]]*(?=\s+["“‘(]?[A-Z0-9])/g;
    let start = p.start;
    const body = text.slice(p.start, p.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const at = p.start + m.index;
      if (text[at] === '.' && endsWithAbbreviation(text.slice(start, at))) continue;
      const end = at + m[0].length;
      pushSentence(out, text, start, end, p);
      start = end;
    }
    pushSentence(out, text, start, p.end, p);
  }
  markBylines(out, text);
  return out;
}

/** A wire dateline opening a paragraph: "WOODSIDE, California – ", "ANKARA/STOCKHOLM – ", "(Reuters) - ". */
// (Capitals of any alphabet: "PORTOROŽ –", "KASTSIUKOVICHY –".)
export const DATELINE = /^(?:\p{Lu}[\p{Lu}.'’/ -]{2,}(?:,\s+\p{Lu}[\p{L}\p{N}.'’ -]{1,40}?)?(?:\s+\([\p{L} ]+\))?|\(\p{Lu}[\p{L}\p{N} ]+\))\s+[–—-]{1,2}\s+/u;

function pushSentence(out: Sentence[], text: string, start: number, end: number, p: Paragraph): void {
  while (start < end && /\s/.test(text[start])) start++;
  // A dateline says where the copy was filed, not who acted: the sentence starts after it.
  if (start === p.start) {
    const dateline = DATELINE.exec(text.slice(start, Math.min(end, start + 80)));
    // One that carries a date ("SEOUL, July 24 (Yonhap) --") keeps it: it dates the report.
    if (dateline && !/\d/.test(dateline[0])) start += dateline[0].length;
  }
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, zone: p.zone, paragraph: p.index, index: out.length });
}

/**
 * A sentence that is only a name ("Yonhap") or a parenthesised name at the end of a paragraph
 * ("(Yonhap)") is a credit line, not reporting.
 */
function markBylines(sentences: Sentence[], text: string): void {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (/^\(?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\)?\.?$/.test(body) && wordCount(body) <= 3) s.zone = 'byline';
    // "… in Quito on Monday. Photo: Ana Ruiz/Agency": a short credit after a caption names who took the picture, no actor.
    else if (PICTURE_CREDIT.test(body) && wordCount(body) <= 9 && !/[.!?]\s/.test(body) && (s.zone === 'caption' || isLastOfParagraph(sentences, s))) s.zone = 'byline';
  }
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const credit = /\s*\((?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\)$/.exec(body);
    if (credit) s.end -= credit[0].length;
  }
}

function isLastOfParagraph(sentences: Sentence[], s: Sentence): boolean {
  const next = sentences[s.index + 1];
  return !next || next.paragraph !== s.paragraph;
}

/** The character spans of a text that extraction ignores (for reports and tests). */
export function ignoredSpans(text: string): Array<Span & { zone: Zone }> {
  return classifyParagraphs(text)
    .filter((p) => p.zone === 'furniture' || p.zone === 'duplicate')
    .map(({ start, end, zone }) => ({ start, end, zone }));
}
