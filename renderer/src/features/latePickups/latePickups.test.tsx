import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LatePickupForm, LatePickupItem } from '../../../../shared/contract/views';
import { defaultLatePickupSettings } from '../../../../shared/domain/latePickup/latePickupSettings';
import { NoticeLine, noticeText } from '../../app/NoticeLine';
import { i18n, type Language } from '../../i18n';
import { errorText } from './latePickupLanguage';
import { useLatePickupsStore } from './latePickupsStore';
import { LatePickupTable } from './LatePickupTable';
import { RegisterForm } from './RegisterForm';

const api = vi.hoisted(() => ({
  'latePickups.form': vi.fn(),
  'latePickups.month': vi.fn(),
  'latePickups.chart': vi.fn(),
  'latePickups.child': vi.fn(),
  'latePickups.letter': vi.fn(),
  mutate: vi.fn(),
  onEvent: vi.fn(() => () => {}),
}));
vi.mock('../../api/client', () => ({ api }));

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api['latePickups.month'].mockResolvedValue({ ok: false, error: { code: 'unavailable', message: 'test' } });
  api['latePickups.chart'].mockResolvedValue({ ok: false, error: { code: 'unavailable', message: 'test' } });
  localStorage.clear();
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

/** The page's status line as it reads in the language shown. */
function noticeShown(): string | null {
  const notice = useLatePickupsStore.getState().notice;
  return notice && noticeText(notice, i18n.t, i18n.language as Language, errorText);
}

/** The page's status line, as `LatePickupsPage` shows it. */
function StatusLine() {
  const notice = useLatePickupsStore((s) => s.notice);
  return <NoticeLine notice={notice} base="lp-notice" errorText={errorText} />;
}

function item(extra: Partial<LatePickupItem> = {}): LatePickupItem {
  return {
    id: 'r3',
    childId: 'sem',
    childName: 'Sem de Vries',
    familyId: 'f1',
    groupId: 'g1',
    groupName: 'Rupsjes',
    date: '2026-11-17',
    contractedEnd: 1080,
    endFromPlan: true,
    pickupTime: 1100,
    closingTime: 1140,
    minutesLate: 20,
    pickedUpBy: 'vader',
    note: '',
    registeredBy: { userId: 'u1', name: 'Annebel Jansen' },
    registeredAt: '2026-11-17T17:25:00.000Z',
    status: 'registered',
    disputeNote: null,
    evidenceNote: null,
    count: 3,
    stage: 'flat_fine',
    structuralCase: true,
    structural: true,
    conversation: null,
    fineCents: 2750,
    lines: [
      {
        rule: 'late_pickup.flat_fine',
        params: { count: 3, year: 2026, amountCents: 2750 },
        message: '3e keer te laat in 2026: vaste boete van € 27,50.',
        cents: 2750,
      },
      {
        rule: 'late_pickup.structural_case',
        params: { count: 3, year: 2026 },
        message: 'Structureel: 3e keer te laat in 2026. Plan een gesprek met de ouder(s) en leg de uitkomst vast.',
        cents: 0,
      },
    ],
    fine: { state: 'to_confirm', confirmedCents: null, confirmedBy: null, confirmedAt: null },
    letter: 'fine_notice',
    history: [],
    ...extra,
  };
}

describe('the month list', () => {
  test('a row shows the count, the stage as icon and word, the amount as € 27,50 and the rule in words', () => {
    render(<LatePickupTable items={[item()]} caption="Te laat in november" today="2026-11-23" />);
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getByText('3e')).toBeTruthy();
    expect(within(row).getByText('boete')).toBeTruthy();
    expect(within(row).getByText('€ 27,50', { normalizer: (s) => s.replace(/\s/g, ' ') })).toBeTruthy();
    expect(within(row).getByText('3e keer te laat in 2026: vaste boete van € 27,50.')).toBeTruthy();
    expect(within(row).getByText('Structureel')).toBeTruthy();
    expect(within(row).getByText('nog bevestigen')).toBeTruthy();
  });

  test('the rule in English when English is chosen, with the amounts in the English format', async () => {
    await i18n.changeLanguage('en');
    render(<LatePickupTable items={[item()]} caption="Late in November" today="2026-11-23" />);
    expect(screen.getByText('Late pickup number 3 in 2026: flat fine of €27.50.')).toBeTruthy();
    expect(screen.getByText('fine')).toBeTruthy();
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getByText('€27.50')).toBeTruthy();
    expect(row.textContent).not.toMatch(/€\s?27,50/);
  });

  test('after closing in English: the stage up to closing time and the started quarters, every amount as €27.50', async () => {
    await i18n.changeLanguage('en');
    const afterClosing = item({
      count: 1,
      stage: 'registered',
      structuralCase: false,
      structural: false,
      pickupTime: 1145,
      fineCents: 2750,
      lines: [
        {
          rule: 'late_pickup.registered_until_closing',
          params: { count: 1, year: 2026, closingTime: '19:00' },
          message:
            '1e keer te laat in 2026: geregistreerd; de medewerker legt de ophaalprocedure uit. Tot sluitingstijd (19:00) geen boete.',
          cents: 0,
        },
        {
          rule: 'late_pickup.after_closing',
          params: { from: '19:00', to: '19:05', units: 1, unitAmountCents: 2750, amountCents: 2750 },
          message: 'Na sluitingstijd: 1 × € 27,50 per begonnen kwartier (19:00-19:05) = € 27,50.',
          cents: 2750,
        },
      ],
    });
    render(<LatePickupTable items={[afterClosing]} caption="Late in November" today="2026-11-23" />);
    expect(
      screen.getByText('Late pickup number 1 in 2026: registered; staff explain the pickup procedure. No fine up to closing time (19:00).'),
    ).toBeTruthy();
    expect(screen.getByText('After closing time: 1 × €27.50 per started quarter hour (19:00-19:05) = €27.50.')).toBeTruthy();
  });

  test('a confirmed fine in the history shows its amount in the chosen language', async () => {
    const confirmed = item({
      fine: {
        state: 'confirmed',
        confirmedCents: 2750,
        confirmedBy: { userId: 'u1', name: 'Annebel Jansen' },
        confirmedAt: '2026-11-18T09:00:00.000Z',
      },
      history: [
        { action: 'fine_confirmed', note: '€ 27,50', by: { userId: 'u1', name: 'Annebel Jansen' }, at: '2026-11-18T09:00:00.000Z' },
      ],
    });
    render(<LatePickupTable items={[confirmed]} caption="x" today="2026-11-23" />);
    fireEvent.click(screen.getByRole('button', { name: /^Opvolgen: Sem de Vries/ }));
    expect(
      screen.getByText(/^Boete bevestigd voor facturatie door Annebel Jansen, .+: € 27,50$/, { normalizer: (t) => t.replace(/\s/g, ' ') }),
    ).toBeTruthy();
    cleanup();
    await i18n.changeLanguage('en');
    render(<LatePickupTable items={[confirmed]} caption="x" today="2026-11-23" />);
    fireEvent.click(screen.getByRole('button', { name: /^Follow up: Sem de Vries/ }));
    expect(screen.getByText(/: €27\.50$/)).toBeTruthy();
  });

  test('a refusal with amounts in English: the amounts in the English format', async () => {
    api.mutate.mockResolvedValue({
      ok: false,
      error: {
        code: 'conflict',
        rule: 'late_pickup.fine_changed',
        params: { amountCents: 8250, seenCents: 2750 },
        message: 'Het bedrag is intussen € 82,50 (u zag € 27,50): bekijk het opnieuw voordat u het bevestigt.',
      },
    });
    await i18n.changeLanguage('en');
    render(<LatePickupTable items={[item()]} caption="x" today="2026-11-23" />);
    fireEvent.click(screen.getByRole('button', { name: /^Follow up: Sem de Vries/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Confirm for billing/ }));
    await waitFor(() => expect(noticeShown()).toBe('The amount is now €82.50 (you saw €27.50): review it before confirming.'));
  });

  test('the follow-up offers what fits the state: dispute, withdraw, the conversation, the fine notice and confirming the fine', () => {
    render(<LatePickupTable items={[item()]} caption="x" today="2026-11-23" />);
    fireEvent.click(screen.getByRole('button', { name: /^Opvolgen: Sem de Vries/ }));
    const actions = screen.getByRole('group', { name: /^Opvolgen: Sem de Vries/ });
    const names = within(actions)
      .getAllByRole('button')
      .map((b) => b.textContent?.replace(/\s/g, ' '));
    expect(names).toEqual(['Betwisten', 'Intrekken', 'Gesprek vastleggen', 'Boetebrief', 'Bevestigen voor facturatie (€ 27,50)']);
  });

  test('confirming a fine sends the amount shown and says what happened', async () => {
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 7 } });
    render(<LatePickupTable items={[item()]} caption="x" today="2026-11-23" />);
    fireEvent.click(screen.getByRole('button', { name: /^Opvolgen: Sem de Vries/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Bevestigen voor facturatie/ }));
    await waitFor(() => expect(api.mutate).toHaveBeenCalledWith({ name: 'latePickup.confirmFine', args: { id: 'r3', fineCents: 2750 } }));
    await waitFor(() => expect(noticeShown()?.replace(/\s/g, ' ')).toBe('Boete van € 27,50 voor Sem de Vries bevestigd voor facturatie.'));
  });

  test('the fine confirmation in the status line follows a language switch, amount included', async () => {
    useLatePickupsStore.setState({ notice: null });
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 7 } });
    render(
      <>
        <StatusLine />
        <LatePickupTable items={[item()]} caption="x" today="2026-11-23" />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Opvolgen: Sem de Vries/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Bevestigen voor facturatie/ }));
    const status = screen.getByRole('status');
    await waitFor(() =>
      expect(status.textContent?.replace(/\s/g, ' ')).toBe('Boete van € 27,50 voor Sem de Vries bevestigd voor facturatie.'),
    );
    await act(() => i18n.changeLanguage('en'));
    expect(status.textContent).toBe('Fine of €27.50 for Sem de Vries confirmed for billing.');
  });

  test('withdrawing asks for a reason first; an empty one is not sent', () => {
    render(
      <LatePickupTable
        items={[item({ status: 'disputed', fine: { state: 'disputed', confirmedBy: null, confirmedAt: null, confirmedCents: null } })]}
        caption="x"
        today="2026-11-23"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Opvolgen: Sem de Vries/ }));
    const actions = screen.getByRole('group', { name: /^Opvolgen: Sem de Vries/ });
    expect(within(actions).queryByRole('button', { name: /^Bevestigen voor facturatie/ })).toBeNull();
    fireEvent.click(within(actions).getByRole('button', { name: 'Intrekken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('alert').textContent).toBe('Vul een toelichting in.');
    expect(api.mutate).not.toHaveBeenCalled();
  });
});

describe('correcting a disputed time', () => {
  const disputed = () =>
    item({ status: 'disputed', fine: { state: 'disputed', confirmedBy: null, confirmedAt: null, confirmedCents: null } });

  test('latePickup.correct: a disputed registration can be corrected with the time, the reason and the evidence', async () => {
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 8 } });
    render(<LatePickupTable items={[disputed()]} caption="x" today="2026-11-23" />);
    fireEvent.click(screen.getByRole('button', { name: /^Opvolgen: Sem de Vries/ }));
    const actions = screen.getByRole('group', { name: /^Opvolgen: Sem de Vries/ });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Bevestigen', 'Corrigeren', 'Intrekken', 'Gesprek vastleggen', 'Boetebrief']);
    fireEvent.click(within(actions).getByRole('button', { name: 'Corrigeren' }));
    expect((screen.getByLabelText('Juiste ophaaltijd') as HTMLInputElement).value).toBe('18:20');
    fireEvent.change(screen.getByLabelText('Juiste ophaaltijd'), { target: { value: '17:58' } });
    fireEvent.change(screen.getByLabelText('Waarom corrigeren?'), { target: { value: 'Camera bekeken.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('alert').textContent).toBe('Vul het bewijs in.');
    expect(api.mutate).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Bewijs (bijv. camera: 17:58)'), { target: { value: 'camera: 17:58' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(api.mutate).toHaveBeenCalledWith({
        name: 'latePickup.correct',
        args: { id: 'r3', pickupTime: 1078, reason: 'Camera bekeken.', evidence: 'camera: 17:58' },
      }),
    );
    await waitFor(() =>
      expect(noticeShown()).toBe('Ophaaltijd van Sem de Vries gecorrigeerd naar 17:58: niet te laat, de registratie telt niet meer mee.'),
    );
  });

  test('late_pickup.not_late: a registration corrected to a time that is not late says so', () => {
    render(
      <LatePickupTable
        items={[item({ status: 'confirmed', pickupTime: 1078, minutesLate: 0, count: 0 })]}
        caption="x"
        today="2026-11-23"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Opvolgen: Sem de Vries/ }));
    expect(screen.getByText('Na correctie niet te laat: deze registratie telt niet mee.')).toBeTruthy();
  });
});

describe('the registration form', () => {
  const form: LatePickupForm = {
    locationId: 'loc',
    date: '2026-11-20',
    closed: null,
    openDayBefore: null,
    closesAt: 1140,
    settings: defaultLatePickupSettings,
    groupId: 'g1',
    groups: [{ groupId: 'g1', name: 'Rupsjes', careType: 'KDV' }],
    children: [
      {
        childId: 'noor',
        name: 'Noor Bakker',
        firstName: 'Noor',
        familyId: 'f1',
        groupId: 'g1',
        groupName: 'Rupsjes',
        contractedEnd: 1080,
        inGroup: true,
        siblingIds: ['daan'],
        registered: false,
        countThisYear: 2,
      },
      {
        childId: 'daan',
        name: 'Daan Bakker',
        firstName: 'Daan',
        familyId: 'f1',
        groupId: 'g2',
        groupName: 'Vlinders',
        contractedEnd: null,
        inGroup: false,
        siblingIds: ['noor'],
        registered: false,
        countThisYear: 0,
      },
    ],
  };

  test('siblings are registered together in one call, each with its own end; the preview shows minutes late and the count', async () => {
    localStorage.setItem('opvangdesk.latePickups.group', 'g1');
    api['latePickups.form'].mockResolvedValue({ ok: true, value: form });
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 1 } });
    render(<RegisterForm locationId="loc" today="2026-11-20" />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Noor Bakker' }));
    expect(screen.getByText('broer/zus · Vlinders')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Daan Bakker' }));
    fireEvent.change(screen.getByLabelText('Opgehaald om'), { target: { value: '18:12' } });
    expect(screen.getByText('Noor: 12 min te laat, wordt de 3e keer')).toBeTruthy();
    // the fine the 3rd time carries, from the shared rule with the organisation's settings
    expect(screen.getByText('stap: boete · € 27,50')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Einde opvang van Daan Bakker' }), { target: { value: '17:30' } });
    expect(screen.getByText('Daan: 42 min te laat, wordt de 1e keer')).toBeTruthy();
    expect(screen.getByText('stap: procedure uitgelegd · geen boete')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Opgehaald door'), { target: { value: 'vader' } });
    fireEvent.keyDown(screen.getByLabelText('Opgehaald door'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(api.mutate).toHaveBeenCalledTimes(1));
    const call = api.mutate.mock.calls[0]![0] as { name: string; args: { children: unknown[]; pickupTime: number; pickedUpBy: string } };
    expect(call.name).toBe('latePickup.register');
    expect(call.args).toMatchObject({ locationId: 'loc', date: '2026-11-20', pickupTime: 1092, pickedUpBy: 'vader' });
    expect(call.args.children).toEqual([
      { id: expect.any(String), childId: 'noor', groupId: 'g1', contractedEnd: 1080 },
      { id: expect.any(String), childId: 'daan', groupId: 'g2', contractedEnd: 1050 },
    ]);
  });

  test('opened from the day view: that day and group, the child ticked, the pickup time and minutes late filled in; who picked up is next', async () => {
    localStorage.setItem('opvangdesk.latePickups.group', 'elsewhere');
    api['latePickups.form'].mockResolvedValue({ ok: true, value: form });
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 1 } });
    const preset = { childId: 'noor', groupId: 'g1', date: '2026-11-20', pickupTime: 1092, key: 'k' };
    render(<RegisterForm locationId="loc" today="2026-11-23" preset={preset} />);
    const noor = await screen.findByRole('checkbox', { name: 'Noor Bakker' });
    await waitFor(() => expect((noor as HTMLInputElement).checked).toBe(true));
    expect(api['latePickups.form']).toHaveBeenCalledWith({ locationId: 'loc', date: '2026-11-20', groupId: 'g1' });
    expect((screen.getByLabelText('Datum') as HTMLInputElement).value).toBe('2026-11-20');
    expect((screen.getByLabelText('Opgehaald om') as HTMLInputElement).value).toBe('18:12');
    expect(screen.getByText('Noor: 12 min te laat, wordt de 3e keer')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Daan Bakker' }) as HTMLInputElement).checked).toBe(false);
    expect(document.activeElement).toBe(screen.getByLabelText('Opgehaald door'));
    expect(screen.getByText('Ingevuld vanuit de dag van Rupsjes, vr 20 nov.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar de dag' }).getAttribute('href')).toBe(
      '#/attendance?view=day&group=g1&date=2026-11-20',
    );
    // the sibling picked up with her, then who picked up: one call
    fireEvent.click(screen.getByRole('checkbox', { name: 'Daan Bakker' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Einde opvang van Daan Bakker' }), { target: { value: '17:30' } });
    fireEvent.change(screen.getByLabelText('Opgehaald door'), { target: { value: 'oma' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registreren' }));
    await waitFor(() => expect(api.mutate).toHaveBeenCalledTimes(1));
    expect(api.mutate.mock.calls[0]![0]).toMatchObject({
      name: 'latePickup.register',
      args: {
        date: '2026-11-20',
        pickupTime: 1092,
        pickedUpBy: 'oma',
        children: [
          { childId: 'noor', groupId: 'g1', contractedEnd: 1080 },
          { childId: 'daan', groupId: 'g2', contractedEnd: 1050 },
        ],
      },
    });
  });

  test('opened for a child that is not in the group that day: the form says so and ticks nothing', async () => {
    api['latePickups.form'].mockResolvedValue({ ok: true, value: form });
    render(
      <RegisterForm
        locationId="loc"
        today="2026-11-23"
        preset={{ childId: 'sem', groupId: 'g1', date: '2026-11-20', pickupTime: 1092, key: 'k' }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Het kind uit de dagweergave staat op vr 20 nov niet in deze groep. Kies de groep of de datum.',
    );
    expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
  });

  test('preview: the fine follows the pickup time and the organisation’s settings, in the chosen language', async () => {
    localStorage.setItem('opvangdesk.latePickups.group', 'g1');
    const flatFineCents = 3000;
    api['latePickups.form'].mockResolvedValue({ ok: true, value: { ...form, settings: { ...defaultLatePickupSettings, flatFineCents } } });
    render(<RegisterForm locationId="loc" today="2026-11-20" />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Noor Bakker' }));
    const time = screen.getByLabelText('Opgehaald om');
    fireEvent.change(time, { target: { value: '17:59' } });
    expect(screen.getByRole('note').textContent).toBe('Noor: niet te laat');
    fireEvent.change(time, { target: { value: '18:00' } });
    expect(screen.getByRole('note').textContent).toBe('Noor: niet te laat');
    fireEvent.change(time, { target: { value: '18:01' } });
    expect(screen.getByText('stap: boete · € 30,00')).toBeTruthy();
    // 19:20: the quarters after closing (19:00) add up with the flat fine
    fireEvent.change(time, { target: { value: '19:20' } });
    expect(screen.getByText('stap: boete · € 85,00').getAttribute('title')).toContain(
      'Na sluitingstijd: 2 × € 27,50 per begonnen kwartier (19:00-19:20) = € 55,00.',
    );
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('stage: fine · €85.00')).toBeTruthy();
  });

  test('nothing ticked: the form says so and sends nothing', async () => {
    localStorage.setItem('opvangdesk.latePickups.group', 'g1');
    api['latePickups.form'].mockResolvedValue({ ok: true, value: form });
    render(<RegisterForm locationId="loc" today="2026-11-20" />);
    await screen.findByRole('checkbox', { name: 'Noor Bakker' });
    fireEvent.click(screen.getByRole('button', { name: 'Registreren' }));
    expect(screen.getByRole('alert').textContent).toBe('Vink minstens één kind aan.');
    expect(api.mutate).not.toHaveBeenCalled();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('alert').textContent).toBe('Tick at least one child.');
  });

  test('the confirmation is kept as data: after switching to English it reads in English, names, day and all', async () => {
    localStorage.setItem('opvangdesk.latePickups.group', 'g1');
    useLatePickupsStore.setState({ notice: null });
    api['latePickups.form'].mockResolvedValue({ ok: true, value: form });
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 1 } });
    render(
      <>
        <StatusLine />
        <RegisterForm locationId="loc" today="2026-11-20" />
      </>,
    );
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Noor Bakker' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Daan Bakker' }));
    fireEvent.change(screen.getByLabelText('Opgehaald om'), { target: { value: '18:12' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Einde opvang van Daan Bakker' }), { target: { value: '17:30' } });
    fireEvent.change(screen.getByLabelText('Opgehaald door'), { target: { value: 'vader' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registreren' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Geregistreerd: Noor en Daan (vr 20 nov, opgehaald om 18:12).'),
    );
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('status').textContent).toBe('Registered: Noor and Daan (Fri 20 Nov, picked up at 18:12).');
  });
});
