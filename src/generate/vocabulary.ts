/**
 * Word lists for synthetic news: invented personal names by world region (no real people),
 * offices, sectors and publishers. Kept apart from the generator so the logic stays readable.
 */

export type Region = 'Africa' | 'Americas' | 'Asia' | 'Europe' | 'Oceania' | 'Antarctic';

export const GIVEN_NAMES: Record<Region, readonly string[]> = {
  Africa: ['Amara', 'Kwame', 'Nia', 'Tendai', 'Chidi', 'Zola', 'Sekou', 'Ayana', 'Jabari', 'Folami', 'Kofi', 'Lindiwe', 'Oumar', 'Thandiwe', 'Yaw', 'Zuri', 'Bakari', 'Esi', 'Idris', 'Makena'],
  Americas: ['Lucia', 'Mateo', 'Valentina', 'Diego', 'Camila', 'Rafael', 'Isabela', 'Tomas', 'Gabriela', 'Andres', 'Renata', 'Joaquin', 'Marisol', 'Emilio', 'Paula', 'Hector', 'Sofia', 'Julian', 'Daniela', 'Marcos'],
  Asia: ['Aiko', 'Min-jun', 'Arjun', 'Mei', 'Hiroshi', 'Priya', 'Wei', 'Soo-ah', 'Farid', 'Linh', 'Kenji', 'Anika', 'Jun', 'Nadia', 'Rustam', 'Hana', 'Tariq', 'Yuna', 'Bao', 'Sanjay'],
  Europe: ['Anna', 'Lukas', 'Elena', 'Marek', 'Ingrid', 'Pavel', 'Claire', 'Stefan', 'Katarina', 'Henrik', 'Olga', 'Matteo', 'Sophie', 'Andrei', 'Freja', 'Tomasz', 'Ines', 'Viktor', 'Margit', 'Jonas'],
  Oceania: ['Aroha', 'Liam', 'Mele', 'Tane', 'Kiri', 'Noah', 'Losana', 'Tevita', 'Ruby', 'Manu', 'Sina', 'Oliver', 'Ana', 'Wiremu', 'Grace', 'Sione', 'Leilani', 'Jack', 'Moana', 'Rangi'],
  Antarctic: ['Alex', 'Sam', 'Robin', 'Kim'],
};

export const FAMILY_NAMES: Record<Region, readonly string[]> = {
  Africa: ['Mensah', 'Okafor', 'Diallo', 'Nkosi', 'Abebe', 'Moyo', 'Traore', 'Banda', 'Kamau', 'Ndiaye', 'Owusu', 'Achebe', 'Kante', 'Mbeki', 'Sesay', 'Tshabalala', 'Wanjiru', 'Zulu', 'Bello', 'Keita'],
  Americas: ['Alvarez', 'Moreno', 'Castillo', 'Ferreira', 'Rojas', 'Navarro', 'Mendoza', 'Barros', 'Quintero', 'Salazar', 'Cardoso', 'Ibarra', 'Lozano', 'Paredes', 'Vidal', 'Arce', 'Duarte', 'Herrera', 'Ortega', 'Pineda'],
  Asia: ['Tanaka', 'Park', 'Sharma', 'Chen', 'Nakamura', 'Rahimi', 'Nguyen', 'Lim', 'Karimov', 'Sato', 'Kapoor', 'Huang', 'Yoon', 'Haddad', 'Suzuki', 'Iqbal', 'Tran', 'Bae', 'Aziz', 'Wong'],
  Europe: ['Novak', 'Lindqvist', 'Moreau', 'Kowalski', 'Petrov', 'Rossi', 'Hansen', 'Dubois', 'Horvat', 'Schneider', 'Varga', 'Jansen', 'Ionescu', 'Berg', 'Fischer', 'Marin', 'Kovac', 'Larsen', 'Weber', 'Popescu'],
  Oceania: ['Tuilagi', 'Walker', 'Ngata', 'Fifita', 'Brown', 'Taufa', 'Parata', 'Kelly', 'Vaipulu', 'Hohaia', 'Latu', 'Campbell', 'Matagi', 'Reid', 'Fonua', 'Tamihana', 'Soli', 'Morgan', 'Havili', 'Te Rangi'],
  Antarctic: ['Frost', 'Snow', 'Berg', 'Ice'],
};

/** Offices a country's officials hold, most newsworthy first (the first ones exist once per country). */
export const LEAD_OFFICES = ['President', 'Foreign Minister', 'Prime Minister', 'Defence Minister'] as const;
export const OTHER_OFFICES = [
  'Deputy Foreign Minister',
  'Ambassador',
  'Trade Minister',
  'Energy Minister',
  'special envoy',
  'government spokesperson',
  'army chief of staff',
  'lawmaker',
  'opposition leader',
  'central bank governor',
  'researcher',
  'analyst',
] as const;

/** How often a holder of the office is in the news, relative to a lawmaker. */
export const OFFICE_WEIGHT: Record<string, number> = {
  President: 14,
  'Foreign Minister': 10,
  'Prime Minister': 8,
  'Defence Minister': 5,
  'Deputy Foreign Minister': 2.5,
  Ambassador: 2,
  'Trade Minister': 2,
  'Energy Minister': 1.5,
  'special envoy': 2,
  'government spokesperson': 1.5,
  'army chief of staff': 1.5,
  lawmaker: 0.6,
  'opposition leader': 1,
  'central bank governor': 0.8,
  researcher: 0.5,
  analyst: 0.5,
};

export const SECTORS = ['energy', 'trade', 'defence', 'agriculture', 'shipping', 'education', 'health', 'cyber security', 'space', 'infrastructure', 'tourism', 'mining', 'finance', 'nuclear energy', 'fisheries'] as const;

export const ORG_TYPES = ['Corporation', 'Agency', 'Council', 'Institute', 'Authority', 'Company'] as const;
export const ORG_SECTORS = ['Energy', 'Shipping', 'Steel', 'Telecom', 'Rail', 'Aerospace', 'Grain', 'Mining', 'Fisheries', 'Nuclear', 'Water', 'Digital'] as const;
/** Every country's first organizations, before the sector × type combinations. */
export const CORE_ORGS = ['Ministry of Foreign Affairs', 'Ministry of Defence', 'State News Agency', 'Armed Forces', 'National Assembly', 'Institute for Strategic Studies'] as const;

export const INTERNATIONAL_ORGS: ReadonlyArray<{ id: string; name: string; aliases: string[] }> = [
  { id: 'un-security-council', name: 'U.N. Security Council', aliases: ['UN Security Council', 'Security Council'] },
  { id: 'iaea', name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { id: 'who', name: 'World Health Organization', aliases: ['WHO'] },
  { id: 'wto', name: 'World Trade Organization', aliases: ['WTO'] },
  { id: 'imf', name: 'International Monetary Fund', aliases: ['IMF'] },
  { id: 'world-bank', name: 'World Bank', aliases: [] },
  { id: 'osce', name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  { id: 'icc', name: 'International Criminal Court', aliases: ['ICC'] },
  { id: 'interpol', name: 'Interpol', aliases: [] },
  { id: 'opec', name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC'] },
];

export const BLOCS: ReadonlyArray<{ id: string; name: string; aliases: string[] }> = [
  { id: 'west', name: 'the West', aliases: ['West', 'Western'] },
  { id: 'eu', name: 'European Union', aliases: ['EU'] },
  { id: 'nato', name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { id: 'asean', name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { id: 'african-union', name: 'African Union', aliases: ['AU'] },
  { id: 'brics', name: 'BRICS', aliases: [] },
  { id: 'sco', name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
  { id: 'gcc', name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { id: 'mercosur', name: 'Mercosur', aliases: [] },
  { id: 'csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO'] },
];

export const PUBLISHERS = ['Global Wire', 'The Daily Ledger', 'Capital Herald', 'World Affairs Review', 'The Morning Dispatch', 'Continental Times', 'Harbour Post', 'The Evening Standardbearer'] as const;
export const AGENCIES = ['Worldwide Press Service', 'United Newswire', 'Meridian News Agency'] as const;

export const AID = ['military aid', 'humanitarian aid', 'a loan', 'air-defence systems', 'grain shipments', 'technical assistance', 'fuel deliveries', 'medical supplies'] as const;
export const ACCUSATIONS = ['violating its airspace', 'spreading disinformation', 'cyber attacks', 'massing troops on the border', 'breaching a ceasefire', 'interfering in its elections', 'seizing a cargo ship'] as const;

export const FILLER = [
  'The talks come amid growing pressure on both governments at home.',
  'Officials gave no further details.',
  'The move drew criticism from opposition parties.',
  'Markets reacted calmly to the news.',
  'Diplomats said the atmosphere was cordial.',
  'The statement was carried by state media.',
  'Neither side disclosed the financial terms.',
  'Observers described the step as largely symbolic.',
  'A joint statement is expected later this week.',
  'The announcement follows months of negotiations.',
] as const;

export const HEADLINE_VERBS: Record<string, string> = {
  meeting: 'hold talks',
  cooperation: 'discuss closer ties',
  alliance: 'weigh their alliance',
  support: 'agree on aid',
  conflict: 'trade accusations',
  role: 'name officials',
};
