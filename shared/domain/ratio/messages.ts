/**
 * Dutch and English sentences of the ratio rules (i18next `{{x}}` placeholders; the renderer loads
 * the same catalogue). Keys are rule ids or parts of an explanation. Keys ending in `_one` /
 * `_other` are i18next plural forms chosen by the `count` parameter (the number of children).
 * Minutes are written "min." so no sentence needs a plural for them.
 */
import { textOf } from '../../i18n/messages';
import type { Catalogue, Lang, Params } from '../../i18n/messages';

export const ratioMessages = {
  nl: {
    'ratio.empty': 'geen kinderen aanwezig; nodig 0',
    'ratio.required': 'nodig {{required}}',
    'ratio.kdv.table1_one': '{{count}} kind, rij {{row}}: cel {{cellStaff}} PM / {{cellMax}}',
    'ratio.kdv.table1_other': '{{count}} kinderen, rij {{row}}: cel {{cellStaff}} PM / {{cellMax}}',
    'ratio.kdv.table1_capped_one': "{{count}} kind, rij {{row}}: cel {{cellStaff}} PM / {{cellMax}} (max. {{cellBabies}} baby's)",
    'ratio.kdv.table1_capped_other': "{{count}} kinderen, rij {{row}}: cel {{cellStaff}} PM / {{cellMax}} (max. {{cellBabies}} baby's)",
    'ratio.kdv.table1_none_one': '{{count}} kind, rij {{row}}: geen cel past',
    'ratio.kdv.table1_none_other': '{{count}} kinderen, rij {{row}}: geen cel past',
    'ratio.kdv.rule1': 'rekenregel 1: Z = {{numerator}}/144 -> {{z}}',
    'ratio.kdv.rule2': 'rekenregel 2: met één {{age}}-jarige minder al {{smaller}} nodig',
    'ratio.kdv.rule2_nonrecursive': 'rekenregel 2 (niet-recursief): met één {{age}}-jarige minder al {{smaller}} nodig',
    'ratio.kdv.over_max': "boven de maximale groepsgrootte (max. 12 baby's alleen, 16 kinderen gemengd, waarvan max. 8 baby's)",
    'ratio.kdv.over_max_required':
      "boven de maximale groepsgrootte: geen cel van rij {{row}} met {{required}} of meer PM past bij {{count}} kinderen met {{babies}} baby's",
    'ratio.kdv.child_aged_4_plus': 'let op: kinderen van 4 jaar of ouder in een KDV-groep: {{count}}, geteld als 3-jarige',
    'ratio.bso.location_one':
      '{{count}} kind op de locatie ({{younger}} van 4-6, {{older}} van 7+): (6×{{younger}} + 5×{{older}})/60 = {{numerator}}/60',
    'ratio.bso.location_other':
      '{{count}} kinderen op de locatie ({{younger}} van 4-6, {{older}} van 7+): (6×{{younger}} + 5×{{older}})/60 = {{numerator}}/60',
    'ratio.bso.location_literal_one':
      '{{count}} kind op de locatie ({{younger}} van 4-6, {{older}} van 7+): 0,1×{{younger}} + 0,083×{{older}} = {{numerator}}/1000',
    'ratio.bso.location_literal_other':
      '{{count}} kinderen op de locatie ({{younger}} van 4-6, {{older}} van 7+): 0,1×{{younger}} + 0,083×{{older}} = {{numerator}}/1000',
    'ratio.bso.table2_one': '{{count}} kind in de basisgroep, rij {{row}}: cel {{cellStaff}} PM / {{cellMax}}',
    'ratio.bso.table2_other': '{{count}} kinderen in de basisgroep, rij {{row}}: cel {{cellStaff}} PM / {{cellMax}}',
    'ratio.bso.table2_capped_one':
      '{{count}} kind in de basisgroep, rij {{row}}: cel {{cellStaff}} PM / {{cellMax}} (max. {{cellYounger}} van 4-6)',
    'ratio.bso.table2_capped_other':
      '{{count}} kinderen in de basisgroep, rij {{row}}: cel {{cellStaff}} PM / {{cellMax}} (max. {{cellYounger}} van 4-6)',
    'ratio.bso.table2_none_one': '{{count}} kind in de basisgroep ({{younger}} van 4-6), rij {{row}}: geen cel past',
    'ratio.bso.table2_none_other': '{{count}} kinderen in de basisgroep ({{younger}} van 4-6), rij {{row}}: geen cel past',
    'ratio.bso.over_max': 'boven de maximale groepsgrootte (max. 20 van 4-6, 30 van 7+, 22 gemengd waarvan max. 18 van 4-6)',
    'ratio.bso.basisgroup_too_large': 'een basisgroep heeft {{children}} kinderen, meer dan het maximum van {{max}}',
    'ratio.bso.child_under_4': 'let op: kinderen jonger dan 4 jaar in de BSO: {{count}}, geteld als 4-6-jarige',
    'ratio.status.ok': 'voldoende',
    'ratio.status.deviation': 'afwijking',
    'ratio.status.understaffed': 'onderbezet',
    'ratio.status.over_max': 'boven maximum',
    'ratio.deviation.kdv_budget': 'afwijken mag max. {{budget}} min. per dag (open {{openMinutes}} min. aaneengesloten)',
    'ratio.deviation.kdv_not_open_long_enough':
      'afwijken mag vandaag niet: open {{openMinutes}} min. aaneengesloten, minder dan {{minOpen}} min.',
    'ratio.deviation.bso_school_day': 'BSO-schooldag: afwijken mag max. {{budget}} min. per dag',
    'ratio.violation.over_budget':
      '{{from}}-{{to}}: {{staff}} PM, nodig {{required}}; afwijking boven het dagbudget van {{budget}} min. ({{minutes}} min.)',
    'ratio.violation.below_minimum':
      '{{from}}-{{to}}: {{staff}} PM, nodig {{required}}; ook bij afwijken nooit minder dan {{minimum}} ({{minutes}} min.)',
    'ratio.violation.over_max': '{{from}}-{{to}}: boven de maximale groepsgrootte ({{minutes}} min.)',
    'safety.backup_required': '{{from}}-{{to}}: één beroepskracht alleen in het gebouw; registreer een achterwacht voor deze dag',
    'safety.other_adult_required':
      '{{from}}-{{to}}: één beroepskracht alleen door afwijking van de ratio; er moet een andere volwassene in het gebouw zijn',
    'fixed_faces.too_many': '{{date}}: {{faces}} vaste gezichten, max. {{max}} voor een {{age}}-jarige',
    'fixed_faces.none_in_group': '{{date}}: geen van de vaste gezichten werkt vandaag in de groep',
    'fixed_faces.trainee_first_year': '{{staffId}} is in opleiding zonder afgerond eerste studiejaar en kan geen vast gezicht zijn',
    'fixed_faces.not_professional': '{{staffId}} telt niet als beroepskracht en kan geen vast gezicht zijn',
    'ratio.gap.backup_not_registered':
      'achterwacht niet geregistreerd: Opvangdesk legt de achterwacht nog niet vast; zorg zelf dat er voor deze dag een achterwacht geregeld is',
    'ratio.gap.fixed_faces_not_registered':
      'vaste gezichten niet vastgelegd: Opvangdesk kan het vaste-gezichtencriterium per kind nog niet controleren',
  },
  en: {
    'ratio.empty': 'no children present; required 0',
    'ratio.required': 'required {{required}}',
    'ratio.kdv.table1_one': '{{count}} child, row {{row}}: cell {{cellStaff}} staff / {{cellMax}}',
    'ratio.kdv.table1_other': '{{count}} children, row {{row}}: cell {{cellStaff}} staff / {{cellMax}}',
    'ratio.kdv.table1_capped_one': '{{count}} child, row {{row}}: cell {{cellStaff}} staff / {{cellMax}} (at most {{cellBabies}} babies)',
    'ratio.kdv.table1_capped_other':
      '{{count}} children, row {{row}}: cell {{cellStaff}} staff / {{cellMax}} (at most {{cellBabies}} babies)',
    'ratio.kdv.table1_none_one': '{{count}} child, row {{row}}: no cell fits',
    'ratio.kdv.table1_none_other': '{{count}} children, row {{row}}: no cell fits',
    'ratio.kdv.rule1': 'rule 1: Z = {{numerator}}/144 -> {{z}}',
    'ratio.kdv.rule2': 'rule 2: with one {{age}}-year-old fewer already {{smaller}} needed',
    'ratio.kdv.rule2_nonrecursive': 'rule 2 (non-recursive): with one {{age}}-year-old fewer already {{smaller}} needed',
    'ratio.kdv.over_max': 'over the maximum group size (at most 12 babies alone, 16 children mixed with at most 8 babies)',
    'ratio.kdv.over_max_required':
      'over the maximum group size: no cell of row {{row}} with {{required}} or more staff holds {{count}} children with {{babies}} babies',
    'ratio.kdv.child_aged_4_plus': 'note: children aged 4 or older in a day-care group: {{count}}, counted as 3-year-olds',
    'ratio.bso.location_one':
      '{{count}} child at the location ({{younger}} aged 4-6, {{older}} aged 7+): (6×{{younger}} + 5×{{older}})/60 = {{numerator}}/60',
    'ratio.bso.location_other':
      '{{count}} children at the location ({{younger}} aged 4-6, {{older}} aged 7+): (6×{{younger}} + 5×{{older}})/60 = {{numerator}}/60',
    'ratio.bso.location_literal_one':
      '{{count}} child at the location ({{younger}} aged 4-6, {{older}} aged 7+): 0.1×{{younger}} + 0.083×{{older}} = {{numerator}}/1000',
    'ratio.bso.location_literal_other':
      '{{count}} children at the location ({{younger}} aged 4-6, {{older}} aged 7+): 0.1×{{younger}} + 0.083×{{older}} = {{numerator}}/1000',
    'ratio.bso.table2_one': '{{count}} child in the basisgroep, row {{row}}: cell {{cellStaff}} staff / {{cellMax}}',
    'ratio.bso.table2_other': '{{count}} children in the basisgroep, row {{row}}: cell {{cellStaff}} staff / {{cellMax}}',
    'ratio.bso.table2_capped_one':
      '{{count}} child in the basisgroep, row {{row}}: cell {{cellStaff}} staff / {{cellMax}} (at most {{cellYounger}} aged 4-6)',
    'ratio.bso.table2_capped_other':
      '{{count}} children in the basisgroep, row {{row}}: cell {{cellStaff}} staff / {{cellMax}} (at most {{cellYounger}} aged 4-6)',
    'ratio.bso.table2_none_one': '{{count}} child in the basisgroep ({{younger}} aged 4-6), row {{row}}: no cell fits',
    'ratio.bso.table2_none_other': '{{count}} children in the basisgroep ({{younger}} aged 4-6), row {{row}}: no cell fits',
    'ratio.bso.over_max': 'over the maximum group size (at most 20 aged 4-6, 30 aged 7+, 22 mixed with at most 18 aged 4-6)',
    'ratio.bso.basisgroup_too_large': 'a basisgroep has {{children}} children, more than the maximum of {{max}}',
    'ratio.bso.child_under_4': 'note: children under 4 in out-of-school care: {{count}}, counted as aged 4-6',
    'ratio.status.ok': 'sufficient',
    'ratio.status.deviation': 'deviation',
    'ratio.status.understaffed': 'understaffed',
    'ratio.status.over_max': 'over maximum',
    'ratio.deviation.kdv_budget': 'deviation allowed for at most {{budget}} min. a day (open {{openMinutes}} min. in a row)',
    'ratio.deviation.kdv_not_open_long_enough':
      'no deviation allowed today: open {{openMinutes}} min. in a row, less than {{minOpen}} min.',
    'ratio.deviation.bso_school_day': 'out-of-school care school day: deviation allowed for at most {{budget}} min. a day',
    'ratio.violation.over_budget':
      '{{from}}-{{to}}: {{staff}} staff, {{required}} required; deviation beyond the day budget of {{budget}} min. ({{minutes}} min.)',
    'ratio.violation.below_minimum':
      '{{from}}-{{to}}: {{staff}} staff, {{required}} required; never fewer than {{minimum}}, even when deviating ({{minutes}} min.)',
    'ratio.violation.over_max': '{{from}}-{{to}}: over the maximum group size ({{minutes}} min.)',
    'safety.backup_required': '{{from}}-{{to}}: one professional alone in the building; register an on-call backup for this day',
    'safety.other_adult_required':
      '{{from}}-{{to}}: one professional alone because of a ratio deviation; another adult must be in the building',
    'fixed_faces.too_many': '{{date}}: {{faces}} fixed faces, at most {{max}} for a {{age}}-year-old',
    'fixed_faces.none_in_group': '{{date}}: none of the fixed faces works in the group today',
    'fixed_faces.trainee_first_year': '{{staffId}} is a trainee who has not completed the first study year and cannot be a fixed face',
    'fixed_faces.not_professional': '{{staffId}} does not count as a professional and cannot be a fixed face',
    'ratio.gap.backup_not_registered':
      'on-call backup not registered: Opvangdesk does not record the backup yet; make sure one is arranged for this day',
    'ratio.gap.fixed_faces_not_registered': 'fixed faces not recorded: Opvangdesk cannot check the fixed-faces criterion per child yet',
  },
} satisfies Catalogue;

const PLURAL_ONE = '_one';
const PLURAL_OTHER = '_other';

/**
 * The sentence for `key`, choosing the i18next plural form (`_one` / `_other`) by `params.count`
 * when the catalogue has one (Dutch and English both have exactly these two forms).
 */
export function ratioText(key: string, params: Params = {}, lang: Lang = 'nl'): string {
  const count = params['count'];
  const catalogue: Catalogue = ratioMessages;
  if (typeof count === 'number' && catalogue[lang][key] === undefined) {
    const plural = key + (count === 1 ? PLURAL_ONE : PLURAL_OTHER);
    if (catalogue[lang][plural] !== undefined) return textOf(catalogue, plural, params, lang);
  }
  return textOf(catalogue, key, params, lang);
}
