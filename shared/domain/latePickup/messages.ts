/**
 * Sentences of the late-pickup rules, Dutch and English, i18next `{{x}}` placeholders. Times are
 * `HH:MM`, `count` is n, `units` the started hours or quarters. Amounts (`{{amount}}`,
 * `{{unitAmount}}`) come as integer cents in the params (`amountCents`, `unitAmountCents`) and are
 * formatted for the reader's language with `withAmounts` (./money).
 */
import type { Catalogue } from '../../i18n/messages';

export const latePickupMessages = {
  nl: {
    'late_pickup.not_late': 'Niet te laat: opgehaald om {{pickupTime}}; te laat is pas na {{lateAfter}} (einde opvang {{contractedEnd}}).',
    'late_pickup.registered': '{{count}}e keer te laat in {{year}}: geregistreerd; de medewerker legt de ophaalprocedure uit. Geen boete.',
    'late_pickup.registered_until_closing':
      '{{count}}e keer te laat in {{year}}: geregistreerd; de medewerker legt de ophaalprocedure uit. Tot sluitingstijd ({{closingTime}}) geen boete.',
    'late_pickup.warning': '{{count}}e keer te laat in {{year}}: de locatiemanager stuurt de ouder(s) een waarschuwing. Geen boete.',
    'late_pickup.warning_until_closing':
      '{{count}}e keer te laat in {{year}}: de locatiemanager stuurt de ouder(s) een waarschuwing. Tot sluitingstijd ({{closingTime}}) geen boete.',
    'late_pickup.flat_fine': '{{count}}e keer te laat in {{year}}: vaste boete van {{amount}}.',
    'late_pickup.flat_fine_none_before_closing':
      '{{count}}e keer te laat in {{year}}: geen vaste boete, want de opvang eindigde om {{contractedEnd}}, niet voor sluitingstijd ({{closingTime}}).',
    'late_pickup.per_started_hour':
      '{{count}}e keer te laat in {{year}}: {{units}} × {{unitAmount}} per begonnen uur te laat ({{from}}-{{to}}) = {{amount}}.',
    'late_pickup.per_started_hour_none_before_closing':
      '{{count}}e keer te laat in {{year}}: geen boete per begonnen uur, want de opvang eindigde om {{contractedEnd}}, niet voor sluitingstijd ({{closingTime}}).',
    'late_pickup.after_closing': 'Na sluitingstijd: {{units}} × {{unitAmount}} per begonnen kwartier ({{from}}-{{to}}) = {{amount}}.',
    'late_pickup.after_closing_not_yet':
      'Na sluitingstijd ({{from}}-{{to}}): geen kwartiertarief; dat geldt vanaf de {{fromCount}}e keer in een kalenderjaar.',
    'late_pickup.structural_case':
      'Structureel: {{count}}e keer te laat in {{year}}. Plan een gesprek met de ouder(s) en leg de uitkomst vast.',
    'late_pickup.withdrawn': 'Ingetrokken: telt niet mee en kost niets.',
    'late_pickup.disputed_pending': 'Betwist: telt pas mee als de registratie wordt bevestigd.',
    'late_pickup.disputed_held':
      'Betwist: telt mee tot de registratie wordt ingetrokken; de boete gaat pas naar de factuur na bevestiging.',
    'late_pickup.disputed_counts': 'Betwist: telt mee tot de registratie wordt ingetrokken.',
  },
  en: {
    'late_pickup.not_late': 'Not late: picked up at {{pickupTime}}; late only after {{lateAfter}} (care ends at {{contractedEnd}}).',
    'late_pickup.registered': 'Late pickup number {{count}} in {{year}}: registered; staff explain the pickup procedure. No fine.',
    'late_pickup.registered_until_closing':
      'Late pickup number {{count}} in {{year}}: registered; staff explain the pickup procedure. No fine up to closing time ({{closingTime}}).',
    'late_pickup.warning': 'Late pickup number {{count}} in {{year}}: the location manager sends the parents a warning. No fine.',
    'late_pickup.warning_until_closing':
      'Late pickup number {{count}} in {{year}}: the location manager sends the parents a warning. No fine up to closing time ({{closingTime}}).',
    'late_pickup.flat_fine': 'Late pickup number {{count}} in {{year}}: flat fine of {{amount}}.',
    'late_pickup.flat_fine_none_before_closing':
      'Late pickup number {{count}} in {{year}}: no flat fine, as care ended at {{contractedEnd}}, not before closing time ({{closingTime}}).',
    'late_pickup.per_started_hour':
      'Late pickup number {{count}} in {{year}}: {{units}} × {{unitAmount}} per started hour late ({{from}}-{{to}}) = {{amount}}.',
    'late_pickup.per_started_hour_none_before_closing':
      'Late pickup number {{count}} in {{year}}: no fine per started hour, as care ended at {{contractedEnd}}, not before closing time ({{closingTime}}).',
    'late_pickup.after_closing': 'After closing time: {{units}} × {{unitAmount}} per started quarter hour ({{from}}-{{to}}) = {{amount}}.',
    'late_pickup.after_closing_not_yet':
      'After closing time ({{from}}-{{to}}): no quarter-hour rate; it applies from late pickup number {{fromCount}} in a calendar year.',
    'late_pickup.structural_case':
      'Structural: late pickup number {{count}} in {{year}}. Plan a conversation with the parents and record the outcome.',
    'late_pickup.withdrawn': 'Withdrawn: does not count and costs nothing.',
    'late_pickup.disputed_pending': 'Disputed: counts only once the registration is confirmed.',
    'late_pickup.disputed_held': 'Disputed: counts until the registration is withdrawn; the fine goes to the invoice only once confirmed.',
    'late_pickup.disputed_counts': 'Disputed: counts until the registration is withdrawn.',
  },
} satisfies Catalogue;
