/**
 * Actor dictionaries in the tradition of the political event coders (PETRARCH/Phoenix):
 * countries from the maintained `world-countries` package (names, alternative spellings,
 * demonyms, capitals, ISO 3166-1 alpha-2 ids), plus metonyms, blocs, well-known
 * organizations and a small gazetteer of widely known office holders. Nothing here names
 * an article; every entry is general knowledge a wire-copy reader brings to any text.
 */
import countries from 'world-countries';
import type { EntityKind } from '../model/schema';
import actorData from './lexicon/actors.json';
import countryData from './lexicon/countries.json';
import peopleData from './lexicon/people.json';
import titleData from './lexicon/titles.json';
import wordData from './lexicon/words.json';

export interface LexEntry {
  id: string;
  kind: EntityKind;
  name: string;
  country?: string | null;
  /** For people: the office as usually worded. */
  office?: string;
  /** An armed group or movement: a party in its own right, never the state it operates in. */
  group?: boolean;
  /** A body several states have under one name: its country is the possessor's ("South Korea's National Intelligence Service"). */
  national?: boolean;
  /** Metonym or capital: stands for the government of `id`. */
  metonym?: boolean;
  /** A demonym ("Russian") — an adjective, weaker evidence of the country acting. */
  demonym?: boolean;
}

/** Alternative spellings too short or too common to match safely as words. */
const UNSAFE_FORMS = new Set(countryData.unsafeForms);
/** Upper-case codes that are in common use as names of their country. */
const SAFE_CODES = new Set(countryData.safeCodes);
const EXTRA_COUNTRY_FORMS: Record<string, string[]> = countryData.extraForms;
const EXTRA_DEMONYMS: Record<string, string[]> = countryData.extraDemonyms;
const METONYMS = new Set(countryData.metonyms);
/** Short forms of one country that stand for another, longer-named one when an article names that one too. */
export const SHORT_FORMS: Readonly<Record<string, string>> = countryData.shortForms;
/** Country names written with "the" that their last word does not give away ("the Philippines"). */
export const NAMES_WITH_THE: ReadonlySet<string> = new Set(countryData.namesWithThe);
/** Demonyms two sovereign states share ("Dominican"): the state usually meant, and the others it may mean. */
export const SHARED_DEMONYMS: Readonly<Record<string, { usual: string; others: string[] }>> = countryData.sharedDemonyms;
/** Demonyms several states share with none the usual one ("Korean"): read for the one state an article names, never before a name or a `notSides` word. */
export const DEMONYMS_OF_NAMED_STATE: Readonly<{ forms: Record<string, string[]>; notSides: string[] }> = countryData.demonymsOfNamedState;
/** Capitals where international bodies sit: talks there need not be with the host state. */
export const SEATS_OF_INTERNATIONAL_BODIES: ReadonlySet<string> = new Set(countryData.seatsOfInternationalBodies);
/** The bodies seated in a capital ("Brussels": the EU, NATO): an acting capital may stand for one of them. */
export const BODIES_AT_SEATS: Readonly<Record<string, string[]>> = countryData.bodiesAtSeats;

function isAscii(s: string): boolean {
  return /^[\x20-\x7E]+$/.test(s);
}

/**
 * Accented Latin letters as their base letter, one for one ("Inácio" → "Inacio", "Ö" → "O"), and
 * curly apostrophes as straight ones ("Côte d’Ivoire" → "Cote d'Ivoire"); every other character
 * kept: the result has the text's length, so a match in it has the text's offsets.
 */
export function foldForDictionary(s: string): string {
  return NON_ASCII.test(s) ? s.replace(NON_ASCII_ALL, foldedChar) : s;
}
const NON_ASCII = /[^ -~\t\n\r]/;
const NON_ASCII_ALL = /[^ -~\t\n\r]/g;
const foldedChars = new Map<string, string>();
function foldedChar(c: string): string {
  let f = foldedChars.get(c);
  if (f === undefined) {
    const d = c.normalize('NFD');
    f = c === '’' || c === '‘' ? "'" : d.length > 1 && /^[A-Za-z][\u0300-\u036f]+$/.test(d) ? d[0] : c;
    foldedChars.set(c, f);
  }
  return f;
}

function pluralDemonym(d: string): string | undefined {
  if (/(ese|ss|sh|ch|x|s)$/.test(d)) return undefined;
  return `${d}s`;
}

export interface Lexicon {
  /** Surface form → entry; forms are matched case-sensitively as whole words. */
  forms: Map<string, LexEntry>;
  entries: Map<string, LexEntry>;
  /** Capitals whose name is too common to match as the state ("Kingston", "Victoria", "Praia"), with the states and territories whose capital each is: read as the one of them an article names. */
  capitalsOfNamedState: Map<string, string[]>;
}

function addForm(lex: Lexicon, form: string, entry: LexEntry): void {
  if (!form || lex.forms.has(form)) return;
  lex.forms.set(form, entry);
}

interface ActorRow {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  forms: string[];
  /** A news source: it reports, it never takes part. */
  agency?: boolean;
  /** An armed group or movement. */
  group?: boolean;
  /** A body several states have under one name ("National Intelligence Service"). */
  national?: boolean;
  /** A self-governing place outside the country list (Somaliland, Transnistria): it acts. */
  polity?: boolean;
}
const ACTORS = actorData.actors as ActorRow[];

const PEOPLE = peopleData.people as Array<{ name: string; forms?: string[]; country: string | null; office: string }>;
export const PEOPLE_GAZETTEER = PEOPLE;

/** Ids of news agencies and outlets: sources of reports, never parties to them. */
export const NEWS_AGENCIES = new Set(ACTORS.filter((a) => a.agency).map((a) => a.id));
/** Ids of places that govern themselves and so can be parties to a relation. */
export const POLITIES = new Set(ACTORS.filter((a) => a.polity).map((a) => a.id));

let cached: Lexicon | undefined;

/** An acronym of four capitals or more, which house styles that say it as a word print in title case. */
const SPOKEN_ACRONYM = /^[A-Z]{4,}$/;

/** The dictionary of actor surface forms, built once from the packages and tables above. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const lex: Lexicon = { forms: new Map(), entries: new Map(), capitalsOfNamedState: new Map() };
  // Organizations and blocs first so that "Security Council" beats nothing, and longer forms are tried first by the matcher anyway.
  for (const o of ACTORS) {
    const entry: LexEntry = { id: o.id, kind: o.kind as EntityKind, name: o.name, country: o.country, group: o.group, national: o.national };
    lex.entries.set(o.id, entry);
    for (const f of o.forms) addForm(lex, f, entry);
    // British copy writes an acronym said as a word in title case: "Nato", "Opec", "Ecowas".
    for (const f of o.forms) if (SPOKEN_ACRONYM.test(f)) addForm(lex, f[0] + f.slice(1).toLowerCase(), entry);
  }
  // Sovereign states first: a demonym or spelling shared with a territory ("American", "French") names the state.
  const ordered = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const c of ordered) {
    const id = c.cca2.toLowerCase();
    const entry: LexEntry = { id, kind: 'country', name: c.name.common };
    lex.entries.set(id, entry);
    addForm(lex, c.name.common, entry);
    // "Saint Vincent and the Grenadines" is "St Vincent" and "St. Vincent" in wire copy.
    if (/^Saint /.test(c.name.common)) for (const st of ['St ', 'St. ']) addForm(lex, c.name.common.replace(/^Saint /, st), entry);
    // … and by its main island alone: "St Vincent", "St Kitts" (else read as a person's name).
    const island = /^Saint (\S+) and /.exec(c.name.common);
    if (island) for (const st of ['Saint ', 'St ', 'St. ']) addForm(lex, st + island[1], entry);
    if (isAscii(c.name.official)) addForm(lex, c.name.official, entry);
    for (const alt of c.altSpellings ?? []) {
      // A demonym among the spellings ("Thai", "Togolese") is read as the demonym it is, below.
      if (!isAscii(alt) || alt.includes(',') || UNSAFE_FORMS.has(alt) || EXTRA_DEMONYMS[id]?.includes(alt)) continue;
      if (/^[A-Z]{2,3}$/.test(alt) && !SAFE_CODES.has(alt)) continue;
      addForm(lex, alt, entry);
    }
    const dem = c.demonyms?.eng;
    for (const d of new Set([dem?.m, dem?.f].filter((x): x is string => !!x && isAscii(x)))) {
      addForm(lex, d, { ...entry, demonym: true });
      const plural = pluralDemonym(d);
      if (plural) addForm(lex, plural, { ...entry, demonym: true });
    }
    for (const cap of c.capital ?? []) {
      const form = cap.replace(/\s+D\.C\.$/, '');
      // Accented capitals ("Bogotá") too: the dictionary scan folds accents, so "Bogota" finds them as well.
      const plain = foldForDictionary(form);
      if (isAscii(plain) && !UNSAFE_FORMS.has(plain)) addForm(lex, form, { ...entry, metonym: true });
      else if (UNSAFE_FORMS.has(plain)) lex.capitalsOfNamedState.set(form, [...(lex.capitalsOfNamedState.get(form) ?? []), id]);
    }
  }
  // The list order would give a shared demonym to whichever state comes first; news copy means the usual one.
  for (const [form, { usual }] of Object.entries(SHARED_DEMONYMS)) {
    const base = lex.entries.get(usual);
    if (!base) continue;
    for (const f of new Set([form, pluralDemonym(form) ?? form])) lex.forms.set(f, { ...base, demonym: true });
  }
  for (const [id, forms] of Object.entries(EXTRA_COUNTRY_FORMS)) {
    const base = lex.entries.get(id);
    if (!base) continue;
    for (const f of forms) addForm(lex, f, { ...base, metonym: METONYMS.has(f), demonym: false });
  }
  for (const [id, forms] of Object.entries(EXTRA_DEMONYMS)) {
    const base = lex.entries.get(id);
    if (!base) continue;
    for (const f of forms) addForm(lex, f, { ...base, demonym: true });
  }
  for (const p of PEOPLE) {
    const id = slugify(p.name);
    const entry: LexEntry = { id, kind: 'person', name: p.name, country: p.country, office: p.office };
    lex.entries.set(id, entry);
    for (const f of [p.name, ...(p.forms ?? [])]) for (const v of articleVariants(f)) addForm(lex, v, entry);
  }
  cached = lex;
  return lex;
}

/**
 * The Arabic article is written al-, el-, Al- or El- ("Abdel Fattah al-Sisi", "El-Sisi"): a
 * name with one inside is known in each spelling.
 */
function articleVariants(form: string): string[] {
  if (!/(?:^|\s)(?:al|el|Al|El)-/.test(form)) return [form];
  return [...new Set([form, ...['al-', 'el-', 'Al-', 'El-'].map((a) => form.replace(/(^|\s)(?:al|el|Al|El)-/g, `$1${a}`))])];
}

const LETTER_PLAIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Lower-case ASCII slug: "Choe Son-hui" → "choe-son-hui". */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters that carry no accent to strip ("Anıl", "Łukasz", "Søren", "Đỗ", "Þorgerður"): their plain counterparts.
    .replace(/[ıłøđðßæœþ]/g, (c) => LETTER_PLAIN[c] ?? c)
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

let organizationsByName: Map<string, LexEntry> | undefined;

/** The first organization of the dictionary with this name (looked up for every organization-like phrase, so indexed once). */
export function organizationNamed(name: string): LexEntry | undefined {
  if (!organizationsByName) {
    organizationsByName = new Map();
    for (const e of lexicon().entries.values()) if (e.kind === 'organization' && !organizationsByName.has(e.name)) organizationsByName.set(e.name, e);
  }
  return organizationsByName.get(name);
}

/** Country entry by any form (for resolving demonyms inside titles and organization names). */
export function countryOfForm(form: string): LexEntry | undefined {
  const e = lexicon().forms.get(form);
  return e && e.kind === 'country' ? e : undefined;
}

/** Offices, as they appear before a name. Longer ones first so "Vice Foreign Minister" wins. */
export const TITLES: string[] = titleData.titles;
/** Military ranks written between an office and a name in apposition, from titles.json. */
export const RANKS: readonly string[] = titleData.ranks;
/** Nouns that end an office written before ", <Name>" in running text, from titles.json. */
export const OFFICE_NOUNS: readonly string[] = titleData.officeNouns;
/** Posts after which "X, <words> <post> at/of/for …" makes X their holder (regex source), from titles.json. */
export const APPOSITION_OFFICES: readonly string[] = titleData.appositionOffices;
/** Words a minister's portfolio is made of in official style ("Minister of Water and Sanitation"), from titles.json. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(titleData.portfolioWords.words);
/** Forms of address before a name ("Mr", "Dr", "Madam", "Hon"), as a regex alternation, from titles.json. */
export const COURTESY_TITLES: string = titleData.courtesyTitles.titles.join('|');
/** The trades of people who comment on a story and take no part in it ("analyst", "economist", "lecturer"), from titles.json. */
export const COMMENTATOR_TRADES: readonly string[] = titleData.commentatorTrades.trades;
/** Offices only one country has ("Secretary of State" → us), from titles.json. */
export const OFFICES_OF_ONE_COUNTRY: Record<string, string> = titleData.officesOfOneCountry.offices;

/**
 * A sum of money, as a regex source: "$150 million", "€30m", "NZ$2 million", "1.2 million dollars", "150 billion CFA
 * francs"; the currency words from words.json.
 */
export const MONEY_SOURCE: string = String.raw`(?:(?:US|NZ|A|C|HK|S)?\$|€|£|¥)\s?\d[\d,.]*(?:\s*(?:m|bn|million|billion|trillion))?\b|\b\d[\d,.]*\s+(?:(?:million|billion|trillion)\s+)?(?:${wordData.currencies.words.join('|')})\b`;

/** First and last words that make a name-shaped pair no person ("Hurricane Melissa", "Pahonia Daily"), from words.json. */
export const NOT_PERSON_FIRST_WORDS: ReadonlySet<string> = new Set(wordData.notPersonNames.firstWords);
export const NOT_PERSON_LAST_WORDS: ReadonlySet<string> = new Set(wordData.notPersonNames.lastWords);

/** Abbreviations that name no body after a state's possessive ("India's GDP"), from words.json. */
export const NOT_BODY_ACRONYMS: ReadonlySet<string> = new Set(wordData.notBodyAcronyms.words);
/** Capitalised function words that never open a person's name ("Beside Kim", "Unlike Lula"), from words.json. */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(wordData.notGivenNames);

/** Nouns naming a sort of body ("miner", "state broadcaster"), after which or beside which a capitalised name is an organization, from actors.json. */
export const BODY_KIND_NOUNS: readonly string[] = actorData.bodyKinds.nouns;

/** Capitalised words that end or open a body's name ("… Combine", "Institute of …"), from actors.json. */
export const ORG_NAME_HEADS: readonly string[] = actorData.nameHeads.words;

/** The words a body's own name is built on, by which "the <word>" names it again ("the ports authority", "the institute"), from actors.json. */
export const HEAD_REFERENCE_NOUNS: ReadonlySet<string> = new Set(actorData.headReferences.nouns);
