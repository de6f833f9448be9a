/**
 * Which column holds what: headings matched by name, Dutch and English synonyms, as back offices
 * (Flexkids, KindPlanner, Konnect, Kidsadmin, Excel) write them; what is not recognised the
 * manager maps once (`ColumnMapping`, remembered per location). The kind of a sheet (groups,
 * staff, or children with their contracts) follows from the columns it has.
 */
export type ImportKind = 'groups' | 'staff' | 'children';

const DAY_FIELDS = {
  day1: ['maandag', 'ma', 'monday', 'mon'],
  day2: ['dinsdag', 'di', 'tuesday', 'tue'],
  day3: ['woensdag', 'wo', 'wednesday', 'wed'],
  day4: ['donderdag', 'do', 'thursday', 'thu'],
  day5: ['vrijdag', 'vr', 'friday', 'fri'],
  day6: ['zaterdag', 'za', 'saturday', 'sat'],
  day7: ['zondag', 'zo', 'sunday', 'sun'],
};

const NAME_FIELDS = {
  firstName: ['roepnaam', 'voornaam', 'voornamen', 'firstname', 'givenname', 'nickname'],
  prefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'prefix', 'infix'],
  lastName: ['achternaam', 'familienaam', 'geslachtsnaam', 'lastname', 'surname', 'familyname'],
};

/**
 * The fields of each kind with their headings, normalised (lower case, no accents, letters and
 * digits only). Earlier synonyms win: a file with both Roepnaam and Voornaam takes the Roepnaam.
 */
export const FIELDS = {
  groups: {
    externalId: ['groepscode', 'groepsnummer', 'groepid', 'code', 'groupcode', 'groupid'],
    name: ['groep', 'groepsnaam', 'naam', 'stamgroep', 'group', 'groupname', 'name'],
    careType: ['opvangsoort', 'soortopvang', 'opvangvorm', 'soort', 'type', 'caretype', 'opvang'],
    ageMinMonths: [
      'leeftijdvan',
      'leeftijdvanaf',
      'vanafleeftijd',
      'minimumleeftijd',
      'leeftijdvanmaanden',
      'vanmaanden',
      'agefrom',
      'minage',
      'ageminmonths',
    ],
    ageMaxMonths: ['leeftijdtot', 'leeftijdtotmaanden', 'totleeftijd', 'maximumleeftijd', 'totmaanden', 'ageto', 'maxage', 'agemaxmonths'],
    capacity: ['kindplaatsen', 'plaatsen', 'lrkplaatsen', 'aantalplaatsen', 'capaciteit', 'maxkinderen', 'places', 'capacity'],
  },
  staff: {
    externalId: ['personeelsnummer', 'personeelsnr', 'medewerkernummer', 'medewerkernr', 'employeenumber', 'staffnumber', 'employeeid'],
    ...NAME_FIELDS,
    jobTitle: ['functie', 'functienaam', 'function', 'jobtitle', 'rol'],
    counts: ['teltmee', 'teltmeeinbkr', 'teltmeevoorbkr', 'bkr', 'inzetbaarbkr', 'countsforratio', 'counts'],
    contractHours: ['contracturen', 'urenperweek', 'contracturenperweek', 'uren', 'contracthours', 'hoursperweek'],
    activeFrom: ['indienst', 'datumindienst', 'indienstvanaf', 'startdatum', 'ingangsdatum', 'activefrom', 'startdate'],
    activeTo: ['uitdienst', 'datumuitdienst', 'einddatum', 'activeto', 'enddate'],
    prkRegisteredOn: ['prkdatum', 'prkregistratie', 'prkregistratiedatum', 'ingeschrevenprk', 'prk', 'personenregister', 'prkregisteredon'],
    ehboValidUntil: ['kinderehbogeldigtot', 'ehbogeldigtot', 'kinderehbo', 'ehbo', 'ehbotot', 'firstaiduntil', 'firstaid'],
  },
  children: {
    externalId: ['kindnummer', 'kindnr', 'kindid', 'kindcode', 'childnumber', 'childid'],
    ...NAME_FIELDS,
    dateOfBirth: ['geboortedatum', 'gebdatum', 'geboren', 'dateofbirth', 'birthdate', 'dob'],
    group: ['groep', 'stamgroep', 'groepsnaam', 'groepscode', 'group'],
    careType: ['opvangsoort', 'soortopvang', 'opvangvorm', 'soort', 'product', 'caretype'],
    startDate: ['ingangsdatum', 'startdatum', 'begindatum', 'vanaf', 'contractvanaf', 'startdate'],
    endDate: ['einddatum', 'contracttot', 'tm', 'totenmet', 'enddate'],
    days: ['dagen', 'opvangdagen', 'contractdagen', 'days'],
    start: ['begintijd', 'starttijd', 'brengtijd', 'van', 'starttime', 'from'],
    end: ['eindtijd', 'haaltijd', 'tot', 'endtime', 'until'],
    ...DAY_FIELDS,
    guardianName: ['ouder', 'naamouder', 'ouder1', 'contractouder', 'ouderverzorger', 'verzorger', 'contactpersoon', 'parent', 'guardian'],
    guardianPhone: ['telefoon', 'telefoonouder', 'mobiel', 'telefoonnummer', 'telefoonouder1', 'phone'],
    guardianEmail: ['email', 'emailouder', 'emailadres', 'emailouder1', 'mail'],
    school: ['school', 'basisschool'],
    gp: ['huisarts', 'gp', 'doctor'],
    allergies: ['allergieen', 'allergie', 'allergies'],
    medication: ['medicatie', 'medicijnen', 'medication'],
    diet: ['dieet', 'voeding', 'diet'],
  },
} as const;

export type FieldOf<K extends ImportKind> = keyof (typeof FIELDS)[K] & string;
export type AnyField = { [K in ImportKind]: `${K}.${FieldOf<K>}` }[ImportKind];

/** What the manager chose for a heading (normalised): a field of a kind, or to skip the column. */
export type ColumnMapping = Record<string, AnyField | 'skip'>;

/** The fields a sheet of each kind must have. */
const REQUIRED: { [K in ImportKind]: readonly FieldOf<K>[] } = {
  children: ['firstName', 'lastName', 'dateOfBirth'],
  staff: ['firstName', 'lastName', 'activeFrom'],
  groups: ['name', 'careType', 'ageMinMonths', 'ageMaxMonths', 'capacity'],
};

/** The Dutch name of a field, for messages and the mapping step. */
export const FIELD_LABELS: Record<string, string> = {
  externalId: 'Nummer in de backoffice',
  name: 'Groepsnaam',
  careType: 'Opvangsoort',
  ageMinMonths: 'Leeftijd van (maanden)',
  ageMaxMonths: 'Leeftijd tot (maanden)',
  capacity: 'Kindplaatsen',
  firstName: 'Roepnaam',
  prefix: 'Tussenvoegsel',
  lastName: 'Achternaam',
  jobTitle: 'Functie',
  counts: 'Telt mee (BKR)',
  contractHours: 'Contracturen',
  activeFrom: 'In dienst',
  activeTo: 'Uit dienst',
  prkRegisteredOn: 'PRK-registratie',
  ehboValidUntil: 'Kinder-EHBO geldig tot',
  dateOfBirth: 'Geboortedatum',
  group: 'Groep',
  startDate: 'Ingangsdatum',
  endDate: 'Einddatum',
  days: 'Dagen',
  start: 'Begintijd',
  end: 'Eindtijd',
  day1: 'Maandag',
  day2: 'Dinsdag',
  day3: 'Woensdag',
  day4: 'Donderdag',
  day5: 'Vrijdag',
  day6: 'Zaterdag',
  day7: 'Zondag',
  guardianName: 'Ouder',
  guardianPhone: 'Telefoon ouder',
  guardianEmail: 'E-mail ouder',
  school: 'School',
  gp: 'Huisarts',
  allergies: 'Allergieën',
  medication: 'Medicatie',
  diet: 'Dieet',
};

/** A heading as compared: lower case, accents dropped, only letters and digits ("E-mail ouder 1" -> "emailouder1"). */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type Columns<K extends ImportKind = ImportKind> = {
  kind: K;
  /** The column index of each field found. */
  index: Partial<Record<FieldOf<K>, number>>;
  /** The heading of each column as written in the file. */
  headings: string[];
  /** Headings (as written) that are neither a field nor skipped: the mapping step offers them. */
  unrecognised: string[];
};

function columnsFor<K extends ImportKind>(kind: K, headings: readonly string[], mapping: ColumnMapping): Columns<K> {
  const fields = FIELDS[kind] as unknown as Record<FieldOf<K>, readonly string[]>;
  const normalised = headings.map(normaliseHeading);
  const index: Partial<Record<FieldOf<K>, number>> = {};
  const used = new Set<number>();
  normalised.forEach((h, i) => {
    const mapped = mapping[h];
    if (mapped === undefined || mapped === 'skip') return;
    const [mappedKind, field] = mapped.split('.') as [ImportKind, FieldOf<K>];
    if (mappedKind === kind && index[field] === undefined) {
      index[field] = i;
      used.add(i);
    }
  });
  for (const field of Object.keys(fields) as FieldOf<K>[]) {
    if (index[field] !== undefined) continue;
    for (const synonym of fields[field]) {
      const i = normalised.findIndex((h, j) => h === synonym && !used.has(j));
      if (i >= 0) {
        index[field] = i;
        used.add(i);
        break;
      }
    }
  }
  const unrecognised = headings.filter((h, i) => !used.has(i) && h.trim() !== '' && mapping[normalised[i]!] !== 'skip');
  return { kind, index, headings: [...headings], unrecognised };
}

/** The missing required fields of a kind for these headings. */
export function missingFields<K extends ImportKind>(columns: Columns<K>): FieldOf<K>[] {
  return (REQUIRED[columns.kind] as readonly FieldOf<K>[]).filter((f) => columns.index[f] === undefined);
}

/**
 * The kind of a sheet from its headings (children first: their files also hold a group's and a
 * staff member's words), and where each field is. When no kind has all its required fields, the
 * kind that has most of them, with the fields it misses (the mapping step asks for them).
 */
export function recogniseColumns(headings: readonly string[], mapping: ColumnMapping = {}): { columns: Columns; missing: string[] } {
  let best: { columns: Columns; missing: string[] } | null = null;
  for (const kind of ['children', 'staff', 'groups'] as const) {
    const columns = columnsFor(kind, headings, mapping) as Columns;
    const missing = missingFields(columns) as string[];
    if (missing.length === 0) return { columns, missing };
    const found = REQUIRED[kind].length - missing.length;
    if (!best || found > REQUIRED[best.columns.kind].length - best.missing.length) best = { columns, missing };
  }
  return best as { columns: Columns; missing: string[] };
}
