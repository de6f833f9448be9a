/**
 * Sentences of the request rules, the credit outcomes and the parent messages, Dutch and
 * English, i18next `{{x}}` placeholders.
 *
 * Params hold raw values (dates `YYYY-MM-DD`, instants ISO, counts as numbers); render them with
 * `requestText` (requestText.ts), which formats them per language by the param's name:
 * `…Date` a local date (`do 3 dec`), `…At` an instant (`do 3 dec 10:00`), `days`/`…Days` a
 * day count (`9 dagen`, `1 dag`), `hours`/`…Hours` hours (`8,5 uur`), `…Months` a month count,
 * `…Month` a `YYYY-MM` month (`december 2026`), `monthList` month numbers (`juli en augustus`),
 * `…Cents` integer cents as money (`€ 22,00`), `…DayKind` a BSO day kind, `…Kind`/`kind` a request kind, `…Status`/`status` a status,
 * `action` a state-machine action, `closure`/`holiday` a calendar message id. Times are `HH:MM`.
 */
import type { Catalogue } from '../../i18n/messages';

export const requestMessages = {
  nl: {
    // Words used inside sentences.
    'request.kind.absence': 'afwezigheid',
    'request.kind.swapDay': 'ruildag',
    'request.kind.extraDay': 'extra opvang',
    'request.kind.flexDay': 'flexopvang',
    'request.kind.extension': 'verlenging',
    'request.kind.schoolClosureDay': 'opvang op een sluitingsdag van school',
    'request.status.submitted': 'ingediend',
    'request.status.approved': 'goedgekeurd',
    'request.status.rejected': 'afgewezen',
    'request.status.cancelled': 'geannuleerd',
    'request.status.expired': 'vervallen',
    'request.status.revoked': 'ingetrokken',
    'request.action.approve': 'goedkeuren',
    'request.action.reject': 'afwijzen',
    'request.action.cancel': 'annuleren',
    'request.action.expire': 'laten vervallen',
    'request.action.revoke': 'intrekken',
    'request.action.hubAccept': 'bevestigen door de centrale server',
    'request.action.hubConflict': 'terugzetten na een conflict',
    'request.action.parentConfirm': 'bevestigen door de ouder',
    'request.bso_day.school': 'schooldag',
    'request.bso_day.holiday': 'vakantiedag',

    // Rules for every kind.
    'request.expired': 'Vervallen: er moest uiterlijk {{expiresAt}} over beslist zijn (nu {{checkedAt}}).',
    'request.day_passed': '{{dayDate}} is al voorbij (nu {{checkedAt}}).',
    'request.closed_day': 'De locatie is dicht op {{dayDate}} ({{closure}}).',
    'request.outside_opening_hours': 'Gevraagd {{start}}-{{end}}; de locatie is open van {{opening}} tot {{closing}}.',
    'request.no_placement': 'Het kind heeft op {{dayDate}} geen contract bij deze opvang.',
    'request.already_in_care': 'Op {{dayDate}} heeft het kind al opvang volgens het contract ({{start}}-{{end}}).',
    'request.duplicate': 'Voor {{dayDate}} is er al een aanvraag voor {{otherKind}} ({{otherStatus}}).',
    'request.already_decided': 'Deze aanvraag is al {{status}}; de eerste beslissing blijft staan.',
    'request.invalid_transition': 'Kan niet: {{action}} bij een aanvraag die {{status}} is.',
    'request.not_yet_expired': 'De aanvraag vervalt pas {{expiresAt}}.',
    'request.no_expiry': 'Deze aanvraag heeft geen vervalmoment.',
    'request.out_of_order_needs_reason':
      'Er wacht een eerdere aanvraag voor dezelfde dag en groep; goedkeuren buiten de volgorde kan alleen met een reden.',
    'request.reason_needs_text': 'Geef een toelichting bij deze reden.',
    'request.reason_needs_rule': 'Noem de regel waar de aanvraag niet aan voldoet.',
    'request.revoke_manager_only': 'Alleen de locatiemanager kan een goedkeuring intrekken.',
    'request.needs_other_group_consent':
      'Opvang in een andere groep dan de eigen groep kan alleen met toestemming van de ouder, en die is niet vastgelegd.',

    // Swap day (ruildag).
    'swap.min_days_before': 'Aangevraagd {{days}} voor de ruildag; dat moet minstens {{minDays}} zijn.',
    'swap.max_days_before': 'Aangevraagd {{days}} voor de ruildag; dat mag hoogstens {{maxDays}} zijn.',
    'swap.max_days_between':
      'Tussen de ingeleverde dag ({{originalDate}}) en de ruildag ({{swapDate}}) zitten {{days}}; dat mag hoogstens {{maxDays}} zijn.',
    'swap.not_more_hours':
      'De ruildag duurt {{askedHours}}, de ingeleverde dag {{originalHours}}; een ruildag mag niet langer zijn dan de dag die u inlevert.',
    'swap.same_care_type':
      'De ingeleverde dag is {{originalCareType}}, de ruildag {{swapCareType}}; ruilen kan alleen binnen dezelfde opvangsoort.',
    'swap.same_year':
      'De ingeleverde dag ({{originalDate}} {{originalYear}}) en de ruildag ({{swapDate}} {{swapYear}}) liggen in verschillende jaren; ruilen kan alleen binnen een kalenderjaar.',
    'swap.before_contract_end': 'De ruildag ({{swapDate}}) ligt na de einddatum van het contract ({{endDate}}).',
    'swap.bso_day_kind':
      'De ingeleverde dag is een {{originalDayKind}}, de ruildag een {{swapDayKind}}; bij de BSO ruilt een schooldag alleen tegen een schooldag en een vakantiedag alleen tegen een vakantiedag.',
    'swap.public_holiday': '{{dayDate}} is een feestdag ({{holiday}}); feestdagen kunnen niet geruild worden.',
    'swap.reported_ill': 'Het kind was ziek gemeld op {{originalDate}}; een ziektedag kan niet geruild worden.',
    'swap.other_child': 'De ingeleverde dag is van {{otherChild}}; een dag van een ander kind uit het gezin kan niet geruild worden.',
    'swap.summer_blackout': '{{dayDate}} valt in de zomerstop ({{monthList}}); dan kan er niet geruild worden.',
    'swap.after_the_fact': 'Aangevraagd op {{submittedDate}}, niet vóór de ruildag ({{swapDate}}); een ruildag vraagt u altijd vooraf aan.',
    'swap.original_before_swap_needs_absence':
      'De ingeleverde dag ({{originalDate}}) ligt vóór de ruildag; dat kan alleen als de afwezigheid vóór die dag gemeld was, en dat is niet zo.',
    'swap.study_day_manager_only': '{{originalDate}} is de studiedag; die ruilt alleen de locatiemanager.',
    'swap.original_not_contracted': 'Op {{originalDate}} heeft het kind geen contractdag om in te leveren.',
    'swap.original_already_swapped': '{{originalDate}} is al ingeleverd voor een andere ruildag ({{otherSwapDate}}).',
    'swap.original_credit_spent':
      'De afwezigheid op {{originalDate}} leverde ruil- en inhaaluren op, en daarvan is al {{spentHours}} gebruikt; een dag wordt maar één keer gecompenseerd, dus die dag kan niet ook geruild worden.',

    // Extra day (extra opvang).
    'extra.standard_times': 'Gevraagd {{start}}-{{end}}; extra opvang kan alleen op de standaardtijden: {{allowed}}.',
    'extra.structural':
      'Extra opvang in {{runMonths}} achter elkaar ({{fromMonth}} t/m {{toMonth}}) is structureel; pas daarvoor het contract aan.',
    'extra.structural_recurring': 'Extra opvang die steeds terugkomt is structureel; pas daarvoor het contract aan.',
    'extra.payment_no_mixing':
      'Er staat {{balanceHours}} aan ruil- en inhaaluren open; de extra opvang kost {{askedHours}}. Deels uit uren en deels op factuur betalen kan niet: kies betalen op factuur.',

    // Flexible day (flexopvang).
    'flex.kdv_only': 'Flexopvang is er alleen voor de dagopvang (KDV), niet voor de BSO.',
    'flex.no_flex_contract': 'Het kind heeft op {{dayDate}} geen flexcontract.',
    'flex.min_days_before_month':
      'Aangevraagd op {{submittedDate}}; flexopvang voor {{dayMonth}} moet minstens {{minDays}} vóór de eerste dag van de maand zijn aangevraagd, dus uiterlijk {{deadlineDate}}.',
    'flex.min_months_before_month':
      'Aangevraagd op {{submittedDate}}; flexopvang voor {{dayMonth}} moet minstens {{minMonths}} vóór de eerste dag van de maand zijn aangevraagd, dus uiterlijk {{deadlineDate}}.',
    'flex.budget': 'Gevraagd {{askedHours}}; in het flexbudget van kwartaal {{quarter}} van {{year}} staat nog {{balanceHours}}.',
    'flex.needs_other_group_consent':
      'Flexopvang kan in een andere groep vallen; daarvoor is toestemming van de ouder nodig, en die is niet vastgelegd.',

    // Extension (verlenging).
    'extension.no_care_day': 'Op {{dayDate}} heeft het kind geen opvang om te verlengen.',
    'extension.not_longer':
      'Gevraagd {{start}}-{{end}}; een verlenging omvat de huidige tijden ({{currentStart}}-{{currentEnd}}) en duurt langer.',
    'extension.whole_hours':
      'Verlengen kan alleen per {{unitMinutes}} minuten (hele uren): gevraagd is {{earlierMinutes}} minuten eerder en {{laterMinutes}} minuten later.',
    'extension.min_days_before': 'Aangevraagd {{days}} voor de dag; dat moet minstens {{minDays}} zijn.',

    // School closure day (extra sluitingsdag).
    'school_closure.min_days_before': 'Aangevraagd {{days}} voor de sluitingsdag; dat moet minstens {{minDays}} zijn.',
    'school_closure.bso_only': 'Opvang op een sluitingsdag van school is er alleen voor de BSO.',
    'school_closure.in_holiday': '{{dayDate}} valt in de {{holidayName}}; dat is een gewone vakantiedag: vraag extra opvang aan.',
    'school_closure.below_threshold':
      'Voor {{dayDate}} zijn {{registered}} kinderen aangemeld; de BSO gaat open vanaf {{threshold}} kinderen.',

    // Absence (afwezigheid).
    'absence.no_care_day': 'Van {{fromDate}} tot en met {{toDate}} heeft het kind geen contractdagen.',
    'absence.after_contract_end': '{{toDate}} ligt na de laatste contractdag ({{endDate}}); afwezigheid kan tot en met die dag.',

    // Cancellation by the parent.
    'cancel.min_days_before': 'Annuleren kan tot {{minDays}} voor de dag; het is nu nog {{days}} tot {{dayDate}}.',
    'cancel.too_late': 'Annuleren kan uiterlijk de dag vóór {{dayDate}}.',
    'cancel.absence_final':
      'Een afwezigheidsmelding kan niet worden ingetrokken: het recht op opvang die dag is vervallen. Vraag zo nodig een ruildag of extra opvang aan.',

    // The what-if at decision time, and who may decide (mutators: shared/mutators/request.ts).
    'request.group_full':
      'De groep {{group}} is vol van {{from}} tot {{to}}: met dit kind erbij {{children}} kinderen op {{capacity}} plaatsen.',
    'request.ratio_does_not_fit': 'Met dit kind erbij klopt de beroepskracht-kindratio in {{group}} niet van {{from}} tot {{to}}.',
    'request.ratio_already_short': 'De beroepskracht-kindratio in {{group}} klopt van {{from}} tot {{to}} al niet, ook zonder dit kind.',
    'request.out_of_order_manager_only':
      'Er wacht een eerdere aanvraag voor dezelfde dag en groep; goedkeuren buiten de volgorde is een uitzondering voor de locatiemanager.',
    'request.late_manager_only': 'De opvang begint binnen {{lateHours}}; zo laat goedkeuren is een uitzondering voor de locatiemanager.',
    'request.unknown': 'Deze aanvraag bestaat niet (meer).',
    'request.unknown_child': 'Dit kind is onbekend op deze locatie.',
    'request.unknown_group': 'Deze groep is onbekend op deze locatie.',
    'request.id_taken': 'Er bestaat al een aanvraag met dit kenmerk.',
    'request.submitted_in_future': 'Het tijdstip van binnenkomst ({{submittedAt}}) ligt na nu ({{checkedAt}}).',
    'request.portal_only': 'Alleen het ouderportaal dient aanvragen in als ouder.',
    'request.staff_only': 'Een ouder kan dit niet via het portaal doen.',
    'request.task_unknown': 'Deze taak bestaat niet (meer).',
    'request.task_done': 'Deze taak is al afgerond.',
    'request.unknown_location': 'Deze locatie bestaat niet.',
    'school_closure.threshold_manager_only': 'Alleen de locatiemanager stelt in vanaf hoeveel kinderen de BSO opengaat.',
    'school_closure.threshold_day_passed': '{{dayDate}} is al voorbij; de drempel voor die dag ligt vast.',
    'flex.quarter_not_ended': 'Kwartaal {{quarter}} van {{year}} loopt tot en met {{endDate}}; afsluiten kan vanaf de dag erna.',
    'flex.close.carried_out':
      'Kwartaal {{quarter}} van {{year}} afgesloten: {{carriedHours}} meegenomen naar het volgende kwartaal (afgewezen wegens personeelstekort).',
    'flex.close.carried_in': 'Meegenomen uit kwartaal {{quarter}} van {{year}}: {{carriedHours}}.',
    'flex.close.expired': 'Kwartaal {{quarter}} van {{year}} afgesloten: {{expiredHours}} niet gebruikt en vervallen.',

    // Swap and make-up hours (ruil- en inhaaluren).
    'credit.planned_absence':
      'Afwezigheid op {{dayDate}}, {{aheadHours}} vooraf gemeld: {{creditHours}} ruil- en inhaaluren, geldig tot en met {{validUntilDate}}.',
    'credit.location_initiated':
      'Afwezigheid op {{dayDate}} op verzoek van de locatie: {{creditHours}} ruil- en inhaaluren, geldig tot en met {{validUntilDate}}.',
    'credit.too_late':
      'Afwezigheid op {{dayDate}}, {{aheadHours}} vooraf gemeld; uren krijgt u alleen bij een melding minstens {{minHours}} vooraf.',
    'credit.illness': 'Ziekmelding voor {{dayDate}}: ziekte levert geen ruil- en inhaaluren op.',
    'credit.public_holiday': '{{dayDate}} is een feestdag ({{holiday}}): feestdagen leveren geen uren op.',
    'credit.closed_day': 'De locatie is dicht op {{dayDate}} ({{closure}}): dat levert geen uren op.',
    'credit.no_care_day': 'Op {{dayDate}} heeft het kind geen contractdag: dat levert geen uren op.',

    // What the parent receives.
    'parent.subject.absence_day': 'de afwezigheid van {{child}} op {{fromDate}}',
    'parent.subject.absence_period': 'de afwezigheid van {{child}} van {{fromDate}} tot en met {{toDate}}',
    'parent.subject.swapDay': 'een ruildag voor {{child}} op {{dayDate}} van {{start}} tot {{end}}, in plaats van {{originalDate}}',
    'parent.subject.extraDay': 'extra opvang voor {{child}} op {{dayDate}} van {{start}} tot {{end}}',
    'parent.subject.flexDay': 'flexopvang voor {{child}} op {{dayDate}} van {{start}} tot {{end}}',
    'parent.subject.extension': 'een verlenging voor {{child}} op {{dayDate}} ({{start}}-{{end}})',
    'parent.subject.schoolClosureDay': 'opvang op de sluitingsdag van school voor {{child}} op {{dayDate}} van {{start}} tot {{end}}',
    'parent.received': 'We hebben uw aanvraag voor {{subject}} ontvangen. Is er niet vóór {{expiresAt}} over beslist, dan vervalt ze.',
    'parent.approved': 'Uw aanvraag voor {{subject}} is goedgekeurd.',
    'parent.absence_registered': 'We hebben {{subject}} geregistreerd.',
    'parent.approved_other_group': '{{child}} wordt die dag opgevangen in groep {{group}}.',
    'parent.approved_split': 'Betaling: {{fromCreditHours}} uit uw tegoed, {{invoiceHours}} op de factuur ({{invoiceCents}}).',
    'parent.approved_credit_taken_back':
      'U ruilt {{originalDate}}: de {{creditHours}} tegoed die de afwezigheid op die dag opleverde, vervalt.',
    'parent.approved_confirm':
      'Omdat de opvang binnen {{lateHours}} begint, vragen we u te bevestigen dat u de opvang nog nodig heeft; pas dan is de goedkeuring definitief.',
    'parent.rejected': 'Uw aanvraag voor {{subject}} is afgewezen.',
    'parent.reason.staff_shortage': 'Er is die dag te weinig personeel (personeelstekort).',
    'parent.reason.group_full': 'De groep is die dag vol.',
    'parent.reason.outside_rules': 'De aanvraag past niet in de regels:',
    'parent.reason.structural_extra_care': 'Het gaat om structurele extra opvang; we adviseren u het contract aan te passen.',
    'parent.reason.other': '{{note}}',
    'parent.note': 'Toelichting: {{note}}',
    'parent.flex_carry_over':
      'De uren van deze aanvraag vervallen niet aan het eind van het kwartaal: ze gaan mee naar het volgende kwartaal.',
    'parent.expired':
      'Uw aanvraag voor {{subject}} is vervallen: er is niet vóór {{expiresAt}} over beslist. U kunt dus iets anders regelen.',
    'parent.revoked': 'De goedkeuring van uw aanvraag voor {{subject}} is ingetrokken. Reden: {{reason}}. We bellen u hierover.',
    'parent.revoked_hours': 'De uren die u ervoor gebruikte, krijgt u terug.',
    'parent.cancelled': 'Uw aanvraag voor {{subject}} is geannuleerd.',
    'parent.revoked_invoice': 'Wat hiervoor op uw factuur staat of zou komen, wordt gecrediteerd: u betaalt er niets voor.',
  },
  en: {
    'request.kind.absence': 'absence',
    'request.kind.swapDay': 'swap day',
    'request.kind.extraDay': 'extra day',
    'request.kind.flexDay': 'flexible day',
    'request.kind.extension': 'extension',
    'request.kind.schoolClosureDay': 'care on a school closure day',
    'request.status.submitted': 'submitted',
    'request.status.approved': 'approved',
    'request.status.rejected': 'rejected',
    'request.status.cancelled': 'cancelled',
    'request.status.expired': 'expired',
    'request.status.revoked': 'revoked',
    'request.action.approve': 'approve',
    'request.action.reject': 'reject',
    'request.action.cancel': 'cancel',
    'request.action.expire': 'expire',
    'request.action.revoke': 'revoke',
    'request.action.hubAccept': 'confirmation by the central server',
    'request.action.hubConflict': 'return after a conflict',
    'request.action.parentConfirm': 'confirmation by the parent',
    'request.bso_day.school': 'school day',
    'request.bso_day.holiday': 'holiday day',

    'request.expired': 'Expired: it had to be decided by {{expiresAt}} (now {{checkedAt}}).',
    'request.day_passed': '{{dayDate}} has already passed (now {{checkedAt}}).',
    'request.closed_day': 'The location is closed on {{dayDate}} ({{closure}}).',
    'request.outside_opening_hours': 'Asked {{start}}-{{end}}; the location is open from {{opening}} to {{closing}}.',
    'request.no_placement': 'The child has no contract with this childcare on {{dayDate}}.',
    'request.already_in_care': 'On {{dayDate}} the child already has contracted care ({{start}}-{{end}}).',
    'request.duplicate': 'There already is a request for {{otherKind}} on {{dayDate}} ({{otherStatus}}).',
    'request.already_decided': 'This request is already {{status}}; the first decision stands.',
    'request.invalid_transition': 'Not possible: {{action}} a request that is {{status}}.',
    'request.not_yet_expired': 'The request expires only at {{expiresAt}}.',
    'request.no_expiry': 'This request has no expiry moment.',
    'request.out_of_order_needs_reason': 'An earlier request for the same day and group is waiting; approving out of order needs a reason.',
    'request.reason_needs_text': 'Give an explanation with this reason.',
    'request.reason_needs_rule': 'Name the rule the request does not meet.',
    'request.revoke_manager_only': 'Only the location manager can revoke an approval.',
    'request.needs_other_group_consent': 'Care in another group than the home group needs the parent’s consent, and none is recorded.',

    'swap.min_days_before': 'Requested {{days}} before the swap day; the minimum is {{minDays}}.',
    'swap.max_days_before': 'Requested {{days}} before the swap day; the maximum is {{maxDays}}.',
    'swap.max_days_between':
      'There are {{days}} between the day given up ({{originalDate}}) and the swap day ({{swapDate}}); the maximum is {{maxDays}}.',
    'swap.not_more_hours':
      'The swap day lasts {{askedHours}}, the day given up {{originalHours}}; a swap day may not be longer than the day given up.',
    'swap.same_care_type': 'The day given up is {{originalCareType}}, the swap day {{swapCareType}}; swaps stay within one care type.',
    'swap.same_year':
      'The day given up ({{originalDate}} {{originalYear}}) and the swap day ({{swapDate}} {{swapYear}}) are in different years; swaps stay within one calendar year.',
    'swap.before_contract_end': 'The swap day ({{swapDate}}) is after the contract’s end date ({{endDate}}).',
    'swap.bso_day_kind':
      'The day given up is a {{originalDayKind}}, the swap day a {{swapDayKind}}; in BSO a school day swaps only for a school day and a holiday day only for a holiday day.',
    'swap.public_holiday': '{{dayDate}} is a public holiday ({{holiday}}); public holidays cannot be swapped.',
    'swap.reported_ill': 'The child was reported ill on {{originalDate}}; a day of illness cannot be swapped.',
    'swap.other_child': 'The day given up belongs to {{otherChild}}; a day of another child in the family cannot be swapped.',
    'swap.summer_blackout': '{{dayDate}} is in the summer blackout ({{monthList}}); no swaps then.',
    'swap.after_the_fact':
      'Requested on {{submittedDate}}, not before the swap day ({{swapDate}}); a swap day is always requested in advance.',
    'swap.original_before_swap_needs_absence':
      'The day given up ({{originalDate}}) is before the swap day; that is only possible when the absence was reported before that day, and it was not.',
    'swap.study_day_manager_only': '{{originalDate}} is the study day; only the location manager swaps it.',
    'swap.original_not_contracted': 'On {{originalDate}} the child has no contracted day to give up.',
    'swap.original_already_swapped': '{{originalDate}} has already been given up for another swap day ({{otherSwapDate}}).',
    'swap.original_credit_spent':
      'The absence on {{originalDate}} earned swap and make-up hours, and {{spentHours}} of them have been used; a day is compensated only once, so it cannot also be swapped.',

    'extra.standard_times': 'Asked {{start}}-{{end}}; extra days are only possible at the standard times: {{allowed}}.',
    'extra.structural': 'Extra days in {{runMonths}} in a row ({{fromMonth}} to {{toMonth}}) are structural; change the contract instead.',
    'extra.structural_recurring': 'A recurring extra day is structural; change the contract instead.',
    'extra.payment_no_mixing':
      'There are {{balanceHours}} of swap and make-up hours; the extra day costs {{askedHours}}. Paying partly from hours and partly by invoice is not possible: choose invoice.',

    'flex.kdv_only': 'Flexible care is for day care (KDV) only, not for BSO.',
    'flex.no_flex_contract': 'The child has no flex contract on {{dayDate}}.',
    'flex.min_days_before_month':
      'Requested on {{submittedDate}}; flexible care for {{dayMonth}} must be requested at least {{minDays}} before the first day of the month, so by {{deadlineDate}}.',
    'flex.min_months_before_month':
      'Requested on {{submittedDate}}; flexible care for {{dayMonth}} must be requested at least {{minMonths}} before the first day of the month, so by {{deadlineDate}}.',
    'flex.budget': 'Asked {{askedHours}}; the flex budget of quarter {{quarter}} of {{year}} has {{balanceHours}} left.',
    'flex.needs_other_group_consent': 'Flexible care may be in another group; that needs the parent’s consent, and none is recorded.',

    'extension.no_care_day': 'On {{dayDate}} the child has no care to extend.',
    'extension.not_longer':
      'Asked {{start}}-{{end}}; an extension includes the current times ({{currentStart}}-{{currentEnd}}) and is longer.',
    'extension.whole_hours':
      'Extensions come in units of {{unitMinutes}} minutes (whole hours): asked are {{earlierMinutes}} minutes earlier and {{laterMinutes}} minutes later.',
    'extension.min_days_before': 'Requested {{days}} before the day; the minimum is {{minDays}}.',

    'school_closure.min_days_before': 'Requested {{days}} before the school closure day; the minimum is {{minDays}}.',
    'school_closure.bso_only': 'Care on a school closure day is for BSO only.',
    'school_closure.in_holiday': '{{dayDate}} falls in the {{holidayName}}; that is an ordinary holiday day: request an extra day.',
    'school_closure.below_threshold': '{{registered}} children are registered for {{dayDate}}; BSO opens from {{threshold}} children.',

    'absence.no_care_day': 'From {{fromDate}} to {{toDate}} the child has no contracted days.',
    'absence.after_contract_end': '{{toDate}} is after the last contracted day ({{endDate}}); absences can be reported up to that day.',

    'cancel.min_days_before': 'Cancelling is possible until {{minDays}} before the day; {{days}} are left until {{dayDate}}.',
    'cancel.too_late': 'Cancelling is possible until the day before {{dayDate}}.',
    'cancel.absence_final':
      'An absence cannot be withdrawn: the right to care that day is forfeited. Request a swap day or an extra day if needed.',

    'request.group_full': 'Group {{group}} is full from {{from}} to {{to}}: with this child {{children}} children for {{capacity}} places.',
    'request.ratio_does_not_fit': 'With this child the staff-to-child ratio in {{group}} does not hold from {{from}} to {{to}}.',
    'request.ratio_already_short':
      'The staff-to-child ratio in {{group}} already does not hold from {{from}} to {{to}}, even without this child.',
    'request.out_of_order_manager_only':
      'An earlier request for the same day and group is waiting; approving out of order is an exception for the location manager.',
    'request.late_manager_only': 'Care starts within {{lateHours}}; approving this late is an exception for the location manager.',
    'request.unknown': 'This request does not exist (any more).',
    'request.unknown_child': 'This child is not known at this location.',
    'request.unknown_group': 'This group is not known at this location.',
    'request.id_taken': 'A request with this reference already exists.',
    'request.submitted_in_future': 'The arrival time ({{submittedAt}}) is later than now ({{checkedAt}}).',
    'request.portal_only': 'Only the parent portal submits requests as a parent.',
    'request.staff_only': 'A parent cannot do this through the portal.',
    'request.task_unknown': 'This task does not exist (any more).',
    'request.task_done': 'This task is already done.',
    'request.unknown_location': 'This location does not exist.',
    'school_closure.threshold_manager_only': 'Only the location manager sets from how many children the BSO opens.',
    'school_closure.threshold_day_passed': '{{dayDate}} has passed; the threshold for that day is settled.',
    'flex.quarter_not_ended': 'Quarter {{quarter}} of {{year}} runs until {{endDate}}; it can be closed from the day after.',
    'flex.close.carried_out':
      'Quarter {{quarter}} of {{year}} closed: {{carriedHours}} carried to the next quarter (rejected for staff shortage).',
    'flex.close.carried_in': 'Carried over from quarter {{quarter}} of {{year}}: {{carriedHours}}.',
    'flex.close.expired': 'Quarter {{quarter}} of {{year}} closed: {{expiredHours}} unused and expired.',

    'credit.planned_absence':
      'Absence on {{dayDate}}, reported {{aheadHours}} ahead: {{creditHours}} of swap and make-up hours, valid until {{validUntilDate}}.',
    'credit.location_initiated':
      'Absence on {{dayDate}} at the location’s request: {{creditHours}} of swap and make-up hours, valid until {{validUntilDate}}.',
    'credit.too_late':
      'Absence on {{dayDate}}, reported {{aheadHours}} ahead; hours are earned only when reported at least {{minHours}} ahead.',
    'credit.illness': 'Illness on {{dayDate}}: illness earns no swap and make-up hours.',
    'credit.public_holiday': '{{dayDate}} is a public holiday ({{holiday}}): public holidays earn no hours.',
    'credit.closed_day': 'The location is closed on {{dayDate}} ({{closure}}): no hours.',
    'credit.no_care_day': 'On {{dayDate}} the child has no contracted day: no hours.',

    'parent.subject.absence_day': 'the absence of {{child}} on {{fromDate}}',
    'parent.subject.absence_period': 'the absence of {{child}} from {{fromDate}} to {{toDate}}',
    'parent.subject.swapDay': 'a swap day for {{child}} on {{dayDate}} from {{start}} to {{end}}, instead of {{originalDate}}',
    'parent.subject.extraDay': 'an extra day for {{child}} on {{dayDate}} from {{start}} to {{end}}',
    'parent.subject.flexDay': 'flexible care for {{child}} on {{dayDate}} from {{start}} to {{end}}',
    'parent.subject.extension': 'an extension for {{child}} on {{dayDate}} ({{start}}-{{end}})',
    'parent.subject.schoolClosureDay': 'care on the school closure day for {{child}} on {{dayDate}} from {{start}} to {{end}}',
    'parent.received': 'We have received your request for {{subject}}. If it is not decided before {{expiresAt}}, it expires.',
    'parent.approved': 'Your request for {{subject}} is approved.',
    'parent.absence_registered': 'We have registered {{subject}}.',
    'parent.approved_other_group': '{{child}} will be cared for in group {{group}} that day.',
    'parent.approved_split': 'Payment: {{fromCreditHours}} from your credit, {{invoiceHours}} on the invoice ({{invoiceCents}}).',
    'parent.approved_credit_taken_back': 'You swap {{originalDate}}: the {{creditHours}} of credit the absence on that day earned lapse.',
    'parent.approved_confirm':
      'Because care starts within {{lateHours}}, please confirm that you still need it; only then is the approval final.',
    'parent.rejected': 'Your request for {{subject}} is rejected.',
    'parent.reason.staff_shortage': 'There are not enough staff that day (staff shortage).',
    'parent.reason.group_full': 'The group is full that day.',
    'parent.reason.outside_rules': 'The request does not meet the rules:',
    'parent.reason.structural_extra_care': 'This is structural extra care; we advise you to change the contract.',
    'parent.reason.other': '{{note}}',
    'parent.note': 'Note: {{note}}',
    'parent.flex_carry_over': 'The hours of this request do not expire at the end of the quarter: they carry over to the next quarter.',
    'parent.expired': 'Your request for {{subject}} has expired: it was not decided before {{expiresAt}}. You can make other arrangements.',
    'parent.revoked': 'The approval of your request for {{subject}} has been revoked. Reason: {{reason}}. We will call you about it.',
    'parent.revoked_hours': 'The hours you used for it are returned to you.',
    'parent.cancelled': 'Your request for {{subject}} is cancelled.',
    'parent.revoked_invoice': 'Whatever is or would be on your invoice for it is credited: you pay nothing for it.',
  },
} satisfies Catalogue;
