/**
 * Fixed vocabulary of the demo organisation: organisation names, the three locations, and the
 * pools of Dutch group names ("stamgroepen" and "basisgroepen") the generator draws from.
 */

/** Organisation names near the Oude Maas, south of Rotterdam, where the three locations lie. */
export const ORGANISATION_NAMES = [
  'Kinderopvang De Oude Maas',
  'Kinderopvang Het Zonnehuis',
  'Stichting Kinderopvang Zuidwaarts',
  'Kinderopvang De Blauwe Reiger',
  "Kinderopvang 't Kabouterbos",
] as const;

export type DemoLocationDef = { name: string; code: string };

export const DEMO_LOCATIONS: readonly DemoLocationDef[] = [
  { name: 'Rhoon', code: 'RHO' },
  { name: 'Oud-Beijerland', code: 'OBL' },
  { name: 'Barendrecht', code: 'BRD' },
];

/** The group every demo has, in the first location's babies group (keyboard-entry examples). */
export const FIXED_GROUP_NAME = 'Rupsjes';

/**
 * The five group kinds of every demo location, with their age range in months. The babies'
 * group is 0-18 months, the toddlers' (peuters) 18-48, the vertical group the whole KDV range,
 * and the BSO is split at the seventh birthday, where the BSO ratio changes (4-6 vs 7+).
 */
export const GROUP_KINDS = {
  babies: { careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 18 },
  toddlers: { careType: 'KDV', ageMinMonths: 18, ageMaxMonths: 48 },
  vertical: { careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 48 },
  bsoYoung: { careType: 'BSO', ageMinMonths: 48, ageMaxMonths: 84 },
  bsoOld: { careType: 'BSO', ageMinMonths: 84, ageMaxMonths: 156 },
} as const;

export type GroupKind = keyof typeof GROUP_KINDS;
export const GROUP_KIND_ORDER: readonly GroupKind[] = ['babies', 'toddlers', 'vertical', 'bsoYoung', 'bsoOld'];

/** Name pools per kind; a name is used at most once in the organisation. */
export const GROUP_NAME_POOLS: Record<GroupKind, readonly string[]> = {
  babies: ['Rupsjes', 'Lieveheersbeestjes', 'Muisjes', 'Eendjes', 'Kuikentjes', 'Bijtjes'],
  toddlers: ['Kikkers', 'Egeltjes', 'Konijntjes', 'Pinguïns', 'Beertjes', 'Vosjes'],
  vertical: ['Vlinders', 'Zonnestraaltjes', 'Uiltjes', 'Sterretjes', 'Schildpadjes', 'Regenboog'],
  bsoYoung: ['Dolfijnen', 'Zeehondjes', 'Piraten', 'Ontdekkers', 'Boomhut'],
  bsoOld: ['Avonturiers', 'Kanjers', 'Tijgers', 'Wolven', 'Adelaars', 'Stoere Bikkels'],
};
