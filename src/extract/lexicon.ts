/**
 * Actor dictionaries in the tradition of the political event coders (PETRARCH/Phoenix):
 * countries from the maintained `world-countries` package (names, alternative spellings,
 * demonyms, capitals, ISO 3166-1 alpha-2 ids), plus metonyms, blocs, well-known
 * organizations and a small gazetteer of widely known office holders. Nothing here names
 * an article; every entry is general knowledge a wire-copy reader brings to any text.
 */
import countries from 'world-countries';
import type { EntityKind } from '../model/schema';

export interface LexEntry {
  id: string;
  kind: EntityKind;
  name: string;
  country?: string | null;
  /** For people: the office as usually worded. */
  office?: string;
  /** Metonym or capital: stands for the government of `id`. */
  metonym?: boolean;
  /** A demonym ("Russian") — an adjective, weaker evidence of the country acting. */
  demonym?: boolean;
}

/** Alternative spellings too short or too common to match safely as words. */
const UNSAFE_FORMS = new Set(['Male', 'Victoria', 'Kingston', 'Praia', 'Apia', 'Avarua', 'Palikir', 'Basseterre', 'Funafuti', 'Jordan', 'Georgia', 'Chad', 'Guinea', 'Niger', 'Mali', 'Turkey']);
/** Upper-case codes that are in common use as names of their country. */
const SAFE_CODES = new Set(['USA', 'US', 'UK', 'UAE', 'DPRK', 'ROK', 'PRC', 'DRC']);

const EXTRA_COUNTRY_FORMS: Record<string, string[]> = {
  kp: ['NK', 'N. Korea', 'the DPRK'],
  // Adjectives in common use that the package lists under another demonym.
  ph: ['Philippine'],
  sa: ['Saudi'],
  nl: ['Dutch'],
  kr: ['S. Korea', 'ROK'],
  us: ['U.S.', 'U.S.A.', 'America', 'Washington'],
  gb: ['Britain', 'Great Britain', 'UK', 'U.K.', 'British', 'London'],
  ru: ['the Kremlin', 'Kremlin'],
  ua: ['Kiev'],
  cn: ['PRC'],
  cd: ['DRC'],
  ae: ['UAE'],
};
const METONYMS = new Set(['Kremlin', 'the Kremlin', 'Washington']);

function isAscii(s: string): boolean {
  return /^[\x20-\x7E]+$/.test(s);
}

function pluralDemonym(d: string): string | undefined {
  if (/(ese|ss|sh|ch|x|s)$/.test(d)) return undefined;
  return `${d}s`;
}

export interface Lexicon {
  /** Surface form → entry; forms are matched case-sensitively as whole words. */
  forms: Map<string, LexEntry>;
  entries: Map<string, LexEntry>;
}

function addForm(lex: Lexicon, form: string, entry: LexEntry): void {
  if (!form || lex.forms.has(form)) return;
  lex.forms.set(form, entry);
}

const BLOCS: Array<{ id: string; name: string; forms: string[] }> = [
  { id: 'west', name: 'the West', forms: ['the West', 'West', 'Western'] },
  { id: 'eu', name: 'European Union', forms: ['European Union', 'EU', 'E.U.'] },
  { id: 'nato', name: 'NATO', forms: ['NATO', 'North Atlantic Treaty Organization'] },
  { id: 'g7', name: 'G7', forms: ['G7', 'G-7', 'Group of Seven'] },
  { id: 'asean', name: 'ASEAN', forms: ['ASEAN', 'Association of Southeast Asian Nations'] },
  { id: 'brics', name: 'BRICS', forms: ['BRICS'] },
  { id: 'african-union', name: 'African Union', forms: ['African Union'] },
];

/** Organizations known by name everywhere; `country` is where they belong (null: international). */
const ORGANIZATIONS: Array<{ id: string; name: string; country: string | null; forms: string[] }> = [
  { id: 'un-security-council', name: 'U.N. Security Council', country: null, forms: ['U.N. Security Council', 'UN Security Council', 'United Nations Security Council', 'Security Council'] },
  { id: 'un-general-assembly', name: 'U.N. General Assembly', country: null, forms: ['U.N. General Assembly', 'UN General Assembly', 'United Nations General Assembly'] },
  { id: 'united-nations', name: 'United Nations', country: null, forms: ['United Nations', 'U.N.', 'UN'] },
  { id: 'iaea', name: 'International Atomic Energy Agency', country: null, forms: ['International Atomic Energy Agency', 'IAEA'] },
  { id: 'kcna', name: 'Korean Central News Agency', country: 'kp', forms: ['Korean Central News Agency', 'KCNA'] },
  { id: 'yonhap', name: 'Yonhap', country: 'kr', forms: ['Yonhap News Agency', 'Yonhap'] },
  { id: 'tass', name: 'TASS', country: 'ru', forms: ['TASS', 'Tass'] },
  { id: 'ria-novosti', name: 'RIA Novosti', country: 'ru', forms: ['RIA Novosti'] },
  { id: 'xinhua', name: 'Xinhua', country: 'cn', forms: ['Xinhua News Agency', 'Xinhua'] },
  { id: 'kyodo', name: 'Kyodo News', country: 'jp', forms: ['Kyodo News', 'Kyodo'] },
  { id: 'belta', name: 'BelTA', country: 'by', forms: ['BelTA'] },
  { id: 'reuters', name: 'Reuters', country: null, forms: ['Reuters'] },
  { id: 'afp', name: 'Agence France-Presse', country: 'fr', forms: ['Agence France-Presse', 'AFP'] },
  { id: 'white-house', name: 'White House', country: 'us', forms: ['White House'] },
  { id: 'state-department', name: 'State Department', country: 'us', forms: ['State Department', 'U.S. State Department', 'US State Department'] },
  { id: 'pentagon', name: 'Pentagon', country: 'us', forms: ['Pentagon'] },
  { id: 'european-commission', name: 'European Commission', country: null, forms: ['European Commission'] },
];

/**
 * Widely known office holders (heads of state and government, foreign ministers of the
 * permanent Security Council members and of the Korean peninsula's neighbours), as a
 * PETRARCH-style actor dictionary. Offices are as of 2023–2024; a text's own title wins.
 */
const PEOPLE: Array<{ name: string; forms?: string[]; country: string; office: string }> = [
  { name: 'Vladimir Putin', country: 'ru', office: 'President' },
  { name: 'Dmitry Medvedev', country: 'ru', office: 'Deputy Chairman of the Security Council' },
  { name: 'Mikhail Mishustin', country: 'ru', office: 'Prime Minister' },
  { name: 'Sergei Lavrov', forms: ['Sergey Lavrov'], country: 'ru', office: 'Foreign Minister' },
  { name: 'Sergei Shoigu', forms: ['Sergey Shoigu'], country: 'ru', office: 'Defence Minister' },
  { name: 'Dmitry Peskov', country: 'ru', office: 'Kremlin spokesman' },
  { name: 'Kim Jong Un', forms: ['Kim Jong-un', 'Kim Jong-Un'], country: 'kp', office: 'leader' },
  { name: 'Kim Yo Jong', forms: ['Kim Yo-jong'], country: 'kp', office: 'senior official' },
  { name: 'Alexander Lukashenko', forms: ['Aleksandr Lukashenko', 'Alyaksandr Lukashenka'], country: 'by', office: 'President' },
  { name: 'Xi Jinping', country: 'cn', office: 'President' },
  { name: 'Li Qiang', country: 'cn', office: 'Premier' },
  { name: 'Wang Yi', country: 'cn', office: 'Foreign Minister' },
  { name: 'Joe Biden', country: 'us', office: 'President' },
  { name: 'Donald Trump', country: 'us', office: 'President' },
  { name: 'Kamala Harris', country: 'us', office: 'Vice President' },
  { name: 'Antony Blinken', country: 'us', office: 'Secretary of State' },
  { name: 'Yoon Suk Yeol', forms: ['Yoon Suk-yeol'], country: 'kr', office: 'President' },
  { name: 'Lee Jae-myung', forms: ['Lee Jae Myung'], country: 'kr', office: 'President' },
  { name: 'Fumio Kishida', country: 'jp', office: 'Prime Minister' },
  { name: 'Shigeru Ishiba', country: 'jp', office: 'Prime Minister' },
  { name: 'Volodymyr Zelensky', forms: ['Volodymyr Zelenskyy'], country: 'ua', office: 'President' },
  { name: 'Emmanuel Macron', country: 'fr', office: 'President' },
  { name: 'Olaf Scholz', country: 'de', office: 'Chancellor' },
  { name: 'Rishi Sunak', country: 'gb', office: 'Prime Minister' },
  { name: 'Keir Starmer', country: 'gb', office: 'Prime Minister' },
  { name: 'Narendra Modi', country: 'in', office: 'Prime Minister' },
  { name: 'Recep Tayyip Erdogan', forms: ['Recep Tayyip Erdoğan'], country: 'tr', office: 'President' },
  { name: 'Ebrahim Raisi', country: 'ir', office: 'President' },
  { name: 'Benjamin Netanyahu', country: 'il', office: 'Prime Minister' },
  { name: 'Luiz Inacio Lula da Silva', forms: ['Lula'], country: 'br', office: 'President' },
  { name: 'Antonio Guterres', forms: ['António Guterres'], country: 'pt', office: 'U.N. Secretary-General' },
];

export const PEOPLE_GAZETTEER = PEOPLE;

let cached: Lexicon | undefined;

/** The dictionary of actor surface forms, built once from the packages and tables above. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const lex: Lexicon = { forms: new Map(), entries: new Map() };
  // Organizations and blocs first so that "Security Council" beats nothing, and longer forms are tried first by the matcher anyway.
  for (const o of ORGANIZATIONS) {
    const entry: LexEntry = { id: o.id, kind: 'organization', name: o.name, country: o.country };
    lex.entries.set(o.id, entry);
    for (const f of o.forms) addForm(lex, f, entry);
  }
  for (const b of BLOCS) {
    const entry: LexEntry = { id: b.id, kind: 'bloc', name: b.name, country: null };
    lex.entries.set(b.id, entry);
    for (const f of b.forms) addForm(lex, f, entry);
  }
  for (const c of countries) {
    const id = c.cca2.toLowerCase();
    const entry: LexEntry = { id, kind: 'country', name: c.name.common };
    lex.entries.set(id, entry);
    addForm(lex, c.name.common, entry);
    if (isAscii(c.name.official)) addForm(lex, c.name.official, entry);
    for (const alt of c.altSpellings ?? []) {
      if (!isAscii(alt) || alt.includes(',') || UNSAFE_FORMS.has(alt)) continue;
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
      if (isAscii(form) && !UNSAFE_FORMS.has(form)) addForm(lex, form, { ...entry, metonym: true });
    }
  }
  for (const [id, forms] of Object.entries(EXTRA_COUNTRY_FORMS)) {
    const base = lex.entries.get(id);
    if (!base) continue;
    for (const f of forms) {
      const demonym = /(an|ish|ese|ine|udi|ch)$/.test(f) && !METONYMS.has(f) && !/^(the |N\. |S\. )/.test(f) && f !== 'Britain' && f !== 'Great Britain';
      addForm(lex, f, { ...base, metonym: METONYMS.has(f), demonym });
    }
  }
  for (const p of PEOPLE) {
    const id = slugify(p.name);
    const entry: LexEntry = { id, kind: 'person', name: p.name, country: p.country, office: p.office };
    lex.entries.set(id, entry);
    for (const f of [p.name, ...(p.forms ?? [])]) addForm(lex, f, entry);
  }
  cached = lex;
  return lex;
}

/** Lower-case ASCII slug: "Choe Son-hui" → "choe-son-hui". */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Country entry by any form (for resolving demonyms inside titles and organization names). */
export function countryOfForm(form: string): LexEntry | undefined {
  const e = lexicon().forms.get(form);
  return e && e.kind === 'country' ? e : undefined;
}

/** Offices, as they appear before a name. Longer ones first so "Vice Foreign Minister" wins. */
export const TITLES = [
  'Deputy Prime Minister', 'Prime Minister', 'Vice Foreign Minister', 'First Vice Foreign Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
  'Deputy Foreign Minister', 'Deputy Defence Minister', 'Deputy Defense Minister', 'Trade Minister', 'Economy Minister', 'Finance Minister', 'Interior Minister',
  'Unification Minister', 'Minister', 'Vice President', 'President', 'Premier', 'Chancellor', 'Supreme Leader', 'leader', 'Leader', 'King', 'Queen',
  'Secretary of State', 'Defense Secretary', 'Secretary-General', 'Secretary General', 'spokesperson', 'spokesman', 'spokeswoman', 'Ambassador', 'ambassador',
  'Prosecutor General', 'General', 'Gen.', 'Marshal', 'Admiral', 'Governor', 'governor', 'Chairman', 'chairman', 'Mayor', 'Senator', 'Sen.', 'envoy', 'Envoy',
  'official', 'diplomat', 'researcher', 'analyst', 'professor', 'Professor', 'Director', 'director', 'lawmaker', 'Commander', 'commander',
];
