/**
 * Sentences of the registration and follow-up rules (the `latePickup.*` mutators), Dutch and
 * English, i18next `{{x}}` placeholders. Times `HH:MM`, dates `YYYY-MM-DD` as given, amounts
 * as integer cents in the params (`amountCents` for `{{amount}}`), formatted for the reader with
 * `withAmounts` (./money). The pricing rules' sentences are in `./messages`.
 */
import type { Catalogue } from '../../i18n/messages';

export const latePickupRegistrationMessages = {
  nl: {
    'late_pickup.unknown_location': 'Deze locatie bestaat niet.',
    'late_pickup.unknown_child': 'Dit kind bestaat niet op deze locatie.',
    'late_pickup.unknown_group': 'Deze groep bestaat niet op deze locatie.',
    'late_pickup.unknown': 'Deze registratie bestaat niet (meer).',
    'late_pickup.id_taken': 'Deze registratie is al opgeslagen.',
    'late_pickup.date_in_future': 'De datum {{date}} ligt in de toekomst; registreer een te laat ophalen als het gebeurd is.',
    'late_pickup.time_in_future': 'Het is nu {{now}}: een ophaaltijd van vandaag kan niet later zijn ({{pickupTime}}).',
    'late_pickup.same_child_twice': '{{child}} staat twee keer in deze registratie.',
    'late_pickup.child_not_late': '{{child}}: {{reason}}',
    'late_pickup.plan_changed':
      'Het plan van {{child}} is gewijzigd: op {{date}} eindigt de opvang om {{planEnd}} in groep {{group}}. Vernieuw het formulier.',
    'late_pickup.already_registered': '{{child}} staat op {{date}} al geregistreerd als te laat opgehaald.',
    'late_pickup.already_disputed': 'Deze registratie is al betwist.',
    'late_pickup.already_confirmed': 'Deze registratie is al bevestigd.',
    'late_pickup.already_withdrawn': 'Deze registratie is al ingetrokken.',
    'late_pickup.not_disputed': 'Alleen een betwiste registratie kan worden bevestigd.',
    'late_pickup.correct_not_disputed': 'Alleen een betwiste registratie kan worden gecorrigeerd.',
    'late_pickup.correction_unchanged': 'De ophaaltijd is al {{pickupTime}}; een correctie geeft een andere tijd.',
    'late_pickup.not_structural':
      'Dit is geen structureel geval: het gesprek met de ouder(s) volgt vanaf de {{at}}e keer te laat in een kalenderjaar.',
    'late_pickup.conversation_in_future': 'Het gesprek kan niet na vandaag zijn gevoerd ({{date}}).',
    'late_pickup.no_fine': 'Bij deze registratie hoort geen boete.',
    'late_pickup.fine_disputed': 'De boete is betwist: bevestig de registratie of trek haar in voordat de boete naar de factuur gaat.',
    'late_pickup.fine_changed': 'Het bedrag is intussen {{amount}} (u zag {{seen}}): bekijk het opnieuw voordat u het bevestigt.',
    'late_pickup.fine_already_confirmed': 'Deze boete van {{amount}} is al bevestigd voor facturatie.',
    'late_pickup.no_letter': 'Bij deze registratie hoort geen brief: geen waarschuwing en geen boete.',
  },
  en: {
    'late_pickup.unknown_location': 'This location does not exist.',
    'late_pickup.unknown_child': 'This child does not exist at this location.',
    'late_pickup.unknown_group': 'This group does not exist at this location.',
    'late_pickup.unknown': 'This registration does not exist (any more).',
    'late_pickup.id_taken': 'This registration has already been saved.',
    'late_pickup.date_in_future': 'The date {{date}} is in the future; register a late pickup once it has happened.',
    'late_pickup.time_in_future': 'It is {{now}} now: a pickup time of today cannot be later ({{pickupTime}}).',
    'late_pickup.same_child_twice': '{{child}} appears twice in this registration.',
    'late_pickup.child_not_late': '{{child}}: {{reason}}',
    'late_pickup.plan_changed': "{{child}}'s plan has changed: on {{date}} care ends at {{planEnd}} in group {{group}}. Refresh the form.",
    'late_pickup.already_registered': '{{child}} is already registered as picked up late on {{date}}.',
    'late_pickup.already_disputed': 'This registration is already disputed.',
    'late_pickup.already_confirmed': 'This registration is already confirmed.',
    'late_pickup.already_withdrawn': 'This registration is already withdrawn.',
    'late_pickup.not_disputed': 'Only a disputed registration can be confirmed.',
    'late_pickup.correct_not_disputed': 'Only a disputed registration can be corrected.',
    'late_pickup.correction_unchanged': 'The pickup time is already {{pickupTime}}; a correction gives another time.',
    'late_pickup.not_structural':
      'This is not a structural case: the conversation with the parents follows from late pickup number {{at}} in a calendar year.',
    'late_pickup.conversation_in_future': 'The conversation cannot have taken place after today ({{date}}).',
    'late_pickup.no_fine': 'This registration has no fine.',
    'late_pickup.fine_disputed': 'The fine is disputed: confirm or withdraw the registration before the fine goes to the invoice.',
    'late_pickup.fine_changed': 'The amount is now {{amount}} (you saw {{seen}}): review it before confirming.',
    'late_pickup.fine_already_confirmed': 'This fine of {{amount}} is already confirmed for billing.',
    'late_pickup.no_letter': 'This registration calls for no letter: no warning and no fine.',
  },
} satisfies Catalogue;

export type LatePickupRegistrationRule = keyof (typeof latePickupRegistrationMessages)['nl'];
