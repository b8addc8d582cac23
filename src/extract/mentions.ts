/**
 * Finding the actors an article names, with the span of every mention: dictionary forms
 * (countries, capitals, metonyms, blocs, organizations, known office holders), organization
 * and place patterns, people introduced by a title or an apposition (and confirmed by
 * compromise's name detection when nothing else vouches for them), then later mentions —
 * surnames and descriptions such as "the Belarusian foreign minister" or "his North Korean
 * counterpart" — resolved to the same person only when exactly one candidate fits.
 */
import nlp from 'compromise';
import type { EntityKind } from '../model/schema';
import { APPOSITION_OFFICES, BODIES_AT_SEATS, BODY_KIND_NOUNS, COMMENTATOR_TRADES, COURTESY_TITLES, foldForDictionary, HEAD_REFERENCE_NOUNS, PORTFOLIO_WORDS, lexicon, NOT_BODY_ACRONYMS, ORG_NAME_HEADS, NOT_GIVEN_NAMES, NOT_PERSON_FIRST_WORDS, NOT_PERSON_LAST_WORDS, OFFICE_NOUNS, organizationNamed, POLITIES, RANKS, slugify, TITLES, OFFICES_OF_ONE_COUNTRY, SHARED_DEMONYMS, SHORT_FORMS, DEMONYMS_OF_NAMED_STATE, type LexEntry } from './lexicon';
import { DATELINE, type Sentence } from './text';
import { byFirstLetter, cachedRegExp, execAll } from './regex';

export interface Mention {
  start: number;
  end: number;
  entity: string;
  kind: EntityKind;
  possessive: boolean;
  /** "Russian" in "Russian technology": an adjective rather than the actor itself. */
  demonym: boolean;
  via: 'dictionary' | 'pattern' | 'title' | 'apposition' | 'name' | 'surname' | 'descriptor' | 'pronoun';
  /** For title mentions: the span of the title phrase ("Russian Foreign Minister Sergei Lavrov"). */
  phrase?: OfficePhrase;
  /** A second office given in apposition to a titled name ("Prime Minister X, the president of CELAC"). */
  alsoPhrase?: OfficePhrase;
  /** "Paul Kagame of Rwanda", "Kwon Tae-ho of the Democratic Party": the country or body named right after a person, and where that name ends. */
  of?: { party: string; end: number };
}

export interface OfficePhrase {
  start: number;
  end: number;
  office: string;
  country?: string;
  org?: string;
}

export interface EntityDraft {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
  country?: string | null;
  offices: Set<string>;
  description?: string;
  firstAt: number;
  /** How sure the extractor is that this is a real actor of the kind given. */
  unsure?: string;
  /** The words for its sort the article introduced a body with ("company", "rebel group"): "the company" may name it again. */
  sorts?: Set<string>;
}

export interface MentionResult {
  mentions: Mention[];
  entities: Map<string, EntityDraft>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
interface Dictionary {
  /** Every dictionary form, folded (foldForDictionary), as one pattern; run it over folded text. */
  re: RegExp;
  /** Folded form → a dictionary form that folds to it. */
  formOf: Map<string, string>;
}
let dictionaryCache: Dictionary | undefined;
/**
 * The dictionary's forms, matched with or without their accents: lists often write a name plainly
 * ("Luiz Inacio Lula da Silva") and reports with its accents ("Luiz Inácio"), or the other way.
 */
function dictionary(): Dictionary {
  if (!dictionaryCache) {
    const formOf = new Map<string, string>();
    for (const f of [...lexicon().forms.keys()].sort((a, b) => b.length - a.length)) {
      const folded = foldForDictionary(f);
      if (!formOf.has(folded)) formOf.set(folded, f);
    }
    const forms = [...formOf.keys()];
    // The characters forms start with (mostly capitals), tested first: without it the lookbehind
    // and then the thousands of forms were tried at every character of every sentence.
    const firsts = [...new Set(forms.map((f) => f[0]))].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    const re = new RegExp(`(?=[${firsts}])(?<![\\w'’.-])(?:${byFirstLetter(forms.map(escape), false)})(?![\\w-]|\\.\\w)`, 'g');
    dictionaryCache = { re, formOf };
  }
  return dictionaryCache;
}

/** The dictionary entry a text names, written as listed or with other accents or apostrophes. */
function dictionaryEntry(said: string): LexEntry | undefined {
  const lex = lexicon();
  const listed = lex.forms.get(said) ?? lex.forms.get(unshout(said));
  if (listed) return listed;
  const form = dictionary().formOf.get(foldForDictionary(said));
  return form === undefined ? undefined : lex.forms.get(form);
}

/**
 * "ZAMBIA and Zimbabwe yesterday agreed …": a country's name set in capitals, as some papers open
 * their stories, read as the name (same length, so offsets hold). Not a dateline ("MINSK –",
 * "LUSAKA, June 6"), which says where the story was filed, not a heading set in capitals, and not a
 * word that is no country's name.
 */
function unshout(text: string): string {
  if (!/[A-Z]{4}/.test(text)) return text;
  // (A line in capitals throughout is a heading: "PYONGYANG AND MINSK SIGN MILITARY PLAN" stays as written.)
  if ((text.match(/\p{Lu}{3,}/gu)?.length ?? 0) >= 3) return text;
  return text.replace(/(?<![\p{L}\p{N}'’.-])(\p{Lu})(\p{Lu}{3,})(?![\p{L}\p{N}'’-])(?!\s*(?:,|\(|–|—|-|\/))/gu, (word, first: string, rest: string) => {
    const titled = first + rest.toLowerCase();
    return lexicon().forms.get(titled)?.kind === 'country' ? titled : word;
  });
}

// Names of any origin: accented letters (Goïta, Billström), particles (al-, bin, von der, da), apostrophes (O'Brien), inner capitals (McKenna, MaryKay, DeLuca).
// (Never ending in a possessive: "Duarte's" is the name "Duarte".)
const NAME_TOKEN = "(?:(?:al-|el-|Al-|El-)?\\p{Lu}[\\p{Ll}'’]*\\p{Ll}(?<!['’]s)(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{L}\\p{Ll}+){0,2})";
const PARTICLE = "(?:(?:bin|bint|ibn|al|el|von|van|der|den|de|da|di|du|dos|das|del|della|la|le)\\s+){0,2}";
const NAME = `${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){0,3}`;
/**
 * What a name starts with (a capital, or "al-"/"el-" before one), tested before the lookbehind of
 * a pattern that opens with a name: the lookbehind alone was tried at every character of every
 * sentence. It holds wherever such a pattern matches, so no match changes.
 */
const NAME_START = '(?=\\p{Lu}|[ae]l-)';
/** Words of a name that go on past where a run of candidates was cut. */
const NAME_GOES_ON = new RegExp(`^(?:\\s+${PARTICLE}${NAME_TOKEN})+(?![\\p{L}\\w-])`, 'u');
const TITLE_WORD_LIST = [...new Set(TITLES.flatMap((t) => t.split(' ')).filter((w) => /^[A-Z]/.test(w)))];
/**
 * Offices written in lower case that no list can hold: "foreign policy chief Josep Borrell",
 * "Indo-Pacific coordinator Kurt Campbell". One or two modifiers (not function words, nor a verb
 * in -ed: "praised army chief X") and an
 * office noun, before a name that is not itself a title ("army chief General X" is the General's).
 */
/** A portfolio in lower case after an open office: "vice-minister of fisheries", "minister for foreign affairs". */
const LOWER_PORTFOLIO = String.raw`(?:\s+(?:of|for)\s+(?:the\s+)?\p{Ll}+(?:\s+(?:and\s+)?\p{Ll}+){0,2})?`;
const OPEN_TITLE = `(?:(?!(?:the|a|an|and|or|but|with|of|to|by|for|from|in|on|at|as|said|says|told|his|her|their|its|who|that|which|new|former)\\s|\\p{Ll}+ed\\s)[\\p{Ll}][\\p{L}-]+\\s+){0,2}(?:vice-|deputy-)?(?:chief|head|coordinator|negotiator|adviser|advisor|envoy|commissioner|czar|tsar|minister|spokesman|spokeswoman|spokesperson|ambassador|governor|executive|director[- ]general|director|manager|chairman|chairwoman|chairperson)${LOWER_PORTFOLIO}(?=\\s+(?!(?:${TITLE_WORD_LIST.map(escape).join('|')})\\b)\\p{Lu})`;
// Titles may follow each other ("army spokesman Major General X"): the rank is part of the office,
// not of the name. (Titles joined by "and" are not read as one office.)
const TITLE_ALTERNATIVES = byFirstLetter(TITLES.map(escape), false);
// ("Foreign Secretary Ma. Theresa Lazaro", "Md. Touhid Hossain": a given name written short opens the name.)
const TITLE_RE = new RegExp(`(?<![\\p{L}\\w-])((?:${TITLE_ALTERNATIVES})(?:\\s+(?:${TITLE_ALTERNATIVES}))*)\\s+((?:(?:Ma|Md|Mohd|Muh)\\.\\s+)?${NAME})(?![\\p{L}\\w-])`, 'gu');
/** A listed title opening the text, before a name: "Secretary-General António Guterres". */
const TITLE_AHEAD_RE = new RegExp(`^(?:${TITLE_ALTERNATIVES})\\s+\\p{Lu}`, 'u');
/** A listed title right before a surname: "President Lukashenko". */
const TITLE_BEFORE_RE = new RegExp(`(${TITLES.map(escape).join('|')})\\s+$`);
const OPEN_TITLE_RE = new RegExp(`(?<![\\p{L}\\w-])(${OPEN_TITLE})\\s+(${NAME})(?![\\p{L}\\w-])`, 'gu');
const OPEN_TITLE_HINT = new RegExp(String.raw`\b(?:chief|head|coordinator|negotiator|adviser|advisor|envoy|commissioner|czar|tsar|minister|spokesman|spokeswoman|spokesperson|ambassador|governor|executive|general|director|manager|chairman|chairwoman|chairperson)${LOWER_PORTFOLIO}\s+\p{Lu}`, 'u');

/** Listed titles, and open ones only where an office noun stands before a capital (a costly pattern kept off most sentences). */
function titleMatches(body: string): RegExpExecArray[] {
  const listed = [...execAll(TITLE_RE, body), ...portfolioTitleMatches(body)];
  const overlaps = (o: RegExpExecArray, l: RegExpExecArray) => o.index! < l.index! + l[0].length && l.index! < o.index! + o[0].length;
  const first = listed.filter((o, i) => !listed.some((l, j) => j < i && overlaps(o, l)));
  if (!OPEN_TITLE_HINT.test(body)) return first.sort((a, b) => a.index! - b.index!);
  const open = execAll(OPEN_TITLE_RE, body).filter((o) => !first.some((l) => overlaps(o, l)));
  return [...first, ...open].sort((a, b) => a.index! - b.index!);
}

/** "Deputy Minister of", "Minister for", "Vice Minister of": an office in official style, its portfolio after it. */
const PORTFOLIO_TITLE_RE = /(?<![\p{L}-])(?:(?:Deputy|Vice|First|Acting|Assistant|Junior|Senior)[\s-]+)*(?:Minister|Secretary|Undersecretary|Under-Secretary|Cabinet\s+Secretary)\s+(?:of|for)\s+(?:the\s+)?/gu;
const PORTFOLIO_JOINERS = /^(?:and|&|of|for|the)$/;
const COURTESY_WORD = new RegExp(`^(?:${COURTESY_TITLES})\\.?$`);
/** A word of the run after such an office, a courtesy title keeping its full stop ("Hon."), with the comma or space before it. */
const PORTFOLIO_RUN_TOKEN = new RegExp(String.raw`(,?\s*)((?:${COURTESY_TITLES})\.|\S+?)(?=[\s,;:.)]|$)`, 'gy');

/**
 * "Deputy Minister of Water and Sanitation Lerato Ngcobo", "Vice Minister of Trade, Industry and
 * Energy Park Jae-won", "the Minister of Fisheries and Water Resources, Hon. Lamin Kebba Jobe": the
 * run of capitalised words after the office is the portfolio (words of titles.json portfolioWords
 * and the words joining them) and then the holder's name, two to four words none of them a
 * portfolio's, or whatever follows a courtesy title. As title matches: [whole, office, name].
 */
function portfolioTitleMatches(body: string): RegExpExecArray[] {
  if (!/\b(?:Minister|Secretary)\s+(?:of|for)\s/.test(body)) return [];
  const out: RegExpExecArray[] = [];
  for (const m of execAll(PORTFOLIO_TITLE_RE, body)) {
    const runAt = m.index! + m[0].length;
    // The run: capitalised words, joiners between them, commas before a capital.
    const tokens: Array<{ word: string; at: number }> = [];
    const re = PORTFOLIO_RUN_TOKEN;
    re.lastIndex = runAt;
    for (let t = re.exec(body); t; t = re.exec(body)) {
      const word = t[2];
      const capital = /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !/['’]s$/.test(word);
      if (!(capital || (PORTFOLIO_JOINERS.test(word) && !t[1].includes(',')))) break;
      tokens.push({ word, at: t.index + t[1].length });
      if (tokens.length > 14) break;
    }
    while (tokens.length && PORTFOLIO_JOINERS.test(tokens[tokens.length - 1].word)) tokens.pop();
    const courtesy = tokens.findIndex((t) => COURTESY_WORD.test(t.word));
    let from = tokens.length;
    let to = tokens.length;
    if (courtesy > 0) from = courtesy + 1;
    else while (from > 0 && !PORTFOLIO_WORDS.has(tokens[from - 1].word) && !PORTFOLIO_JOINERS.test(tokens[from - 1].word) && !COURTESY_WORD.test(tokens[from - 1].word)) from--;
    // "Minister of Water Resources Jasur Karimberdiyev and Begench Orazmyradov, …": the run goes on past the holder to a
    // second person; the holder's name is the words right after the portfolio, up to the "and".
    if (courtesy <= 0) {
      const first = tokens.findIndex((t) => !PORTFOLIO_WORDS.has(t.word) && !PORTFOLIO_JOINERS.test(t.word));
      const stop = first < 0 ? -1 : tokens.findIndex((t, i) => i > first && t.word === 'and');
      if (first > 0 && stop - first >= 2 && stop - first <= 4) {
        from = first;
        to = stop;
      }
    }
    const name = tokens.slice(from, to);
    const portfolio = tokens.slice(0, courtesy > 0 ? courtesy : from);
    if (name.length < 2 || name.length > 4 || !portfolio.length || !PORTFOLIO_WORDS.has(portfolio[portfolio.length - 1].word)) continue;
    const nameStart = name[0].at;
    // ("Angola's Minister of Transport, Ricardo Viegas de Abreu": a name that goes on with a particle is read in apposition, whole.)
    if (/^\s+(?:de|da|do|dos|das|del|van|von|der|den|bin|binti|bint|ibn|al|el|la|le|du|y|e)\s/.test(body.slice(name[name.length - 1].at + name[name.length - 1].word.length))) continue;
    const nameEnd = name[name.length - 1].at + name[name.length - 1].word.length;
    const office = body.slice(m.index!, portfolio[portfolio.length - 1].at + portfolio[portfolio.length - 1].word.length).replace(/\s+/g, ' ');
    const match = [body.slice(m.index!, nameEnd), office, body.slice(nameStart, nameEnd)] as unknown as RegExpExecArray;
    match.index = m.index!;
    out.push(match);
  }
  return out;
}
/** How many characters of words that are no name ("On Wednesday", "Then") open a run of capitalised words, leaving two or more. */
function openingWordsBefore(run: string): number {
  const words = run.split(/\s+/);
  let n = 0;
  while (words.length - n > 2 && (NOT_GIVEN_NAMES.has(words[n]) || NOT_NAMES.test(words[n]))) n++;
  return n ? run.indexOf(words[n], words.slice(0, n).join(' ').length) : 0;
}

/**
 * What a pattern that opens with a name of two to four words and a comma after it ("Hyun Seung-soo, a researcher …":
 * APPOSITION_RE, NAME_THEN_OWNERLESS_OFFICE_RE) cannot match without, tested first: most sentences have none, and the
 * pattern tries a name at every capital. The name's last word (NAME_TOKEN: "al-"/"el-" or not, a capital, no space or
 * comma, a lower-case letter last) comes after a space (\s+, or a particle and \s+), and ",\s+" after it.
 */
const NAME_THEN_COMMA = /\s(?:[ae]l-|[AE]l-)?\p{Lu}[^\s,]*\p{Ll},\s/u;
/** The offices after a name's comma, capitalised or not: "X, Member of the Bundestag", "Y, member of the Milli Majlis". */
const APPOSITION_OFFICES_ANY_CASE = APPOSITION_OFFICES.map((o) => o.replace(/^[a-z]/, (c) => `[${c}${c.toUpperCase()}]`)).join('|');
const APPOSITION_RE = new RegExp(`${NAME_START}(?<![\\p{L}\\w-])(${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){1,3}),\\s+(?:(?:now|currently|still)\\s+)?(?:(?:a|an|the)\\s+)?((?:[a-z][\\w-]*\\s+){0,3}?(?:vice-|deputy-|co-)?(?:${APPOSITION_OFFICES_ANY_CASE}))\\s+(?:at|of|for|with|in|to)\\s+`, 'gu');
const NAME_CANDIDATE_RE = new RegExp(`${NAME_START}(?<![\\p{L}\\w-])(${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){1,3})(?![\\p{L}\\w-])()`, 'gu');
const TITLE_WORDS = new Set(TITLE_WORD_LIST);
/** "… and Transport Mr Khammanh Phommachack": a courtesy title inside a run of capitalised words, before a name of two words or more. */
const COURTESY_INSIDE_NAME = new RegExp(String.raw`(?:^|\s)(?:(?:${COURTESY_TITLES})\.?\s+)+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})`, 'u');
const COURTESY_BEFORE_NAME = new RegExp(String.raw`^(?:(?:${COURTESY_TITLES})\.?\s+)+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})`, 'u');
/** Words that end titles and bodies' names after an owner ("Ukraine's General Staff", "Director General", "Prince Group") and are no body's head word (ORG_HEADS): no one-word name. */
const TITLE_OR_BODY_TAIL = /^(?:General|Staff|Group|Affairs)$/;
const NOT_NAMES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const ORG_HEADS = ORG_NAME_HEADS.join('|');
/** One of those words alone: "Police", "Army": the head of a name, not a name. */
const ORG_HEAD_WORD = new RegExp(`^(?:${ORG_HEADS})$`);
const ENDS_WITH_ORG_HEAD = new RegExp(`(?:${ORG_HEADS})$`);
/** Bodies whose names may open on the head word, before their "of"/"for" tail: "University of Lima", "Centre for Eurasian Studies". */
const HEAD_FIRST_BODIES = 'University|Institute|Centre|Center|School|Academy|College';
// Up to two "for/of/on …" tails: "Democratic Forces for the Liberation of Rwanda".
// (Letters of any alphabet: "Suwałki Regional Hospital", "Škoda Works".)
/** Lower-case words inside a capitalised name: "Dar es Salaam", "Grands Trains du Sénégal". */
const NAME_PARTICLES = 'and|es|el|de|del|da|do|dos|la|le|du|des|di';
/** A "for/of/on …" tail of a body's name: "… for the Liberation of Rwanda", "… of Dar es Salaam". */
const ORG_TAIL_NAME = `(?:the\\s+)?(?!(?:${NOT_NAMES.source.slice(2, -2)})\\b)\\p{Lu}[\\p{L}\\p{N}_'’-]*(?:\\s+(?:(?:${NAME_PARTICLES})\\s+)?\\p{Lu}[\\p{L}\\p{N}_'’-]*)*`;
const ORG_TAIL = `(?:\\s+(?:for|of|on)\\s+${ORG_TAIL_NAME})`;
// A name opening on its head word takes a second tail only after "for": "Centre for Analysis and Dissemination of the
// Paraguayan Economy", but "the Institute of Applied Astronomy of the Russian Academy" is an institute of the academy.
const ORG_RE = new RegExp(`(?<![\\p{L}\\p{N}_-])((?:\\p{Lu}[\\p{L}\\p{N}_'’.-]*\\s+(?:and\\s+)?){1,5}(?:${ORG_HEADS})(?![\\p{L}\\p{N}_-]|['’](?!s\\b))${ORG_TAIL}{0,2}|(?:${HEAD_FIRST_BODIES})(?:\\s+for\\s+${ORG_TAIL_NAME}${ORG_TAIL}?|${ORG_TAIL}))(?:\\s+\\(([A-Z]{2,8})\\))?`, 'gu');
// Titles that open with what reads as a body's name ("Chief Cabinet Secretary"), by those opening words.
const TITLES_BY_BODY_START = new Map<string, string[]>();
for (const t of TITLES) {
  const w = t.split(' ');
  for (let i = 2; i < w.length; i++) {
    const head = w.slice(0, i).join(' ');
    if (ENDS_WITH_ORG_HEAD.test(head)) TITLES_BY_BODY_START.set(head, [...(TITLES_BY_BODY_START.get(head) ?? []), t]);
  }
}
/** "Chief Cabinet Secretary Aiko Sato": the body-like opening of a title before a name is that title, no body. */
function opensTitle(text: string, start: number, name: string): boolean {
  return (TITLES_BY_BODY_START.get(name) ?? []).some((t) => text.startsWith(t, start) && /^,?\s+\p{Lu}/u.test(text.slice(start + t.length, start + t.length + 4)));
}
let tails: Set<string> | undefined;
/** The endings of the dictionary's body names ("Security Council" of "U.N. Security Council"). */
function bodyTails(): Set<string> {
  if (!tails) {
    tails = new Set();
    for (const [form, entry] of lexicon().forms) {
      if (entry.kind !== 'organization' && entry.kind !== 'bloc') continue;
      const w = form.split(' ');
      for (let i = 1; i < w.length - 1; i++) tails.add(w.slice(i).join(' '));
    }
  }
  return tails;
}
/** The office of a body's head, in lower case, before a person's name: what HEADED_BODY_RE looks for after a body's name. */
const HEAD_OF_BODY = String.raw`(?:chief\s+executive(?:\s+officer)?|general\s+director|director[- ]general|managing\s+director|executive\s+director|general\s+manager|chairman|chairwoman|chairperson|president|spokes(?:man|woman|person))`;
const HEADED_BODY_HINT = new RegExp(String.raw`\s${HEAD_OF_BODY}\s+\p{Lu}`, 'u');
const HEADED_BODY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}&'’.-])((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,2}\p{Lu}[\p{L}\p{N}&.-]*)(?:['’]s)?\s+(?=${HEAD_OF_BODY}\s+\p{Lu}\p{Ll})`, 'gu');
const MINISTRY_RE = /(?<![\w-])(?:[Tt]he\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*?(?:'s)?)\s+((?:foreign|defen[cs]e|interior|trade|economy|finance|unification|justice|emergencies)\s+ministry|parliament|legislature|national assembly)\b/g;
const NAMED_AFTER_KIND_RE = /\b(?:think[- ]tank|research (?:group|institute|centre|center)|policy institute|consultancy|lobby group|advocacy group|rights group|watchdog)\s+((?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*){0,3})/g;
/** "Afghanistan's eastern province of Paktika", "the northern state of Roraima" (not "the state of emergency"). */
const PROVINCE_OF_RE = /(?:\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+|\b(?:the|its|their|his|her)\s+)(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|(?:restive|border|coastal|southern|northern|eastern|western|central|remote|mountainous|oil-rich|breakaway|disputed|neighbouring|neighboring)\s+){0,2}(?:province|state|district|governorate|oblast) of\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?![\p{L}\w'’-])/gu;
const GROUP_RE = /(?<![\w-])([A-Z][a-z]+\s+(?:mercenary|paramilitary|militant|rebel)\s+group)\b/g;
/** "the Lawrence Bishnoi gang", "the Gulf Clan": a criminal group named after its founder or home is a group, not a person or place. */
const GANG_RE = /(?<![\w-])((?:[A-Z][a-z]+\s+){1,3}(?:gang|Gang|cartel|crime family|syndicate))\b/g;
/**
 * Words without which the patterns that read a run of capitalised words as a name by the word after it cannot match,
 * tested first: those patterns try a run at every capital of every sentence, and most sentences hold none of these words.
 * Each hint holds every word the pattern may end its name on (ORG_RE: its heads, HEAD_FIRST_BODIES among them; PLACE_RE:
 * the heads, "Far East", "-on-", the seas and gulfs before "of"; MINISTRY_RE: what its name must end with; GANG_RE: its heads).
 */
const ORG_HINT = new RegExp(ORG_HEADS);
const MINISTRY_HINT = /ministry|parliament|legislature|national assembly/;
const GANG_HINT = /gang|Gang|cartel|crime family|syndicate/;
const PLACE_HINT = /Cosmodrome|airfield|Airfield|Airport|airport|Square|Hotel|Peninsula|region|Region|Province|province|Oblast|Krai|Sea|Strait|Gulf|Ocean|River|Valley|Basin|Delta|Plateau|Desert|Mountains|Far East|-on-|Bay|Bight/;
const PLACE_RE = /(?<![\w-])((?:[A-Z][\w'’-]*\s+){1,3}(?:Cosmodrome|airfield|Airfield|Airport|airport|Square|Hotel|Peninsula|region|Region|Province|province|Oblast|Krai|Sea|Strait|Gulf|Ocean|River|Valley|Basin|Delta|Plateau|Desert|Mountains))\b|\b((?:the\s+)?(?:[A-Z][a-z]+\s+)?Far East)\b|(?<![\w-])([A-Z][a-z]+-on-[A-Z][a-z]+)\b|(?<![\w-])((?:Sea|Gulf|Bay|Strait|Straits|Bight)\s+of\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?![\w-])/g;

let ownerFormsById: Map<string, string[]> | undefined;
/** A country's name in the possessive and its first demonym ("Ukraine's", "Ukrainian"): how a national body's owner is written. */
/** A word the dictionary knows as a country's demonym ("Cypriot", "Serb"). */
function isDemonymWord(word: string | undefined): boolean {
  if (!word) return false;
  const entry = lexicon().forms.get(word);
  return !!entry && entry.kind === 'country' && !!entry.demonym;
}

function ownerForms(id: string): string[] {
  if (!ownerFormsById) {
    ownerFormsById = new Map();
    for (const [form, entry] of lexicon().forms) {
      if (entry.kind !== 'country' || !entry.demonym || ownerFormsById.has(entry.id) || !/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(form)) continue;
      ownerFormsById.set(entry.id, [form]);
    }
  }
  const name = lexicon().entries.get(id)?.name;
  return [...(name ? [`${name}'s`] : []), ...(ownerFormsById.get(id) ?? [])];
}

function normName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** Levenshtein distance, for telling transliterations of one name apart from different names. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

/** East Asian names put the family name first ("Choe Son-hui", "Kim Jong Un"). */
const FAMILY_FIRST_COUNTRIES = new Set(['kp', 'kr', 'cn', 'tw', 'vn', 'hk', 'mo']);
/** Where news copy refers to people by the given name ("Abiy Ahmed" … "Abiy said"): Ethiopia, Eritrea, Iceland, Indonesia, Myanmar. */
const GIVEN_NAME_COUNTRIES = new Set(['et', 'er', 'is', 'id', 'mm']);
function surnameOf(name: string, country?: string | null): string {
  const parts = name.split(/\s+/).filter((p) => !/^(Jr|Sr|II|III|IV)\.?$/.test(p));
  if (parts.length < 2) return name;
  // Romanized Korean and Chinese names: "Kang Sun Nam", "Choe Son-hui", "Li Hongzhong".
  const shortSyllables = parts.length === 3 && parts.every((p) => p.length <= 5);
  const familyFirst = (country && FAMILY_FIRST_COUNTRIES.has(country)) || /-[a-z]/.test(parts[parts.length - 1]) || shortSyllables;
  return familyFirst ? parts[0] : parts[parts.length - 1];
}

/** Drops a Russian-style patronymic: "Maxim Vladimirovich Ryzhenkov" → "Maxim Ryzhenkov". */
function withoutPatronymic(name: string): string {
  const parts = name.split(/\s+/);
  if (parts.length === 3 && /(ovich|evich|ich|ovna|evna|ichna)$/.test(parts[1])) return `${parts[0]} ${parts[2]}`;
  return name;
}

/** Office classes for matching descriptions to people. */
function officeClass(office: string): string {
  // (Accents folded: "Tánaiste" in the text is the dictionary's "Tanaiste".)
  const o = office.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/vice|deputy/.test(o)) return 'deputy';
  // An opposition leader is no head of state: "the Belarusian leader" is the president, not the opposition's leader.
  if (/opposition/.test(o)) return 'opposition';
  if (/foreign minister|top diplomat|secretary of state|external affairs minister|minister of (?:foreign|external) affairs/.test(o)) return 'fm';
  if (/defen[cs]e (minister|secretary)/.test(o)) return 'dm';
  if (/leader|president|premier|prime minister|chancellor|king|queen/.test(o)) return 'head';
  if (/minister/.test(o)) return 'minister';
  return o;
}

class Builder {
  mentions: Mention[] = [];
  entities = new Map<string, EntityDraft>();
  private byNorm = new Map<string, string>();
  /** For each character, the first mention added over it (-1: none): overlap checks stay linear in long texts. */
  private owner: Int32Array;
  private added: Mention[] = [];
  /** Where a body no dictionary knows is described ("Russian miner"): the countries there describe it. */
  bodyDescriptions: { start: number; end: number }[] = [];

  constructor(readonly text: string) {
    this.owner = new Int32Array(text.length).fill(-1);
  }

  /** Mentions by 256-character bucket of their start, so span queries don't scan the whole article. */
  private buckets = new Map<number, Mention[]>();
  byEntity = new Map<string, Mention[]>();

  /** Mentions starting in [start, end) (and ending by `until`, when given). */
  within(start: number, end: number, until = Infinity): Mention[] {
    const out: Mention[] = [];
    for (let k = start >> 8; k <= (Math.max(start, end - 1) >> 8); k++) {
      for (const m of this.buckets.get(k) ?? []) if (m.start >= start && m.start < end && m.end <= until) out.push(m);
    }
    return out.sort((x, y) => x.start - y.start);
  }

  /** The latest mention of an entity starting before `at` (optionally of one sort), or -1. */
  lastStart(id: string, at: number, accept: (m: Mention) => boolean = () => true): number {
    let best = -1;
    for (const m of this.byEntity.get(id) ?? []) if (m.start < at && accept(m)) best = Math.max(best, m.start);
    return best;
  }

  overlaps(start: number, end: number): Mention | undefined {
    for (let i = start; i < end; i++) if (this.owner[i] >= 0) return this.added[this.owner[i]];
    return undefined;
  }

  entity(id: string, kind: EntityKind, name: string, at: number, country?: string | null): EntityDraft {
    let e = this.entities.get(id);
    if (!e) {
      e = { id, kind, name, aliases: new Set(), country, offices: new Set(), firstAt: at };
      this.entities.set(id, e);
    }
    if (e.country == null && country) e.country = country;
    return e;
  }

  alias(e: EntityDraft, form: string): void {
    const f = form.replace(/['’]s$/, '').trim();
    if (f && f !== e.name) e.aliases.add(f);
  }

  add(found: Omit<Mention, 'possessive'>): Mention {
    // "Dr Marcia Lindo": the courtesy title is no part of the person's name or mention.
    const courtesy = found.kind === 'person' ? COURTESY_BEFORE_NAME.exec(this.text.slice(found.start, found.end)) : null;
    const m = courtesy ? { ...found, start: found.start + courtesy[0].length } : found;
    // "Russia's", and "Laos' " / "the Philippines' " (a name ending in s takes the apostrophe alone).
    const possessive = /^['’]s?\b/.test(this.text.slice(m.end, m.end + 2)) || (/s$/.test(this.text.slice(m.end - 1, m.end)) && /^['’]\s/.test(this.text.slice(m.end, m.end + 2)));
    const mention = { ...m, possessive };
    this.mentions.push(mention);
    const index = this.added.push(mention) - 1;
    const bucket = this.buckets.get(m.start >> 8);
    if (bucket) bucket.push(mention);
    else this.buckets.set(m.start >> 8, [mention]);
    const list = this.byEntity.get(m.entity);
    if (list) list.push(mention);
    else this.byEntity.set(m.entity, [mention]);
    for (let i = m.start; i < m.end; i++) if (this.owner[i] < 0) this.owner[i] = index;
    return mention;
  }

  /** Takes back a mention read too early (a dictionary word that turns out to open a person's name). */
  remove(mention: Mention): void {
    const index = this.added.indexOf(mention);
    this.mentions = this.mentions.filter((x) => x !== mention);
    const bucket = this.buckets.get(mention.start >> 8);
    if (bucket) this.buckets.set(mention.start >> 8, bucket.filter((x) => x !== mention));
    const list = this.byEntity.get(mention.entity);
    if (list) this.byEntity.set(mention.entity, list.filter((x) => x !== mention));
    for (let i = mention.start; i < mention.end; i++) if (this.owner[i] === index) this.owner[i] = -1;
    // Another mention over the same characters owns them now.
    for (const other of this.mentions) {
      if (other.start >= mention.end || other.end <= mention.start) continue;
      const at = this.added.indexOf(other);
      for (let i = Math.max(other.start, mention.start); i < Math.min(other.end, mention.end); i++) if (this.owner[i] < 0) this.owner[i] = at;
    }
  }

  /**
   * Transliterations of one name in one article ("Abdourahamane Tiani" / "Abdourahamane
   * Tchiani"): the same given name and a family name one or two letters apart is the same
   * person. Only when exactly one known person fits.
   */
  private variantOf(name: string): string | undefined {
    const parts = name.split(/\s+/);
    if (parts.length < 2) return undefined;
    const fits = [...this.entities.values()].filter((e) => {
      if (e.kind !== 'person') return false;
      const other = e.name.split(/\s+/);
      if (other.length !== parts.length || normName(other[0]) !== normName(parts[0])) return false;
      const a = normName(parts[parts.length - 1]);
      const b = normName(other[other.length - 1]);
      return a !== b && Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 2;
    });
    return fits.length === 1 ? fits[0].id : undefined;
  }

  person(name: string, at: number, country?: string | null): EntityDraft {
    const full = name.trim().replace(COURTESY_BEFORE_NAME, '');
    const short = withoutPatronymic(full);
    const key = normName(short);
    const known = this.byNorm.get(key) ?? this.byNorm.get(normName(full)) ?? this.variantOf(short);
    if (known) {
      const e = this.entities.get(known)!;
      this.alias(e, full);
      if (e.country == null && country) e.country = country;
      return e;
    }
    const gaz = dictionaryEntry(short) ?? dictionaryEntry(full);
    const id = gaz?.kind === 'person' ? gaz.id : slugify(short);
    // The article's own spelling names the person when it is the dictionary's name with accents or hyphens ("Tobias Billström", "Choe Son-hui").
    const spelled = gaz?.kind === 'person' && normName(gaz.name) !== normName(short) ? gaz.name : short;
    const e = this.entity(id, 'person', spelled, at, gaz?.country ?? country);
    if (gaz?.kind === 'person' && spelled !== gaz.name) this.alias(e, gaz.name);
    if (gaz?.kind === 'person' && gaz.office && !e.offices.size) e.offices.add(gaz.office);
    this.alias(e, full);
    this.byNorm.set(key, e.id);
    this.byNorm.set(normName(full), e.id);
    for (const a of e.aliases) this.byNorm.set(normName(a), e.id);
    // Korean names are written both "Choe Son-hui" and "Choe Son Hui": keep both spellings.
    if (/-[a-z]/.test(short)) this.alias(e, short.replace(/-([a-z])/g, (_, c: string) => ` ${c.toUpperCase()}`));
    else if (e.country && FAMILY_FIRST_COUNTRIES.has(e.country) && short.split(' ').length === 3) {
      const [f, a, b] = short.split(' ');
      this.alias(e, `${f} ${a}-${b.toLowerCase()}`);
    }
    return e;
  }
}

/** Finds every actor mention in the considered sentences of an article. */
export function findMentions(text: string, sentences: Sentence[]): MentionResult {
  const b = new Builder(text);
  const lex = lexicon();
  const considered = sentences.filter((s) => s.zone !== 'byline');

  // National bodies whose name another body also bears, by country and name: "Russia's Security Council" and "the Russian Security Council" are one.
  const nationalBodies = new Map<string, string>();

  // 1. Organization, ministry, group and place patterns (longest, most specific first).
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    for (const m of MINISTRY_HINT.test(body) ? execAll(MINISTRY_RE, body) : []) {
      const owner = m[1].replace(/['’]s$/, '');
      const country = lex.forms.get(owner) ?? lex.forms.get(owner.replace(/^the\s+/i, ''));
      if (!country || country.kind !== 'country') continue;
      const start = s.start + m.index! + m[0].indexOf(m[1]);
      const end = s.start + m.index! + m[0].length;
      if (b.overlaps(start, end)) continue;
      const name = text.slice(start, end);
      // A body the dictionary knows by this wording ("Turkey's parliament" is the Grand National Assembly).
      const known = lex.forms.get(name);
      const e = known?.kind === 'organization' ? b.entity(known.id, 'organization', known.name, start, known.country) : b.entity(`${country.id}-${slugify(m[2])}`, 'organization', name, start, country.id);
      b.alias(e, name);
      // "Ukraine's foreign ministry" is also "the Ukrainian foreign ministry": one body, written either way.
      if (known?.kind !== 'organization') for (const form of ownerForms(country.id)) b.alias(e, `${form} ${m[2].toLowerCase()}`);
      b.add({ start, end, entity: e.id, kind: 'organization', demonym: false, via: 'pattern' });
    }
    for (const m of ORG_HINT.test(body) ? execAll(ORG_RE, body) : []) {
      // "The Organization of American States' secretary general": the apostrophe of a name ending in s is no part of it.
      let name = m[1].trim().replace(/(?<=s)['’]$/, '');
      let start = s.start + m.index!;
      // ("Our Company signed …": a possessive determiner opening a sentence is no part of a name either.)
      const lead = /^(?:The|A|An|In|On|At|During|But|And|As|According to the|According to|Our|Their|Its|His|Her|This|That|Every|Each)\s+/.exec(name);
      if (lead) {
        name = name.slice(lead[0].length);
        start += lead[0].length;
      }
      // "the Russian-led Collective Security Treaty Organization": who leads or backs a body is no part of its name.
      const modifier = /^[A-Z][\w'’.]*-(?:led|backed|based|run|funded|allied|aligned|sponsored|controlled|dominated)\s+/.exec(name);
      if (modifier) {
        name = name.slice(modifier[0].length);
        start += modifier[0].length;
      }
      // "the Bureau of Surveying and Mapping", not "the Ministry of Defence and Russia's army": after "of", a word joined by
      // "and" is part of the name unless the dictionary knows it (a country, a capital, a body of its own).
      const joined = / and (\p{Lu}[\p{L}\p{N}_'’-]*)(?:['’]s)?(?:\s.*)?$/u.exec(name);
      if (joined && / (?:for|of|on) /.test(name.slice(0, joined.index)) && dictionaryEntry(joined[1])) name = name.slice(0, joined.index);
      // "Bellegprom and North Korea's Ministry of Light Industry": a country's possessive after "and" opens another name.
      const andOwner = /^(.+?\s+and\s+)((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s\s+/u.exec(name);
      if (andOwner && lex.forms.get(andOwner[2])?.kind === 'country') {
        start += andOwner[1].length;
        name = name.slice(andOwner[1].length);
      }
      // "Russia's Africa Corps": a known body after its country's possessive is that body; the country is read on its own.
      const possessed = /^(.+?)['’]s\s+(.+)$/.exec(name);
      // (Only a national body of that country: "Russia's Security Council" is not the U.N.'s.)
      const owner = possessed ? lex.forms.get(possessed[1]) : undefined;
      const ownBody = possessed ? lex.forms.get(possessed[2]) : undefined;
      // A body several states have under one name ("South Korea's National Intelligence Service") is that country's.
      const nationalOf = possessed && owner?.kind === 'country' && ownBody?.kind === 'organization' && ownBody.national ? owner.id : undefined;
      if (possessed && owner?.kind === 'country' && ownBody?.kind === 'organization' && (ownBody.country === owner.id || nationalOf)) {
        start += possessed[0].length - possessed[2].length;
        name = possessed[2];
      } else if (possessed && /^(?:North|South)$/.test(possessed[1]) && /\s/.test(possessed[2])) {
        // "the North's National Tourism Administration": the possessive says whose body, it is no part of the name.
        start += possessed[0].length - possessed[2].length;
        name = possessed[2];
      }
      if (!/\s/.test(name)) continue;
      // "Foreign Ministry spokeswoman Maria Zakharova": a ministry no country owns, opening a spokesperson's title, is part of
      // the title; whose ministry it is, the holder or the article says.
      if (/^(?:Foreign|Defen[cs]e|Interior|Finance|Trade|Economy|Justice)\s+Ministry$/.test(name) && !lex.forms.get(name) && /^\s+spokes(?:man|woman|person)\b/i.test(body.slice(m.index! + m[0].length))) continue;
      // "Paraguay's Public Works Minister Claudia Centurión": a name no dictionary knows, right before "Minister" and a name,
      // is the minister's portfolio, not a body.
      if (!lex.forms.get(name) && !lex.forms.get(possessed?.[2] ?? '') && /^\s+Minister\s+\p{Lu}/u.test(body.slice(m.index! + m[0].length))) continue;
      // "Interior Cabinet Secretary Kipchumba Murkomen": a portfolio before "Cabinet Secretary" (Kenya's ministers) is part of the title.
      if (/\bCabinet$/.test(name) && /^\s+Secretary\s+\p{Lu}/u.test(body.slice(m.index! + m[0].length))) continue;
      // "Chief Cabinet Secretary Aiko Sato": a body's head word that opens a longer title is that title, no body.
      // ("Japan's Chief Cabinet Secretary, Minoru Kihara": after the owner's possessive too.)
      if (opensTitle(text, start, name) || (possessed && opensTitle(text, start + possessed[0].length - possessed[2].length, possessed[2]))) continue;
      const dictionary = lex.forms.get(name);
      const end = start + name.length + (m[2] ? m[0].length - m[1].length : 0);
      if (b.overlaps(start, end)) continue;
      const firstWord = name.split(/\s+/)[0];
      const leadingCountry = lex.forms.get(firstWord) ?? lex.forms.get(name.split(/\s+/).slice(0, 2).join(' '));
      // "North Korean Central News Agency" is the "Korean Central News Agency" with its country in front.
      const stripped = leadingCountry?.kind === 'country' ? name.replace(/^(\S+\s+){1,2}?/, '') : name;
      // (Only a body of that country: "the Russian Security Council" is not the U.N.'s.)
      const strippedBody = stripped !== name ? lex.forms.get(stripped) : undefined;
      const ownBodyOf = strippedBody && (strippedBody.kind !== 'organization' || strippedBody.country === leadingCountry?.id || strippedBody.national) ? strippedBody : undefined;
      const known = dictionary ?? (stripped !== name ? ownBodyOf : lex.forms.get(stripped)) ?? organizationNamed(stripped);
      const isOrg = known?.kind === 'organization';
      if (known && !isOrg) continue;
      // ("the Nigerian Navy", "the Benin Army": a state's force written as a name is a body, as "the Swedish Coast Guard" is.)
      if (!isOrg && leadingCountry?.kind === 'country' && name.split(/\s+/).length <= 2 && !/\s(?:Navy|Army|Railways?|Airlines|Airways|Police|Gendarmerie)$/.test(name)) continue;
      // "Russia's Security Council" and "the Russian Security Council": one national body, whichever way its country is written.
      // (Only a name another body also bears, which is why it keeps its country: the rest are named without it below.)
      const candidate = isOrg ? undefined : possessed && owner?.kind === 'country' ? { country: owner.id, body: possessed[2] } : leadingCountry?.kind === 'country' && stripped !== name ? { country: leadingCountry.id, body: stripped } : undefined;
      const bodyOfCountry = candidate && bodyTails().has(candidate.body) ? candidate : undefined;
      const sameBody = bodyOfCountry ? nationalBodies.get(`${bodyOfCountry.country}|${bodyOfCountry.body}`) : undefined;
      // "The Royal Bahamas Defence Force … The Defence Force arrested …": a body named again by the end of its full name.
      const shortened = isOrg || sameBody ? undefined : longerBodyEndingWith(b, name);
      // "Iran's Supreme Defence Council": a body no dictionary knows, after its country's possessive, is named, and its id made, without it.
      // (Not when that name ends another body's: "Russia's Security Council" is not "the Security Council".)
      const ownName = !isOrg && possessed && owner?.kind === 'country' && /\s/.test(possessed[2]) && !bodyTails().has(possessed[2]) ? possessed[2] : undefined;
      const id = isOrg ? known!.id : sameBody ?? shortened?.id ?? slugify(ownName ?? name);
      if (bodyOfCountry && !sameBody) nationalBodies.set(`${bodyOfCountry.country}|${bodyOfCountry.body}`, id);
      // "the Royal Thai Air Force", "the Royal Saudi Navy": the demonym after "Royal" says whose force it is.
      const royal = /^(?:Royal|Imperial)$/.test(firstWord) ? lex.forms.get(name.split(/\s+/)[1] ?? '') : undefined;
      const country = isOrg ? (known!.country ?? nationalOf) : possessed && owner?.kind === 'country' ? owner.id : leadingCountry?.kind === 'country' ? leadingCountry.id : royal?.kind === 'country' ? royal.id : null;
      const e = shortened ?? b.entity(id, 'organization', isOrg ? known!.name : ownName ?? name, start, country ?? null);
      b.alias(e, name);
      if (m[2]) b.alias(e, m[2]);
      b.add({ start, end, entity: e.id, kind: 'organization', demonym: false, via: 'pattern' });
    }
    // "the Istanbul-based think tank EDAM", "the research group Chatham House": a named body after a generic description of it.
    for (const m of execAll(NAMED_AFTER_KIND_RE, body)) {
      const name = m[1];
      const start = s.start + m.index! + m[0].length - name.length;
      const end = start + name.length;
      if (b.overlaps(start, end) || lex.forms.get(name)?.kind === 'country') continue;
      const known = lex.forms.get(name);
      const e = known?.kind === 'organization' ? b.entity(known.id, 'organization', known.name, start, known.country) : b.entity(slugify(name), 'organization', name, start, null);
      b.alias(e, name);
      b.add({ start, end, entity: e.id, kind: 'organization', demonym: false, via: 'pattern' });
    }
    // "Zubr Velo chief executive Andrei Kavaliou", "NGC president Marlon Baptiste", "Belagroteplitsa's director general X":
    // a name no dictionary knows, right before the office of a body's head and a person's name, is that body.
    if (HEADED_BODY_HINT.test(body)) {
      for (const m of execAll(HEADED_BODY_RE, body)) {
        let name = m[1];
        let start = s.start + m.index!;
        const lead = /^(?:The|A|An|In|On|At|But|And|By|From|With|For|Its|Their|Says|Said)\s+/.exec(name);
        if (lead) {
          name = name.slice(lead[0].length);
          start += lead[0].length;
        }
        const end = start + name.length;
        const words = name.split(/\s+/);
        if (!name || b.overlaps(start, end) || words.some((w) => lex.forms.has(w) || TITLE_WORDS.has(w) || NOT_NAMES.test(w) || NOT_GIVEN_NAMES.has(w)) || lex.forms.has(name)) continue;
        // (Not one word of another sort, nor a generic one: "Presidential spokeswoman X", "Military spokesman Y", "Police spokeswoman Z".)
        // (A word the article also writes in lower case is a common word: "the military", "the police".)
        if (words.length === 1 && (isOtherSortOfWord(name.toLowerCase(), true) || ORG_HEAD_WORD.test(name) || new RegExp(`\\b${escape(name.toLowerCase())}\\b`).test(text))) continue;
        const e = b.entity(slugify(name), 'organization', name, start, null);
        b.add({ start, end, entity: e.id, kind: 'organization', demonym: false, via: 'pattern' });
      }
    }
    for (const m of GANG_HINT.test(body) ? execAll(GANG_RE, body) : []) {
      let name = m[1];
      let start = s.start + m.index!;
      const lead = /^(?:The|A|An|In|On|At|But|And|By|From|With|For)\s+/.exec(name);
      if (lead) {
        name = name.slice(lead[0].length);
        start += lead[0].length;
      }
      const end = start + name.length;
      // ("the Tren de Aragua gang": the words before it are a longer name, which the dictionary reads.)
      if (!/\s/.test(name) || b.overlaps(start, end) || lex.forms.get(name) || /\b(?:de|del|da|do|dos|la|las|los|el|al|of)\s+$/.test(text.slice(Math.max(s.start, start - 5), start))) continue;
      const e = b.entity(slugify(name), 'organization', name, start, null);
      b.add({ start, end, entity: e.id, kind: 'organization', demonym: false, via: 'pattern' });
    }
    for (const m of execAll(GROUP_RE, body)) {
      const start = s.start + m.index!;
      const end = start + m[1].length;
      if (b.overlaps(start, end)) continue;
      // "the Islamist militant group al-Shabaab": a description of the name that follows, not a body of its own.
      if (/^\s+(?:al-|[A-Z])/.test(body.slice(m.index! + m[0].length))) continue;
      const prev = /([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+$/.exec(body.slice(0, m.index!));
      const owner = prev ? lex.forms.get(prev[1]) : undefined;
      const e = b.entity(slugify(m[1]), 'organization', m[1], start, owner?.kind === 'country' ? owner.id : null);
      b.add({ start, end, entity: e.id, kind: 'organization', demonym: false, via: 'pattern' });
    }
  }
  // "Sibredmet, a Russian miner", "the exchange Bybit": a body no dictionary knows, named beside what sort of body it is.
  addBodiesNamedByKind(b, text, considered);
  // "the Sudanese Armed Forces (SAF) … The SAF has fought …": an abbreviation a body was introduced with names it later on.
  addIntroducedAbbreviations(b, text, considered);
  // "the Sudanese Armed Forces (SAF) … Egypt backs the army": "the army" is the one armed force the article has named.
  addArmyReferences(b, text, considered);

  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    for (const m of PLACE_HINT.test(body) ? execAll(PLACE_RE, body) : []) {
      // ("the Sea of Åland", "the Gulf of Finland": a body of water, not the country or territory it is named after.)
      let name = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim();
      let start = s.start + m.index! + m[0].indexOf(name);
      const lead = /^(?:the|The|At|In|On|Near|near)\s+/.exec(name);
      if (lead) {
        name = name.slice(lead[0].length);
        start += lead[0].length;
      }
      const end = start + name.length;
      if (b.overlaps(start, end) || !/\s|-on-/.test(name)) continue;
      // "Russia's Kursk region": the place is the "Kursk region", in Russia.
      const possessed = /^(.+?)['’]s\s+(.+)$/.exec(name);
      const possessor = possessed ? lex.forms.get(possessed[1]) : undefined;
      const owner = possessor?.kind === 'country' ? possessor : lex.forms.get(name.split(/\s+/)[0]);
      const own = possessor?.kind === 'country' ? possessed![2] : name;
      const e = b.entity(slugify(own), 'place', own, start, owner?.kind === 'country' ? owner.id : null);
      b.alias(e, name);
      // "Paktika province … in Paktika": the name alone, where the article also writes it so; a lower-case "province" or
      // "region" is no part of the name at all ("Sistan-Baluchestan province" is Sistan-Baluchestan).
      const bare = /^(.+?)\s+(?:region|Region|Province|province|Oblast|Krai)$/.exec(own)?.[1];
      if (bare && /\s(?:province|region)$/.test(own) && lex.forms.get(bare)?.kind !== 'country') b.alias(e, bare);
      else if (bare && cachedRegExp(`(?<![\\p{L}\\w'’-])${escape(bare)}(?!\\s+(?:region|Region|Province|province|Oblast|Krai)\\b)(?![\\p{L}\\w'’-])`, 'u').test(text)) b.alias(e, bare);
      b.add({ start, end, entity: e.id, kind: 'place', demonym: false, via: 'pattern' });
    }
  }

  // "the eastern province of Paktika", "its northern state of Roraima": the place named after its sort.
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    if (!/\b(?:province|state|district|governorate|oblast) of\s/.test(body)) continue;
    for (const m of execAll(PROVINCE_OF_RE, body)) {
      const name = m[2];
      const start = s.start + m.index! + m[0].length - name.length;
      const end = start + name.length;
      if (b.overlaps(start, end) || lex.forms.has(name) || NOT_NAMES.test(name)) continue;
      const owner = m[1] ? lex.forms.get(m[1]) : undefined;
      const e = b.entity(slugify(name), 'place', name, start, owner?.kind === 'country' ? owner.id : null);
      b.add({ start, end, entity: e.id, kind: 'place', demonym: false, via: 'pattern' });
    }
  }

  // 2. Dictionary forms (countries, capitals, blocs, known organizations and people).
  const { re } = dictionary();
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    re.lastIndex = 0;
    const folded = unshout(foldForDictionary(body));
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (b.overlaps(start, end)) continue;
      const said = body.slice(m.index, m.index + m[0].length);
      const entry = dictionaryEntry(said) as LexEntry;
      // "West African leaders", "the West Bank", "Western Sahara": a compass word opening a longer name is no bloc.
      // (Read again from the compass word itself, where a longer name may start: "the West African Economic and Monetary Union".)
      if (entry.id === 'west' && /^\s+\p{Lu}/u.test(body.slice(m.index + said.length))) {
        if (/^the\s/i.test(said)) re.lastIndex = m.index + said.search(/\S+$/);
        continue;
      }
      // "UN Security Council" is another body; "UN Secretary-General António Guterres" is an office at the UN.
      if (entry.id === 'united-nations' && said === 'UN' && /^[A-Z]/.test(body.slice(m.index + 3)) && !TITLE_AHEAD_RE.test(body.slice(m.index + 3))) continue;
      // "the Minsk Agreements", "the Washington Declaration": a place naming a pact or a format of talks is no party to it.
      if ((entry.kind === 'country' || entry.kind === 'place') && !entry.demonym && NAMED_PACT_AFTER.test(body.slice(m.index + said.length))) continue;
      if (entry.kind === 'person') {
        // "Kim Song Il" is not "Kim Song": a known name followed by one more name word is someone else's longer name.
        const next = /^[ ]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u.exec(body.slice(m.index + said.length))?.[1];
        if (next && !NOT_NAMES.test(next) && !NOT_GIVEN_NAMES.has(next) && !TITLE_WORDS.has(next) && !lex.forms.has(next) && said.split(' ').length >= 2) continue;
        const e = b.person(said, start);
        b.add({ start, end, entity: e.id, kind: 'person', demonym: false, via: 'dictionary' });
        continue;
      }
      // "Turkish Cypriot leader", "Bosnian Serb forces": two demonyms name a community, which is neither country.
      if (entry.kind === 'country' && entry.demonym && (isDemonymWord(body.slice(m.index + said.length).match(/^\s+(\p{Lu}[\p{L}'’-]+)/u)?.[1]) || isDemonymWord(body.slice(Math.max(0, m.index - 40), m.index).match(/(\p{Lu}[\p{L}'’-]+)\s+$/u)?.[1]))) continue;
      const e = b.entity(entry.id, entry.kind, entry.name, start, entry.kind === 'country' || entry.kind === 'bloc' ? undefined : entry.country);
      b.alias(e, said);
      b.add({ start, end, entity: e.id, kind: entry.kind, demonym: !!entry.demonym, via: 'dictionary' });
    }
  }
  // "Portugal's REN": an abbreviation no dictionary knows, owned by a state, is a body of that state.
  addBodies(b, text, considered, abbreviationsOwnedByStates(b, text));
  dropCountriesDescribingBodies(b);
  // "the North"/"the South" stand for the Koreas once the text is about them.
  addContextualKoreas(b, text, considered);
  // "a Korean research vessel" in a story that names only South Korea is South Korea's.
  addDemonymsOfNamedState(b, text, considered);
  addCapitalsOfNamedState(b, text, considered);
  addHyphenatedDemonyms(b, text, considered);
  // "travelled to the Belarusian capital": a demonym before "capital" names the country's seat, as "Minsk" would.
  for (const m of b.mentions) if (m.demonym && m.kind === 'country' && /^\s+capital\b/.test(text.slice(m.end, m.end + 9)) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) m.demonym = false;
  // "Congo" in a story that names the Democratic Republic of the Congo is that country.
  resolveShortForms(b, text);
  // "Dominican" in a story that names Dominica, and never the Dominican Republic, is Dominica's.
  resolveSharedDemonyms(b, text);
  // "the bloc", "the group's negotiator": a body named by its sort, before the offices that it may own.
  resolveBodyDescriptions(b, text, considered);
  // "Sibredmet, a Russian miner … the miner's chief executive": a body named again by the sort it was introduced with.
  resolveSortReferences(b, text, considered);
  // "the Tanzania Ports Authority … the ports authority's director general": a body named again by the word its name is built on.
  resolveHeadReferences(b, text, considered);
  // "Brussels would consider further sanctions": a seat of international bodies that acts is the body the article names.
  resolveActingSeats(b, text);

  // 3. People introduced by a title: "Belarusian Foreign Minister Maxim Vladimirovich Ryzhenkov".
  // ("Indonesia's Foreign Minister Sugiono": a lone word after an owned title, kept for after the surnames.)
  const mononyms: Array<{ start: number; name: string; office: string; country: string; phraseStart: number }> = [];
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    for (const m of titleMatches(body)) {
      const title = m[1];
      const nameStart = s.start + m.index! + m[0].length - m[2].length;
      let name = m[2];
      const nameEnd = nameStart + name.length;
      let clash = b.overlaps(nameStart, nameEnd);
      // "President Duma Boko": a word the dictionary knows ("Duma"), opening a name after a title, is the given name.
      if (clash && clash.kind !== 'person' && isGivenNameAfterTitle(b, clash, nameStart, nameEnd, name)) {
        b.remove(clash);
        clash = b.overlaps(nameStart, nameEnd);
      }
      if (clash && clash.kind !== 'person') continue;
      if (NOT_NAMES.test(name.split(' ')[0])) continue;
      // A title before a lone word only names someone already known ("President Lukashenko").
      const single = !/\s/.test(name);
      const phraseStart = titlePhraseStart(text, s.start, s.start + m.index!, b);
      // The holder's country when already known (an earlier mention, or the actor dictionary).
      const listed = lexicon().forms.get(name);
      const known = clash ? b.entities.get(clash.entity)?.country : listed?.kind === 'person' ? listed.country : undefined;
      const modifier = modifierOwner(text, phraseStart, s.start + m.index!, b, known ?? undefined);
      let e: EntityDraft | undefined;
      if (clash) e = b.entities.get(clash.entity);
      else if (single) {
        e = undefined; // resolved with surnames below
        // Many Indonesians and others go by one name: with the office's country named, a lone unknown word is that holder.
        // (Not a body's word or a title's, "General Staff", "Prince Group", nor the first of a longer name, "Aksel V. Johannesen".)
        const lone = !/^\s+\p{Lu}/u.test(text.slice(nameEnd, nameEnd + 3)) && !ORG_HEAD_WORD.test(name) && !TITLE_WORDS.has(name) && !TITLE_OR_BODY_TAIL.test(name);
        if (lone && modifier?.country && !listed && !lexicon().forms.has(name) && !NOT_GIVEN_NAMES.has(name) && /^\p{Lu}\p{Ll}{2,}$/u.test(name)) {
          mononyms.push({ start: nameStart, name, office: fullOffice(text, b, phraseStart, s.start + m.index!, title), country: modifier.country, phraseStart });
        }
      } else {
        name = name.replace(/\s+(?:On|In|At)$/, '');
        e = b.person(name, nameStart, modifier?.country);
      }
      if (!e) continue;
      if (modifier?.country && e.country == null) e.country = modifier.country;
      const office = fullOffice(text, b, phraseStart, s.start + m.index!, title);
      // "his Pakistani counterpart Ishaq Dar": the word finds the person and their country, but it is no office.
      if (!isCounterpartWord(office)) e.offices.add(office);
      const added = clash ? undefined : b.add({ start: nameStart, end: nameStart + name.length, entity: e.id, kind: 'person', demonym: false, via: 'title' });
      // (A courtesy title read as part of the name, "Minister X Mr Khammanh Phommachack", may have moved where the mention starts.)
      const mention = b.within(nameStart, nameStart + 1).find((x) => x.entity === e!.id) ?? clash ?? added;
      if (!mention) continue;
      // "Indian Prime Minister Narendra Modi Russia's highest honour": a known person's name ends where it is known to end.
      const nameStop = clash?.kind === 'person' && clash.start === nameStart ? clash.end : nameStart + name.length;
      mention.phrase = { start: phraseStart, end: nameStop, office, country: modifier?.country, org: modifier?.org };
    }
    // Appositions: "Hyun Seung-soo, a researcher at the Korea Institute for National Unification".
    for (const m of NAME_THEN_COMMA.test(body) ? execAll(APPOSITION_RE, body) : []) {
      // "On Wednesday Erkin Tuniyaz, chairman of …": the words that open the sentence are no part of the name.
      const skip = openingWordsBefore(m[1]);
      const name = m[1].slice(skip);
      const start = s.start + m.index! + skip;
      const end = start + name.length;
      // "Chilean President Ana Duarte, the …": the person whose name ends at the comma, whatever precedes it.
      const clash = b.within(start, end).find((x) => x.kind === 'person' && x.end === end) ?? b.overlaps(start, end);
      if (clash && clash.kind !== 'person') continue;
      if (NOT_GIVEN_NAMES.has(name.split(' ')[0])) continue;
      const after = s.start + m.index! + m[0].length;
      const rest = /^[^,.;]+/.exec(text.slice(after, s.end))?.[0] ?? '';
      // "X's chief of staff, NAME1, the commander of the Guards, NAME2, …": an office followed by a name in apposition is that name's, not NAME1's.
      if (/^,\s+(?:(?:Sheikh|General|Major General|Lieutenant General|Admiral)\s+)?\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)+\s*[,.;]/u.test(text.slice(after + rest.length, after + rest.length + 60))) continue;
      const e = clash ? b.entities.get(clash.entity)! : b.person(name, start);
      const role = m[2].trim();
      const office = currentOffice(role, /^chief\s+/);
      if (office) e.offices.add(office);
      // "director of the Istanbul-based think tank EDAM": a body named after a description of its kind.
      const described = (x: Mention) => x.start <= after + 6 || ((x.kind === 'organization' || x.kind === 'bloc') && /^(?:(?:the|a|an)\s+)?(?:[A-Z][\w-]*-based\s+)?(?:[a-z][\w-]*\s+){1,3}$/.test(text.slice(after, x.start)));
      const firstDescribed = b.within(after, after + rest.length).filter((x) => x.kind !== 'person' && described(x))[0];
      // "director of North Korea's National Tourism Administration": the body after the country's possessive holds the office.
      const owned = firstDescribed?.possessive && firstDescribed.kind === 'country' ? b.within(firstDescribed.end, after + rest.length).find((x) => (x.kind === 'organization' || x.kind === 'bloc') && /^['’]s?\s+$/.test(text.slice(firstDescribed.end, x.start))) : undefined;
      const org = owned ?? firstDescribed;
      if (!e.description) e.description = `${role} ${m[0].slice(m[0].lastIndexOf(role) + role.length).trim()} ${rest}`.replace(/\s+/g, ' ').trim();
      const mention = clash ?? b.add({ start, end, entity: e.id, kind: 'person', demonym: false, via: 'apposition' });
      const body = org && (org.kind === 'organization' || org.kind === 'bloc') ? org.entity : undefined;
      // ("a researcher at the Centre for Belarusian Policy in Vilnius": where the body sits is part of the description, no party.)
      const seat = org ? /^\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u.exec(text.slice(org.end, after + rest.length)) : null;
      const phrase = { start, end: org ? org.end + (seat?.[0].length ?? 0) : after + rest.length, office: role, org: body, country: org?.kind === 'country' ? org.entity : undefined };
      if (mention.phrase && (phrase.org ?? phrase.country) && (phrase.org ?? phrase.country) !== (mention.phrase.org ?? mention.phrase.country)) mention.alsoPhrase = { ...phrase, start: end + 2 };
      else mention.phrase = phrase;
      if (org && org.kind === 'organization' && e.country == null) {
        const oc = b.entities.get(org.entity)?.country;
        if (oc) e.country = oc;
      }
    }
  }

  // "Presidents Ana Soto and Luis Vega": one title in the plural before several names is each one's office.
  for (const s of considered) addPluralTitles(b, text, s);
  // "his Kazakh and Uzbek counterparts, A and B": people listed after their plural description, countries in order.
  for (const s of considered) addListedPeople(b, text, s);

  // "Russian Ambassador to Seoul Georgy Zinoviev": an envoy's title with their post between it and the name.
  for (const s of considered) addEnvoysToPosts(b, text, s);

  // "Kim Jong Un, the North Korean leader,", "Tom Barrack, the U.S. ambassador to Turkey", "X, his Belarusian colleague": an office
  // after the name whose owner is the demonym or country before it.
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    if (!/,\s+(?:the|his|her|their)\s+(?:(?:deputy|acting|interim|chief|senior|vice|top|new)\s+)?\p{Lu}/u.test(body)) continue;
    for (const m of execAll(OWNED_APPOSITION_RE, body)) addOwnedApposition(b, s.start + m.index!, m);
  }

  // "Alexander Matsegora, Moscow's ambassador in Pyongyang,": the owner a possessive.
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    if (!/,\s+\p{Lu}[^,]{0,40}['’]s\s/u.test(body)) continue;
    for (const m of execAll(POSSESSIVE_APPOSITION_RE, body)) addPossessiveApposition(b, s.start + m.index!, m);
  }

  // "Valery Gerasimov, chief of Russia's general staff,", "X, deputy speaker of Armenia's parliament": an office in a body of the
  // possessive's owner, which holds it.
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    if (!/,\s+(?:the\s+|a\s+)?[^,]{0,40}\bof\s+\p{Lu}[^,]{0,40}['’]s\s/u.test(body)) continue;
    for (const m of execAll(OFFICE_OF_OWNERS_BODY_RE, body)) addOfficeOfOwnersBody(b, s.start + m.index!, m);
  }

  // "Admiral Viktor Liina, who commands the Pacific Fleet", "X, who leads the exiled United Transitional Cabinet": the office a
  // relative clause gives, at the body it names.
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    if (!/,\s+who\s+(?:\w+\s+)?(?:leads|heads|commands|directs|runs)\s/.test(body)) continue;
    for (const m of execAll(WHO_LEADS_RE, body)) addWhoLeads(b, s.start + m.index!, m);
  }

  // "the Chilean defence secretary, Ana Soto,", "the US ambassador to Lima, Mary Quinn": the same office written before the name.
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    // (A full stop inside one sentence is an abbreviation's: "the U.N. human rights chief, X".)
    if (!/\b[Tt]he\s+\p{Lu}[^,;]{2,80},\s+\p{Lu}/u.test(body)) continue;
    for (const m of execAll(OWNER_OFFICE_THEN_NAME_RE, body)) addOwnerOfficeThenName(b, s.start + m.index!, m);
  }

  // 3b. Offices named through their holder's owner: "China's ambassador, Li Ming", "his Azerbaijani counterpart, Jeyhun Bayramov".
  const ownerless = new Set<number>();
  considered.forEach((s, i) => {
    addOfOffices(b, text, s);
    if (addPossessiveOffices(b, text, s, considered[i - 1])) ownerless.add(i);
    addOwnerlessAppositions(b, text, s);
  });

  // 4. Capitalized names nothing else explains, kept when compromise's name detection agrees.
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    for (const m of execAll(NAME_CANDIDATE_RE, body)) {
      let name = m[1] ?? m[2];
      let start = s.start + m.index! + m[0].indexOf(name);
      // "Uruguay's Ana Pereira": the possessive is the owner, read on its own; the name follows it.
      const possessor = /^\S+['’]s\s+(?=\S+\s)/.exec(name);
      if (possessor) {
        name = name.slice(possessor[0].length);
        start += possessor[0].length;
      }
      // "… and Transport Mr Khammanh Phommachack": the name begins after a courtesy title inside the run.
      const courtesy = COURTESY_INSIDE_NAME.exec(name);
      if (courtesy) {
        start += courtesy.index + courtesy[0].length;
        name = name.slice(courtesy.index + courtesy[0].length);
        // (The run stops at four words, titles included: "Datuk Dr Noor Hamid | Latif" goes on to the name's end.)
        const rest = NAME_GOES_ON.exec(text.slice(start + name.length, s.end));
        if (rest && name.split(' ').length + rest[0].trim().split(/\s+/).length <= 4) name += rest[0];
      }
      const end = start + name.length;
      const tokens = name.split(' ');
      if (b.overlaps(start, end) || NOT_GIVEN_NAMES.has(tokens[0]) || NOT_NAMES.test(tokens[0])) continue;
      // "Mr Halvorsen", "Ms Okafor": a courtesy title before a name already given in full is that person, found with the surnames below.
      if (COURTESY_WORD.test(tokens[0])) continue;
      if (tokens.some((t) => TITLE_WORDS.has(t) || lex.forms.has(t))) continue;
      // "the Abraham Accords", "the Lobito Corridor": names of pacts, plans and routes are no people.
      if (PACT_OR_ROUTE_END.test(tokens[tokens.length - 1])) continue;
      // "Lacalle Pou" after "Luis Lacalle Pou", "Von der Leyen" opening a sentence: the end of one known person's full name is that person.
      const tailOf = [...b.entities.values()].filter((e) => e.kind === 'person' && e.firstAt < start && e.name.split(/\s+/).length > tokens.length && normName(e.name).endsWith(normName(name)) && new RegExp(`\\s\\p{L}${escape(name.slice(1))}$`, 'u').test(e.name));
      if (tailOf.length === 1) {
        b.alias(tailOf[0], name);
        b.add({ start, end, entity: tailOf[0].id, kind: 'person', demonym: false, via: 'surname' });
        continue;
      }
      // A name opening a sentence as the subject of a verb ("Maxim Ryzhenkov arrived …") is a person even when the tagger hesitates.
      const subjectOfVerb = start === s.start && /^\s+(?:[a-z]+ed|said|met|left|told|was|is|has|had|will|says)\b/.test(text.slice(end, end + 12));
      // '"…," said Marta Gómez-Ruiz, the Bank's regional director': a name quoted as a speaker, with an office in apposition.
      const describedSpeaker = SPEAKER_BEFORE.test(text.slice(Math.max(s.start, start - 16), start)) && SPEAKER_OFFICE_AFTER.test(text.slice(end, end + 90));
      // "Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan signed": a name followed by "of" and a country, then a
      // verb, a comma or "and", is that country's person (a body's name has a head word: "Central Bank of Kenya").
      const ofCountry = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+the\s+|and\s+)?\p{Lu}[\p{L}.'’-]*){0,3})(?=\s*[,;]|\s+(?:and|who|said|says|signed|met|told|was|is|has|had|will|would|[a-z]+ed)\b)/u.exec(text.slice(end, end + 60));
      const namedWithCountry = !!ofCountry && lex.forms.get(ofCountry[1])?.kind === 'country' && !lex.forms.get(ofCountry[1])?.demonym && !ENDS_WITH_ORG_HEAD.test(name) &&
        !tokens.some((t) => PORTFOLIO_WORDS.has(t)) && !/\b(?:of|for|the)\s+$/i.test(text.slice(Math.max(s.start, start - 5), start));
      // "Jörn Haferkamp of the Berlin Centre for European Security": a name followed by "of" and a body is one of its people.
      const ofBody = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, end + 9));
      const namedWithBody = !!ofBody && !ENDS_WITH_ORG_HEAD.test(name) && !tokens.some((t) => PORTFOLIO_WORDS.has(t)) && !/\b(?:of|for|the|at|in|and|as)\s+$/i.test(text.slice(Math.max(s.start, start - 5), start)) && b.within(end + ofBody[0].length, end + ofBody[0].length + 90).some((x) => x.start === end + ofBody[0].length && (x.kind === 'organization' || x.kind === 'bloc'));
      const described = describedSpeaker || namedWithCountry || namedWithBody || DESCRIBED_PERSON.test(text.slice(end, end + 120)) || describedByTrade(text.slice(end, end + 90));
      // "Uruguay's Ana Pereira said …": a name after a country's possessive is that country's person.
      const ownerForm = described || subjectOfVerb ? undefined : /(?<![\w-])((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s\s+$/u.exec(text.slice(Math.max(s.start, start - 40), start))?.[1];
      const owner = ownerForm ? lex.forms.get(ownerForm) : undefined;
      const ownedBy = owner?.kind === 'country' && !owner.demonym && !NOT_PERSON_END.test(tokens[tokens.length - 1]) && /^\s*(?:[,.;:]|\s(?:[a-z]|\())/.test(text.slice(end, end + 2)) ? owner.id : undefined;
      // "in Santa Cruz de la Sierra", "at San Juan del Sur": after a word of place, a name the tagger takes for a person is a place.
      const afterPlaceWord = /(?:^|\s)(?:in|at|near|outside|across|via|into|inside)\s+$/i.test(text.slice(Math.max(s.start, start - 8), start));
      // (A courtesy title says the name is a person's, whatever the tagger makes of an unfamiliar name: "Mr Noor Hamid Latif".)
      if (!courtesy && !subjectOfVerb && !described && !ownedBy && (afterPlaceWord || !compromiseSaysPerson(body, name))) continue;
      const e = b.person(name, start, ownedBy);
      // "X, a transport economist, expects …": the commentator's trade is what the extractor knows them by (no party to the story).
      // (", who teaches tourism management at …": a lecturer's trade, said by a verb.)
      const said = COMMENTATOR_AFTER.exec(text.slice(end, end + 120));
      const trade = said ? (said[1] ?? 'lecturer') : undefined;
      if (trade && !e.offices.size) e.offices.add(trade);
      if (subjectOfVerb && !e.offices.size) e.unsure = 'named without a title; taken as a person from its place in the sentence';
      b.add({ start, end, entity: e.id, kind: 'person', demonym: false, via: 'name' });
    }
  }

  // 5. Later mentions: surnames, then descriptions, then sentence-initial "It".
  resolveSurnames(b, text, considered);
  // A lone name after an owned title that no one's surname took is a person of one name.
  for (const x of mononyms) {
    if (b.overlaps(x.start, x.start + x.name.length)) continue;
    const e = b.person(x.name, x.start, x.country);
    if (!isCounterpartWord(x.office)) e.offices.add(x.office);
    const mention = b.add({ start: x.start, end: x.start + x.name.length, entity: e.id, kind: 'person', demonym: false, via: 'title' });
    mention.phrase = { start: x.phraseStart, end: x.start + x.name.length, office: x.office, country: x.country };
  }
  // Again now that surnames are mentions: "his adviser, X" after a sentence naming "Biden" alone.
  for (const i of ownerless) addPossessiveOffices(b, text, considered[i], considered[i - 1]);
  resolveDescriptors(b, text, considered);
  resolveOpeningIt(b, text, considered);
  resolveItsForces(b, text, considered);
  inferHostCountries(b, text, considered);
  countriesNamedAfterPeople(b, text);
  bodiesNamedAfterPeople(b, text);
  inferOfficeCountries(b, text, considered);
  governmentsOfPeople(b, text);
  dropNamesOfThings(b);
  b.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  return { mentions: b.mentions, entities: b.entities };
}

/**
 * A dictionary word at the start of a titled name that goes on past it ("President Duma Boko",
 * "Minister Chad Mensah"): a single word standing alone in the dictionary, followed by a name that is
 * no body's or place's ending, and not a possessive or a demonym ("President Russia's", "Chadian").
 */
function isGivenNameAfterTitle(b: Builder, clash: Mention, nameStart: number, nameEnd: number, name: string): boolean {
  const tokens = name.split(/\s+/);
  if (clash.start !== nameStart || clash.end >= nameEnd || clash.possessive || clash.demonym || tokens.length < 2) return false;
  if (/\s/.test(name.slice(0, clash.end - nameStart)) || NOT_PERSON_END.test(tokens[tokens.length - 1])) return false;
  // Nothing else of the dictionary inside the rest of the name.
  return !b.within(clash.end, nameEnd).some((x) => x !== clash);
}

/**
 * What follows a person's name and no other: ", a political scientist at …", ", a former Chilean
 * diplomat,", ", who teaches law at …". (Bodies and places are "a body", "a city", never these.)
 */
const DESCRIBED_PERSON = /^,\s+(?:(?:a|an)\s+(?:(?:former|senior|retired|veteran|leading|prominent|longtime|long-time|independent)\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:diplomat|analyst|specialist|scientist|economist|historian|lecturer|professor|researcher|politician|journalist|commentator|lawmaker|legislator|senator|activist|scholar|fellow|strategist|negotiator)s?\b|who\s+(?:(?:also|now|then|still|previously|once|later)\s+)?(?:teaches|taught|heads|headed|leads|led|directs|runs|ran|chairs|studies|advises|advised|lectures|researches|co-wrote|wrote|has|had|is|was|follows|followed|tracks|tracked|covers|covered|monitors|oversees|oversaw|represents|represented|manages|managed|served|serves|works|worked|spent|founded|negotiated|signed|met|visited|took|became|won|lost|said|told|called|accused|warned)\b)/u;

/**
 * ", a hydrologist at the …", ", a former accountant for …", ", a criminologist at the University of …": a trade noun (in
 * -ist, -ian, -er, -or, -ant, -ent, -al) after "a", then "at/with/for/from/of/in" and a capital: a person's post. A body's
 * sort ("a Colombo think tank", "a major exporter") is no trade.
 */
function describedByTrade(after: string): boolean {
  const m = /^,\s+(?:a|an)\s+(?:(?:former|senior|retired|veteran|leading|prominent|longtime|long-time|independent|chief|deputy)\s+)?(?:[\p{L}.-]+\s+){0,3}?(\p{Ll}+(?:ist|ian|er|or|ant|ent|al))\s+(?:at|with|for|from|of|in)\s+(?:the\s+|a\s+|an\s+)?\p{Lu}/u.exec(after);
  return !!m && !BODY_KIND_NOUNS.some((n) => n.toLowerCase() === m[1]) && !/^(?:capital|general|national|regional|international|federal|central)$/.test(m[1]);
}

/** ", a transport economist,", ", a senior analyst": a commentator's trade right after their name (an office in itself it is not). */
const COMMENTATOR_AFTER = new RegExp(String.raw`^,\s+(?:(?:a|an)\s+(?:[\p{L}.-]+\s+){0,3}?(${COMMENTATOR_TRADES.join('|')})\b|who\s+(?:teaches|lectures|researches|studies)\b)`, 'u');

/** Right before a speaker's name: "…," said / says / added / according to. */
const SPEAKER_BEFORE = /\b(?:said|says|added|according\s+to)\s+$/;
/** An office in apposition after a speaker's name: ", the Bank's regional director", ", a ministry spokesman". */
const SPEAKER_OFFICE_AFTER = /^,\s+(?:the|a|an)\s+[^,;.:"“”]{0,60}?\b(?:director|spokes(?:man|woman|person)|minister|ambassador|adviser|advisor|official|chief|chairman|chairwoman|chair|secretary|envoy|commissioner|governor|mayor|commander|negotiator|representative)\b/;

/** The last word of a pact's or a statement's name ("the Abraham Accords", "the Washington Declaration"). */
const PACT_NAME_WORDS = 'Accords?|Agreements?|Treaty|Declaration|Protocol|Charter|Convention|Consensus|Communiqu[eé]|Memorandum';
/** A name ending this way names a pact, a plan or a route, not a person ("the Abraham Accords", "the Lobito Corridor"). */
const PACT_OR_ROUTE_END = new RegExp(`^(?:${PACT_NAME_WORDS}|Plan|Initiative|Doctrine|Summit|Corridor|Route|Pipeline)$`);
/** A last word that ends a body's or a place's name, not a person's. */
const NOT_PERSON_END = new RegExp(`^(?:${ORG_HEADS}|${PACT_NAME_WORDS}|Group|Alliance|Front|Movement|Plan|Initiative|Strait|Sea|Island|Islands|Region|Province|City|Valley|Corridor|Route|Line|Airport|Port|Base|Bridge|Dam|Square|Street|Road|Summit|Games|Cup)$`);

const ENVOY_TO_RE = /(?<![\p{L}\w-])(?:Ambassador|ambassador|Envoy|envoy|High Commissioner|Special Envoy|special envoy|Permanent Representative)\s+to\s+(?:the\s+)?(?=\p{Lu})/gu;
const NAME_AHEAD_RE = new RegExp(`^\\s+(${NAME})(?![\\p{L}\\w-])`, 'u');
/** Listed titles in the plural ("Presidents", "Foreign Ministers"), each with its singular. */
const PLURAL_TITLES = new Map(TITLES.filter((t) => /^\p{Lu}[\p{L} -]*\p{Ll}$/u.test(t) && !/\sof\s/.test(t)).map((t) => [/y$/.test(t) ? `${t.slice(0, -1)}ies` : `${t}s`, t]));
const PLURAL_TITLE_RE = new RegExp(`(?<![\\p{L}\\w-])(${[...PLURAL_TITLES.keys()].sort((x, y) => y.length - x.length).map(escape).join('|')})\\s+(${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+${NAME})(?![\\p{L}\\w-])`, 'gu');

/** What follows a place that names a pact, a statement or a format of talks after it ("the Minsk Agreements", "the Astana Process"). */
const NAMED_PACT_AFTER = new RegExp(`^\\s+(?:${PACT_NAME_WORDS}|Format|Process|Framework|Peace Plan)\\b`, 'u');

/** Most sentences hold no capitalised plural before a name joined by "and": skip the long pattern cheaply. */
const PLURAL_TITLE_HINT = /\p{Lu}[\p{L}-]*s\s+\p{Lu}[^.;]*?\sand\s+\p{Lu}/u;

/**
 * "Presidents Ana Soto and Luis Vega", "Foreign Ministers A, B and C": each name holds the title
 * in the singular, with the whole phrase as its words. A name already found as something other
 * than a person, or one word alone that names nobody known, is skipped.
 */
function addPluralTitles(b: Builder, text: string, s: Sentence): void {
  const body = text.slice(s.start, s.end);
  if (!PLURAL_TITLE_HINT.test(body)) return;
  for (const m of execAll(PLURAL_TITLE_RE, body)) {
    const office = PLURAL_TITLES.get(m[1])!;
    const phrase = { start: s.start + m.index!, end: s.start + m.index! + m[0].length, office };
    let at = phrase.end - m[2].length;
    for (const part of m[2].split(/(,\s+(?:and\s+)?|\s+and\s+)/)) {
      const start = at;
      at += part.length;
      if (/^(?:,|\s+and\s+$)/.test(part)) continue; // a separator
      const end = start + part.length;
      const clash = b.overlaps(start, end);
      if (clash && (clash.kind !== 'person' || clash.start !== start || clash.end !== end)) continue;
      if (!clash && (!/\s/.test(part) || NOT_GIVEN_NAMES.has(part.split(' ')[0]) || NOT_NAMES.test(part.split(' ')[0]))) continue;
      const e = clash ? b.entities.get(clash.entity)! : b.person(part, start);
      e.offices.add(office);
      const mention = clash ?? b.add({ start, end, entity: e.id, kind: 'person', demonym: false, via: 'title' });
      mention.phrase ??= phrase;
    }
  }
}

const COUNTERPARTS_LIST_RE = new RegExp(`((?:\\p{Lu}[\\p{L}-]*(?:,\\s+|\\s+and\\s+))*\\p{Lu}[\\p{L}-]*\\s+)?(?:counterparts|colleagues),\\s+(${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+${NAME})(?![\\p{L}\\w-])`, 'gu');
const COUNTRY_LIST = String.raw`\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}`;
const OFFICES_OF_LIST_RE = new RegExp(`\\b((?:(?!(?:the|a|an|his|her|their|its|two|three|four)\\b)[a-z]+\\s+){0,2}(?:ministers|presidents|prime ministers|premiers|envoys|ambassadors|secretaries))\\s+of\\s+((?:the\\s+)?${COUNTRY_LIST}(?:,\\s+(?:the\\s+)?${COUNTRY_LIST})*,?\\s+and\\s+(?:the\\s+)?${COUNTRY_LIST}),\\s+(${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+${NAME})(?![\\p{L}\\w-])`, 'gu');
/** "the two foreign ministers, Cho Hyun and Takeshi Iwaya", "Their prime ministers, A and B": a plural office, then its holders. */
/** "Iceland's " before a listed name: whose the person is, read by the possessive rules (not part of the name). */
const OWNED_BY = String.raw`(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s\s+)?`;
const PLURAL_OFFICES_LIST_RE = new RegExp(`\\b(?:[Tt]he|[Tt]heir)\\s+(?:two\\s+|three\\s+)?((?:(?!(?:the|a|an|his|her|their|its)\\b)[a-z-]+\\s+){0,2}(?:ministers|presidents|premiers|envoys|ambassadors|secretaries|leaders|negotiators|governors|mayors|chiefs|commanders))(?:\\s+of\\s+(?:the\\s+two|both|the\\s+three|the)\\s+(?:countries|sides|governments|nations|neighbou?rs|states))?,\\s+(${OWNED_BY}${NAME}(?:,\\s+${OWNED_BY}${NAME})*,?\\s+and\\s+${OWNED_BY}${NAME})(?![\\p{L}\\w-])`, 'gu');
const LIST_SEPARATOR = /,\s+(?:and\s+)?|,?\s+and\s+/;

/**
 * "his Kazakh and Uzbek counterparts, Almasadam Satkaliyev and Jurabek Mirzamakhmudov", "the
 * foreign ministers of Kuwait and Iraq, Abdullah Al-Yahya and Fuad Hussein": the names listed after
 * a plural description are people (whatever the part-of-speech tagger makes of names it has never
 * seen), of the countries named before them in order when there are as many, and then holding the
 * office the description names (a counterpart's is the office of the one just named before).
 */
function addListedPeople(b: Builder, text: string, s: Sentence): void {
  const body = text.slice(s.start, s.end);
  const lex = lexicon();
  const listed = (m: RegExpExecArray, countries: string[], office: string | undefined) => {
    const items = m[m.length - 1].split(LIST_SEPARATOR);
    const names = items.map((n) => n.replace(/^.*['’]s\s+/u, ''));
    // "Iceland's A and Norway's B": each name's own possessive says whose they are.
    const owners = items.map((n) => /^(.*)['’]s\s+/u.exec(n)?.[1]).map((w) => (w && lex.forms.get(w)?.kind === 'country' && !lex.forms.get(w)?.demonym ? lex.forms.get(w)!.id : undefined));
    if (!countries.length && owners.every((x) => x)) countries = owners as string[];
    const owned = countries.length === names.length;
    // Where in the match to look for the next name.
    let from = m[0].length - m[m.length - 1].length;
    names.forEach((name, i) => {
      const at = m[0].indexOf(name, from);
      from = at + name.length;
      const start = s.start + m.index! + at;
      const end = start + name.length;
      // A person already known by that name ("Fuad Hussein") is that person.
      const clash = b.overlaps(start, end);
      if (clash && (clash.kind !== 'person' || clash.start !== start || clash.end !== end)) return;
      if (!clash && (!/\s/.test(name) || NOT_GIVEN_NAMES.has(name.split(' ')[0]) || NOT_NAMES.test(name.split(' ')[0]))) return;
      const e = clash ? b.entities.get(clash.entity)! : b.person(name, start, owned ? countries[i] : undefined);
      if (e.country != null && owned && e.country !== countries[i]) return;
      const mention = clash ?? b.add({ start, end, entity: e.id, kind: 'person', demonym: false, via: 'apposition' });
      // The role is quoted from the description on: "his Kazakh and Uzbek counterparts, Almasadam Satkaliyev".
      // (With no countries listed, each holds it in the country already known as theirs: "the two foreign ministers, Cho Hyun and Takeshi Iwaya".)
      const country = owned ? countries[i] : (e.country ?? undefined);
      if (office && country && !mention.phrase) {
        e.offices.add(office);
        mention.phrase = { start: s.start + m.index!, end, office, country };
      }
    });
  };
  if (/\b(?:counterparts|colleagues),/.test(body)) {
    for (const m of execAll(COUNTERPARTS_LIST_RE, body)) {
      const words = (m[1] ?? '').split(LIST_SEPARATOR).map((w) => w.trim()).filter(Boolean);
      const countries = words.every((w) => lex.forms.get(w)?.kind === 'country') ? words.map((w) => lex.forms.get(w)!.id) : [];
      // The counterpart's office: that of the last titled person named before the list in the sentence.
      const before = b.within(s.start, s.start + m.index!).filter((x) => x.kind === 'person' && x.phrase).pop();
      listed(m, countries, before?.phrase?.office);
    }
  }
  if (/\b(?:ministers|presidents|premiers|envoys|ambassadors|secretaries|leaders|negotiators|governors|mayors|chiefs|commanders)(?:\s+of\s+[a-z ]{3,24}?)?,\s/.test(body)) {
    for (const m of execAll(PLURAL_OFFICES_LIST_RE, body)) listed(m, [], m[1].replace(/ies$/, 'y').replace(/s$/, ''));
  }
  if (/\b(?:ministers|presidents|premiers|envoys|ambassadors|secretaries)\s+of\s/.test(body)) {
    for (const m of execAll(OFFICES_OF_LIST_RE, body)) {
      const places = m[2].split(LIST_SEPARATOR).map((w) => w.trim().replace(/^the\s+/, ''));
      const entries = places.map((w) => lex.forms.get(w));
      const countries = entries.every((x) => x?.kind === 'country' && !x.demonym) ? entries.map((x) => x!.id) : [];
      listed(m, countries, m[1].replace(/ies$/, 'y').replace(/s$/, ''));
    }
  }
}

/**
 * "Russian Ambassador to Seoul Georgy Zinoviev", "Kenya's Envoy to the U.N. Ali Omar": the post an
 * envoy is sent to (a country, capital or body the dictionary knows) stands between the title and
 * the name. The envoy belongs to the country before the title, never to the post.
 */
function addEnvoysToPosts(b: Builder, text: string, s: Sentence): void {
  const body = text.slice(s.start, s.end);
  if (!/\bto\s/.test(body)) return;
  for (const m of execAll(ENVOY_TO_RE, body)) {
    const titleStart = s.start + m.index!;
    const postStart = titleStart + m[0].length;
    const post = b.within(postStart, postStart + 1).find((x) => x.kind !== 'person' && !x.demonym);
    if (!post) continue;
    const name = NAME_AHEAD_RE.exec(text.slice(post.end, s.end));
    if (!name || name[1].split(/\s+/).length < 2 || NOT_NAMES.test(name[1].split(' ')[0])) continue;
    const nameStart = post.end + name[0].length - name[1].length;
    const nameEnd = nameStart + name[1].length;
    const clash = b.overlaps(nameStart, nameEnd);
    if (clash && clash.kind !== 'person') continue;
    // The sender: "Russian …", "Russia's …" just before the title.
    const sender = b.within(Math.max(s.start, titleStart - 40), titleStart).filter((x) => x.kind === 'country' && /^(?:['’]s)?\s+$/.test(text.slice(x.end, titleStart))).pop();
    if (sender?.entity === post.entity) continue;
    const e = clash ? b.entities.get(clash.entity)! : b.person(name[1], nameStart, sender?.entity);
    if (e.country == null && sender) e.country = sender.entity;
    const office = text.slice(titleStart, post.end);
    e.offices.add(office);
    const mention = clash ?? b.add({ start: nameStart, end: nameEnd, entity: e.id, kind: 'person', demonym: false, via: 'title' });
    mention.phrase ??= { start: sender ? sender.start : titleStart, end: nameEnd, office, country: sender?.entity };
  }
}

const personCache = new Map<string, Set<string>>();
function compromiseSaysPerson(sentence: string, name: string): boolean {
  let people = personCache.get(sentence);
  if (!people) {
    people = new Set(nlp(sentence).people().out('array').map((p: string) => p.replace(/[^\w\s-]/g, '').trim()));
    if (personCache.size > 2000) personCache.clear();
    personCache.set(sentence, people);
  }
  return [...people].some((p) => p.includes(name) || name.includes(p));
}

/** Extends a title to the left over its modifiers: "South Korean President", "State Department spokesperson", "senior Chinese official". */
const OFFICE_NOUN = `(?:${OFFICE_NOUNS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).join('|')})`;
/** Where a name in apposition ends: a comma, a full stop, a dash or a closing bracket, or the verb or "and" after it. */
const NAME_ENDS = String.raw`(?=\s*[,.;)–—]|\s+(?:said|says|told|and|who|has|had|was|is)\b)`;
/** A military rank written before a name in apposition ("…, Lt Gen Asim Malik,"): part of neither the name nor the office. */
// (From titles.json, longest first; a bare "Gen" is not one: "Japan's defence minister, Gen Nakatani" is a name.)
const RANK = [...RANKS].sort((x, y) => y.length - x.length).map(escape).join('|');
/** "<owner>'s / his / its> [up to five words] <office noun> [for|to|on …], <Name>": the name holds the office at the owner. */
const POSSESSIVE_OFFICE_RE = new RegExp(
  `(?:(?<![\\p{L}\\w-])([Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Ww]hose)|['’]s|(?<=[\\p{L}]s)['’])\\s+((?:[\\p{L}-]+\\s+|(?:vice|deputy|co)-){0,5}?${OFFICE_NOUN}(?:\\s+(?:for|to|on|of|in|at|from)\\s+[^,.;"“”]{1,60}?)?),\\s+(?:(?:${RANK})\\s+)?(${NAME})${NAME_ENDS}`,
  'gu',
);

const POSSESSIVE_HINT = /['’]s\s|s['’]\s|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Ww]hose)\s/;
/**
 * What NAME_THEN_POSSESSIVE_OFFICE_RE cannot match without: a comma, then an "'s " with neither
 * comma, semicolon nor full stop between (all it allows there). Most sentences with a possessive
 * have none, and the pattern, which tries a name at every capital, is skipped for them.
 */
const COMMA_THEN_POSSESSIVE = /,[^,;.]+['’]s\s/;
/** "<Name>, the <owner>'s [up to three words] <office noun>": the same office, written after the name. */
const NAME_THEN_POSSESSIVE_OFFICE_RE = new RegExp(
  `${NAME_START}(?<![\\p{L}\\w-])(${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){1,3}),\\s+(?:the\\s+)?(?=[\\p{Lu}]|(?:bloc|group|alliance|agency|movement|militia|watchdog|organi[sz]ation|(?:[\\p{Ll}-]+\\s+)?(?:${[...HEAD_REFERENCE_NOUNS].join('|')}))['’]s)[^,;.]{1,40}?['’]s\\s+((?:[\\p{L}-]+\\s+){0,3}?${OFFICE_NOUN})(?=\\s*[,.;]|\\s+(?:for|to|on|of|and|said|says|told)\\b)`,
  'gu',
);

/**
 * "the <office> of <owner>, <Name>" ("the caretaker prime minister of Peru, Luis Arana", in
 * official style "the Minister of Water Resources of Iraq, X", "the Ambassador of the Republic of
 * Türkiye to Baghdad, Y"): the name holds the office at the owner.
 */
const OF_OFFICE_RE = new RegExp(
  `(?<![\\p{L}\\w-])[Tt]he\\s+((?:[\\p{L}-]+\\s+){0,3}?${OFFICE_NOUN}(?:\\s+of\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,3}(?=\\s+of\\s))?)\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3})(?:\\s+\\(\\p{Lu}{2,8}\\))?(?:\\s+to\\s+\\p{Lu}[\\p{L}'’.-]*)?,\\s+(?:${RANK}\\s+)?(${NAME})${NAME_ENDS}`,
  'gu',
);
const OF_OFFICE_HINT = /\b[Tt]he\s[^,]{0,50}\sof\s[^,]{1,50},\s\p{Lu}/u;

function addOfOffices(b: Builder, text: string, s: Sentence): void {
  const body = text.slice(s.start, s.end);
  if (!OF_OFFICE_HINT.test(body)) return;
  for (const m of execAll(OF_OFFICE_RE, body)) {
    const at = s.start + m.index!;
    const ownerStart = at + m[0].indexOf(m[2], m[1].length + 4);
    // (A body found with its abbreviation, "the National Intelligence Agency (NIA)", ends after it.)
    const abbreviation = /^\s+\(\p{Lu}{2,8}\)/u.exec(text.slice(ownerStart + m[2].length))?.[0].length ?? 0;
    const owner = b.within(ownerStart, ownerStart + m[2].length, ownerStart + m[2].length + abbreviation).find((x) => x.kind !== 'person' && !x.demonym);
    const nameStart = at + m[0].length - m[3].length;
    const nameEnd = nameStart + m[3].length;
    if (!owner || m[3].split(/\s+/).length < 2 || NOT_NAMES.test(m[3].split(' ')[0])) continue;
    const clash = b.overlaps(nameStart, nameEnd);
    if (clash && clash.kind !== 'person') continue;
    const ownerEntity = b.entities.get(owner.entity);
    const ids = owner.kind === 'country' ? { country: owner.entity } : { org: owner.entity, country: ownerEntity?.country ?? undefined };
    const e = clash ? b.entities.get(clash.entity)! : b.person(m[3], nameStart, ids.country);
    if (e.country == null && ids.country) e.country = ids.country;
    const office = currentOffice(m[1]);
    if (office) e.offices.add(office);
    const mention = clash ?? b.add({ start: nameStart, end: nameEnd, entity: e.id, kind: 'person', demonym: false, via: 'apposition' });
    // An office with its owner says more than a bare rank before the name ("…, Lt Gen X").
    if (!mention.phrase || (!mention.phrase.country && !mention.phrase.org)) mention.phrase = { start: at, end: nameEnd, office: m[1], ...ids };
  }
}

const OWNED_APPOSITION_RE = new RegExp(
  `${NAME_START}(?<![\\p{L}\\w-])(${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){1,3}),\\s+(?:the|his|her|their)\\s+(?:(?:deputy|acting|interim|chief|senior|vice|top|new)\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}?)((?:[a-z][\\w-]*\\s+){0,2}?(?:(?:[a-z]+\\s+)?ministry['’]s\\s+)?(?:${OFFICE_NOUN}|king|queen|emir|diplomat|official))(?=[,.;]|\\s+(?:to|for|in|who|and|said|says|has|had|is|was)\\b)(?!,\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+)+\\s*[,.;])`,
  'gu',
);

/** "NAME, Moscow's ambassador in Pyongyang", "NAME, Chile's foreign minister,": an office after the name, its owner a possessive. */
const POSSESSIVE_APPOSITION_RE = new RegExp(
  `${NAME_START}(?<![\\p{L}\\w-])(${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){1,3}),\\s+((?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*)['’]s\\s+((?:[a-z][\\w-]*\\s+|(?:vice|deputy|co)-){0,2}?(?:${OFFICE_NOUN}|diplomat|official))(?=[,.;]|\\s+(?:to|for|in|of|who|and|said|says|has|had|is|was)\\b)`,
  'gu',
);

/** "NAME, [the] <office> of <owner>'s <body>": the office is in a body of the owner's ("chief of Russia's general staff"). */
const OFFICE_OF_OWNERS_BODY_RE = new RegExp(
  `${NAME_START}(?<![\\p{L}\\w-])(${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){1,3}),\\s+(?:the\\s+|a\\s+)?((?:[a-z][\\w-]*\\s+|(?:vice|deputy|co)-){0,2}?${OFFICE_NOUN})\\s+of\\s+((?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*)['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+(?=\\s*[,.;]|\\s+(?:said|says|told|and|who|has|had|was|is)\\b)`,
  'gu',
);

function addOfficeOfOwnersBody(b: Builder, at: number, m: RegExpMatchArray): void {
  const officeStart = m[0].indexOf(m[2], m[1].length);
  const ownerStart = at + m[0].indexOf(m[3], officeStart + m[2].length);
  addOwnedOffice(b, { start: at, end: at + m[0].length }, m[1], at, { start: ownerStart, end: ownerStart + m[3].length }, m[2], true);
}

/** "NAME, who leads [the] <body>": the office the verb names, held at the body named right after it. */
const WHO_LEADS_RE = new RegExp(
  `${NAME_START}(?<![\\p{L}\\w-])(${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){1,3}),\\s+who\\s+(?:(?:now|also|still|currently)\\s+)?(leads|heads|commands|directs|runs)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,2}(?=\\p{Lu})`,
  'gu',
);
// ("who chairs X" is read with the other offices a verb gives, codeAppointment.)
const OFFICE_OF_VERB: Record<string, string> = { leads: 'leader', heads: 'head', commands: 'commander', directs: 'director', runs: 'head' };

function addWhoLeads(b: Builder, at: number, m: RegExpMatchArray): void {
  const bodyAt = at + m[0].length;
  const led = b.within(bodyAt, bodyAt + 90).find((x) => x.start === bodyAt && x.kind !== 'person');
  if (!led) return;
  addOwnedOffice(b, { start: at, end: led.end }, m[1], at, { start: led.start, end: led.end }, OFFICE_OF_VERB[m[2]], true);
}

function addPossessiveApposition(b: Builder, at: number, m: RegExpMatchArray): void {
  const ownerStart = at + m[0].indexOf(m[2], m[1].length);
  addOwnedOffice(b, { start: at, end: at + m[0].length }, m[1], at, { start: ownerStart, end: ownerStart + m[2].length }, m[3], true);
}

/** "the <owner> [up to three words] <office> [to|for|of …], <Name>": the name holds the office at the owner. */
const OWNER_OFFICE_THEN_NAME_RE = new RegExp(
  `(?<![\\p{L}\\w-])[Tt]he\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}?)((?:[a-z][\\w-]*\\s+){0,3}?(?:${OFFICE_NOUN}|diplomat))(\\s+(?:to|for|in|of|on)\\s+(?:the\\s+)?(?:\\p{Lu}[^,.;"“”]{0,40}?|(?:state|defen[cs]e|foreign affairs|home affairs|the interior|commerce|energy|war|the treasury)))?,\\s+(${NAME})${NAME_ENDS}`,
  'gu',
);

/** "the <owner> <office>, NAME": the name, with where its owner words and office sit in the match. */
function addOwnerOfficeThenName(b: Builder, at: number, m: RegExpMatchArray): void {
  const ownerStart = at + m[0].indexOf(m[1]);
  addOwnedOffice(b, { start: at, end: at + m[0].length }, m[4], at + m[0].length - m[4].length, { start: ownerStart, end: ownerStart + m[1].trimEnd().length }, m[2], false);
}

/** "NAME, the <owner> <office>": the same, with the name first. */
function addOwnedApposition(b: Builder, at: number, m: RegExpMatchArray): void {
  const ownerStart = at + m[0].length - m[3].length - m[2].length;
  addOwnedOffice(b, { start: at, end: at + m[0].length }, m[1], at, { start: ownerStart, end: ownerStart + m[2].trimEnd().length }, m[3], true);
}

/** The country of a state's ministry found as a body ("Belarusian foreign ministry"), as an owner mention over the same words. */
function stateOfMinistry(b: Builder, body: Mention): Mention | undefined {
  const e = b.entities.get(body.entity);
  if (!e || !/\bministry\b/i.test(e.name)) return undefined;
  // (Its country, or the state a demonym in its name says: "Russian Foreign Ministry".)
  const country = e.country ?? b.within(body.start, body.end).find((x) => x.kind === 'country')?.entity;
  return country ? { ...body, entity: country, kind: 'country' } : undefined;
}

/**
 * Records the office of a name written next to "the <owner> <office>" ("NAME, the Kenyan foreign
 * minister", "the Kenyan foreign minister, NAME") when the owner words are exactly one country,
 * bloc or body. A person already found on the name must end where it ends (name first) or start
 * where it starts (name after the office).
 */
function addOwnedOffice(b: Builder, phrase: { start: number; end: number }, name: string, nameStart: number, ownerWords: { start: number; end: number }, officeWords: string, nameFirst: boolean): void {
  const first = name.split(' ')[0];
  if (name.split(/\s+/).length < 2 || NOT_GIVEN_NAMES.has(first) || NOT_NAMES.test(first)) return;
  // (The dictionary may have read the article with the name: "the US" in "met the US secretary of state, X".)
  const withArticle = b.within(Math.max(0, ownerWords.start - 4), ownerWords.start).find((x) => x.kind === 'country' && x.end === ownerWords.end && /^the\s+$/i.test(b.text.slice(x.start, ownerWords.start)));
  const owners = withArticle ? [withArticle] : b.within(ownerWords.start, ownerWords.end).filter((x) => x.kind !== 'person');
  // "NAME, the Belarusian foreign ministry spokesman": the ministry found over the owner and office words is the
  // country's (held in the state whose ministry it is, as annotators record it).
  const ministry = owners.length === 1 && owners[0].kind === 'organization' && owners[0].start === ownerWords.start && owners[0].end > ownerWords.end ? stateOfMinistry(b, owners[0]) : undefined;
  if (!ministry && (owners.length !== 1 || (owners[0] !== withArticle && owners[0].start !== ownerWords.start) || owners[0].end !== ownerWords.end)) return;
  // ("NAME, the Russian Foreign Ministry's spokeswoman": the same, with the ministry's name as the owner words.)
  const owner = ministry ?? (owners[0].kind === 'organization' ? stateOfMinistry(b, owners[0]) : undefined) ?? owners[0];
  const nameEnd = nameStart + name.length;
  const clash = b.overlaps(nameStart, nameEnd);
  if (clash && (clash.kind !== 'person' || (nameFirst ? clash.end !== nameEnd : clash.start !== nameStart))) return;
  const ownerEntity = b.entities.get(owner.entity);
  const ids = owner.kind === 'country' ? { country: owner.entity } : { org: owner.entity, country: ownerEntity?.country ?? undefined };
  const e = clash ? b.entities.get(clash.entity)! : b.person(name, nameStart, ids.country);
  if (e.country == null && ids.country) e.country = ids.country;
  // A former office keeps its word, so that no role is coded from it (addRole).
  const office = currentOffice(officeWords) ?? officeWords;
  // "X, the Russian counterpart": the word finds the country, but it is no office.
  if (!isCounterpartWord(office) && currentOffice(officeWords)) e.offices.add(office);
  const mention = clash ?? b.add({ start: nameStart, end: nameEnd, entity: e.id, kind: 'person', demonym: false, via: 'apposition' });
  const found = { ...phrase, office, ...ids };
  if (!mention.phrase) mention.phrase = found;
  else if ((found.org ?? found.country) !== (mention.phrase.org ?? mention.phrase.country)) mention.alsoPhrase ??= found;
}

/**
 * An office as held now, without "senior" or "top" ("top envoy" → "envoy"; "top diplomat" stays
 * whole, a diplomat is no office); undefined for one no longer held ("former foreign minister").
 */
function currentOffice(words: string, alsoDrop?: RegExp): string | undefined {
  if (/^(?:former|ex-|then-|late)\b/i.test(words)) return undefined;
  const plain = words.replace(/^(?:senior|top)\s+/, '').replace(alsoDrop ?? /^$/, '');
  return plain === 'diplomat' ? words : plain;
}

/** "its chief executive Gennady Lobov would …", "whose general secretary Andrei Varabei signed": a body's office and the name, no comma between. */
const BODY_PRONOUN_OFFICE_NAME_RE = new RegExp(`(?<![\\p{L}\\w-])([Ii]ts|[Ww]hose|[Tt]heir)\\s+((?:[\\p{Ll}-]+\\s+){0,3}?${OFFICE_NOUN})\\s+(${NAME})(?=\\s+\\p{Ll}|\\s*[,.;])`, 'gu');

/** Returns whether an office was left without an owner (a second pass after surnames may find it). */
function addPossessiveOffices(b: Builder, text: string, s: Sentence, previous: Sentence | undefined): boolean {
  const body = text.slice(s.start, s.end);
  // Most sentences have no possessive office at all: skip the two long patterns cheaply.
  if (!POSSESSIVE_HINT.test(body)) return false;
  let ownerless = false;
  for (const m of COMMA_THEN_POSSESSIVE.test(body) ? execAll(NAME_THEN_POSSESSIVE_OFFICE_RE, body) : []) {
    const nameStart = s.start + m.index!;
    const nameEnd = nameStart + m[1].length;
    const officeStart = s.start + m.index! + m[0].length - m[2].length;
    const possessive = officeStart - 3; // the "'s " before the office
    // "X, President Lula's chief foreign policy adviser": a person's adviser serves the person's country.
    // (A titled name may have taken the "'s" with it: "President Ana Soto's".)
    const endsAtPossessive = (x: Mention) => x.end === possessive || (x.kind === 'person' && x.end === possessive + 2 && /['’]s$/.test(text.slice(x.start, x.end)));
    const owner = b.within(nameEnd, possessive + 1).filter((x) => endsAtPossessive(x) && (x.kind !== 'person' || b.entities.get(x.entity)?.country)).pop();
    if (!owner || NOT_GIVEN_NAMES.has(m[1].split(' ')[0]) || NOT_NAMES.test(m[1].split(' ')[0])) continue;
    const clash = b.overlaps(nameStart, nameEnd);
    if (clash && clash.kind !== 'person') continue;
    if (clash && clash.entity === owner.entity) continue;
    const ownerEntity = b.entities.get(owner.entity);
    const ids = owner.kind === 'country' ? { country: owner.entity } : owner.kind === 'person' ? { country: ownerEntity!.country! } : { org: owner.entity, country: ownerEntity?.country ?? undefined };
    const e = clash ? b.entities.get(clash.entity)! : b.person(m[1], nameStart, ids.country);
    if (e.country == null && ids.country) e.country = ids.country;
    e.offices.add(m[2]);
    const mention = clash ?? b.add({ start: nameStart, end: nameEnd, entity: e.id, kind: 'person', demonym: false, via: 'apposition' });
    mention.phrase ??= { start: nameStart, end: officeStart + m[2].length, office: m[2], ...ids };
  }
  for (const m of [...execAll(POSSESSIVE_OFFICE_RE, body), ...(/\b(?:[Ii]ts|[Ww]hose|[Tt]heir)\s/.test(body) ? execAll(BODY_PRONOUN_OFFICE_NAME_RE, body) : [])]) {
    const at = s.start + m.index!;
    const office = m[2];
    const nameStart = at + m[0].length - m[3].length;
    const nameEnd = nameStart + m[3].length;
    if (m[3].split(/\s+/).length < 2 || NOT_NAMES.test(m[3].split(' ')[0])) continue;
    const clash = b.overlaps(nameStart, nameEnd);
    if (clash && clash.kind !== 'person') continue;
    const found = officeOwner(b, at, m[1], nameStart - office.length - 2, office, s, previous);
    if (!found) {
      ownerless = true;
      // "the company's director, Ihar Sakalou,": an office in apposition names a person, whose the office is or not
      // (read again once surnames are known, and kept for a role then).
      if (!clash && !isCounterpartWord(office)) addOwnerlessHolder(b, m[3], nameStart, office);
      continue;
    }
    // "his counterpart, X": the possessor is the other side; only a demonym in the words ("his Azerbaijani counterpart") says X's country.
    const otherSide = isCounterpartWord(office) && !found.inWords;
    const e = clash ? b.entities.get(clash.entity)! : b.person(m[3], nameStart);
    // "… with his foreign minister, X": a pronoun's guess at the owner gives way to the country X is already known by.
    const known = e.country ?? undefined;
    const owner = otherSide ? {} : m[1] && known && found.country && found.country !== known && !found.org ? { country: known } : found;
    if (e.country == null && owner.country) e.country = owner.country;
    // ("his Chinese counterpart" names no office of X's own.)
    const held = /counterpart|opposite number/.test(office) ? undefined : currentOffice(office.trim());
    if (held) e.offices.add(held);
    // "Transport Minister A … and his Romanian counterpart, B": a counterpart holds the same office on the other side
    // (so that "the ministers" later names the two).
    else if (!e.offices.size && m[1] && /^h/i.test(m[1])) {
      const possessor = b.within(s.start, at).find((x) => x.kind === 'person') ?? (previous ? b.within(previous.start, previous.end).find((x) => x.kind === 'person') : undefined);
      const theirs = possessor && possessor.entity !== e.id ? [...(b.entities.get(possessor.entity)?.offices ?? [])].find((o) => !isCounterpartWord(o)) : undefined;
      if (theirs) e.offices.add(theirs);
    }
    const mention = clash ?? b.add({ start: nameStart, end: nameEnd, entity: e.id, kind: 'person', demonym: false, via: 'apposition' });
    // The quote begins with the owner: "Abiy's national security adviser, Redwan Hussein".
    const ownerStart = m[1] ? at : (b.within(Math.max(0, at - 80), at).filter((x) => x.end === at).pop() ?? b.within(Math.max(0, at - 80), at).find((x) => x.kind === 'organization' && x.end > at))?.start ?? at;
    // (An office with its owner says more than a bare rank before the name: "Its commander, Major General X".)
    // ("his Pakistani counterpart, Major General X": a counterpart word names no office of X's own; the rank stays.)
    if (!mention.phrase || (!mention.phrase.country && !mention.phrase.org && !isCounterpartWord(office))) mention.phrase = { start: ownerStart, end: nameEnd, office, country: owner.country, org: owner.org };
  }
  return ownerless;
}

/** "A ministry spokesman, X,", "the governor of the Sughd region, X,": an office (and what it is of) with no owner named as such, then a name in commas. */
const OWNERLESS_OFFICE_THEN_NAME_RE = new RegExp(`(?<![\\p{L}\\w-])(?:[Aa]n?|[Tt]he)\\s+((?:[a-z][\\w-]*\\s+){0,3}?${OFFICE_NOUN})(?:\\s+(?:of|for|in|at)\\s+[^,;:"“”()]{1,50}?)?,\\s+(${NAME})(?=\\s*,)`, 'gu');
/** "X, the utility's director,", "X, a ministry spokesman,", "X, her chief political adviser", "X, chief executive of …", "X, an opposition member whose …", "X, a senator from …": a name, then an office or a seat. */
const NAME_THEN_OWNERLESS_OFFICE_RE = new RegExp(`${NAME_START}(?<![\\p{L}\\w-])(${NAME_TOKEN}(?:\\s+${PARTICLE}${NAME_TOKEN}){1,3}),\\s+(?:(?:the|a|an)\\s+\\p{Ll}[\\p{L}-]*['’]s\\s+|(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}['’]s\\s+|(?:the|a|an|his|her|its|their)\\s+)?((?:[a-z][\\w-]*\\s+){0,3}?(?:${OFFICE_NOUN}|member|MP|senator))(?=\\s*[,.;]|\\s+(?:of|at|for|in|to|who|whose|from|representing)\\s)`, 'gu');

/**
 * Names the tagger may not know, made people by an office in apposition whose owner no name gives ("a ministry
 * spokesman", "the utility's director"): no role, as whose the office is stays unsaid. A name any other rule has read
 * keeps that reading.
 */
function addOwnerlessAppositions(b: Builder, text: string, s: Sentence): void {
  const body = text.slice(s.start, s.end);
  if (!/,/.test(body)) return;
  for (const m of execAll(OWNERLESS_OFFICE_THEN_NAME_RE, body)) {
    const start = s.start + m.index! + m[0].length - m[2].length;
    if (!b.overlaps(start, start + m[2].length) && !isCounterpartWord(m[1])) addOwnerlessHolder(b, m[2], start, m[1]);
  }
  for (const m of NAME_THEN_COMMA.test(body) ? execAll(NAME_THEN_OWNERLESS_OFFICE_RE, body) : []) {
    const skip = openingWordsBefore(m[1]);
    const name = m[1].slice(skip);
    const start = s.start + m.index! + m[0].indexOf(m[1]) + skip;
    if (!b.overlaps(start, start + name.length) && !isCounterpartWord(m[2])) addOwnerlessHolder(b, name, start, m[2]);
  }
}

/** A person named in apposition to an office whose owner the text leaves to a common noun ("the plant's director"): no role. */
function addOwnerlessHolder(b: Builder, name: string, start: number, office: string): void {
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || NOT_GIVEN_NAMES.has(tokens[0]) || NOT_NAMES.test(tokens[0]) || tokens.some((t) => lexicon().forms.has(t))) return;
  const e = b.person(name, start);
  const held = currentOffice(office.trim());
  if (held) e.offices.add(held);
  b.add({ start, end: start + name.length, entity: e.id, kind: 'person', demonym: false, via: 'apposition' });
}

/** Offices only a body has, not a state: a director, a chair, a chief executive, a manager, a rector. */
const BODY_OFFICE = /\b(?:(?:general\s+|managing\s+|executive\s+)?director(?:\s+general)?|chair(?:man|woman|person)?|chief\s+executive|(?:general\s+)?manager|rector|dean|curator)\b/i;

/** Who an office belongs to: a demonym inside it ("his Azerbaijani counterpart"), the possessor named before "'s", or what a possessive pronoun refers back to. */
function officeOwner(b: Builder, at: number, pronoun: string | undefined, officeStart: number, office: string, sentence: Sentence, previous: Sentence | undefined): { country?: string; org?: string; inWords?: boolean } | undefined {
  // "Japan's ambassador to Manila": the country an envoy is sent to is their host, not their owner.
  const inside = b.within(officeStart, officeStart + office.length).find((x) => x.kind === 'country' && !/\b(?:to|in)\s+$/i.test(office.slice(0, x.start - officeStart)));
  if (inside) return { country: inside.entity, inWords: true };
  const asOwner = (x: Mention | undefined) => {
    if (!x) return undefined;
    const e = b.entities.get(x.entity);
    if (x.kind === 'country') return { country: x.entity };
    if (x.kind === 'person') return e?.country ? { country: e.country } : undefined;
    // ("the Russian Foreign Ministry's spokeswoman": a state's ministry stands for the state, as annotators record it.)
    const state = x.kind === 'organization' ? stateOfMinistry(b, x) : undefined;
    if (state) return { country: state.entity };
    return { org: x.entity, country: e?.country ?? undefined };
  };
  // ("China's foreign ministry spokesman, Gao Wenbo": the body named over the possessive, "China's foreign ministry", owns the office.)
  // (Held in the state whose ministry it is, as most annotators record it.)
  const bodyOverPossessive = () => {
    const body = b.within(Math.max(0, at - 80), officeStart + office.length).find((x) => x.kind === 'organization' && x.start < at && x.end > at && x.end < officeStart + office.length);
    const country = body && b.entities.get(body.entity)?.country;
    return country ? { country } : undefined;
  };
  if (!pronoun) return asOwner(b.within(Math.max(0, at - 80), at).filter((x) => x.end >= at && x.end <= at + 2).pop()) ?? bodyOverPossessive() ?? asOwner(BODY_OFFICE.test(office) ? bodyByFirstWord(b, at) : undefined) ?? asOwner(bodyByHeadWord(b, at));
  // "The European Union, whose foreign policy chief, Kaja Kallas, …": the one "whose" follows.
  if (/^whose$/i.test(pronoun)) return asOwner(b.within(Math.max(sentence.start, at - 80), at).filter((x) => !x.demonym && x.end <= at && at - x.end <= 3).pop());
  // his / her: a person; its / their: a country or body. The pronoun takes the subject, the first
  // such actor of its own sentence before it, or else of the sentence before.
  const wantsPerson = /^h/i.test(pronoun);
  // "Its director, X", "its chairwoman, X": offices of a body, never of a state ("Peru opened the hospital. Its director …").
  const wantsBody = !wantsPerson && BODY_OFFICE.test(office);
  const fits = (x: Mention) => (wantsPerson ? x.kind === 'person' : wantsBody ? x.kind === 'organization' : x.kind !== 'person' && !x.demonym);
  const own = b.within(sentence.start, at).find(fits);
  return asOwner(own ?? (previous ? b.within(previous.start, previous.end).find(fits) : undefined));
}

/**
 * "The Community's secretary general, X" after "the East African Community", "the chamber's president, X" after "the
 * Paraguayan Chamber of Shipowners": "the" and a word of the name of the one body named before stands for that body (and is
 * recorded as a mention of it).
 */
function bodyByHeadWord(b: Builder, at: number): Mention | undefined {
  const m = /(?:^|[\s"“(])[Tt]he\s+(\p{L}[\p{L}-]+)$/u.exec(b.text.slice(Math.max(0, at - 40), at));
  if (!m || b.overlaps(at - m[1].length, at)) return undefined;
  const word = new RegExp(`(?:^|\\s)${escape(m[1])}(?:\\s|$)`, 'iu');
  const bodies = [...b.entities.values()].filter((e) => (e.kind === 'organization' || e.kind === 'bloc') && e.firstAt < at && word.test(e.name));
  // "the court's president" after two courts: the story's court, named first (the other is one it cites); "the company's
  // chief executive" after "Orenburg Salt Technologies will install …": a kind of body names the body named just before it.
  const companyBefore = () => b.within(Math.max(0, at - 400), at).filter((x) => x.kind === 'organization' && !x.demonym && !NOT_A_COMPANY.test(b.entities.get(x.entity)?.name ?? '')).pop();
  const body =
    bodies.length === 1 ? bodies[0]
    : bodies.length > 1 ? [...bodies].sort((x, y) => x.firstAt - y.firstAt)[0]
    : COMPANY_KIND.test(m[1]) ? b.entities.get(companyBefore()?.entity ?? '')
    : undefined;
  if (!body) return undefined;
  return b.add({ start: at - m[1].length, end: at, entity: body.id, kind: body.kind, demonym: false, via: 'descriptor' });
}

/** Bodies a company is not: a works or a plant is where a company works, a union or an institute no company ("the Kwisong Salt Works"). */
const NOT_A_COMPANY = /\b(?:Association|Union|Institute|Centre|Center|Council|Committee|Commission|Ministry|Department|University|Academy|Works|Plant|Mills?|Factory|Farm|Refinery|Complex|Court|Parliament|Army|Navy|Guard|Police|Party|Forum|Church|Hospital|Clinic|Museum|School|College|Office|Agency|Authority|Bureau|Federation|Fund|Bank|Foundation|Network)$/;
/** Words by which copy names again the company it has just named: "the company's chief executive", "the firm's owner". */
const COMPANY_KIND = /^(?:company|firm|manufacturer|maker|supplier|exporter|producer|contractor|corporation|concern|consortium|shipbuilder|operator|developer)$/i;

/**
 * "Kolokol's general director, X" after "Kolokol Press": a word no dictionary knows, before the possessive of an
 * office, names the one body already named whose name begins with it (and is recorded as a mention of it). Only
 * for offices a body has, not a state ("Mendoza's governor" is no freight carriers' federation's).
 */
function bodyByFirstWord(b: Builder, at: number): Mention | undefined {
  const word = /(?<![\p{L}\w-])(\p{Lu}[\p{L}-]+)$/u.exec(b.text.slice(Math.max(0, at - 40), at))?.[1];
  if (!word || dictionaryEntry(word) || b.overlaps(at - word.length, at)) return undefined;
  const bodies = [...b.entities.values()].filter((e) => e.kind === 'organization' && e.firstAt < at && e.name !== word && new RegExp(`^${escape(word)}[\\s-]`, 'u').test(e.name));
  if (bodies.length !== 1) return undefined;
  return b.add({ start: at - word.length, end: at, entity: bodies[0].id, kind: 'organization', demonym: false, via: 'descriptor' });
}

/** The office with its ranks ("Deputy Assistant Secretary of State", "former President"), without the country or body that owns it. */
function fullOffice(text: string, b: Builder, phraseStart: number, titleStart: number, title: string): string {
  const owners = b.within(phraseStart, titleStart).filter((x) => x.kind !== 'person');
  const from = owners.length ? owners[owners.length - 1].end : phraseStart;
  return text.slice(from, titleStart).replace(/^['’]s?(?=\s)/, '').replace(/\s+/g, ' ').trim().concat(' ', title).trim();
}

const SPOKESPERSON_AHEAD = /^(?:(?:ministry|army|military)\s+)?spokes(?:man|woman|person)\b/i;

function titlePhraseStart(text: string, sentenceStart: number, titleStart: number, b: Builder): number {
  let start = titleStart;
  for (;;) {
    const before = text.slice(sentenceStart, start);
    const mod =
      /(?:^|\s)((?:senior|top|deputy|vice|former|acting|chief|state|first|assistant|under|principal|special|associate|permanent|executive|general|managing)\s+)$/i.exec(before) ??
      // "Thai army spokesman", "foreign ministry spokeswoman": the body a spokesperson speaks for is part of the office.
      // (not when those words are part of a body already found: "Chinese foreign ministry spokesman" is that ministry's)
      (SPOKESPERSON_AHEAD.test(text.slice(start)) && !b.within(Math.max(0, start - 80), start).some((m) => m.kind !== 'person' && m.end >= start - 1) ? /(?:^|\s)((?:army|military|navy|naval|defen[cs]e|foreign|interior|government|presidential|palace|police|ministry|cabinet)\s+)$/i.exec(before) : null);
    if (mod) {
      start -= mod[1].length;
      continue;
    }
    const portfolio = portfolioBefore(text, sentenceStart, start, titleStart, b);
    if (portfolio) {
      start = portfolio;
      continue;
    }
    const prev = b.within(Math.max(0, start - 120), start).find((m) => m.kind !== 'person' && (m.end === start - 1 || (m.possessive && m.end + 3 === start)));
    if (prev) {
      start = prev.start;
      continue;
    }
    return start;
  }
}

/**
 * "Russian Natural Resources Minister X", "Emergency Situations Minister X": a portfolio no list
 * can hold, written in capitals right before a bare "Minister" or "Secretary". Returns where the
 * portfolio begins (at most three words, none a name already found, a function word or a date).
 */
function portfolioBefore(text: string, sentenceStart: number, start: number, titleStart: number, b: Builder): number | undefined {
  if (start !== titleStart || !/^(?:Minister|Secretary)\b(?!\s+(?:of|for|General)\b)/.test(text.slice(titleStart, titleStart + 20))) return undefined;
  const words = /((?:\p{Lu}\p{Ll}+\s+){1,3})$/u.exec(text.slice(Math.max(sentenceStart, start - 50), start))?.[1];
  if (!words) return undefined;
  let from = start - words.length;
  for (const word of words.trim().split(/\s+/)) {
    const taken = b.overlaps(from, from + word.length) || NOT_GIVEN_NAMES.has(word) || NOT_NAMES.test(word) || TITLE_WORDS.has(word);
    if (!taken) break;
    from = text.indexOf(' ', from) + 1;
    while (text[from] === ' ') from++;
  }
  return from < start ? from : undefined;
}

function modifierOwner(text: string, phraseStart: number, titleStart: number, b: Builder, holderCountry?: string): { country?: string; org?: string } | undefined {
  const inside = b.within(phraseStart, titleStart, titleStart).filter((m) => m.kind !== 'person');
  if (!inside.length) {
    // "foreign ministry spokeswoman Mao Ning": a ministry named without its country is the one such ministry the article names,
    // unless the holder is known to serve another country ("foreign ministry spokesman Lin Jian" in a story about Manila's ministry).
    const bare = /\b(foreign|defen[cs]e|interior|finance|trade|economy|justice)\s+ministry\s+$/i.exec(text.slice(Math.max(0, titleStart - 30), titleStart));
    if (!bare) return undefined;
    const kind = bare[1].toLowerCase().replace('defense', 'defence');
    const ministries = [...b.entities.values()].filter((e) => e.kind === 'organization' && cachedRegExp(`\\b${kind}\\s+ministry$`, 'i').test(e.name.replace(/defense/i, 'defence')) && (!holderCountry || e.country === holderCountry));
    if (ministries.length === 1) return { country: ministries[0].country ?? undefined, org: ministries[0].id };
    return holderCountry ? { country: holderCountry } : undefined;
  }
  // "NATO Secretary General …": a bloc's office is held at the bloc.
  const org = inside.find((m) => m.kind === 'organization' || m.kind === 'bloc' || (m.kind === 'place' && POLITIES.has(m.entity)));
  const country = inside.find((m) => m.kind === 'country');
  // A self-governing region's leader is not its parent state's ("Somaliland leader …").
  const orgCountry = org && org.kind !== 'place' ? b.entities.get(org.entity)?.country ?? undefined : undefined;
  // …and the polity is where its leader belongs.
  const polity = org?.kind === 'place' ? org.entity : undefined;
  return { country: country?.entity ?? orgCountry ?? polity, org: org?.entity };
}

function addIntroducedAbbreviations(b: Builder, text: string, sentences: Sentence[]): void {
  const abbreviations = new Map<string, { id: string; at: number }>();
  for (const m of b.mentions) {
    if (m.kind !== 'organization' || m.via !== 'pattern') continue;
    const abbr = /\(([A-Z]{2,8})\)$/.exec(text.slice(m.start, m.end));
    if (abbr && !lexicon().forms.has(abbr[1]) && !abbreviations.has(abbr[1])) abbreviations.set(abbr[1], { id: m.entity, at: m.end });
  }
  if (!abbreviations.size) return;
  const re = new RegExp(`(?<![\\w-])(?:${[...abbreviations.keys()].join('|')})(?![\\w-])`, 'g');
  for (const s of sentences) {
    for (const m of execAll(re, text.slice(s.start, s.end))) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      const known = abbreviations.get(m[0])!;
      if (start < known.at || b.overlaps(start, end)) continue;
      b.add({ start, end, entity: known.id, kind: 'organization', demonym: false, via: 'pattern' });
    }
  }
}

function addArmyReferences(b: Builder, text: string, sentences: Sentence[]): void {
  const forces = [...b.entities.values()].filter((e) => e.kind === 'organization' && /\b(?:Armed Forces|Army|Defen[cs]e Forces)\b/.test(e.name));
  if (forces.length !== 1) return;
  const first = b.mentions.filter((m) => m.entity === forces[0].id).reduce((at, m) => Math.min(at, m.start), Infinity);
  for (const s of sentences) {
    for (const m of execAll(/\bthe army\b(?![\w'’-]|\s+(?:chief|chiefs|commander|commanders|general|officer|officers|spokesman|spokeswoman|spokesperson|of)\b)/g, text.slice(s.start, s.end))) {
      const start = s.start + m.index! + 4;
      const end = start + 4;
      if (start < first || b.overlaps(start, end)) continue;
      b.add({ start, end, entity: forces[0].id, kind: 'organization', demonym: false, via: 'pattern' });
    }
  }
}

/**
 * Short forms that stand for a longer-named country once the article names it by another form
 * (data: lexicon/countries.json, shortForms): the short form's own country is then not meant.
 */
function resolveShortForms(b: Builder, text: string): void {
  for (const [form, target] of Object.entries(SHORT_FORMS)) {
    const named = (b.byEntity.get(target) ?? []).some((m) => text.slice(m.start, m.end) !== form);
    if (!named) continue;
    for (const m of b.mentions) {
      if (m.entity === target || m.kind !== 'country' || text.slice(m.start, m.end) !== form) continue;
      const left = moveMention(b, m, target, form);
      if (!left) continue;
      b.byEntity.delete(left);
      b.entities.delete(left);
      // Bodies found before ("Congo's foreign ministry") belong to the country now meant, and are named by it.
      for (const e of [...b.entities.values()]) if (e.country === left) moveToCountry(b, e, left, target);
    }
  }
}

/**
 * A shared demonym (countries.json `sharedDemonyms`) was read as the state usually meant; in an
 * article that names exactly one of the other states by name, and the usual one only through that
 * demonym, the demonym is that other state's, and so are the bodies found through it.
 */
function resolveSharedDemonyms(b: Builder, text: string): void {
  for (const [form, { usual, others }] of Object.entries(SHARED_DEMONYMS)) {
    const said = (b.byEntity.get(usual) ?? []).filter((m) => m.demonym && text.slice(m.start, m.end).startsWith(form));
    if (!said.length || said.length !== b.byEntity.get(usual)!.length) continue;
    const named = others.filter((id) => (b.byEntity.get(id) ?? []).some((m) => !m.demonym));
    if (named.length !== 1) continue;
    for (const m of said) moveMention(b, m, named[0], text.slice(m.start, m.end));
    b.byEntity.delete(usual);
    b.entities.delete(usual);
    for (const e of [...b.entities.values()]) if (e.country === usual) moveToCountry(b, e, usual, named[0]);
  }
}

/** A capital acting as a subject or owner: a verb, a modal or a possessive follows it. */
const ACTS_AFTER = /^(?:['’]s\s|\s+(?:(?:has|have|is|are)\s+yet\s+to\b|would|will|(?:has|had|have)\s+(?:already\s+|also\s+)?[a-z]+(?:ed|en)\b|says|said|wants|wanted|could|can|may|might|must|should|[a-z]+ed\b|(?:also|then|now|already|later)\s+[a-z]+(?:ed|s)\b|(?!(?:is|was|has|does|remains|seems)\s)[a-z]+s\s+(?:the|a|an|to|its|that)\b))/;

/**
 * "Brussels would consider further sanctions against Minsk": a capital that is the seat of
 * international bodies (data: countries.json, bodiesAtSeats), acting in an article that names one
 * of those bodies, is the one named last before it, and so is one dealt "with" ("accession talks
 * with Brussels"); where it is only a venue ("talks in Brussels") it stays the place it is. (A body the article names only after the capital is meant when it is the only one of them named.)
 */
function resolveActingSeats(b: Builder, text: string): void {
  for (const m of b.mentions) {
    if (m.kind !== 'country') continue;
    const bodies = BODIES_AT_SEATS[text.slice(m.start, m.end)];
    // ("accession talks with Brussels", "its quarrel with Brussels": the party dealt with, too.)
    const partner = /\b(?:with|against)\s+$/i.test(text.slice(Math.max(0, m.start - 9), m.start));
    if (!bodies || !(partner || ACTS_AFTER.test(text.slice(m.end, m.end + 30))) || /\b(?:in|at|to|from|via|near)\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const before = bodies.map((id) => ({ id, at: b.lastStart(id, m.start) })).filter((x) => x.at >= 0).sort((x, y) => y.at - x.at)[0];
    const anywhere = bodies.filter((id) => b.byEntity.get(id)?.length);
    const named = before ?? (anywhere.length === 1 ? { id: anywhere[0] } : undefined);
    if (!named) continue;
    const left = moveMention(b, m, named.id, text.slice(m.start, m.end));
    m.kind = b.entities.get(named.id)!.kind as Mention['kind'];
    // The country the capital named goes unless a body found in it still belongs to it ("Belgium's foreign ministry").
    if (left && ![...b.entities.values()].some((e) => e.country === left)) {
      b.byEntity.delete(left);
      b.entities.delete(left);
    }
  }
}

/** Moves a mention to the entity `to` (known also as `form`); returns the entity it left when nothing else names that one now. */
function moveMention(b: Builder, m: Mention, to: string, form: string): string | undefined {
  const from = m.entity;
  const rest = (b.byEntity.get(from) ?? []).filter((x) => x !== m);
  b.byEntity.set(from, rest);
  m.entity = to;
  b.byEntity.get(to)!.push(m);
  b.alias(b.entities.get(to)!, form);
  return rest.length ? undefined : from;
}

function moveToCountry(b: Builder, e: EntityDraft, from: string, to: string): void {
  e.country = to;
  if (!e.id.startsWith(`${from}-`)) return;
  const id = `${to}-${e.id.slice(from.length + 1)}`;
  if (b.entities.has(id)) return;
  const old = e.id;
  b.entities.delete(old);
  e.id = id;
  b.entities.set(id, e);
  const mentions = b.byEntity.get(old) ?? [];
  for (const m of mentions) m.entity = id;
  b.byEntity.delete(old);
  b.byEntity.set(id, mentions);
}

/** "counterpart" finds a person and, through a demonym, their country; it names no office. */
export function isCounterpartWord(office: string): boolean {
  return /\b(?:counterparts?|opposite\s+numbers?|colleagues?)$/i.test(office);
}

function addContextualKoreas(b: Builder, text: string, sentences: Sentence[]): void {
  const hasKp = b.entities.has('kp');
  const hasKr = b.entities.has('kr');
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    for (const m of execAll(/\bthe (North|South)(?!\s+[A-Z])(?!\w)/g, body)) {
      const id = m[1] === 'North' ? 'kp' : 'kr';
      if ((id === 'kp' && !hasKp) || (id === 'kr' && !hasKr)) continue;
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (b.overlaps(start, end)) continue;
      b.alias(b.entities.get(id)!, m[0]);
      b.add({ start, end, entity: id, kind: 'country', demonym: false, via: 'dictionary' });
    }
  }
}

/** Per form of DEMONYMS_OF_NAMED_STATE: the form as a whole word, singular or plural, not in a compound, a name or a `notSides` phrase. */
let demonymOfNamedStateRes: Array<{ re: RegExp; states: string[] }> | undefined;

/**
 * "Chinese ships blocked a Korean research vessel", in a story about Seoul: a demonym several states share, with none the
 * usual one (data: countries.json, demonymsOfNamedState), is the demonym of the one state the article names (in any
 * form). Where it names several of them, or none, the word names no side.
 */
function addDemonymsOfNamedState(b: Builder, text: string, sentences: Sentence[]): void {
  demonymOfNamedStateRes ??= Object.entries(DEMONYMS_OF_NAMED_STATE.forms).map(([form, states]) => ({
    re: new RegExp(String.raw`(?<![\p{L}\-–—])${escape(form)}s?\b(?!\s+(?:\p{Lu}|${DEMONYMS_OF_NAMED_STATE.notSides.join('|')})\b)(?!-)`, 'gu'),
    states,
  }));
  addFormsOfNamedState(b, text, sentences, demonymOfNamedStateRes, true);
}

/**
 * Each form (a pattern) that may stand for one of several states, read as the one of them the article names, and as
 * none where it names several or none: a mention of that state wherever the form stands free.
 */
function addFormsOfNamedState(b: Builder, text: string, sentences: Sentence[], forms: Array<{ re: RegExp; states: string[] }>, demonym: boolean): void {
  for (const { re, states } of forms) {
    const named = states.filter((id) => (b.byEntity.get(id)?.length ?? 0) > 0);
    if (named.length !== 1) continue;
    for (const s of sentences) {
      for (const m of execAll(re, text.slice(s.start, s.end))) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        if (!b.overlaps(start, end)) b.add({ start, end, entity: named[0], kind: 'country', demonym, via: 'dictionary' });
      }
    }
  }
}

/** What a compound of demonyms names when it names the states' own dealings: a joint body, talks, their delegations. */
const JOINT_BODY_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?(?:commission|committee|council|working\s+group|task\s+force|steering\s+group|group|panel|talks|negotiations|consultations|dialogue|summit|meeting|delegations?)\b/;
/** A compound of capitalised words joined by hyphens, as a whole word ("Georgian-Azerbaijani"). */
const HYPHENATED_WORDS = /(?<![\p{L}\w'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?![\p{L}\w-])/gu;

/**
 * "the Georgian-Azerbaijani border commission", "a Russian-Belarusian-Korean steering group": a compound of demonyms
 * names each of those states (as demonyms: their people or bodies, not the governments acting), when every part is the
 * demonym of a country and what follows is their joint body, talks or delegations. ("Austro-Hungarian" or "Sino-Indian",
 * whose parts are no demonyms, names none; "the Turkish-Libyan memorandum", which other rules would read as its signing
 * wherever it is named, is left alone.)
 */
function addHyphenatedDemonyms(b: Builder, text: string, sentences: Sentence[]): void {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!body.includes('-')) continue;
    for (const m of execAll(HYPHENATED_WORDS, body)) {
      const parts = m[0].split('-');
      const entries = parts.map((p) => dictionaryEntry(p));
      if (!entries.every((e) => e?.kind === 'country' && e.demonym) || new Set(entries.map((e) => e!.id)).size !== parts.length) continue;
      if (!JOINT_BODY_AFTER.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
      let at = s.start + m.index!;
      for (const [i, part] of parts.entries()) {
        const entry = entries[i]!;
        if (!b.overlaps(at, at + part.length)) {
          const e = b.entity(entry.id, entry.kind, entry.name, at, undefined);
          b.alias(e, part);
          b.add({ start: at, end: at + part.length, entity: e.id, kind: 'country', demonym: true, via: 'dictionary' });
        }
        at += part.length + 1;
      }
    }
  }
}

/** Per capital of Lexicon.capitalsOfNamedState: the name as a whole word, outside a longer name. */
let capitalOfNamedStateRes: Array<{ re: RegExp; states: string[] }> | undefined;

/**
 * "Washington asked Kingston to let American officials audit the contracts", in a story naming Jamaica: a capital whose
 * name other places share (countries.json, unsafeForms) stands for its state in an article that names that state and no
 * other whose capital it is (Norfolk Island's is Kingston too), as a whole word not inside a longer name ("Kingston upon
 * Thames", "Lake Victoria", "Victoria Falls").
 */
function addCapitalsOfNamedState(b: Builder, text: string, sentences: Sentence[]): void {
  capitalOfNamedStateRes ??= [...lexicon().capitalsOfNamedState].map(([form, states]) => ({
    re: new RegExp(String.raw`(?<![\p{L}\-–—]|\p{Lu}[\p{L}'’.-]*\s)${escape(form)}(?![\p{L}\-–—]|\s+\p{Lu}|\s+(?:upon|de|del|do|da)\b)`, 'gu'),
    states,
  }));
  addFormsOfNamedState(b, text, sentences, capitalOfNamedStateRes, false);
}

// ---- bodies named beside their sort ------------------------------------------------------

const plural = (noun: string) => (/[^aeiou]y$/.test(noun) ? noun.slice(0, -1) + 'ies' : /(?:s|sh|ch|x)$/.test(noun) ? noun + 'es' : noun + 's');
// (Grouped by first letter, as the dictionary is: the engine tries a handful of nouns at each position, not all of them.)
const KIND_SOURCE = byFirstLetter([...BODY_KIND_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/[-\s]/g, '[-\\s]')), true);
const KINDS_SOURCE = byFirstLetter(BODY_KIND_NOUNS.map(plural).sort((a, b) => b.length - a.length).map((n) => n.replace(/[-\s]/g, '[-\\s]')), true);
/** A capitalised name of up to three words ("Sibredmet", "Murman Seafood", "Sea-Watch", "BelOMO"). */
const BODY_NAME = "(?!\\p{Lu}[\\p{L}.]*-(?:bound|based|led|backed|owned|made|built|run|flagged|funded|registered|linked|born)\\b)(\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,2})(?<!['’]s)(?<![.’'-])(?![\\p{L}\\p{N}&'’-])";
/** Words that describe a body before its sort ("the banned Belarusian human-rights", "Russia's biggest state"); never a function word. */
const KIND_MODIFIERS = "(?:(?!(?:of|the|a|an|and|or|to|for|in|at|with|by|from|on|who|which|that|its|their|his|her)\\s)[\\p{L}\\p{N}'’-]+\\s+){0,4}?";
const KIND_OWNER = "(?:a|an|the|its|their|one|(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)['’]s?)";
/** "Lumora, a Singapore-based exchange,", "Viasna, the banned Belarusian human-rights centre.", "VGTRK, Russia's biggest state broadcaster" */
const NAME_THEN_KIND_RE = new RegExp(`(?<![\\p{L}\\p{N}&'’.-])${BODY_NAME},\\s+${KIND_OWNER}\\s+${KIND_MODIFIERS}(?:${KIND_SOURCE})(?=\\s*[,.;:)]|\\s+(?:in|of|on|at|that|which|whose|with|for|behind|based|from|owned|run|founded|registered|listed|known)\\b)`, 'gu');
/** "Russian miner Sibredmet", "the state pharmaceutical concern Belfarmprom", "the exchange Bybit" */
const KIND_THEN_NAME_RE = new RegExp(`(?<![\\p{L}-])(?:${KIND_SOURCE})\\s+${BODY_NAME}`, 'gu');
/** "Belarus's state broadcaster, Belteleradio,", "its state operator, Beltelecom." */
const KIND_COMMA_NAME_RE = new RegExp(`(?:\\b(?:the|its|their)\\s+|(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)['’]s?\\s+)${KIND_MODIFIERS}(?:${KIND_SOURCE}),\\s+${BODY_NAME}(?=\\s*[,;.]|\\s+\\()`, 'gu');
/** "two Russian fishing companies, Norebo and Murman Seafood", "online retailers such as Ozon" */
const KINDS_THEN_NAMES_RE = new RegExp(`(?<![\\p{L}-])(?:${KINDS_SOURCE})(?:,|\\s+such\\s+as|\\s+including)\\s+((?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,2})(?:(?:,\\s+|,?\\s+(?:and|or)\\s+)\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,2})*)`, 'gu');

/** An office "of" or "for" the body described next: "the head of the Pyongyang studio, X", "a spokeswoman for the service, Y" name the office holder. */
const OFFICE_OF_BEFORE = /\b(?:head|chief|director(?:[- ]general)?|general\s+director|chairman|chairwoman|chair|president|founder|owner|spokes(?:man|woman|person)|minister|leader|secretary(?:[- ]general)?|manager|editor|rector|governor|commander)\s+(?:of|at|for)\s+$/i;
/** Any sort noun, singular or plural: whether a sentence can name a body by its sort at all. */
const KIND_HINT = new RegExp(`(?<![\\p{L}-])(?:${KINDS_SOURCE}|${KIND_SOURCE})(?![\\p{L}-])`, 'iu');
/** The sort noun (or its plural) that ends a description: "the state pharmaceutical concern" → "concern". */
const KIND_NOUN_END = new RegExp(`(?<![\\p{L}-])(?:${KINDS_SOURCE}|${KIND_SOURCE})$`, 'iu');
const singular = (noun: string) => BODY_KIND_NOUNS.find((n) => n.toLowerCase() === noun || plural(n).toLowerCase() === noun)?.toLowerCase() ?? noun;

type FoundBody = { name: string; country: string | null; start: number; sort: string };

/**
 * Bodies no dictionary knows, named beside the sort of body they are: "Sibredmet, a Russian
 * miner", "the exchange Bybit", "Belarus's state broadcaster, Belteleradio", "two fishing
 * companies, Norebo and Murman Seafood"; and one unknown word joined by "and" to a body. Each
 * becomes an organization, with its country when the description gives one ("Russian miner",
 * "Russia's … broadcaster"), and every later use of its name in the article is a mention of it.
 */
function addBodiesNamedByKind(b: Builder, text: string, considered: Sentence[]): void {
  addBodies(b, text, considered, [...bodiesNamedBySort(b, text, considered), ...bodiesBesideBodies(b, text)]);
  // (After the others: a body named by its sort, "who heads the Ministry of X", is theirs.)
  addBodies(b, text, considered, bodiesLedByPeople(b, text, considered));
}

function addBodies(b: Builder, text: string, considered: Sentence[], found: FoundBody[]): void {
  for (const { name, country, start, sort } of found) {
    const known = lexicon().forms.get(name);
    const e = known ? b.entity(known.id, known.kind, known.name, start, known.country) : b.entity(slugify(name), 'organization', name, start, country);
    // ("the paramilitary group Wagner": the dictionary's "Wagner Group", written as the article writes it.)
    if (known) b.alias(e, name);
    if (sort) (e.sorts ??= new Set()).add(singular(sort));
    addEveryUse(b, text, considered, e, name);
  }
}

/** A capitalised word that is some other sort of word than a name ("Meanwhile", "Overall", "Both"), as compromise tags it. */
function isOtherSortOfWord(word: string, verbsToo = false): boolean {
  // (compromise reads alternatives only inside parentheses: without them no tag ever matched.)
  return /ly$/.test(word) || nlp(word).has(`(#Adverb|#Adjective|#Conjunction|#Preposition|#Determiner|#Pronoun${verbsToo ? '|#Verb' : ''})`);
}

/** The bodies the four sort patterns name, with the span of their description recorded (its countries describe the body). */
function bodiesNamedBySort(b: Builder, text: string, considered: Sentence[]): FoundBody[] {
  const found: FoundBody[] = [];
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    // (Most sentences name no sort of body: one scan for the nouns before the four patterns.)
    if (!KIND_HINT.test(body)) continue;
    const take = (name: string, at: number, description: { start: number; end: number }) => {
      name = name.replace(/[.’'-]+$/, '');
      // "Meanwhile, a Russian company …": a capitalised word that opens the sentence is no name when it is a word of another sort.
      const lead = /^(\S+)\s*/.exec(name)!;
      if (NOT_GIVEN_NAMES.has(lead[1])) {
        name = name.slice(lead[0].length);
        at += lead[0].length;
      }
      if (!name || NOT_NAMES.test(name) || NOT_GIVEN_NAMES.has(name) || TITLE_WORDS.has(name)) return;
      const known = lexicon().forms.get(name);
      if (known && known.kind !== 'organization' && known.kind !== 'bloc') return;
      if (at === 0 && !/\s/.test(name) && isOtherSortOfWord(name)) return;
      // "Analysts at the Mozambican bank BCI expect …": the body the speakers work for is where the words come from, no party.
      if (/\b(?:analysts?|economists?|experts?|researchers?|strategists?|scholars?|academics?)\s+(?:at|with|from|of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu.test(body.slice(Math.max(0, description.end - 80), description.end))) return;
      const d = { start: s.start + description.start, end: s.start + description.end };
      const described = text.slice(d.start, d.end);
      const sort = KIND_NOUN_END.exec(described.replace(/[\s,]+$/, ''))?.[0].toLowerCase() ?? '';
      found.push({ name, country: countryNearestSort(described), start: s.start + at, sort });
      b.bodyDescriptions.push(d);
    };
    // The words before a sort of body that describe it, back to the clause's start.
    const describedFrom = (at: number) => at - (body.slice(Math.max(0, at - 50), at).split(/[,;:(]|\b(?:and|or|by|with|to|from|that|which)\b/).pop()!.length);
    for (const m of execAll(NAME_THEN_KIND_RE, body)) take(m[1], m.index!, { start: m.index! + m[1].length, end: m.index! + m[0].length });
    for (const m of execAll(KIND_THEN_NAME_RE, body)) take(m[1], m.index! + m[0].length - m[1].length, { start: describedFrom(m.index!), end: m.index! + m[0].length - m[1].length });
    for (const m of execAll(KIND_COMMA_NAME_RE, body)) {
      // "the head of the Pyongyang studio, Kim Chol Ung": the name after the comma is the office holder's, not the body's.
      if (OFFICE_OF_BEFORE.test(body.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      take(m[2], m.index! + m[0].length - m[2].length, { start: m.index!, end: m.index! + m[0].length - m[2].length });
    }
    for (const m of execAll(KINDS_THEN_NAMES_RE, body)) {
      const listAt = m.index! + m[0].length - m[1].length;
      let at = listAt;
      for (const part of m[1].split(/(,\s+|,?\s+(?:and|or)\s+)/)) {
        if (/^\p{Lu}/u.test(part)) take(part, at, { start: describedFrom(m.index!), end: listAt });
        at += part.length;
      }
    }
  }
  return found;
}

/** "Russian miner", "Russia's biggest state broadcaster": the country nearest the sort of body is the body's. */
function countryNearestSort(words: string): string | null {
  let country: string | null = null;
  for (const w of words.split(/[\s-]+/)) {
    const e = lexicon().forms.get(w.replace(/['’]s?$/, ''));
    if (e?.kind === 'country') country = e.id;
  }
  return country;
}

/**
 * "Bellegprom and North Korea's Ministry of Light Industry signed …": one word no dictionary knows,
 * joined by "and" to a body, is a body too (a person would be named in full).
 */
function bodiesBesideBodies(b: Builder, text: string): FoundBody[] {
  const found: FoundBody[] = [];
  for (const org of b.mentions.filter((m) => m.kind === 'organization')) {
    const pair = /(?<![\p{L}\p{N}'’&.-])(\p{Lu}[\p{L}\p{N}&-]{2,})\s+and\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+)?$/u.exec(text.slice(Math.max(0, org.start - 60), org.start));
    if (!pair) continue;
    const name = pair[1];
    const at = org.start - pair[0].length;
    if (NOT_NAMES.test(name) || NOT_GIVEN_NAMES.has(name) || TITLE_WORDS.has(name) || lexicon().forms.has(name) || b.overlaps(at, at + name.length)) continue;
    // (Not the second half of a two-word name, nor a word of another sort.)
    if (/\p{Lu}[\p{L}'’-]*[ ]+$/u.test(text.slice(Math.max(0, at - 30), at)) || isOtherSortOfWord(name, true)) continue;
    found.push({ name, country: null, start: at, sort: '' });
  }
  return found;
}

/** An abbreviation right after a state's possessive, not followed by another name: "Portugal's REN", "Jordan's NEPCO". */
const OWNED_ABBREVIATION = /^['’]s?\s+(\p{Lu}[\p{Lu}\p{N}&]{1,5})(?![\p{L}\p{N}&'’-])(?!\s+\p{Lu})/u;

/**
 * "Portugal's REN", "Tunisia's STEG", "Jordan's NEPCO": an abbreviation no dictionary knows, owned by a state, is a body of
 * that state (its grid operator, its utility, its security service), unless it is one of the abbreviations that name no
 * body ("India's GDP", "Japan's EEZ"; lexicon/words.json).
 */
function abbreviationsOwnedByStates(b: Builder, text: string): FoundBody[] {
  const found: FoundBody[] = [];
  for (const state of b.mentions.filter((m) => m.kind === 'country' && !m.demonym)) {
    const m = OWNED_ABBREVIATION.exec(text.slice(state.end, state.end + 16));
    if (!m) continue;
    const name = m[1];
    const at = state.end + m[0].length - name.length;
    if (NOT_BODY_ACRONYMS.has(name.replace(/s$/, '')) || lexicon().forms.has(name) || b.overlaps(at, at + name.length)) continue;
    // (The state only says whose the body is: "Jordan's NEPCO signed a deal" is NEPCO's act, as "Russia's Gazprom" is Gazprom's.)
    b.bodyDescriptions.push({ start: state.start, end: at });
    found.push({ name, country: state.entity, start: at, sort: '' });
  }
  return found;
}

/**
 * "Pavel Latushko, who leads the National Anti-Crisis Management", "X, who runs Grands Trains du
 * Sénégal": what a named person heads, runs or chairs is a body, whatever words its name is made
 * of. Two capitalised words at least (with "of", "for", "du" and the like between them), so that a
 * demonym ("who leads the Russian delegation") or a place is not read as one.
 */
const LED_BODY = new RegExp(String.raw`,\s+who\s+(?:(?:now|also|still|currently)\s+)?(?:leads|heads|runs|chairs|directs|manages|founded|co-founded)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*-(?:based|backed|led|run|owned)\s+|(?:[a-z][\w-]*\s+){0,2}?)((?:\p{Lu}[\p{L}.-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?|(?:${NAME_PARTICLES})\s+)?)+\p{Lu}[\p{L}.-]*)(?![\p{L}'’-])(?!\s+\p{Lu})`, 'gu');

function bodiesLedByPeople(b: Builder, text: string, considered: Sentence[]): FoundBody[] {
  const found: FoundBody[] = [];
  for (const s of considered) {
    const body = text.slice(s.start, s.end);
    if (!/,\s+who\s/.test(body)) continue;
    for (const m of execAll(LED_BODY, body)) {
      const name = m[1].replace(/[.-]+$/, '');
      const at = s.start + m.index! + m[0].length - m[1].length;
      if (lexicon().forms.has(name) || b.overlaps(at, at + name.length) || NOT_NAMES.test(name)) continue;
      found.push({ name, country: null, start: at, sort: '' });
    }
  }
  return found;
}

/** Every use of a body's name in the considered sentences (one scan of the text, not one per sentence). */
function addEveryUse(b: Builder, text: string, considered: Sentence[], e: EntityDraft, name: string): void {
  const re = new RegExp(`(?<![\\p{L}\\p{N}&'’.-])${escape(name)}(?![\\p{L}\\p{N}&-])`, 'gu');
  for (const m of execAll(re, text)) {
    const at = m.index!;
    if (!considered.some((s) => s.start <= at && at + name.length <= s.end)) continue;
    if (!b.overlaps(at, at + name.length)) b.add({ start: at, end: at + name.length, entity: e.id, kind: e.kind, demonym: false, via: 'pattern' });
  }
}

/** "Russian miner Sibredmet", "VGTRK, Russia's biggest state broadcaster": a country that only describes a body is no party beside it. */
function dropCountriesDescribingBodies(b: Builder): void {
  for (const d of b.bodyDescriptions) {
    // ("a Minsk bicycle maker", "a Vladivostok company": a capital before the sort describes the body as a demonym would.)
    for (const m of b.within(d.start, d.end, d.end)) if (m.kind === 'country' && (m.demonym || m.possessive || (/^\s+\p{Ll}/u.test(b.text.slice(m.end, m.end + 3)) && /\b(?:an?|the|its|their|one)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(b.text.slice(Math.max(0, m.start - 40), m.start))))) b.remove(m);
  }
}

/** Countries whose names carry a father's and a mother's surname, in that order ("Rodrigo Valcárcel Ugarte"). */
const TWO_SURNAME_COUNTRIES = new Set(['es', 'mx', 'gt', 'hn', 'sv', 'ni', 'cr', 'pa', 'cu', 'do', 'co', 've', 'ec', 'pe', 'bo', 'cl', 'ar', 'uy', 'py', 'gq']);

/** The father's surname of a three-word Spanish name, when that word is no given name ("José Raúl Mulino" has one surname). */
function paternalSurname(e: EntityDraft): string | undefined {
  if (!e.country || !TWO_SURNAME_COUNTRIES.has(e.country)) return undefined;
  const parts = e.name.split(/\s+/);
  if (parts.length !== 3 || !parts.every((p) => /^\p{Lu}[\p{Ll}'’]+$/u.test(p))) return undefined;
  const word = parts[1];
  return nlp(word).has('#FirstName') || NOT_GIVEN_NAMES.has(word) || lexicon().forms.has(word) ? undefined : word;
}

function resolveSurnames(b: Builder, text: string, sentences: Sentence[]): void {
  const bySurname = new Map<string, EntityDraft[]>();
  for (const e of b.entities.values()) {
    if (e.kind !== 'person' || !/\s/.test(e.name)) continue;
    const sn = surnameOf(e.name, e.country);
    bySurname.set(sn, [...(bySurname.get(sn) ?? []), e]);
    // "al-Mutairi" opens a sentence as "Al-Mutairi".
    const particle = /^(?:al|el|ad|ash|as|at|az|ar|an|bin|ibn|van|von|de|da|di|du|del|la|le)(?=[-\s])/.exec(sn);
    if (particle) {
      const upper = sn[0].toUpperCase() + sn.slice(1);
      bySurname.set(upper, [...(bySurname.get(upper) ?? []), e]);
    }
    // "Ahmed al-Sharaa" … "Sharaa said": many outlets drop the Arabic article on later references.
    const bare = /^(?:al|el|Al|El)-(\p{Lu}[\p{L}'’]{2,})$/u.exec(sn)?.[1];
    if (bare && !lexicon().forms.has(bare)) bySurname.set(bare, [...(bySurname.get(bare) ?? []), e]);
    // "Wilma Quispe Mamani" … "Quispe said": Spanish names carry two surnames and the first is the one used alone.
    const paternal = paternalSurname(e);
    if (paternal && paternal !== sn) bySurname.set(paternal, [...(bySurname.get(paternal) ?? []), e]);
    // A second transliteration of the full name ("Abdou Tchiani" … "Abdou Tiani") gives its own surname too ("Tiani said").
    const first = e.name.split(/\s+/)[0];
    for (const a of e.aliases) {
      if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(a) || a.split(/\s+/)[0] !== first || a.split(/\s+/).length !== e.name.split(/\s+/).length) continue;
      const other = surnameOf(a, e.country);
      if (other !== sn && !(bySurname.get(other) ?? []).includes(e)) bySurname.set(other, [...(bySurname.get(other) ?? []), e]);
    }
  }
  if (!bySurname.size) return;
  const byGiven = givenNameReferences(b, bySurname);
  const keys = [...bySurname.keys(), ...byGiven.keys()];
  const re = new RegExp(`(?<![\\w-])(${keys.map(escape).join('|')})(?![\\w-])`, 'g');
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    for (const m of execAll(re, body)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (b.overlaps(start, end)) continue;
      // A given name followed by another capitalised word begins some other name ("Abiy Ahmed Ali").
      if (!bySurname.has(m[1]) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      const candidates = bySurname.get(m[1]) ?? byGiven.get(m[1])!;
      // Several people share the surname: the one mentioned most recently in full.
      const e =
        candidates.length === 1
          ? candidates[0]
          : [...candidates].sort((x, y) => lastFullMention(b, y.id, start) - lastFullMention(b, x.id, start))[0];
      b.alias(e, m[1]);
      const mention = b.add({ start, end, entity: e.id, kind: 'person', demonym: false, via: 'surname' });
      const title = TITLE_BEFORE_RE.exec(text.slice(Math.max(s.start, start - 40), start));
      if (title) {
        if (!isCounterpartWord(title[1])) e.offices.add(title[1]);
        b.alias(e, `${title[1]} ${m[1]}`);
        mention.phrase = { start: start - title[0].length, end, office: title[1], country: e.country ?? undefined };
      }
    }
  }
}

/**
 * Ethiopian, Eritrean, Icelandic, Indonesian and Burmese names are referred to by the given name
 * ("Abiy Ahmed" … "Abiy said"): a lone word equal to exactly one person's first name, and nobody's
 * surname, is that person. Family-first names are left out (their first word is the surname).
 */
function givenNameReferences(b: Builder, bySurname: Map<string, EntityDraft[]>): Map<string, EntityDraft[]> {
  const byGiven = new Map<string, EntityDraft[]>();
  for (const e of b.entities.values()) {
    if (e.kind !== 'person' || !/\s/.test(e.name) || !e.country || !GIVEN_NAME_COUNTRIES.has(e.country)) continue;
    const given = e.name.split(/\s+/)[0];
    if (given.length < 3 || surnameOf(e.name, e.country) === given || bySurname.has(given) || TITLE_WORDS.has(given) || NOT_GIVEN_NAMES.has(given) || lexicon().forms.has(given)) continue;
    byGiven.set(given, [...(byGiven.get(given) ?? []), e]);
  }
  for (const [given, es] of byGiven) if (es.length > 1) byGiven.delete(given);
  return byGiven;
}

function lastFullMention(b: Builder, id: string, before: number): number {
  return b.lastStart(id, before, (m) => m.via !== 'surname');
}

const DESCRIPTOR_RE = /\b(?:([Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(visiting|two|three)\s+)?(?:([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+)?(top diplomats?|foreign ministers?|defen[cs]e ministers?|ministers|minister|leaders|leader|presidents|president|premiers?|prime ministers?|counterparts?|colleague|men)|([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s+(top diplomat|foreign minister|defen[cs]e minister|leader|president))\b(?:\s+from\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?))?/g;

/**
 * "the two men who chair the commission: A, …, and B": a group of people named after a colon that
 * follows it in its sentence (read from the words, as the names may be new ones).
 */
export function namedAfterColon(text: string, from: number, to: number, count: number): boolean {
  const colon = text.slice(from, to).search(/:\s/);
  if (colon < 0) return false;
  const after = text.slice(from + colon, to);
  return /\band\b/.test(after) && (after.match(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+)+/gu) ?? []).length >= count;
}

/** The offices "the president(s)" and "the premier(s)" / "the prime minister(s)" read back to. */
const PRESIDENT_OFFICE = /\bpresident\b/i;
const PREMIER_OFFICE = /premier|prime minister/i;

function resolveDescriptors(b: Builder, text: string, sentences: Sentence[]): void {
  const lex = lexicon();
  const persons = () => [...b.entities.values()].filter((e) => e.kind === 'person');
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    for (const m of execAll(DESCRIPTOR_RE, body)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      const noun = (m[4] ?? m[6]).toLowerCase();
      // "North Korea's leader Kim Jong-un" is a title phrase, already read with the name.
      if (b.within(end, end + 2).some((x) => x.kind === 'person')) continue;
      const owner = m[3] ?? m[5] ?? m[7];
      const ownerEntry = owner ? lex.forms.get(owner) : undefined;
      if (owner && (!ownerEntry || ownerEntry.kind !== 'country')) continue;
      const country = ownerEntry?.id;
      const plural = m[2] === 'two' || m[2] === 'three' || /s$/.test(noun) || noun === 'men';
      // Followed by a named person in apposition: "his North Korean counterpart, Foreign Minister Choe Son Hui".
      const next = b
        .within(end + 1, end + 41)
        .filter((x) => x.kind === 'person' && x.start > end && x.start <= end + 40 && /^,\s/.test(text.slice(end, end + 2)))
        .sort((x, y) => x.start - y.start)[0];
      if (next && !plural && !/[.;]/.test(text.slice(end, next.start))) {
        const e = b.entities.get(next.entity)!;
        if (country && e.country == null) e.country = country;
        continue;
      }
      const inSentence = b.within(s.start, s.end, s.end).filter((x) => x.kind === 'person' && (x.end <= start || x.start >= end));
      let wanted: string;
      if (/counterpart|colleague/.test(noun)) {
        const other = inSentence.sort((x, y) => Math.abs(x.start - start) - Math.abs(y.start - start))[0] ?? lastPersonBefore(b, start);
        const otherEntity = other ? b.entities.get(other.entity) : undefined;
        if (!otherEntity || !otherEntity.offices.size) continue;
        // ("his Swedish colleague" is a counterpart abroad; "his colleague" may be a fellow minister at home.)
        if (noun === 'colleague' && (!country || country === otherEntity.country)) continue;
        wanted = officeClass([...otherEntity.offices][0]);
        const fits = persons().filter((p) => p.id !== otherEntity.id && [...p.offices].some((o) => officeClass(o) === wanted) && (!country || p.country === country || p.country == null));
        let pick = fits.length === 1 ? fits[0] : fits.find((p) => p.country === country);
        if (!pick && country) {
          // An untitled person ("Maxim Ryzhenkov arrived …") is the only one who can be the counterpart.
          const untitled = persons().filter((p) => p.id !== otherEntity.id && !p.offices.size && (p.country === country || p.country == null));
          if (untitled.length === 1) {
            pick = untitled[0];
            pick.offices.add([...otherEntity.offices][0]);
          }
        }
        if (!pick || (country && pick.country && pick.country !== country)) continue;
        if (country && pick.country == null) pick.country = country;
        b.add({ start, end, entity: pick.id, kind: 'person', demonym: false, via: 'descriptor' });
        continue;
      }
      if (noun === 'men' && m[2] !== 'two') continue;
      // "the president of the Security Council": the office of the body named after it, no one's read back.
      if (!owner && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 30))) continue;
      // "the leaders", "their presidents" without a count say nothing of how many: only "the two presidents", "the three leaders".
      if (/^(?:leaders|presidents|premiers|prime ministers)$/.test(noun) && m[2] !== 'two' && m[2] !== 'three') continue;
      wanted = noun === 'men' ? '' : officeClass(noun.replace(/s$/, ''));
      // "the two presidents", "the Belarusian president": people who hold that very office ("leaders" are any heads; a
      // prime minister is no president).
      const exact = /^presidents?$/.test(noun) ? PRESIDENT_OFFICE : /^(?:premier|prime minister)s?$/.test(noun) ? PREMIER_OFFICE : undefined;
      const fits = persons().filter((p) => (wanted === '' || [...p.offices].some((o) => (exact ? exact.test(o) && !/\bvice|deputy\b/i.test(o) : officeClass(o) === wanted || (wanted === 'minister' && /minister/i.test(o))))) && (!country || p.country === country || (p.country == null && !plural)));
      // "the two men who chair the commission: A, …, and B": the group is named after the colon that follows.
      if (plural && namedAfterColon(text, end, s.end, m[2] === 'three' ? 3 : 2)) continue;
      if (plural) {
        const recent = fits.filter((p) => lastAnyMention(b, p.id, start) >= 0).sort((x, y) => lastAnyMention(b, y.id, start) - lastAnyMention(b, x.id, start));
        const count = m[2] === 'three' ? 3 : 2;
        if (recent.length >= count) for (const p of recent.slice(0, count)) b.add({ start, end, entity: p.id, kind: 'person', demonym: false, via: 'descriptor' });
        continue;
      }
      const withCountry = country ? fits.filter((p) => p.country === country) : fits;
      const pick = withCountry.length === 1 ? withCountry[0] : !country && fits.length > 1 ? undefined : fits.length === 1 ? fits[0] : undefined;
      if (!pick || b.overlaps(start, end)?.kind === 'person') continue;
      // "Foreign Minister X spoke by telephone with China's foreign minister": X, named in the same sentence and of no known
      // country, is the one who spoke, not the one described.
      if (country && pick.country == null && inSentence.some((x) => x.entity === pick.id)) continue;
      if (country && pick.country == null) pick.country = country;
      const mention = b.add({ start, end, entity: pick.id, kind: 'person', demonym: false, via: 'descriptor' });
      // "the North Korean leader", "Belarus's president": the description states the office, and whose it is.
      if (country && pick.country === country) mention.phrase = { start, end, office: noun, country };
    }
  }
}

/**
 * "the bloc", "the Iran-backed group", "the alliance's ambassadors", "the agency's director
 * general": a body named by what it is stands for the latest body of that sort named in the
 * paragraphs before (a bloc, an armed group or movement, an alliance, an agency, an organisation).
 * Not before a name in apposition ("the South American bloc Mercosur" is Mercosur), nor in
 * "the group of experts" ("accused the group of attacking" is the group).
 */
const BODY_DESCRIPTION_RE = /\b[Tt]he\s+((?:(?:[a-z][a-z-]*|[A-Z][\w.]*-[a-z]+|U\.N\.|UN|\d+-[a-z]+)\s+){0,2}?)(bloc|alliance|group|movement|militia|agency|watchdog|organi[sz]ation)\b(?!\s+of\s+(?![a-z]+ing\b))(?!\s*,?\s+[A-Z(])/g;
const BODY_REACH = 1500;

function bodyFits(b: Builder, noun: string, m: Mention): boolean {
  const e = b.entities.get(m.entity);
  if (!e || m.demonym || m.kind === 'person' || m.kind === 'country' || m.kind === 'place' || e.id === 'west') return false;
  const names = [e.name, ...e.aliases].join(' | ');
  switch (noun) {
    case 'bloc':
      return m.kind === 'bloc';
    case 'alliance':
      return /\balliance\b|\btreaty\b|\bNATO\b/i.test(names);
    case 'group':
    case 'movement':
    case 'militia':
      return m.kind === 'organization' && (!!lexicon().entries.get(e.id)?.group || /\b(?:group|movement|militia|rebels)\b/i.test(names));
    case 'agency':
    case 'watchdog':
      return m.kind === 'organization' && /\bagency\b/i.test(names) && !/news|press/i.test(names);
    default:
      return m.kind === 'organization' && /\borgani[sz]ation\b/i.test(names);
  }
}

/** Words that make "the … group / movement / militia" an armed one; any other ("the human rights group", "the opposition movement") names another sort of body. */
const ARMED_MODIFIER = /^(?:armed|militant|rebel|jihadist|islamist|insurgent|separatist|paramilitary|extremist|terrorist|guerrilla|[\w.]+-(?:backed|aligned|linked|allied))$/i;

/** The words before the noun may describe the body named before: for a group, only as an armed one. */
function modifiersFit(noun: string, modifiers: string): boolean {
  if (noun !== 'group' && noun !== 'movement' && noun !== 'militia') return true;
  return modifiers
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => ARMED_MODIFIER.test(word));
}

function resolveBodyDescriptions(b: Builder, text: string, sentences: Sentence[]): void {
  for (const s of sentences) {
    if (s.zone === 'title' || s.zone === 'caption') continue;
    const body = text.slice(s.start, s.end);
    for (const m of execAll(BODY_DESCRIPTION_RE, body)) {
      const start = s.start + m.index! + m[0].length - m[2].length;
      const end = start + m[2].length;
      if (b.overlaps(s.start + m.index!, end)) continue;
      const noun = m[2].toLowerCase();
      if (!modifiersFit(noun, m[1])) continue;
      // "join the alliance", "leave the bloc": the clause reads these itself (the body named last, of any sort).
      if (/\b(?:join|joining|joined|leave|leaving|left|quit|of|to|from|in)\s+$/i.test(body.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      const before = b.within(Math.max(0, start - BODY_REACH), start).filter((x) => x.end <= start && bodyFits(b, noun, x));
      const latest = before[before.length - 1];
      if (!latest) continue;
      b.add({ start, end, entity: latest.entity, kind: latest.kind, demonym: false, via: 'descriptor' });
    }
  }
}

/**
 * "Belfarmprom, the state pharmaceutical concern, … the concern said", "RED-Tabara, a rebel group …
 * Rwanda never supported the group": "the" and the word the article introduced a body with name
 * that body again, the latest one so introduced, unless a name follows ("the company Ozon", "the company, Ozon,").
 */
function resolveSortReferences(b: Builder, text: string, sentences: Sentence[]): void {
  const sorted = [...b.entities.values()].filter((e) => e.sorts?.size);
  if (!sorted.length) return;
  const nouns = [...new Set(sorted.flatMap((e) => [...e.sorts!]))];
  const re = new RegExp(`\\b[Tt]he\\s+((?:[a-z][a-z-]*\\s+){0,2}?)(${nouns.map((n) => n.replace(/[-\s]/g, '[-\\s]')).join('|')})\\b(?!\\s+\\p{Lu})(?!,\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*\\s*[,.;)])(?!\\s+of\\b)`, 'gu');
  for (const s of sentences) {
    if (s.zone === 'title' || s.zone === 'caption') continue;
    for (const m of execAll(re, text.slice(s.start, s.end))) {
      const start = s.start + m.index! + m[0].length - m[2].length;
      const end = start + m[2].length;
      if (b.overlaps(s.start + m.index!, end)) continue;
      const noun = m[2].toLowerCase().replace(/\s+/g, ' ');
      const before = b.within(Math.max(0, start - BODY_REACH), start).filter((x) => x.end <= start && b.entities.get(x.entity)?.sorts?.has(noun));
      const latest = before[before.length - 1];
      if (latest) b.add({ start, end, entity: latest.entity, kind: latest.kind, demonym: false, via: 'descriptor' });
    }
  }
}

/** The word a body's name is built on, when "the <word>" may name it again: the last word ("Ports Authority"), or the one before "of" ("Regional Museum of Local Lore"). */
function headOfName(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  if (HEAD_REFERENCE_NOUNS.has(last)) return last;
  const beforeOf = words[words.indexOf('of') - 1];
  return beforeOf && HEAD_REFERENCE_NOUNS.has(beforeOf) ? beforeOf : undefined;
}

const HEAD_REFERENCE_RE = new RegExp(`\\b[Tt]he\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${[...HEAD_REFERENCE_NOUNS].join('|')})\\b(?!\\s+\\p{Lu})(?!\\s+of\\b)(?!-)`, 'gu');

/**
 * "the Tanzania Ports Authority … the ports authority's director general", "the Chollima Bicycle
 * Works … the manager of the Chollima works", "the Institute of Applied Astronomy … the
 * institute": "the" and the word a body's name is built on name that body again, the latest one
 * so named, when every word before the noun is a word of its name ("the Minsk theatre" is not the
 * Obraztsov Puppet Theatre of Moscow).
 */
function resolveHeadReferences(b: Builder, text: string, sentences: Sentence[]): void {
  const heads = new Map<string, string>();
  for (const e of b.entities.values()) {
    const head = e.kind === 'organization' ? headOfName(e.name) : undefined;
    if (head) heads.set(e.id, head);
  }
  if (!heads.size) return;
  for (const s of sentences) {
    if (s.zone === 'title' || s.zone === 'caption') continue;
    for (const m of execAll(HEAD_REFERENCE_RE, text.slice(s.start, s.end))) {
      const start = s.start + m.index! + m[0].length - m[1].length - m[2].length;
      const end = start + m[1].length + m[2].length;
      if (b.within(start, end).some((y) => y.start < end && y.end > start && y.kind !== 'country' && y.kind !== 'place')) continue;
      const noun = m[2].toLowerCase();
      const modifiers = m[1].trim().split(/\s+/).filter(Boolean);
      const fits = (x: Mention) => {
        const e = b.entities.get(x.entity);
        if (x.kind !== 'organization' || x.end > start || heads.get(x.entity) !== noun || !e) return false;
        const words = new Set(e.name.toLowerCase().split(/[\s-]+/));
        return modifiers.every((w) => words.has(w.toLowerCase()));
      };
      const before = b.within(Math.max(0, start - BODY_REACH), start).filter(fits);
      const latest = before[before.length - 1];
      if (!latest) continue;
      // A place in the words is part of the name ("the Kanggye plant" of the Kanggye Machine Plant), not a party beside it.
      for (const y of b.within(start, end)) if (y.kind === 'country' || y.kind === 'place') b.remove(y);
      b.add({ start, end, entity: latest.entity, kind: latest.kind, demonym: false, via: 'descriptor' });
    }
  }
}

/**
 * "South Korea protested. Its foreign ministry summoned the Russian ambassador", "… It accused
 * Lima of …": a sentence opening on "It" or on "Its" and one of the bodies a state acts through
 * continues the government or body that opened the sentence before. Not the "it" of "It is
 * unclear …", nor after a sentence that opens on a person.
 */
const OPENING_IT = /^(?:(?:On|Last|Earlier|Later|In)\s+\w+,?\s+)?(It|Its(?=\s+(?:own\s+)?(?:foreign|defen[cs]e|interior|economy|trade)\s+ministry\b|\s+(?:military|army|navy|air force|armed forces|government|embassy|troops|forces|coast guard)\b))\b(?!['’]s)(?!\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|appeared|remains|remained|may|might|could|took|takes|comes|came|follows|followed|marks|marked|means|meant|shows|showed|underlines|underlined|signals|signalled|signaled|reflects|reflected)\b)/;

function resolveOpeningIt(b: Builder, text: string, sentences: Sentence[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.zone !== 'body' && s.zone !== 'lead') continue;
    const m = OPENING_IT.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const prev = sentences[i - 1];
    if (prev.zone !== 'body' && prev.zone !== 'lead') continue;
    const lead = /^(?:(?:On|Last|Earlier|Later|In)\s+\w+,?\s+)?(?:the\s+)?/i.exec(text.slice(prev.start, prev.end))![0].length;
    const first = b.within(prev.start, prev.end).find((x) => !x.demonym);
    if (!first || first.start !== prev.start + lead || first.kind === 'person' || first.kind === 'place' || first.possessive) continue;
    const start = s.start + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (b.overlaps(start, end)) continue;
    b.add({ start, end, entity: first.entity, kind: first.kind, demonym: false, via: 'pronoun' });
  }
}

/** "its border guards", "two of its soldiers": a state's own people under arms or at sea, owned by "its". */
const ITS_FORCES = /\bits\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:troops|soldiers|forces|border\s+guards|guards|army|navy|coast\s+guard|warships|patrol\s+boats|jets|fighter\s+jets|police|fishermen|sailors)\b/g;

/**
 * "Tajikistan closed the crossing, a day after two of its border guards were killed in an exchange of
 * fire with Taliban fighters": "its" before a state's forces is the state that opens the sentence.
 */
function resolveItsForces(b: Builder, text: string, sentences: Sentence[]): void {
  for (const s of sentences) {
    if (s.zone !== 'body' && s.zone !== 'lead') continue;
    const body = text.slice(s.start, s.end);
    const lead = /^(?:(?:On|Last|Earlier|Later|In)\s+\w+,?\s+)?(?:the\s+)?/i.exec(body)![0].length;
    for (const m of body.matchAll(ITS_FORCES)) {
      const start = s.start + m.index!;
      const first = b.within(s.start, start).find((x) => !x.demonym);
      if (!first || first.start !== s.start + lead || first.kind !== 'country' || first.possessive) continue;
      if (b.overlaps(start, start + 3)) continue;
      b.add({ start, end: start + 3, entity: first.entity, kind: 'country', demonym: false, via: 'pronoun' });
    }
  }
}

function lastPersonBefore(b: Builder, at: number): Mention | undefined {
  // Look back a paragraph or two at most: a counterpart is someone just mentioned.
  return b.within(Math.max(0, at - 1500), at, at).filter((m) => m.kind === 'person').pop();
}
function lastAnyMention(b: Builder, id: string, before: number): number {
  return b.lastStart(id, before);
}

/** A host who "received"/"hosted" a visitor "in Pyongyang" belongs there, when nothing else says where. */
function inferHostCountries(b: Builder, text: string, sentences: Sentence[]): void {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const verb = /\b(received|hosted|welcomed|greeted)\b/.exec(body);
    // ("X was received by Chile's president in Santiago": the one named before a passive is the guest.)
    if (!verb || /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$/.test(body.slice(0, verb.index))) continue;
    const local = b.within(s.start, s.end, s.end);
    const host = local.filter((m) => m.kind === 'person' && m.start < s.start + verb.index).pop();
    const place = local.find((m) => m.kind === 'country' && m.start > s.start + verb.index && /\bin\s+$/.test(text.slice(m.start - 4, m.start)));
    if (!host || !place) continue;
    const e = b.entities.get(host.entity)!;
    if (e.country == null) e.country = place.entity;
  }
}

/** Offices of a state, which a bare title ("Prime Minister X") holds in the country the sentence is about. */
const NATIONAL_OFFICE = /\b(?:minister|president|premier|chancellor|secretary|attorney[- ]general|speaker|king|queen|emir|sultan|crown prince|(?:ministry|government|presidential|palace|army|military|cabinet) spokes(?:man|woman|person))\b/i;

/**
 * "Prime Minister Hamza Abdi Barre said Somalia would …", "met Prime Minister Manasseh Sogavare in
 * Honiara": a national office given without its country is held in the one country the sentence
 * names (outside other people's titles), or in the capital or country where the holder is met.
 * Two candidate countries and nothing is assumed.
 */
const OFFICE_AFTER = /^\s+(?:[a-z-]+\s+)?(?:leader|president|minister|premier|chancellor|official|officials|diplomat|diplomats|envoy|ambassador|side|delegation|counterpart|king|prince|general|commander)\b/i;

/** A body's head word right before a title and its holder's name: "Commission President X", "Council Secretary-General X". */
const BODY_BEFORE_TITLE = new RegExp(`(?:^|\\s)(?:Commission|Council|Parliament|Bank|Assembly|Court|Fund|Agency|Union|Committee|Organi[sz]ation|Federation|Corporation|Company)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+$`, 'u');

function inferOfficeCountries(b: Builder, text: string, sentences: Sentence[]): void {
  // Holders whose sentence gave no country, for a later sentence to give one.
  const unresolved = new Set<string>();
  // The story's own sentences first: a headline or deck is too terse to say whose office it is ("Foreign Minister X hosts
  // Y; … an idea with Russia"), and is read only for holders the story leaves without a country.
  const order = sentences.map((_, i) => i).sort((x, y) => Number(sentences[x].zone === 'title') - Number(sentences[y].zone === 'title'));
  order.forEach((i) => {
    const s = sentences[i];
    const local = b.within(s.start, s.end, s.end);
    // (Not a title shared by several names, "Presidents A and B": they need not be of one country.)
    const shared = (m: Mention) => local.some((x) => x !== m && x.kind === 'person' && x.phrase === m.phrase);
    const titled = local.filter((m) => m.kind === 'person' && m.phrase && !m.phrase.country && !m.phrase.org && NATIONAL_OFFICE.test(m.phrase.office) && !shared(m));
    for (const m of titled) {
      const e = b.entities.get(m.entity)!;
      if (e.country != null) continue;
      // "Commission President Ursula von der Leyen", "Bank President X": a body's office, held in no country.
      if (BODY_BEFORE_TITLE.test(text.slice(Math.max(0, m.phrase!.start - 40), m.start))) continue;
      const ownOffice = countryOfOffice(m.phrase!.office);
      // "Transport Minister X and Angola's Minister of Transport, Y": the other side's minister, or nobody's the text says.
      const partner = ownOffice ? undefined : markedPartnerCountry(text, local, m);
      if (partner) {
        const own = otherOfReportedPair(b, sentences, partner);
        if (own) e.country = own;
        continue;
      }
      const country = ownOffice ?? delegationLeaderCountry(text, local, m) ?? otherSideDealtWith(b, text, sentences, local, m) ?? delegationOfPreviousSentence(b, text, m, sentences[i - 1]) ?? placeAfterName(local, text, m) ?? capitalWhereSpoken(text, s, local, m) ?? companionCountry(b, text, local, m) ?? countryOfReportedClause(text, s, local, m) ?? onlyCountryOf(b, text, local, m) ?? speakerOfPreviousGovernment(b, text, local, m, sentences[i - 1]) ?? countrySpokenFor(local, text, m) ?? previousSubjectGovernment(b, text, sentences, i, local, m) ?? paragraphSubjectCountry(b, text, sentences, i, local, m) ?? metByOtherSide(b, text, sentences, local, m);
      if (country) e.country = country;
      else unresolved.add(m.entity);
    }
    // "Foreign Minister X told the ambassador … . Speaking in Yaoundé, X said Cameroon would not …": a later
    // sentence in which the holder says what one country will do gives the office its country.
    if (!unresolved.size) return;
    for (const m of local) {
      if (m.kind !== 'person' || !unresolved.has(m.entity)) continue;
      const e = b.entities.get(m.entity)!;
      const spokenFor = e.country == null ? countrySpokenFor(local, text, m) : undefined;
      if (spokenFor) e.country = spokenFor;
      if (e.country != null) unresolved.delete(m.entity);
    }
  });
}

/**
 * The country of the office holder joined to this one by "and" whose own title names it: "X and Angola's Minister of
 * Transport, Y", "X and Y, North Korea's vice-minister of education", "X and his Guinean counterpart, Y". Two
 * ministers paired so, one with a country and one without, are the two sides of a bilateral act.
 */
function markedPartnerCountry(text: string, local: Mention[], m: Mention): string | undefined {
  const next = local.find((x) => x.start >= m.end && x.kind === 'person' && x.entity !== m.entity);
  const phrases = next ? [next.phrase, next.alsoPhrase].filter((p) => p?.country) : [];
  if (!next || !phrases.length) return undefined;
  const opening = Math.min(next.start, ...phrases.map((p) => p!.start));
  return /^,?\s+and\s+(?:(?:his|her|their)\s+)?$/.test(text.slice(m.end, opening)) ? phrases[0]!.country : undefined;
}

/**
 * Of the two countries a report is about, the one that is not `country`. They are the two it names most, when the
 * headline or the lead names both and no third is named as often (a Malaysian report headed "Jakarta draws the line; Brunei
 * wants in" has none).
 */
function otherOfReportedPair(b: Builder, sentences: Sentence[], country: string): string | undefined {
  const counts = new Map<string, number>();
  for (const x of b.mentions) if (x.kind === 'country') counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  if (ranked.length < 2 || ranked[2]?.[1] === ranked[1][1]) return undefined;
  const pair = [ranked[0][0], ranked[1][0]];
  if (!pair.includes(country)) return undefined;
  const namedIn = (zone: Sentence['zone']) => new Set(sentences.filter((s) => s.zone === zone).flatMap((s) => b.within(s.start, s.end, s.end)).filter((x) => x.kind === 'country').map((x) => x.entity));
  const headline = namedIn('title');
  const lead = namedIn('lead');
  return pair.every((c) => headline.has(c)) || pair.every((c) => lead.has(c)) ? pair.find((c) => c !== country) : undefined;
}

/** "Foreign ministers Ana Rojas of Chile and Luis Vega of Peru": a person named with "of" and a country belongs to it. */
function countriesNamedAfterPeople(b: Builder, text: string): void {
  const attributes = new Set<Mention>();
  const countryAt = new Map(b.mentions.filter((x) => x.kind === 'country' && !x.demonym).map((x) => [x.start, x]));
  for (const m of b.mentions) {
    if (m.kind !== 'person') continue;
    const e = b.entities.get(m.entity);
    const of = e ? /^\s+of\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 9)) : null;
    const next = of ? countryAt.get(m.end + of[0].length) : undefined;
    if (!e || !next || (e.country != null && e.country !== next.entity)) continue;
    e.country = next.entity;
    m.of = { party: next.entity, end: next.end };
    // The country says whose the person is; it does not act beside them ("A of Kenya and B of Ethiopia signed").
    attributes.add(next);
  }
  // Taken back through the builder, so that the span look-ups of the passes after this one no longer find them.
  for (const x of attributes) b.remove(x);
}

/** Offices held in a region or town rather than a state: "Governor X of Khabarovsk Krai", "Mayor X of Portimão". */
const REGIONAL_OFFICE = /\b(?:governor|mayor|premier|chief\s+minister|akim|wali|voivode|prefect|regional\s+head)\b/i;

/** The one body named earlier whose name ends with these two or more words ("Royal Bahamas Defence Force" for "Defence Force"). */
function longerBodyEndingWith(b: Builder, name: string): EntityDraft | undefined {
  if (name.split(/\s+/).length < 2) return undefined;
  const longer = [...b.entities.values()].filter((e) => e.kind === 'organization' && e.name !== name && e.name.endsWith(` ${name}`));
  return longer.length === 1 ? longer[0] : undefined;
}

/** Words between "of the" and a body that say which side of it the body is ("of the ruling Democratic Party"). */
const BODY_STANDING = /^\s+of\s+(?:the\s+)?(?:(?:ruling|governing|main|opposition|conservative|liberal|centre-right|center-right|centre-left|center-left|far-right|far-left|nationalist)\s+){0,2}/;

/**
 * "Rep. Kwon Tae-ho of the ruling Democratic Party", "Deputy Governor Ana Ruiz of the Central
 * Bank of Chile": a person named with "of" and a body holds their title's office there (untitled,
 * a role in that body), unless the title already named an owner.
 */
function bodiesNamedAfterPeople(b: Builder, text: string): void {
  const bodyAt = new Map(b.mentions.filter((x) => x.kind === 'organization' || x.kind === 'place').map((x) => [x.start, x]));
  if (!bodyAt.size) return;
  for (const m of b.mentions) {
    if (m.kind !== 'person' || m.of) continue;
    const of = BODY_STANDING.exec(text.slice(m.end, m.end + 60));
    const body = of ? bodyAt.get(m.end + of[0].length) : undefined;
    if (!body) continue;
    // "Governor Dmitry Demeshin of Khabarovsk Krai": a place holds only the office of governing it.
    if (body.kind === 'place' && !(m.phrase && REGIONAL_OFFICE.test(m.phrase.office))) continue;
    if (!m.phrase) m.of = { party: body.entity, end: body.end };
    else if (!m.phrase.org && !m.phrase.country && m.phrase.end === m.end) Object.assign(m.phrase, { org: body.entity, end: body.end });
  }
}

/** "Kim's government has pledged …", "the Trudeau government": a leader's government acts for the leader's country. */
function governmentsOfPeople(b: Builder, text: string): void {
  for (const m of b.mentions) {
    if (m.kind !== 'person') continue;
    const after = /^(?:['’]s)?\s+(?:government|administration|regime|cabinet)\b/.exec(text.slice(m.end, m.end + 20));
    const country = after && b.entities.get(m.entity)?.country;
    // (The country need not be named: "the Trump administration" is the United States' government in any story.)
    const known = country ? lexicon().entries.get(country) : undefined;
    if (!country || (b.entities.get(country)?.kind ?? known?.kind) !== 'country') continue;
    if (!b.entities.has(country)) b.entity(country, 'country', known!.name, m.start);
    m.entity = country;
    m.kind = 'country';
    m.possessive = false;
    m.phrase = undefined;
    m.alsoPhrase = undefined;
  }
}

/** "A North Korean delegation led by Vice Premier X", "Pyongyang's team, headed by Minister Y": the leader of a country's delegation is of that country. */
function delegationLeaderCountry(text: string, local: Mention[], m: Mention): string | undefined {
  const start = m.phrase!.start;
  const country = local.filter((x) => x.kind === 'country' && x.end <= start).pop();
  return country && DELEGATION_LED_BY.test(text.slice(country.end, start)) ? country.entity : undefined;
}
/** "North Korea sent its most senior delegation yet … It was led by Vice Foreign Minister X": the delegation the sentence before sent. */
function delegationOfPreviousSentence(b: Builder, text: string, m: Mention, previous: Sentence | undefined): string | undefined {
  if (!previous || !LED_BY_OPENING.test(text.slice(Math.max(0, m.phrase!.start - 60), m.phrase!.start))) return undefined;
  const word = /\b(?:delegation|team|mission)\b/i.exec(text.slice(previous.start, previous.end));
  if (!word) return undefined;
  // The country that sent it: the one named before the word, not where it went ("… to the conference in Minsk").
  const countries = uniqueEntities(b.within(previous.start, previous.start + word.index, previous.end).filter((x) => x.kind === 'country'));
  return countries.length === 1 ? countries[0] : undefined;
}
const LED_BY_OPENING = /(?:^|[.!?]\s+|\n)(?:It|The\s+(?:[a-z-]+\s+)?(?:delegation|team|mission))\s+(?:was|is|will\s+be)\s+(?:led|headed)\s+by\s+$/;
const uniqueEntities = (ms: Mention[]) => [...new Set(ms.map((x) => x.entity))];
const DELEGATION_LED_BY = /^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:delegation|team|mission)\s*,?\s+(?:which\s+was\s+|was\s+)?(?:led|headed)\s+by\s+$/;

/** Whether a country mention is written as its capital or another metonym ("Minsk", "the Kremlin"), not its own name. */
export function namedByCapital(text: string, m: Pick<Mention, 'start' | 'end'>): boolean {
  return lexicon().forms.get(text.slice(m.start, m.end))?.metonym === true;
}

/** An official of a state right after its country: "Libya's chargé d'affaires", "the Russian ambassador", "China's foreign minister". */
const OFFICIAL_AFTER_COUNTRY = /^(?:['’]s?)?\s+(?:(?:top|new|outgoing|deputy|first|acting)\s+)?(?:ambassador|charg[eé]\s+d['’]affaires|envoy|consul|diplomats?|counterpart|delegation|(?:[a-z-]+\s+){0,2}?(?:minister|vice-minister|secretary))\b/i;
/** From a holder to that official: a verb of dealing with them ("summoned", "spoke by telephone with", "held talks with"). */
const DEALT_WITH = /^[^.;:"“”]{0,80}?\b(?:summon(?:ed|s|ing)?|call(?:ed|s)\s+in|met|meets?|spoke|speaks|talk(?:s|ed)|told|tells|received|receives|hosted|handed|phoned|telephoned|wrote\s+to|with)\b[^.;:"“”]{0,40}?$/i;

/**
 * "Foreign Minister X summoned Libya's chargé d'affaires", "Foreign Minister X spoke by telephone with China's foreign
 * minister", "X would travel to Tehran for talks": a holder who deals with the other side's official, or goes to its
 * capital, is of the story's other country, when the report is about two (otherOfReportedPair).
 */
function otherSideDealtWith(b: Builder, text: string, sentences: Sentence[], local: Mention[], m: Mention): string | undefined {
  for (const x of local) {
    if (x.kind !== 'country' || x.start <= m.end) continue;
    const between = text.slice(m.end, x.start);
    const official = (x.possessive || x.demonym) && OFFICIAL_AFTER_COUNTRY.test(text.slice(x.end, x.end + 40)) && DEALT_WITH.test(between);
    const journey = !x.demonym && !x.possessive && TRAVEL_TO_END.test(between);
    if (!official && !journey) continue;
    const other = otherOfReportedPair(b, sentences, x.entity);
    // (Only a story about two: each named more than once, not two countries of one passing sentence.)
    const named = (id: string) => b.mentions.filter((y) => y.entity === id).length;
    return other && named(other) >= 2 && named(x.entity) >= 2 ? other : undefined;
  }
  return undefined;
}

/** Where a holder spoke, right after the verb: "said in Beijing", "told reporters in Freetown", "said at a news conference in Bucharest". */
const SPOKE_IN = /^[^.;:"“”]{0,40}?\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+briefing)|spoke|speaking)\b(?:\s+(?:on\s+\w+|at\s+a\s+(?:[\w-]+\s+){0,2}?(?:news\s+conference|press\s+conference|briefing)|after\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks)))*\s+in\s+$/i;

/**
 * '… Attorney-General X said at a news conference in Freetown', 'In Port of Spain, Attorney General X said …': a holder of a
 * national office who speaks in a capital, the text naming no other country for them, speaks at home.
 */
function capitalWhereSpoken(text: string, s: Sentence, local: Mention[], m: Mention): string | undefined {
  const isCapital = (x: Mention) => x.kind === 'country' && !x.demonym && !x.possessive && namedByCapital(text, x);
  const after = local.find((x) => x.start > m.end && isCapital(x) && SPOKE_IN.test(text.slice(m.end, x.start)));
  if (after) return after.entity;
  const opening = local.find((x) => x.end <= m.phrase!.start && isCapital(x));
  return opening && /^\W*In\s+$/.test(text.slice(s.start, opening.start)) && /^,\s+(?:the\s+)?$/.test(text.slice(opening.end, m.phrase!.start)) ? opening.entity : undefined;
}

/** "Hurricane Melissa", "Pahonia Daily": a storm or a publication read as a person is no person (words.json notPersonNames). */
function dropNamesOfThings(b: Builder): void {
  const things = new Set([...b.entities.values()].filter((e) => {
    if (e.kind !== 'person' || lexicon().entries.has(e.id)) return false;
    const words = e.name.split(/\s+/);
    return NOT_PERSON_FIRST_WORDS.has(words[0]) || NOT_PERSON_LAST_WORDS.has(words[words.length - 1]);
  }).map((e) => e.id));
  if (!things.size) return;
  for (const m of b.mentions.filter((x) => things.has(x.entity))) b.remove(m);
  for (const id of things) b.entities.delete(id);
}

/**
 * "Kim, who arrived aboard his train with Foreign Minister X", "Lukashenko, accompanied by Foreign
 * Minister X": an office holder travelling in someone's party serves that person's country.
 */
function companionCountry(b: Builder, text: string, local: Mention[], m: Mention): string | undefined {
  const leader = local.find((x) => x.kind === 'person' && x.end <= m.phrase!.start);
  const country = leader && b.entities.get(leader.entity)?.country;
  if (!country || leader.entity === m.entity) return undefined;
  const between = text.slice(leader.end, m.phrase!.start);
  if (/\b(?:met|meet|meets|talks|meeting|received|hosted|greeted|called|spoke)\b/i.test(between)) return undefined;
  return /\b(?:arriv|travel|fl(?:ew|ies|y|ying)\b|came\b|went\b|toured|journey|return|led\b|head(?:ed|ing)\b)[^.;:"“”]*\bwith\s+$|\b(?:accompanied|joined|flanked)\s+by\s+$/i.test(between) ? country : undefined;
}

/** A verb of saying right after a speaker's name, a comma allowed between: "X said", "…, X, told". */
const SAYS_RIGHT_AFTER = /^,?\s*(?:said|says|told|announced|added|stressed|insisted|confirmed|wrote)\b/;

/**
 * 'Stockholm appeared cool to the idea. "…," Foreign Minister X said, adding that Sweden hoped
 * Hungary would …': a minister quoted right after a sentence about one government speaks for it,
 * when that government is among the countries of the minister's own sentence (or it names none).
 */
/**
 * "Equatorial Guinea denied that its soldiers had set foot in Cameroon. … Foreign Minister X said his government …", "The
 * Central African Republic recalled its ambassador from Chad. ¶ Foreign Minister X said the troops had entered Central
 * African territory": a holder who speaks right after a paragraph (or the one before it) opened on one country as its
 * subject, in a sentence naming no other country, holds the office in that country.
 */
function paragraphSubjectCountry(b: Builder, text: string, sentences: Sentence[], i: number, local: Mention[], m: Mention): string | undefined {
  const s = sentences[i];
  // (A state's minister or spokesperson; not an office of a body, "Secretary General X".)
  if (!SAYS_RIGHT_AFTER.test(text.slice(m.end, m.end + 16)) || !/minister|spokes/i.test(m.phrase!.office)) return undefined;
  const para = sentences.filter((x) => x.index < s.index && x.zone === s.zone && (x.paragraph === s.paragraph || x.paragraph === s.paragraph - 1));
  const opening = para.filter((x) => x.paragraph === (para.some((y) => y.paragraph === s.paragraph) ? s.paragraph : s.paragraph - 1))[0];
  if (!opening) return undefined;
  const head = /^\s*(?:the\s+)?/i.exec(text.slice(opening.start, opening.end))![0].length;
  const subject = b.within(opening.start, opening.end, opening.end).find((x) => x.start === opening.start + head);
  if (!subject || subject.kind !== 'country' || subject.demonym || subject.possessive) return undefined;
  // (Demonyms in what is said name whom it is about: "said the two Ivorians had met plotters".)
  const here = new Set(local.filter((x) => x.kind === 'country' && !x.demonym).map((x) => x.entity));
  return here.size === 0 || (here.size === 1 && here.has(subject.entity)) ? subject.entity : undefined;
}

/**
 * "South Korea's foreign ministry called in China's deputy ambassador. Foreign Minister X said China was trying to …": a
 * minister or spokesperson who speaks right after a sentence whose subject is one government (its name, or its ministry,
 * government or leader by its possessive) speaks for it, when their own sentence names no other country before the verb
 * of saying (what they speak about may name any).
 */
const GOVERNMENT_AFTER_POSSESSIVE = /^['’]s?\s+(?:(?:foreign|defen[cs]e|interior|trade|economy|finance|energy|transport|agriculture)\s+)?(?:ministry|government|cabinet|presidency|president|prime\s+minister|premier|leader|foreign\s+minister)\b/i;

/** From a visitor to the holder they see: "called on", "held talks with", "was received by". */
const CALLED_ON = /^(?:,[^,;]{1,80},)?\s+(?:(?:also|then|later|first|had|has|have|was|were)\s+)*(?:called\s+on|met(?:\s+with)?|held\s+(?:[\w-]+\s+)?talks\s+with|(?:stayed|stays)\s+on\s+for\s+talks\s+with|(?:was|were)\s+received\s+by|paid\s+a\s+(?:courtesy\s+)?(?:call|visit)\s+(?:on|to))\s+$/i;

/**
 * "On Monday Ri called on Agriculture and Food Minister Yuri Gorlov", "Kang … stayed on for talks with Industry Minister
 * X": a holder whom someone of one side of a two-country report calls on or meets is of the other side.
 */
function metByOtherSide(b: Builder, text: string, sentences: Sentence[], local: Mention[], m: Mention): string | undefined {
  const visitor = local.filter((x) => x.kind === 'person' && x.entity !== m.entity && x.end <= m.phrase!.start).pop();
  const home = visitor && b.entities.get(visitor.entity)?.country;
  if (!home || !CALLED_ON.test(text.slice(visitor.end, m.phrase!.start))) return undefined;
  return otherOfReportedPair(b, sentences, home);
}

/** What a government's opening sentence says of it before its minister speaks: a stance taken or a diplomatic act. */
const STANCE_AFTER_SUBJECT = /^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?)?\s*(?:(?:has|have|had|was|were|is|are|also|quickly|swiftly|immediately|again|publicly|sharply)\s+)*(?:made\s+(?:it\s+)?clear|unconvinced|unimpressed|sceptical|skeptical|furious|angry|cautious|cool|quick\s+to|called\s+in|summon(?:ed|s)|said|says|protest(?:ed|s)|react(?:ed|s)|respond(?:ed|s)|answer(?:ed|s)|repl(?:ied|ies)|hit\s+back|reject(?:ed|s)|dismiss(?:ed|es)|denied|denies|condemn(?:ed|s)|warn(?:ed|s)|welcom(?:ed|es)|object(?:ed|s)|complain(?:ed|s)|insist(?:ed|s)|announc(?:ed|es))\b/i;

function previousSubjectGovernment(b: Builder, text: string, sentences: Sentence[], i: number, local: Mention[], m: Mention): string | undefined {
  const previous = sentences[i - 1];
  const s = sentences[i];
  if (!previous || previous.zone !== s.zone || previous.paragraph < s.paragraph - 1) return undefined;
  if (!SAYS_RIGHT_AFTER.test(text.slice(m.end, m.end + 16)) || !/minister|spokes|president|premier/i.test(m.phrase!.office)) return undefined;
  const head = /^\W*(?:(?:on|late\s+on|early\s+on|in|last|this)\s+[\w-]+,?\s+)?(?:the\s+)?/i.exec(text.slice(previous.start, previous.end))![0].length;
  const opening = b.within(previous.start, previous.end, previous.end).find((x) => x.start === previous.start + head);
  // ("South Korea's foreign ministry", found as the ministry: the state whose ministry it is.)
  const subject = opening?.kind === 'organization' ? stateOfMinistry(b, opening) : opening;
  if (!subject || subject.kind !== 'country' || subject.demonym) return undefined;
  if (subject.possessive && !GOVERNMENT_AFTER_POSSESSIVE.test(text.slice(subject.end, subject.end + 40))) return undefined;
  // (A stance or a diplomatic act, which the minister then voices; not any act: "Beijing is to pay for the wharf.")
  if (!STANCE_AFTER_SUBJECT.test(text.slice(opening!.end, previous.end))) return undefined;
  // (Only countries named before the holder speaks count against it: "said China was trying …" is what they speak about.)
  const before = local.filter((x) => x.kind === 'country' && x.end <= m.start && !x.demonym).map((x) => x.entity);
  return before.every((id) => id === subject.entity) ? subject.entity : undefined;
}

function speakerOfPreviousGovernment(b: Builder, text: string, local: Mention[], m: Mention, previous: Sentence | undefined): string | undefined {
  if (!previous || !SAYS_RIGHT_AFTER.test(text.slice(m.end, m.end + 16))) return undefined;
  const before = onlyCountryOf(b, text, b.within(previous.start, previous.end, previous.end), m);
  if (!before) return undefined;
  const here = new Set(local.filter((x) => x.kind === 'country').map((x) => x.entity));
  return here.size === 0 || here.has(before) ? before : undefined;
}


/**
 * "Slovenia will keep police checks on its border, Interior Minister X told his Croatian
 * counterpart": a minister named without a country, speaking in the tail after a clause whose
 * subject is a country, speaks for that country.
 */
function countryOfReportedClause(text: string, s: Sentence, local: Mention[], m: Mention): string | undefined {
  const phraseStart = m.phrase!.start;
  if (!/,\s+$/.test(text.slice(phraseStart - 3, phraseStart)) || !SAYS_RIGHT_AFTER.test(text.slice(m.end, m.end + 16))) return undefined;
  // (A dateline that carries a date stays in the sentence: "VLADIVOSTOK, Nov 20 (PLAP) –".)
  const opening = s.start + (DATELINE.exec(text.slice(s.start, s.end))?.[0].length ?? 0);
  const subject = local.find((x) => x.start >= opening && x.end <= phraseStart);
  if (!subject || subject.kind !== 'country' || subject.demonym || subject.possessive || subject.start !== opening) return undefined;
  // (Not the country the speaker's counterpart is of: "…, X told his Croatian counterpart" after "Croatia will …".)
  const counterpart = local.find((x) => x.start > m.end && x.kind === 'country' && /\bcounterpart\b|\bopposite number\b/.test(text.slice(x.end, x.end + 20)));
  return counterpart?.entity === subject.entity ? undefined : subject.entity;
}

/**
 * "Foreign Secretary X said Britain would …": a minister named without a country who says what one
 * country will do, right after the verb of saying, speaks for that country.
 */
function countrySpokenFor(local: Mention[], text: string, m: Mention): string | undefined {
  const said = /^\s+(?:said|says|told reporters|announced)\s+(?:that\s+)?$/;
  const next = local.find((x) => x.start > m.end && x.kind === 'country' && !x.demonym);
  if (!next || !said.test(text.slice(m.end, next.start))) return undefined;
  // ("said China was trying to …": what another country does is a charge, not the holder's own plans.)
  return /^\s+(?:would|will|(?:was|is|had|has)\b(?!\s+(?:been\s+)?(?:trying|attempting|seeking|using|pushing|violating|breaking|undermining|responsible|behind|arming|interfering|meddling|stealing|taking|harbou?ring|sheltering)\b)|could|plans|intends|wants|(?:welcom|reject|support|oppos|regrett|condemn)(?:ed|es|s))\b/.test(text.slice(next.end, next.end + 30)) ? next.entity : undefined;
}

function countryOfOffice(office: string): string | undefined {
  if (/\sfor\s/.test(office)) return undefined;
  const key = Object.keys(OFFICES_OF_ONE_COUNTRY).find((o) => office === o || office.endsWith(` ${o}`));
  return key ? OFFICES_OF_ONE_COUNTRY[key] : undefined;
}

function placeAfterName(local: Mention[], text: string, m: Mention): string | undefined {
  const next = local.find((x) => x.start > m.end && x.kind === 'country' && !x.demonym);
  return next && /^\s+in\s+$/.test(text.slice(m.end, next.start)) ? next.entity : undefined;
}

/** Text from a person to a place that ends in a journey there ("… flew on Friday to ", "…, who arrived in "). */
const TRAVEL_TO_END = /^[^.;:"“”]{0,80}?\b(?:travel(?:l?ed|s|ling)?|fl(?:ew|ies|y|ying)|arriv(?:ed|es|e|ing)|land(?:ed|s|ing)|went|head(?:ed|s|ing)|led|lead(?:s|ing)?|return(?:ed|s|ing)?|came|visit(?:ed|s|ing)?|toured|trip|journey|mission|delegation)\b(?:\s+[\w-]+){0,3}?\s+(?:to|in|at)\s+(?:the\s+)?$|^[^.;:"“”]{0,80}?\bvisit(?:ed|s|ing)?\s+(?:the\s+)?$/;

function onlyCountryOf(b: Builder, text: string, local: Mention[], m: Mention): string | undefined {
  const others = local.filter((x) => x !== m && x.kind === 'person' && x.phrase);
  // "the North Korean leader", "Russian officials": a country that qualifies someone else.
  // ("met Thailand's envoy": a possessive country owns the envoy's office just as well.)
  const qualifiesSomeoneElse = (x: Mention) => (x.demonym && OFFICE_AFTER.test(text.slice(x.end, x.end + 40))) || (x.possessive && x.start > m.end && OFFICE_AFTER.test(text.slice(x.end, x.end + 40).replace(/^['’]s?/, '')));
  const insideOtherTitle = (x: Mention) => qualifiesSomeoneElse(x) || others.some((p) => x.start >= p.phrase!.start && x.end <= p.phrase!.end);
  // "Foreign Minister X travelled to Pyongyang": a holder on a journey is not of the place they go
  // to, and the sentence's other countries are no surer (the one they left, or one they met).
  if (local.some((x) => x.kind === 'country' && x.start > m.end && TRAVEL_TO_END.test(text.slice(m.end, x.start)))) return undefined;
  // "Lavrov, who flew in from Kuala Lumpur, was met by Foreign Minister X": where someone came from says nothing of who met them.
  const cameFrom = (x: Mention) => /\b(?:from|left|leaving)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.start - 12), x.start));
  // "X and President Paul Kagame could meet in Tanzania": with a known leader joined to X by "and", a venue is where
  // the two meet, not whose office X holds.
  const joined = (p: Mention) => /^\s*and\s+$/.test(p.start > m.end ? text.slice(m.end, p.phrase && p.phrase.start > m.end ? p.phrase.start : p.start) : text.slice(p.end, m.phrase?.start ?? m.start));
  const otherKnown = local.some((p) => p.kind === 'person' && p.entity !== m.entity && b.entities.get(p.entity)?.country && joined(p));
  const venue = (x: Mention) => otherKnown && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.start - 8), x.start));
  // "… by Vice-Premier X, who thanked the Kremlin for …": the country the holder acts on is not the holder's.
  const actedOn = (x: Mention) => x.start > m.end && /^,?\s+who\s+(?:[\w'’-]+\s+){1,3}?$/i.test(text.slice(m.end, x.start));
  // "Foreign Minister X said China was trying to …": a country the holder speaks about is no surer theirs than any other.
  // (Only "said Britain would …" keeps the country named first in the reported words: the holder's own plans.)
  const spokenAbout = (x: Mention) =>
    x.start > m.end && SAID_ABOUT.test(text.slice(m.end, x.start)) && !(OWN_PLAN_AFTER_SAID.test(text.slice(m.end, x.start)) && /^\s+(?:would|will|could|plans|intends|wants)\b/.test(text.slice(x.end, x.end + 10)));
  // "… promised that a mobile clinic would be on its way to the North": where something is sent is no holder's country.
  const sentTo = (x: Mention) => x.start > m.end && /\b(?:to|towards|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(m.end, x.start - 10), x.start));
  // "… insisted the permits had never been aimed at Jamaica": what is aimed at or done against a country is not its own.
  const aimedAt = (x: Mention) => x.start > m.end && /\b(?:(?:aimed|directed|targeted|pointed)\s+at|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(m.end, x.start - 20), x.start));
  const countries = new Set<string>();
  for (const x of local) {
    if (x.kind === 'person' || insideOtherTitle(x) || cameFrom(x) || venue(x) || actedOn(x) || spokenAbout(x) || sentTo(x) || aimedAt(x) || (x.demonym && x.start > m.end)) continue;
    const c = x.kind === 'country' ? x.entity : b.entities.get(x.entity)?.country;
    if (c) countries.add(c);
  }
  if (countries.size === 2) {
    // "Hegseth, who met President X, said Washington and Panama would …": of two named countries, a
    // holder met by someone of the one holds office in the other.
    const visitors = local.filter((p) => p.kind === 'person' && p.entity !== m.entity && countries.has(b.entities.get(p.entity)?.country ?? '') && MEETS_BETWEEN.test(p.end <= m.start ? text.slice(p.end, m.start) : text.slice(m.end, p.start)));
    const theirs = new Set(visitors.map((p) => b.entities.get(p.entity)!.country!));
    if (theirs.size === 1) countries.delete([...theirs][0]);
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** From a speaker's name into the words reported or the charge made: "said …", "accused …". */
const SAID_ABOUT = /^,?\s+(?:said|says|told\s+(?:reporters|journalists|parliament|lawmakers)|told\s+[^.;"“]{1,80}?\sthat|accused|warned)\s/;
const OWN_PLAN_AFTER_SAID = /^,?\s+(?:said|says|told\s+(?:reporters|journalists|parliament|lawmakers))\s+(?:that\s+)?(?:the\s+)?$/;

/** A meeting between two people named on either side of it. */
const MEETS_BETWEEN = /\b(?:met|meets|meeting|received|receives|hosted|hosts|welcomed|greeted|held talks with|talks with)\b/i;

export { surnameOf, officeClass };
