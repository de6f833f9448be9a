import { describe, expect, test } from 'vitest';
import { parentMessage } from './parentMessage';
import type { RejectionReason, RequestState } from './request';
import { absence, approved, extension, extra, flex, local, manager, swap } from './testFixtures';

const rejected = (reason: RejectionReason): RequestState => ({
  status: 'rejected',
  decidedAt: local('2026-11-02'),
  decidedBy: manager,
  reason,
  provisional: false,
});
const swapDay = swap();

describe('parent message', () => {
  test('parent message: approval names the request', () => {
    expect(parentMessage({ request: swapDay, state: approved(), childName: 'Sem' })).toBe(
      'Uw aanvraag voor een ruildag voor Sem op di 10 nov van 07:30 tot 18:00, in plaats van do 19 nov is goedgekeurd.',
    );
  });

  test('parent message: approval in another group names the group', () => {
    expect(
      parentMessage({ request: extra(), state: approved({ groupId: 'group-zeesterren' }), childName: 'Sem', otherGroupName: 'Zeesterren' }),
    ).toBe(
      'Uw aanvraag voor extra opvang voor Sem op di 24 nov van 07:30 tot 18:00 is goedgekeurd. Sem wordt die dag opgevangen in groep Zeesterren.',
    );
  });

  test('parent message: a late approval asks the parent to confirm', () => {
    const text = parentMessage({ request: extension(), state: approved({ awaitingParentConfirmation: true }), childName: 'Sem' });
    expect(text).toBe(
      'Uw aanvraag voor een verlenging voor Sem op ma 16 nov (07:30-19:00) is goedgekeurd. Omdat de opvang binnen 24 uur begint, vragen we u te bevestigen dat u de opvang nog nodig heeft; pas dan is de goedkeuring definitief.',
    );
  });

  test('extra.payment split: a mixed-paid extra day tells the parent the hours from the credit and the hours and price on the invoice, per language', () => {
    const request = extra({ payment: 'swap_hours', start: 450, end: 840 });
    const settlement = { fromCredit: 270, onInvoice: 120, creditTakenBack: 0 };
    expect(parentMessage({ request, state: approved(), childName: 'Sem', settlement })).toBe(
      'Uw aanvraag voor extra opvang voor Sem op di 24 nov van 07:30 tot 14:00 is goedgekeurd. Betaling: 4,5 uur uit uw tegoed, 2 uur op de factuur (€ 22,00).',
    );
    expect(parentMessage({ request, state: approved(), childName: 'Sem', settlement }, 'en')).toBe(
      'Your request for an extra day for Sem on Tue 24 Nov from 07:30 to 14:00 is approved. Payment: 4.5 hours from your credit, 2 hours on the invoice (€22.00).',
    );
    // Paid fully from the credit: nothing goes on the invoice, so there is no split to show.
    expect(parentMessage({ request, state: approved(), childName: 'Sem', settlement: { ...settlement, onInvoice: 0 } })).not.toContain(
      'Betaling',
    );
  });

  test('parent message: an absence is registered', () => {
    expect(parentMessage({ request: absence({ to: '2026-11-20' }), state: approved(), childName: 'Sem' })).toBe(
      'We hebben de afwezigheid van Sem van ma 16 nov tot en met vr 20 nov geregistreerd.',
    );
  });

  test('parent message: rejection for staff shortage (personeelstekort)', () => {
    expect(parentMessage({ request: extra(), state: rejected({ code: 'staff_shortage' }), childName: 'Sem' })).toBe(
      'Uw aanvraag voor extra opvang voor Sem op di 24 nov van 07:30 tot 18:00 is afgewezen. Er is die dag te weinig personeel (personeelstekort).',
    );
  });

  test('parent message: rejection for a full group, with a note', () => {
    expect(
      parentMessage({ request: extra(), state: rejected({ code: 'group_full', note: 'Woensdag is nog plek.' }), childName: 'Sem' }),
    ).toBe(
      'Uw aanvraag voor extra opvang voor Sem op di 24 nov van 07:30 tot 18:00 is afgewezen. De groep is die dag vol. Toelichting: Woensdag is nog plek.',
    );
  });

  test('parent message: rejection outside the rules names each rule with its numbers', () => {
    const state = rejected({
      code: 'outside_rules',
      rules: [
        { rule: 'swap.min_days_before', params: { days: 9, minDays: 14 } },
        { rule: 'ratio.exceeded', message: 'De groep zit om 13:00 aan het maximum.' },
      ],
    });
    expect(parentMessage({ request: swapDay, state, childName: 'Sem' })).toBe(
      'Uw aanvraag voor een ruildag voor Sem op di 10 nov van 07:30 tot 18:00, in plaats van do 19 nov is afgewezen. De aanvraag past niet in de regels: Aangevraagd 9 dagen voor de ruildag; dat moet minstens 14 dagen zijn. De groep zit om 13:00 aan het maximum.',
    );
  });

  test('parent message: rejection as structural extra care advises a contract change', () => {
    expect(parentMessage({ request: extra(), state: rejected({ code: 'structural_extra_care' }), childName: 'Sem' })).toContain(
      'Het gaat om structurele extra opvang; we adviseren u het contract aan te passen.',
    );
  });

  test('parent message: rejection for another reason gives the free text', () => {
    expect(
      parentMessage({
        request: extra(),
        state: rejected({ code: 'other', note: 'De locatie is die dag gesloten wegens verbouwing.' }),
        childName: 'Sem',
      }),
    ).toBe(
      'Uw aanvraag voor extra opvang voor Sem op di 24 nov van 07:30 tot 18:00 is afgewezen. De locatie is die dag gesloten wegens verbouwing.',
    );
  });

  test('parent message: a flex day rejected for staff shortage in time says the hours carry over', () => {
    const request = flex({ date: '2026-08-12', submitted: '2026-07-01' });
    const text = parentMessage({ request, state: rejected({ code: 'staff_shortage' }), childName: 'Mila' });
    expect(text).toContain('De uren van deze aanvraag vervallen niet aan het eind van het kwartaal');
    expect(parentMessage({ request: flex(), state: rejected({ code: 'staff_shortage' }), childName: 'Mila' })).not.toContain(
      'vervallen niet',
    );
  });

  test('parent message: expiry tells the parent to arrange something else', () => {
    const request = extra({ expiresAt: '2026-11-20T09:00:00.000Z' });
    expect(parentMessage({ request, state: { status: 'expired', at: '2026-11-20T09:00:00.000Z' }, childName: 'Sem' })).toBe(
      'Uw aanvraag voor extra opvang voor Sem op di 24 nov van 07:30 tot 18:00 is vervallen: er is niet vóór vr 20 nov 10:00 over beslist. U kunt dus iets anders regelen.',
    );
  });

  const revoked: RequestState = {
    status: 'revoked',
    at: local('2026-11-20'),
    by: manager,
    reason: 'de groep is die dag gesloten',
    approval: approved(),
  };

  test('parent message: revocation of an extra day on invoice gives the reason and the credit, no hours', () => {
    expect(parentMessage({ request: extra(), state: revoked, childName: 'Sem' })).toBe(
      'De goedkeuring van uw aanvraag voor extra opvang voor Sem op di 24 nov van 07:30 tot 18:00 is ingetrokken. Reden: de groep is die dag gesloten. We bellen u hierover. Wat hiervoor op uw factuur staat of zou komen, wordt gecrediteerd: u betaalt er niets voor.',
    );
  });

  test('parent message: revocation of what was paid with hours returns the hours (extra day from swap hours, flex day)', () => {
    const hoursBack = 'We bellen u hierover. De uren die u ervoor gebruikte, krijgt u terug.';
    expect(parentMessage({ request: extra({ payment: 'swap_hours' }), state: revoked, childName: 'Sem' })).toContain(hoursBack);
    expect(parentMessage({ request: extra({ payment: 'swap_hours' }), state: revoked, childName: 'Sem' })).not.toContain('factuur');
    expect(parentMessage({ request: flex(), state: revoked, childName: 'Mila' })).toMatch(new RegExp(`${hoursBack}$`));
    expect(parentMessage({ request: swapDay, state: revoked, childName: 'Sem' })).not.toContain('uren');
  });

  test('parent message: English on request', () => {
    expect(parentMessage({ request: extra(), state: rejected({ code: 'staff_shortage' }), childName: 'Sem' }, 'en')).toBe(
      'Your request for an extra day for Sem on Tue 24 Nov from 07:30 to 18:00 is rejected. There are not enough staff that day (staff shortage).',
    );
  });

  test('parent message: a request still waiting has no message (programming error)', () => {
    expect(() => parentMessage({ request: extra(), state: { status: 'submitted', conflict: null }, childName: 'Sem' })).toThrow();
  });
});
