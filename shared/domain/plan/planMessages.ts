/**
 * Sentences of the children's-plan rules (placements, pickup persons, check-in/out), Dutch and
 * English, i18next `{{x}}` placeholders. Dates in the params are shown as `d-m-jjjj` (`showDate`),
 * times `HH:MM`; names as given. The rule id is the key: tests assert it, the UI shows the sentence.
 */
import type { Catalogue, Params } from '../../i18n/messages';
import { textOf } from '../../i18n/messages';
import { fail, type RuleFailure } from '../../result';
import type { LocalDate } from '../time/localDate';

export const planMessages = {
  nl: {
    'placement.end_after_start': 'De einddatum ({{endDate}}) ligt voor de ingangsdatum ({{startDate}}).',
    'placement.day_end_after_start': 'Op een contractdag ligt de eindtijd ({{end}}) niet na de begintijd ({{start}}).',
    'placement.days_overlap': 'Twee tijdvakken op dezelfde weekdag overlappen ({{first}} en {{second}}).',
    'placement.fixed_needs_days': 'Een vast contract heeft minstens één opvangdag.',
    'placement.unknown_group': 'Deze groep bestaat niet op deze locatie.',
    'placement.unknown_child': 'Dit kind bestaat niet op deze locatie.',
    'placement.unknown': 'Dit contract bestaat niet (meer).',
    'placement.id_taken': 'Er bestaat al een contract met dit id.',
    'placement.care_type_matches_group': 'Groep {{group}} is {{groupCare}}, het contract is {{care}}.',
    'placement.no_overlap':
      '{{child}} heeft al een contract in {{group}} ({{startDate}} – {{endDate}}); contracten van één kind mogen elkaar niet overlappen.',
    'placement.effective_date':
      'Een wijziging gaat in op een ingangsdatum (dag {{dayList}} van de maand); {{date}} is dat niet. De eerstvolgende is {{next}}.',
    'placement.end_date':
      'Een contract eindigt op de dag vóór een ingangsdatum (dag {{dayList}} van de maand), bijvoorbeeld {{suggestion}}; {{date}} kan niet.',
    'placement.end_date_kdv':
      'Een contract eindigt op de dag vóór een ingangsdatum (dag {{dayList}} van de maand), bijvoorbeeld {{suggestion}}, of op de laatste dag vóór de 4e verjaardag ({{lastKdvDay}}); {{date}} kan niet.',
    'placement.kdv_from_four': '{{child}} is op {{date}} al 4 jaar: dagopvang kan tot en met {{lastKdvDay}}.',
    'placement.transfer_same_group': '{{child}} zit in dit contract al in {{group}}.',
    'placement.transfer_outside_contract':
      'Een overplaatsing moet ingaan na de start en binnen de looptijd van het contract ({{startDate}} – {{endDate}}); {{date}} valt daarbuiten.',
    'placement.in_past': 'Een wijziging kan niet met terugwerkende kracht: {{date}} ligt voor vandaag ({{today}}).',
    'placement.end_in_past':
      'De laatste opvangdag {{date}} ligt in het verleden; een contract kan niet met terugwerkende kracht eindigen (vandaag is {{today}}).',
    'pickup_person.unknown_child': 'Dit kind bestaat niet op deze locatie.',
    'pickup_person.unknown': 'Deze ophaalpersoon bestaat niet (meer).',
    'pickup_person.other_child': 'Deze ophaalpersoon hoort bij een ander kind.',
    'pickup_person.phone':
      'Het telefoonnummer "{{phone}}" klopt niet: gebruik 10 cijfers (06 12345678) of een internationaal nummer (+31 6 12345678).',
    'pickup_person.too_many': 'Een kind heeft hooguit {{max}} ophaalpersonen.',
    'attendance.unknown_child': 'Dit kind bestaat niet op deze locatie.',
    'attendance.unknown_group': 'Deze groep bestaat niet op deze locatie.',
    'attendance.unknown': 'Deze registratie bestaat niet (meer).',
    'attendance.id_taken': 'Deze aanmelding is al opgeslagen.',
    'attendance.date_in_future': 'Aanwezigheid op {{date}} kan pas op die dag worden geregistreerd.',
    'attendance.time_in_future': 'Het is nu {{now}}: een tijd van vandaag kan niet later zijn ({{time}}).',
    'attendance.no_placement':
      '{{child}} heeft op {{date}} geen lopend contract op deze locatie; leg eerst een contract of extra dag vast voordat u het kind aanmeldt.',
    'attendance.already_present': '{{child}} is al aangemeld sinds {{checkIn}} en nog niet afgemeld.',
    'attendance.overlaps': '{{child}} was op {{date}} al aanwezig van {{from}} tot {{to}}; deze tijden overlappen daarmee.',
    'attendance.already_checked_out': '{{child}} is al afgemeld om {{checkOut}}; corrigeer de tijden als dat niet klopt.',
    'attendance.out_before_in': 'Het vertrek ({{checkOut}}) ligt voor de aankomst ({{checkIn}}).',
    'attendance.voided': 'Deze registratie is ongeldig gemaakt en kan niet meer worden gewijzigd.',
    'attendance.retention':
      'Aanwezigheidsregistraties worden minstens {{weeks}} weken bewaard: alleen registraties van vóór {{cutoff}} mogen weg.',
    'attendance.unplanned': 'Niet gepland op deze dag: controleer of er een ruildag of extra dag is afgesproken.',
    'attendance.other_group': 'Aangemeld in een andere groep dan volgens het contract ({{group}}).',
  },
  en: {
    'placement.end_after_start': 'The end date ({{endDate}}) is before the start date ({{startDate}}).',
    'placement.day_end_after_start': 'On a contracted day the end time ({{end}}) is not after the start time ({{start}}).',
    'placement.days_overlap': 'Two spans on the same weekday overlap ({{first}} and {{second}}).',
    'placement.fixed_needs_days': 'A fixed contract has at least one day of care.',
    'placement.unknown_group': 'This group does not exist at this location.',
    'placement.unknown_child': 'This child does not exist at this location.',
    'placement.unknown': 'This contract does not exist (any more).',
    'placement.id_taken': 'A contract with this id already exists.',
    'placement.care_type_matches_group': 'Group {{group}} is {{groupCare}}, the contract is {{care}}.',
    'placement.no_overlap':
      "{{child}} already has a contract in {{group}} ({{startDate}} – {{endDate}}); a child's contracts may not overlap.",
    'placement.effective_date':
      'A change takes effect on an effective date (day {{dayList}} of the month); {{date}} is not one. The next one is {{next}}.',
    'placement.end_date':
      'A contract ends on the day before an effective date (day {{dayList}} of the month), e.g. {{suggestion}}; {{date}} is not possible.',
    'placement.end_date_kdv':
      'A contract ends on the day before an effective date (day {{dayList}} of the month), e.g. {{suggestion}}, or on the last day before the 4th birthday ({{lastKdvDay}}); {{date}} is not possible.',
    'placement.kdv_from_four': '{{child}} is already 4 on {{date}}: day care is possible up to {{lastKdvDay}}.',
    'placement.transfer_same_group': '{{child}} is already in {{group}} under this contract.',
    'placement.transfer_outside_contract':
      'A transfer must take effect after the start and within the term of the contract ({{startDate}} – {{endDate}}); {{date}} is outside it.',
    'placement.in_past': 'A change cannot be backdated: {{date}} is before today ({{today}}).',
    'placement.end_in_past': 'The last day of care {{date}} is in the past; a contract cannot end retroactively (today is {{today}}).',
    'pickup_person.unknown_child': 'This child does not exist at this location.',
    'pickup_person.unknown': 'This pickup person does not exist (any more).',
    'pickup_person.other_child': 'This pickup person belongs to another child.',
    'pickup_person.phone':
      'The phone number "{{phone}}" is not valid: use 10 digits (06 12345678) or an international number (+31 6 12345678).',
    'pickup_person.too_many': 'A child has at most {{max}} pickup persons.',
    'attendance.unknown_child': 'This child does not exist at this location.',
    'attendance.unknown_group': 'This group does not exist at this location.',
    'attendance.unknown': 'This registration does not exist (any more).',
    'attendance.id_taken': 'This check-in has already been saved.',
    'attendance.date_in_future': 'Presence on {{date}} can only be registered on that day.',
    'attendance.time_in_future': 'It is {{now}} now: a time of today cannot be later ({{time}}).',
    'attendance.no_placement':
      '{{child}} has no running contract at this location on {{date}}; record a contract or an extra day before checking the child in.',
    'attendance.already_present': '{{child}} has been checked in since {{checkIn}} and not yet checked out.',
    'attendance.overlaps': '{{child}} was already present on {{date}} from {{from}} to {{to}}; these times overlap.',
    'attendance.already_checked_out': '{{child}} was already checked out at {{checkOut}}; correct the times if that is wrong.',
    'attendance.out_before_in': 'The departure ({{checkOut}}) is before the arrival ({{checkIn}}).',
    'attendance.voided': 'This registration was voided and can no longer be changed.',
    'attendance.retention':
      'Presence registrations are kept for at least {{weeks}} weeks: only registrations before {{cutoff}} may be removed.',
    'attendance.unplanned': 'Not planned on this day: check whether a swap or extra day was agreed.',
    'attendance.other_group': 'Checked in to another group than the contract says ({{group}}).',
  },
} satisfies Catalogue;

export type PlanRule = keyof (typeof planMessages)['nl'];

/** The failure of `rule` with its Dutch sentence. */
export function planFailure(rule: PlanRule, params: Params = {}): RuleFailure {
  return fail(rule, textOf(planMessages, rule, params), params);
}

/** `2026-12-01` -> `1-12-2026`: the Dutch numeric date, readable in both languages. */
export function showDate(date: LocalDate): string {
  return `${Number(date.slice(8, 10))}-${Number(date.slice(5, 7))}-${date.slice(0, 4)}`;
}
