/**
 * The import's own refusals (spec/master-data.md "Import from the back office"): a stable rule id
 * and the Dutch sentence with its params. What the mutators refuse comes with their own rules.
 */
import { interpolate, type Params } from '../i18n/messages';

const messages = {
  'import.too_large': 'Het bestand is {{megabytes}} MB; een import neemt bestanden tot {{limit}} MB. Exporteer alleen deze locatie.',
  'import.empty': 'Het bestand is leeg: er staan geen regels in.',
  'import.not_spreadsheet':
    'Dit is geen spreadsheet: kies een Excel-bestand (.xlsx) of een CSV-bestand (;- of ,-gescheiden) uit de backoffice.',
  'import.old_excel': 'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV en importeer dat.',
  'import.encoding':
    'De tekst van dit CSV-bestand is niet in UTF-8 of Windows-1252 ({{found}}). Sla het op als "CSV UTF-8" of "CSV (gescheiden door lijstscheidingsteken)".',
  'import.too_many_rows':
    'Het blad heeft {{rows}} regels; een import neemt hoogstens {{limit}} regels per blad. Exporteer alleen deze locatie.',
  'import.formula':
    'Cel {{cell}} bevat een formule ({{formula}}). Sla het blad op met alleen waarden (Kopiëren, Plakken speciaal, Waarden) en importeer opnieuw.',
  'import.merged_cells':
    'Het blad heeft samengevoegde cellen ({{range}}). Maak de samenvoeging ongedaan, zodat elke regel een eigen waarde heeft.',
  'import.kind_unknown':
    'Niet herkend welke gegevens dit blad bevat (kolommen: {{columns}}). Een blad bevat groepen, medewerkers of kinderen met hun contracten; wijs de kolommen toe.',
  'import.column_missing': 'De kolom {{column}} ontbreekt; die is nodig voor {{kind}}.',
  'import.value_missing': '{{column}} is leeg.',
  'import.date': '"{{value}}" is geen datum: gebruik dd-mm-jjjj, d-m-jjjj of jjjj-mm-dd.',
  'import.time': '"{{value}}" is geen tijd: gebruik 7:30, 07:30 of 07.30.',
  'import.days': '"{{value}}" zijn geen dagen: gebruik bijvoorbeeld "ma di wo" of "maandag; dinsdag".',
  'import.day_cell': '"{{value}}" in {{column}}: gebruik x of ja voor een opvangdag, of een tijd als 7:30-18:00.',
  'import.number': '"{{value}}" is geen getal.',
  'import.care_type': '"{{value}}" is geen opvangsoort: gebruik KDV (dagopvang) of BSO (buitenschoolse opvang).',
  'import.counts': '"{{value}}": gebruik ja, nee of stagiair (telt mee voor de beroepskracht-kindratio).',
  'import.no_days': 'Er staan geen opvangdagen bij dit contract.',
  'import.duplicate_row': 'Dubbele regel: gelijk aan regel {{row}}; deze regel is overgeslagen.',
  'import.duplicate_key': '{{column}} {{value}} staat ook op regel {{row}}, met andere gegevens.',
  'import.group_unknown': 'Groep "{{group}}" bestaat niet op deze locatie. Importeer eerst de groepen, of verbeter de groepsnaam.',
  'import.missing': 'Niet meer in het bestand: {{child}} heeft nog een lopend contract. Beëindig het zelf als het kind vertrekt.',
  'import.changed_since_preview':
    'De gegevens van de locatie zijn veranderd sinds het voorbeeld (regel {{row}}: {{reason}}). Er is niets gewijzigd; bekijk het voorbeeld opnieuw.',
  'import.preview_outdated':
    'Het bestand of de locatie is veranderd sinds het voorbeeld. Er is niets gewijzigd; bekijk het voorbeeld opnieuw.',
  'import.location_unknown': 'Locatie {{location}} bestaat niet op deze desk.',
} as const;

export type ImportRule = keyof typeof messages;

/** The Dutch sentence of an import rule with its params filled in. */
export function importMessage(rule: ImportRule, params: Params = {}): string {
  return interpolate(messages[rule], params);
}
