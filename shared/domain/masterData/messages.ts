/**
 * Sentences of the master-data rules (spec/master-data.md: the location, its groups, staff,
 * children, and the checks when a contract is entered or changed), Dutch and English, i18next
 * `{{x}}` placeholders. The rule id is the key: tests assert it, the UI shows the sentence.
 *
 * A rule outcome keeps raw params, so the UI renders the same sentence in English
 * (`masterDataText(rule, params, 'en')`); params are formatted per language by name: `…Date`
 * (`YYYY-MM-DD`) as `do 22 okt` / `Thu 22 Oct`, `weekday` (ISO 1-7) as `donderdag` / `Thursday`,
 * `…Months` as `18 maanden` / `18 months`, `…At` (minutes) as `07:30`. Other values pass unchanged.
 */
import type { Catalogue, Lang, Params } from '../../i18n/messages';
import { textOf } from '../../i18n/messages';
import type { RuleFailure } from '../../result';
import { formatDay } from '../requests/requestText';
import { formatTime } from '../time/timeOfDay';

export const masterDataMessages = {
  nl: {
    'organisation.not_empty': 'Deze desk heeft al een organisatie; een nieuwe organisatie wordt alleen in een lege omgeving aangemaakt.',
    'location.unknown': 'Deze locatie bestaat niet (meer).',
    'location.id_taken': 'Er bestaat al een locatie met dit id.',
    'location.code': 'De locatiecode "{{code}}" klopt niet: gebruik 2 tot 8 hoofdletters of cijfers, bijvoorbeeld RHO.',
    'location.lrk_number': 'Een LRK-nummer heeft 9 cijfers; "{{lrkNumber}}" is dat niet.',
    'location.postcode': 'De postcode "{{postcode}}" klopt niet: schrijf 4 cijfers en 2 letters, bijvoorbeeld 3161 AB.',
    'location.closes_after_opens': 'De sluitingstijd ({{closesAt}}) ligt niet na de openingstijd ({{opensAt}}).',
    'location.open_days': 'Een locatie is minstens één dag per week open.',
    'location.name': 'Geef de locatie een naam (hooguit 200 tekens).',
    'location.time': '"{{time}}" is geen tijd: schrijf uren en minuten, bijvoorbeeld 07:30.',
    'location.address_incomplete': 'Vul straat en huisnummer, postcode en plaats alle drie in, of laat ze alle drie leeg.',
    'location.code_taken': 'De locatiecode {{code}} hoort al bij locatie {{location}}.',
    'organisation.unknown': 'Deze organisatie bestaat niet (meer) op deze desk.',
    'organisation.name': 'Geef de organisatie een naam (hooguit 200 tekens).',
    'organisation.settings_by_hub':
      'De regels van de organisatie worden ingesteld door de organisatie (de beheerder van de hub); op een gekoppelde desk kunt u ze alleen bekijken.',
    'organisation.days': '"{{value}}" klopt niet: een aantal dagen is een heel getal van 0 tot en met {{max}}.',
    'organisation.minutes': '"{{value}}" klopt niet: een aantal minuten is een heel getal van 0 tot en met {{max}}.',
    'organisation.count': '"{{value}}" klopt niet: de hoeveelste keer is een heel getal van 1 tot en met {{max}}.',
    'organisation.euros': '"{{value}}" is geen bedrag: schrijf euro\'s met een komma, bijvoorbeeld 11,00 (hooguit {{max}}).',
    'organisation.late_pickup_order':
      'De waarschuwing (vanaf keer {{warning}}) komt niet na de vaste boete (vanaf keer {{flat}}), en de vaste boete niet na de boete per uur (vanaf keer {{perHour}}).',
    'group.name': 'Geef de groep een naam (hooguit 100 tekens).',
    'group.whole_number': '"{{value}}" is geen heel getal van {{min}} tot en met {{max}}.',
    'group.unknown': 'Deze groep bestaat niet (meer) op deze locatie.',
    'group.id_taken': 'Er bestaat al een groep met dit id.',
    'group.name_taken': 'Er is al een groep {{group}} op deze locatie.',
    'group.external_id_taken': 'Groepscode {{externalId}} hoort al bij groep {{group}}.',
    'group.age_range': 'De leeftijd tot ({{maxMonths}}) ligt niet boven de leeftijd vanaf ({{minMonths}}).',
    'group.care_ages':
      'Een {{care}}-groep is voor kinderen van {{fromMonths}} tot {{toMonths}}; {{minMonths}} tot {{maxMonths}} past daar niet in.',
    'group.licensed_places': 'Een {{care}}-groep heeft hooguit {{max}} kindplaatsen; {{capacity}} kan niet.',
    'group.licensed_places_babies':
      'Een groep met alleen nuljarigen (tot {{maxMonths}}) heeft hooguit {{max}} kindplaatsen; {{capacity}} kan niet.',
    'group.care_type_has_contracts':
      'Groep {{group}} heeft lopende of komende contracten als {{care}}; het opvangtype kan pas veranderen als die zijn beëindigd.',
    'group.capacity_below_contracts':
      '{{group}} {{weekday}} {{count}}/{{capacity}} vanaf {{fromDate}}: er hebben dan meer kinderen een contract dan er kindplaatsen zijn.',
    'group.closed_edit': 'Groep {{group}} is gesloten vanaf {{closedFromDate}}; heropen de groep eerst.',
    'group.close_in_past': 'Een groep sluiten kan niet met terugwerkende kracht: {{closedFromDate}} ligt voor vandaag ({{todayDate}}).',
    'group.close_before_contracts_end':
      'Groep {{group}} kan niet sluiten vanaf {{closedFromDate}}: dan lopen er nog {{count}} contract(en), waaronder dat van {{child}}. Beëindig die of plaats de kinderen over.',
    'group.close_has_shifts':
      'Groep {{group}} kan niet sluiten vanaf {{closedFromDate}}: er staan dan nog {{count}} dienst(en) ingeroosterd, de eerste op {{firstDate}}.',
    'group.days_none': 'Groep {{group}} draait op minstens één dag per week.',
    'group.days_outside_location': 'Groep {{group}} kan niet op {{weekday}} draaien: de locatie is dan dicht.',
    'group.days_have_contracts':
      'Groep {{group}} kan niet stoppen op {{weekday}}: {{count}} kind(eren) hebben dan een lopend of komend contract. Beëindig of wijzig die contracten eerst.',
    'placement.group_not_running': 'Groep {{group}} draait niet op {{weekday}}; kies de dagen waarop de groep open is of een andere groep.',
    'group.in_use':
      'Groep {{group}} heeft contracten, diensten of aanwezigheid en kan niet worden verwijderd; sluit de groep vanaf een datum.',
    'staff.unknown': 'Deze medewerker bestaat niet (meer) op deze locatie.',
    'staff.id_taken': 'Er bestaat al een medewerker met dit id.',
    'staff.external_id_taken': 'Personeelsnummer {{externalId}} hoort al bij {{staff}}.',
    'staff.active_to_after_from': 'De laatste werkdag ({{activeToDate}}) ligt voor de eerste ({{activeFromDate}}).',
    'staff.end_in_past': 'De laatste werkdag {{lastDayDate}} ligt in het verleden; vandaag is {{todayDate}}.',
    'staff.end_has_shifts':
      '{{staff}} staat na de laatste werkdag ({{lastDayDate}}) nog {{count}} keer ingeroosterd, het eerst op {{firstDate}}; haal die diensten eerst weg.',
    'mentor.not_a_professional':
      '{{staff}} telt niet mee als beroepskracht en kan daarom geen mentor zijn; kies een pedagogisch medewerker van de groep.',
    'mentor.staff_ended': '{{staff}} werkt sinds {{lastDayDate}} niet meer op deze locatie en kan geen mentor zijn.',
    'staff.end_shifts_changed':
      'Het rooster van {{staff}} is veranderd sinds de bevestiging: na de laatste werkdag ({{lastDayDate}}) staan nu {{count}} dienst(en). Bekijk de diensten opnieuw en bevestig nog eens.',
    'staff.prk_after_shifts':
      '{{staff}} staat {{count}} keer ingeroosterd vóór de PRK-registratiedatum {{registeredDate}}, het eerst op {{firstDate}}; zonder inschrijving in het Personenregister kinderopvang mag {{staff}} dan niet werken. Haal die diensten eerst weg of kies een eerdere datum.',
    'staff.active_from_after_shifts':
      '{{staff}} staat {{count}} keer ingeroosterd vóór de eerste werkdag {{activeFromDate}}, het eerst op {{firstDate}}. Haal die diensten eerst weg of kies een eerdere datum.',
    'staff.first_name_required': 'Vul de voornaam in.',
    'staff.last_name_required': 'Vul de achternaam in.',
    'staff.contract_hours':
      'Contracturen per week zijn een getal van 0 tot en met {{max}}, bijvoorbeeld 32 of 32,5; "{{hours}}" is dat niet.',
    'staff.active_from_required': 'Vul de eerste werkdag op deze locatie in.',
    'staff.date_invalid': 'Dit is geen geldige datum.',
    'child.unknown': 'Dit kind bestaat niet (meer) op deze locatie.',
    'child.id_taken': 'Er bestaat al een kind met dit id.',
    'child.external_id_taken': 'Kindnummer {{externalId}} hoort al bij {{child}}.',
    'child.born_in_future': 'De geboortedatum {{dateOfBirthDate}} ligt na vandaag ({{todayDate}}).',
    'child.guardian_with_authority': 'Leg minstens één ouder of verzorger met ouderlijk gezag vast.',
    'child.guardian_ids': 'Twee ouders of verzorgers hebben hetzelfde id.',
    'child.phone':
      'Het telefoonnummer "{{phone}}" van {{name}} klopt niet: gebruik 10 cijfers (06 12345678) of een internationaal nummer (+31 6 12345678).',
    'child.email': 'Het e-mailadres "{{email}}" van {{name}} klopt niet.',
    'child.assistant_contact_only':
      'Als assistent kunt u telefoonnummers en e-mailadressen van ouders wijzigen, maar niet wie ouder of verzorger is of wie het gezag heeft ({{name}}).',
    'child.first_name_required': 'Vul de voornaam in.',
    'child.last_name_required': 'Vul de achternaam in.',
    'child.date_of_birth_required': 'Vul de geboortedatum in.',
    'child.external_id_length': 'Een kindnummer heeft hooguit {{max}} tekens.',
    'child.person_name_required': 'Vul de naam in van elke ouder, verzorger of contactpersoon.',
    'child.note_length': 'Een notitie heeft hooguit {{max}} tekens; deze heeft er {{length}}.',
    'placement.age_reason_required':
      '{{child}} valt buiten de leeftijd van groep {{group}}: leg vast waarom het kind hier toch geplaatst wordt.',
    'placement.choose_group': 'Kies een groep.',
    'placement.choose_date': 'Kies een ingangsdatum.',
    'placement.time_format': 'De tijd "{{time}}" klopt niet: schrijf uu:mm, bijvoorbeeld 07:30.',
    'placement.bso_from_four':
      '{{child}} is op {{startDate}} nog geen 4 jaar: buitenschoolse opvang kan vanaf de 4e verjaardag ({{fourthBirthdayDate}}).',
    'placement.age_range':
      '{{child}} is op {{startDate}} {{ageMonths}} oud; groep {{group}} is voor {{minMonths}} tot {{maxMonths}}. Plaats het kind hier alleen met een vastgelegde reden.',
    'placement.group_full':
      '{{group}} {{weekday}} {{count}}/{{capacity}} vanaf {{fromDate}}: meer kinderen dan kindplaatsen. Kies een andere groep (met toestemming), een andere ingangsdatum of de wachtlijst.',
    'placement.group_closed': 'Groep {{group}} is gesloten vanaf {{closedFromDate}}; een contract kan daar dan niet lopen.',
    'placement.change_before_start': 'Het contract begint op {{startDate}}; een wijziging kan niet eerder ingaan ({{effectiveDate}}).',
    'placement.change_after_end': 'Het contract eindigt op {{endDate}}; een wijziging kan niet later ingaan ({{effectiveDate}}).',
    'placement.change_nothing': 'De dagen en tijden zijn gelijk aan die van het contract; er verandert niets.',
  },
  en: {
    'organisation.not_empty': 'This desk already has an organisation; a new organisation is only created in an empty environment.',
    'location.unknown': 'This location does not exist (any more).',
    'location.id_taken': 'A location with this id already exists.',
    'location.code': 'The location code "{{code}}" is not valid: use 2 to 8 capital letters or digits, e.g. RHO.',
    'location.lrk_number': 'An LRK number has 9 digits; "{{lrkNumber}}" does not.',
    'location.postcode': 'The postcode "{{postcode}}" is not valid: write 4 digits and 2 letters, e.g. 3161 AB.',
    'location.closes_after_opens': 'The closing time ({{closesAt}}) is not after the opening time ({{opensAt}}).',
    'location.open_days': 'A location is open at least one day a week.',
    'location.name': 'Give the location a name (at most 200 characters).',
    'location.time': '"{{time}}" is not a time: write hours and minutes, e.g. 07:30.',
    'location.address_incomplete': 'Fill in street and number, postcode and city, all three, or leave all three empty.',
    'location.code_taken': 'The location code {{code}} already belongs to location {{location}}.',
    'organisation.unknown': 'This organisation does not exist (any more) on this desk.',
    'organisation.name': 'Give the organisation a name (at most 200 characters).',
    'organisation.settings_by_hub':
      "The organisation's rules are set by the organisation (the hub's administrator); on an enrolled desk you can only view them.",
    'organisation.days': '"{{value}}" is not valid: a number of days is a whole number from 0 to {{max}}.',
    'organisation.minutes': '"{{value}}" is not valid: a number of minutes is a whole number from 0 to {{max}}.',
    'organisation.count': '"{{value}}" is not valid: the how-many-th time is a whole number from 1 to {{max}}.',
    'organisation.euros': '"{{value}}" is not an amount: write euros with a decimal comma, e.g. 11,00 (at most {{max}}).',
    'organisation.late_pickup_order':
      'The warning (from time {{warning}}) does not come after the flat fine (from time {{flat}}), nor the flat fine after the hourly fine (from time {{perHour}}).',
    'group.name': 'Give the group a name (at most 100 characters).',
    'group.whole_number': '"{{value}}" is not a whole number from {{min}} to {{max}}.',
    'group.unknown': 'This group does not exist (any more) at this location.',
    'group.id_taken': 'A group with this id already exists.',
    'group.name_taken': 'There already is a group {{group}} at this location.',
    'group.external_id_taken': 'Group code {{externalId}} already belongs to group {{group}}.',
    'group.age_range': 'The upper age ({{maxMonths}}) is not above the lower age ({{minMonths}}).',
    'group.care_ages': 'A {{care}} group is for children from {{fromMonths}} to {{toMonths}}; {{minMonths}} to {{maxMonths}} does not fit.',
    'group.licensed_places': 'A {{care}} group has at most {{max}} licensed places; {{capacity}} is not possible.',
    'group.licensed_places_babies':
      'A group of only 0-year-olds (up to {{maxMonths}}) has at most {{max}} licensed places; {{capacity}} is not possible.',
    'group.care_type_has_contracts':
      'Group {{group}} has running or upcoming {{care}} contracts; its care type can change only once they have ended.',
    'group.capacity_below_contracts':
      '{{group}} {{weekday}} {{count}}/{{capacity}} from {{fromDate}}: more children have a contract then than there are licensed places.',
    'group.closed_edit': 'Group {{group}} is closed from {{closedFromDate}}; reopen it first.',
    'group.close_in_past': 'A group cannot be closed retroactively: {{closedFromDate}} is before today ({{todayDate}}).',
    'group.close_before_contracts_end':
      "Group {{group}} cannot close from {{closedFromDate}}: {{count}} contract(s) still run then, among them {{child}}'s. End them or transfer the children.",
    'group.close_has_shifts':
      'Group {{group}} cannot close from {{closedFromDate}}: {{count}} shift(s) are still rostered then, the first on {{firstDate}}.',
    'group.days_none': 'Group {{group}} runs on at least one day a week.',
    'group.days_outside_location': 'Group {{group}} cannot run on {{weekday}}: the location is closed then.',
    'group.days_have_contracts':
      'Group {{group}} cannot stop running on {{weekday}}: {{count}} child(ren) have a running or upcoming contract then. End or change those contracts first.',
    'placement.group_not_running': 'Group {{group}} does not run on {{weekday}}; choose days the group is open or another group.',
    'group.in_use': 'Group {{group}} has contracts, shifts or attendance and cannot be deleted; close it from a date.',
    'staff.unknown': 'This staff member does not exist (any more) at this location.',
    'staff.id_taken': 'A staff member with this id already exists.',
    'staff.external_id_taken': 'Staff number {{externalId}} already belongs to {{staff}}.',
    'staff.active_to_after_from': 'The last working day ({{activeToDate}}) is before the first ({{activeFromDate}}).',
    'staff.end_in_past': 'The last working day {{lastDayDate}} is in the past; today is {{todayDate}}.',
    'staff.end_has_shifts':
      '{{staff}} is still rostered {{count}} time(s) after the last working day ({{lastDayDate}}), first on {{firstDate}}; remove those shifts first.',
    'mentor.not_a_professional':
      '{{staff}} does not count as a professional for the ratio and so cannot be a mentor; choose a professional of the group.',
    'mentor.staff_ended': '{{staff}} no longer works at this location since {{lastDayDate}} and cannot be a mentor.',
    'staff.end_shifts_changed':
      "{{staff}}'s roster changed since the confirmation: {{count}} shift(s) are now rostered after the last working day ({{lastDayDate}}). Review the shifts and confirm again.",
    'staff.prk_after_shifts':
      '{{staff}} is rostered {{count}} time(s) before the PRK registration date {{registeredDate}}, first on {{firstDate}}; without registration in the Personenregister kinderopvang {{staff}} may not work then. Remove those shifts first or choose an earlier date.',
    'staff.active_from_after_shifts':
      '{{staff}} is rostered {{count}} time(s) before the first working day {{activeFromDate}}, first on {{firstDate}}. Remove those shifts first or choose an earlier date.',
    'staff.first_name_required': 'Enter the first name.',
    'staff.last_name_required': 'Enter the last name.',
    'staff.contract_hours': 'Contract hours per week are a number from 0 to {{max}}, e.g. 32 or 32.5; "{{hours}}" is not.',
    'staff.active_from_required': 'Enter the first working day at this location.',
    'staff.date_invalid': 'This is not a valid date.',
    'child.unknown': 'This child does not exist (any more) at this location.',
    'child.id_taken': 'A child with this id already exists.',
    'child.external_id_taken': 'Child number {{externalId}} already belongs to {{child}}.',
    'child.born_in_future': 'The date of birth {{dateOfBirthDate}} is after today ({{todayDate}}).',
    'child.guardian_with_authority': 'Record at least one parent or guardian with parental authority.',
    'child.guardian_ids': 'Two parents or guardians have the same id.',
    'child.phone':
      'The phone number "{{phone}}" of {{name}} is not valid: use 10 digits (06 12345678) or an international number (+31 6 12345678).',
    'child.email': 'The e-mail address "{{email}}" of {{name}} is not valid.',
    'child.assistant_contact_only':
      "As an assistant you can change parents' phone numbers and e-mail addresses, but not who is a parent or guardian or who has parental authority ({{name}}).",
    'child.first_name_required': 'Enter the first name.',
    'child.last_name_required': 'Enter the last name.',
    'child.date_of_birth_required': 'Enter the date of birth.',
    'child.external_id_length': 'A child number has at most {{max}} characters.',
    'child.person_name_required': 'Enter the name of every parent, guardian or contact.',
    'child.note_length': 'A note has at most {{max}} characters; this one has {{length}}.',
    'placement.age_reason_required': '{{child}} is outside the ages of group {{group}}: record why the child is placed here anyway.',
    'placement.choose_group': 'Choose a group.',
    'placement.choose_date': 'Choose a start date.',
    'placement.time_format': 'The time "{{time}}" is not valid: write hh:mm, e.g. 07:30.',
    'placement.bso_from_four':
      '{{child}} is not yet 4 on {{startDate}}: out-of-school care is possible from the 4th birthday ({{fourthBirthdayDate}}).',
    'placement.age_range':
      '{{child}} is {{ageMonths}} old on {{startDate}}; group {{group}} is for {{minMonths}} to {{maxMonths}}. Place the child here only with a recorded reason.',
    'placement.group_full':
      '{{group}} {{weekday}} {{count}}/{{capacity}} from {{fromDate}}: more children than licensed places. Choose another group (with consent), another start date or the waiting list.',
    'placement.group_closed': 'Group {{group}} is closed from {{closedFromDate}}; a contract cannot run there then.',
    'placement.change_before_start': 'The contract starts on {{startDate}}; a change cannot take effect earlier ({{effectiveDate}}).',
    'placement.change_after_end': 'The contract ends on {{endDate}}; a change cannot take effect later ({{effectiveDate}}).',
    'placement.change_nothing': 'The days and times are the same as the contract’s; nothing changes.',
  },
} satisfies Catalogue;

export type MasterDataRule = keyof (typeof masterDataMessages)['nl'];

const WEEKDAYS: Record<Lang, readonly string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS: Record<Lang, readonly [string, string]> = { nl: ['maand', 'maanden'], en: ['month', 'months'] };

function formatParam(key: string, value: string | number, lang: Lang): string | number {
  if (key === 'weekday') return WEEKDAYS[lang][Number(value) - 1] ?? value;
  if (/Date$/.test(key)) return formatDay(String(value), lang);
  if (/Months$/.test(key)) return `${value} ${MONTHS[lang][Number(value) === 1 ? 0 : 1]}`;
  if (/At$/.test(key)) return formatTime(Number(value));
  return value;
}

/** The sentence of `rule` in `lang`, its params formatted by name. Throws for an unknown rule. */
export function masterDataText(rule: string, params: Params = {}, lang: Lang = 'nl'): string {
  const formatted: Params = {};
  for (const [key, value] of Object.entries(params)) formatted[key] = formatParam(key, value, lang);
  return textOf(masterDataMessages, rule, formatted, lang);
}

/** The failure of `rule` with its Dutch sentence and raw params. */
export function masterDataFailure(rule: MasterDataRule, params: Params = {}): RuleFailure {
  return { ok: false, rule, message: masterDataText(rule, params), params };
}
